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

  it('runs a small scenario end to end and writes the report', () => {
    const out = join(dir, 'report.json');
    const r = simulate('scenarios/video-e2e-small.json', '--seed', '2', '--out', out, '--quiet');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/watchTime/);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({ scenario: 'video-e2e-small', world: 'video', seed: 2, backend: 'wasm' });
    expect(Object.keys(report.policies)).toEqual(['random', 'ctr', 'watchTime', 'oracle']);
    expect(report.policies.watchTime.train.examplesPerSec).toBeGreaterThan(0);
  });
});

describe('npm run simulate on bad scenarios', () => {
  const dir = mkdtempSync(join(tmpdir(), 'simulate-bad-'));
  const small = readFileSync(join(root, 'scenarios/video-e2e-small.json'), 'utf8');
  it.each([
    ['an unknown world', small.replace('"world": "video"', '"world": "podcast"'), 'world: unknown world "podcast" (expected "video" or "shop")'],
    ['Infinity (1e400)', small.replace('"clickbaitShare": 0.2', '"clickbaitShare": 1e400'), 'video.clickbaitShare: must be a finite number (got Infinity)'],
    ['a probability above 1', small.replace('"clickbaitShare": 0.2', '"clickbaitShare": 1.5'), 'video.clickbaitShare: must be at most 1 (got 1.5)'],
    ['a fractional count', small.replace('"slateSize": 10', '"slateSize": 2.5'), 'logging.slateSize: must be a whole number (an integer) (got 2.5)'],
    ['an unknown field', small.replace('"clickbaitShare": 0.2', '"clickbaitShare": 0.2, "clickbaitShares": 0.2'), 'video: unknown field clickbaitShares'],
  ])('exits 2 with the one line for %s', (_what, text, line) => {
    expect(text).not.toBe(small);
    const file = join(dir, 'bad.json');
    writeFileSync(file, text);
    const r = simulate(file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([line]);
  });
});
