/** The command-line contract of DESIGN 5.1, run as a user would run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

const root = new URL('../../', import.meta.url).pathname;
const simulate = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('parseArgs', () => {
  it('reads the scenario, seed, backend and output', () => {
    expect(parseArgs(['s.json', '--seed', '7', '--backend', 'cpu', '--out', 'r.json'])).toEqual({ ok: true, args: { scenarioPath: 's.json', seed: 7, backend: 'cpu', outPath: 'r.json', quiet: false } });
  });
  it('names each bad option', () => {
    const r = parseArgs(['--seed', '-3', '--backend', 'webgl', '--nope']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join('\n')).toMatch(/--seed/);
    expect(r.problems.join('\n')).toMatch(/--backend: must be wasm or cpu/);
    expect(r.problems.join('\n')).toMatch(/--nope: unknown option/);
    expect(r.problems.join('\n')).toMatch(/scenario: missing/);
  });
  it('does not take the next option for a missing value', () => {
    const r = parseArgs(['s.json', '--seed', '--quiet', '--out']);
    expect(r).toEqual({ ok: false, problems: ['--seed: needs a value', '--out: needs a value'] });
  });
});

describe('npm run simulate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'simulate-'));

  it('exits 2 with one line per problem naming the field on a bad scenario', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(join(root, 'scenarios/video-e2e-small.json'), 'utf8')), users: -5, video: undefined }));
    const r = simulate(bad);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain('video: missing');
    expect(lines.some((l) => l.startsWith('users: '))).toBe(true);
  });

  it('exits 2 on a file that is not JSON', () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, '{ not json');
    const r = simulate(bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('refuses an --out it cannot write before training, with exit 2', () => {
    const r = simulate('scenarios/video-e2e-small.json', '--out', join(dir, 'no-such-folder', 'r.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^--out: cannot write .*: the folder .*no-such-folder does not exist$/m);
    expect(r.stdout).toBe('');
  });

  it('runs a small edited scenario end to end and writes a report that reruns it', () => {
    // Edited as a user would: another clickbait share, and an A/B test larger than the world (runs capped, with a note).
    const file = join(dir, 'edited.json');
    const edited = { ...JSON.parse(readFileSync(join(root, 'scenarios/video-e2e-small.json'), 'utf8')), id: 'my-workshop' };
    edited.video.clickbaitShare = 0.3;
    edited.evaluation.replayUsers = 1000;
    writeFileSync(file, JSON.stringify(edited));
    const out = join(dir, 'report.json');
    const r = simulate(file, '--seed', '2', '--out', out, '--quiet');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('note: evaluation.replayUsers: 1,000 asked, but the world has 300 users: the A/B test serves all 300.');
    expect(r.stdout).toMatch(/watchTime/);
    // The learned models' paired difference of the business metric, and whether its interval excludes 0.
    expect(r.stdout).toMatch(/paired differences of ad minutes per 1,000 impressions \(adMinutesPer1k[^\n]*\n[^\n]*\n[^\n]*\nctr − watchTime +-?\d+\.\d \(-?\d+\.\d to -?\d+\.\d\) +(ex|in)cludes 0/);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({ scenario: 'my-workshop', world: 'video', seed: 2, backend: 'wasm' });
    expect(Object.keys(report.policies)).toEqual(['random', 'ctr', 'watchTime', 'oracle']);
    expect(report.policies.watchTime.train.examplesPerSec).toBeGreaterThan(0);
    // Every pair of the 4 policies for each of the 3 metrics with an interval.
    expect(report.differences).toHaveLength(6 * 3);
    expect(report.differences[0]).toMatchObject({ a: 'random', b: 'ctr', metric: 'clicksPer1k' });
    // The report carries the scenario that ran, --seed included: run as a file, it gives the same numbers.
    expect(report.scenarioFile).toEqual({ ...edited, seed: 2 });
    const again = join(dir, 'again.json');
    writeFileSync(join(dir, 'from-report.json'), JSON.stringify(report.scenarioFile));
    expect(simulate(join(dir, 'from-report.json'), '--out', again, '--quiet').status).toBe(0);
    const numbers = (rep: { data: unknown; policies: Record<string, { online: unknown; offline?: unknown }>; differences?: unknown }) => ({
      data: rep.data,
      policies: Object.fromEntries(Object.entries(rep.policies).map(([id, p]) => [id, { online: p.online, offline: p.offline }])),
      differences: rep.differences,
    });
    expect(numbers(JSON.parse(readFileSync(again, 'utf8')))).toEqual(numbers(report));
  });
});

describe('npm run simulate on bad scenarios', () => {
  const dir = mkdtempSync(join(tmpdir(), 'simulate-bad-'));
  const small = readFileSync(join(root, 'scenarios/video-e2e-small.json'), 'utf8');
  it.each([
    ['an unknown world', small.replace('"world": "video"', '"world": "podcast"'), 'world: unknown world "podcast" (expected "video" or "shop")'],
    // The tester's lines, the same as the page's: a file can hold each of them.
    ['no world at all', '{}', 'world: missing (a scenario names its world: "video" or "shop")'],
    ['text in a hidden layer', small.replace(/"hiddenUnits": \[[^\]]*\]/, '"hiddenUnits": [64, "abc"]'), 'model.hiddenUnits (layer 2): must be a number (got "abc")'],
    ['a seed past every limit', small.replace('"seed": 1', '"seed": 99999999999999999999'), 'seed: must be at most 2147483647 (got 100000000000000000000)'],
    ['Infinity (1e400)', small.replace('"clickbaitShare": 0.2', '"clickbaitShare": 1e400'), 'video.clickbaitShare: must be a finite number (got Infinity)'],
    ['a probability above 1', small.replace('"clickbaitShare": 0.2', '"clickbaitShare": 1.5'), 'video.clickbaitShare: must be at most 1 (got 1.5)'],
    ['a fractional count', small.replace('"slateSize": 10', '"slateSize": 2.5'), 'logging.slateSize: must be a whole number (an integer) (got 2.5)'],
    ['an unknown field', small.replace('"clickbaitShare": 0.2', '"clickbaitShare": 0.2, "clickbaitShares": 0.2'), 'video: unknown field clickbaitShares'],
    ['more slots shown than candidates', small.replace('"topK": 10', '"topK": 50').replace('"candidatesPerUser": 60', '"candidatesPerUser": 20'), 'evaluation.topK: must be at most evaluation.candidatesPerUser (20) (got 50)'],
    ['a logged page larger than the catalogue', small.replace('"slateSize": 10', '"slateSize": 50').replace('"items": 120', '"items": 20'), 'logging.slateSize: must be at most items (20) (got 50)'],
    [
      'a run too big for memory',
      small.replace('"users": 300', '"users": 200000').replace('"items": 120', '"items": 100000').replace('"replayUsers": 200', '"replayUsers": 20000').replace('"candidatesPerUser": 60', '"candidatesPerUser": 5000'),
      "evaluation.replayUsers: This world needs about 3,900 MiB of memory, more than the 1,024 MiB the app lets one run use (what a browser tab can safely hold). The A/B test's 20,000 users × 5,000 candidates each take about 3,815 MiB: lower the users in the A/B test (evaluation.replayUsers) or the candidates per user (evaluation.candidatesPerUser).",
    ],
  ])('exits 2 with the one line for %s', (_what, text, line) => {
    expect(text).not.toBe(small);
    const file = join(dir, 'bad.json');
    writeFileSync(file, text);
    const r = simulate(file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([line]);
  });
});
