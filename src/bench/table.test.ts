import { describe, expect, it } from 'vitest';
import { checkTargets } from './targets';
import { benchTables } from './table';
import type { BenchReport } from './types';

const report: BenchReport = {
  createdAt: '2026-01-01T00:00:00Z',
  machine: { cpus: 2, node: 'v20', chromium: '140' },
  training: [
    { model: 'esmm', backend: 'wasm', examplesPerSec: 123_456.7, trainRows: 102_400, fitExamplesPerSec: 100_000, ratioToFit: 1.2345 },
    { model: 'ctr', backend: 'cpu', examplesPerSec: 25_000, trainRows: 30_720, fitExamplesPerSec: 20_000, ratioToFit: 1.25 },
  ],
  endToEnd: [{ scenario: 'video-watch-time', backend: 'wasm', ms: 16_000, generateMs: 1000, trainMs: 14_000, compareMs: 1000, mainThreadLongestTaskMs: 0, jsHeapBeforeBytes: 10 * 1024 ** 2, jsHeapAfterBytes: 12 * 1024 ** 2 }],
  mainThreadLongestTaskMs: 0,
  tensorLeak: { backend: 'wasm', retrains: 10, models: ['ctr', 'esmm'], tensorsBefore: 0, tensorsAfterFirst: 0, tensorsAfterLast: 0, leaked: 0 },
  jsHeap: { where: 'app page', beforeBytes: 0, afterBytes: 0 },
  auto: [{ source: 'app: video-watch-time', pick: 'wasm', fastest: 'wasm', agrees: true, measured: { wasm: 100_000 } }],
  core: { worldGenerationImpressionsPerSec: { 'video-watch-time': 1e6 }, replayUsersPerSec: { 'video-watch-time': 5000 } },
  targets: [],
  totalMs: 60_000,
};
report.targets = checkTargets(report);

describe('bench report', () => {
  it('checks each target of the issue', () => {
    expect(report.targets.map((t) => t.met)).toEqual([true, false, true, true]);
    expect(report.targets[1].measured).toBe(16_000);
  });

  it('marks a missing measurement as not met', () => {
    const t = checkTargets({ ...report, training: [] });
    expect(t[0].met).toBe(false);
    expect(t[0].measured).toBeNaN();
  });

  it('prints readable tables with rounded numbers', () => {
    const text = benchTables(report);
    expect(text).toMatch(/esmm\s+wasm\s+123,457\s+102,400\s+100,000\s+1\.23/);
    expect(text).toContain('10.0 MiB');
    expect(text).toMatch(/video-watch-time generate \+ train \+ compare \(auto\)\s+≤ 15,000 ms\s+16,000 ms\s+NO/);
    expect(text).toContain('→ 0 leaked');
  });

  it('prints the "See why" views row and says whether the longest task is within 100 ms', () => {
    const row = { scenario: 'video-watch-time', items: 2000, itemsDrawn: 2000, policySwitches: 12, dialSteps: 40, mapLongestTaskMs: 0, mapLongTasks: 0, mapLongestInteractionMs: 24, dialLongestTaskMs: 120, dialLongTasks: 1, dialLongestInteractionMs: 136, longestTaskMs: 120 };
    expect(benchTables({ ...report, whyViews: [row] })).toMatch(/video-watch-time\s+2,000\s+2,000\s+12\s+0\s+24\s+40\s+120\s+136\s+NO/);
    expect(benchTables({ ...report, whyViews: [{ ...row, dialLongestTaskMs: 60, longestTaskMs: 60 }] })).toMatch(/40\s+60\s+136\s+yes/);
  });
});
