/**
 * The worker's handler end to end in Node on the cpu backend: the message order of
 * a whole run, pause/resume/cancel, and errors as messages (never as throws).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario, type Scenario } from '../core/scenario/parseScenario';
import { createHandler } from './handler';
import type { VideoOnlineMetrics } from '../core/replay/types';
import type { FromWorker } from './protocol';

function smallScenario(file = 'video-e2e-small.json'): Scenario {
  const parsed = validateScenario(JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.scenario;
}

/** A handler whose replies can be awaited. */
function harness() {
  const messages: FromWorker[] = [];
  const waiters: { type: FromWorker['type']; resolve: (m: FromWorker) => void }[] = [];
  const handle = createHandler((msg) => {
    messages.push(msg);
    for (const w of waiters.filter((x) => x.type === msg.type)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(msg);
    }
  });
  const next = <T extends FromWorker['type']>(type: T) =>
    new Promise<Extract<FromWorker, { type: T }>>((resolve) => waiters.push({ type, resolve: resolve as (m: FromWorker) => void }));
  return { handle, messages, next, types: () => messages.map((m) => m.type) };
}

describe('training handler', () => {
  it('runs generate → train → compare and reports in order', async () => {
    const h = harness();
    h.handle({ type: 'generate', scenario: smallScenario() });
    const generated = await h.next('generated');
    expect(generated.summary.impressions).toBe(smallScenario().logging.impressions);

    h.handle({ type: 'train', backend: 'cpu' });
    const trained = await h.next('trained');
    expect(trained.stats.map((s) => s.modelId)).toEqual(['ctr', 'watchTime']);
    const types = h.types();
    expect(types.indexOf('backend')).toBeLessThan(types.indexOf('progress'));
    expect(h.messages.find((m) => m.type === 'backend')).toMatchObject({ backend: 'cpu' });
    expect(h.messages.some((m) => m.type === 'progress' && m.progress.testAuc !== undefined)).toBe(true);

    h.handle({ type: 'compare' });
    const compared = await h.next('compared');
    expect(compared.report.scenario).toBe('video-e2e-small');
    expect(compared.report.backend).toBe('cpu');
    expect(compared.result.policies.map((p) => p.id).sort()).toEqual(['ctr', 'oracle', 'random', 'watchTime']);
    expect(h.types()).not.toContain('error');

    // The "See why" data arrives with the comparison, and its dial ends where the trained models' policies are.
    const insights = compared.insights;
    if (compared.result.world !== 'video' || insights?.world !== 'video') throw new Error('expected video insights');
    const online = (id: string) => compared.result.policies.find((p) => p.id === id)!.online as VideoOnlineMetrics;
    const last = insights.dial.alphas.length - 1;
    expect(insights.dial.per1k.adMinutes[0]).toBe(online('ctr').adMinutesPer1k.mean);
    expect(insights.dial.per1k.clicks[last]).toBe(online('watchTime').clicksPer1k.mean);
    expect(insights.dial.per1k.adMinutes[last]).toBe(online('watchTime').adMinutesPer1k.mean);
    for (const p of insights.itemMap.policies) expect(p.counts.reduce((a, b) => a + b, 0)).toBe(compared.result.users * compared.result.topK);
    expect(insights.userLists[0].typical).toBe(true);
    expect(insights.calibration.watch.reduce((s, b) => s + b.count, 0)).toBeGreaterThan(0);
  });

  it('compares a shop run for the goal the compare message names, without training again', async () => {
    const h = harness();
    h.handle({ type: 'generate', scenario: smallScenario('shop-e2e-small.json') });
    expect((await h.next('generated')).summary.world).toBe('shop');
    h.handle({ type: 'train', backend: 'cpu' });
    expect((await h.next('trained')).stats.map((s) => s.modelId)).toEqual(['ctr', 'cvr', 'esmm']);
    h.handle({ type: 'compare' });
    const purchases = await h.next('compared');
    h.handle({ type: 'compare', goal: 'gmv' });
    const gmv = await h.next('compared');
    if (purchases.result.world !== 'shop' || gmv.result.world !== 'shop') throw new Error('expected shop results');
    expect(purchases.result.goal).toBe('purchases');
    expect(gmv.result.goal).toBe('gmv');
    expect(gmv.report.goal).toBe('gmv');
    // The same models: their offline metrics do not move with the goal.
    const auc = (r: typeof gmv.result) => r.policies.find((p) => p.id === 'esmm')?.offline?.ctrAuc;
    expect(auc(gmv.result)).toBe(auc(purchases.result));
    expect(h.types().filter((t) => t === 'trained')).toHaveLength(1);
    expect(h.types()).not.toContain('error');

    // The shop dial (ESMM's pCTCVR · price^α) ends at ESMM ranked for purchases and for GMV, whatever the goal.
    const esmm = (r: typeof gmv.result) => r.policies.find((p) => p.id === 'esmm')!.online as { purchasesPer1k: { mean: number }; gmvPer1k: { mean: number } };
    for (const c of [purchases, gmv]) {
      if (c.insights?.world !== 'shop') throw new Error('expected shop insights');
      const dial = c.insights.dial;
      expect(dial.model).toBe('esmm');
      expect(dial.per1k.purchases[0]).toBe(esmm(purchases.result).purchasesPer1k.mean);
      expect(dial.per1k.gmv[dial.alphas.length - 1]).toBe(esmm(gmv.result).gmvPer1k.mean);
    }
    expect(gmv.insights?.world === 'shop' && gmv.insights.goal).toBe('gmv');
  }); // the config's 120 s: three models on cpu took over 60 s on a loaded 2-core machine

  it('pauses, resumes and cancels a training', async () => {
    const h = harness();
    h.handle({ type: 'generate', scenario: smallScenario() });
    h.handle({ type: 'train', backend: 'cpu' });
    await h.next('progress');
    h.handle({ type: 'pause' });
    await new Promise((r) => setTimeout(r, 150)); // let a step already running finish
    const before = h.messages.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(h.messages.length).toBe(before);
    h.handle({ type: 'resume' });
    await h.next('progress');
    h.handle({ type: 'cancel' });
    await h.next('cancelled');
    expect(h.types()).not.toContain('trained');
    expect(h.types()).not.toContain('error');
  });

  it('turns a misuse into an error message', async () => {
    const h = harness();
    h.handle({ type: 'compare' });
    const error = await h.next('error');
    expect(error.during).toBe('compare');
    expect(error.message).toMatch(/Train the models first/);
  });
});
