/**
 * Generation in the worker's handler: progress on the way, cancel between two
 * chunks, and a cancelled generation that leaves the previous run and its models
 * as they were. Node, cpu backend, small chunks so that small worlds take many.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario, type Scenario } from '../core/scenario/parseScenario';
import { createHandler } from './handler';
import type { FromWorker } from './protocol';

function scenario(file: string, impressions?: number): Scenario {
  const parsed = validateScenario(JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return impressions ? { ...parsed.scenario, logging: { ...parsed.scenario.logging, impressions } } : parsed.scenario;
}

function harness(chunkRows: number) {
  const messages: FromWorker[] = [];
  const waiters: { type: FromWorker['type']; resolve: (m: FromWorker) => void }[] = [];
  const handle = createHandler(
    (msg) => {
      messages.push(msg);
      for (const w of waiters.filter((x) => x.type === msg.type)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(msg);
      }
    },
    { chunkRows },
  );
  const next = <T extends FromWorker['type']>(type: T) =>
    new Promise<Extract<FromWorker, { type: T }>>((resolve) => waiters.push({ type, resolve: resolve as (m: FromWorker) => void }));
  return { handle, messages, next, types: () => messages.map((m) => m.type) };
}

describe('generation in the handler', () => {
  it('reports progress at once and on the way, rising, then the summary', async () => {
    const h = harness(500);
    h.handle({ type: 'generate', scenario: scenario('shop-e2e-small.json') });
    const first = await h.next('generateProgress');
    expect(first.progress.stage).toBe('users');
    expect(first.progress.fraction).toBeGreaterThan(0);
    expect(first.progress.fraction).toBeLessThan(0.1);
    await h.next('generated');
    const fractions = h.messages.flatMap((m) => (m.type === 'generateProgress' ? [m.progress.fraction] : []));
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    expect(Math.max(...fractions)).toBeLessThanOrEqual(1);
    expect(h.types().indexOf('generateProgress')).toBeLessThan(h.types().indexOf('generated'));
  });

  it('cancels between two chunks and keeps the run and the models it had', async () => {
    const h = harness(1000);
    h.handle({ type: 'generate', scenario: scenario('video-e2e-small.json') });
    h.handle({ type: 'train', backend: 'cpu' });
    h.handle({ type: 'compare' });
    const before = await h.next('compared');

    // A world ten times larger, in 1000-row chunks: hundreds of chunks, cancelled after the first report.
    h.handle({ type: 'generate', scenario: scenario('video-e2e-small.json', 300_000) });
    await h.next('generateProgress');
    h.handle({ type: 'cancel' });
    await h.next('generateCancelled');
    const tail = h.types().slice(h.types().indexOf('compared') + 1);
    expect(tail).not.toContain('generated');
    expect(tail).not.toContain('error');

    // The old models still compare, on the old run: the same report.
    h.handle({ type: 'compare' });
    const again = await h.next('compared');
    expect(again.report.data).toEqual(before.report.data);
    expect(again.report.policies).toEqual(before.report.policies);
  }, 60_000);

  it('generates again after a cancel', async () => {
    const h = harness(1000);
    h.handle({ type: 'generate', scenario: scenario('shop-e2e-small.json', 200_000) });
    await h.next('generateProgress');
    h.handle({ type: 'cancel' });
    await h.next('generateCancelled');
    h.handle({ type: 'generate', scenario: scenario('shop-e2e-small.json') });
    const done = await h.next('generated');
    expect(done.summary.impressions).toBe(scenario('shop-e2e-small.json').logging.impressions);
    expect(h.types().filter((t) => t === 'generateCancelled')).toHaveLength(1);
  });

  it('ignores a cancel when nothing runs', async () => {
    const h = harness(1000);
    h.handle({ type: 'cancel' });
    h.handle({ type: 'generate', scenario: scenario('shop-e2e-small.json') });
    await h.next('generated');
    expect(h.types()).not.toContain('generateCancelled');
  });
});
