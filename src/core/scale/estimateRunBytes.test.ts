import { describe, expect, it } from 'vitest';
import { loadBundledScenario, withChanges } from '../testing/bundledScenarios';
import { BYTES_PER_IMPRESSION, checkRunFits, estimateRunBytes, MAX_RUN_BYTES, partsToShrink, replaySize, runMemoryParts } from './estimateRunBytes';

const video = loadBundledScenario('video-watch-time', 'video');
const shop = loadBundledScenario('shop-conversion', 'shop');

describe('estimateRunBytes', () => {
  it('grows by BYTES_PER_IMPRESSION per logged impression', () => {
    const more = withChanges(video, (s) => (s.logging.impressions += 1000));
    expect(estimateRunBytes(more) - estimateRunBytes(video)).toBe(1000 * BYTES_PER_IMPRESSION);
  });

  it('grows with users, items and the replay', () => {
    for (const change of [(s: typeof shop) => (s.users *= 10), (s: typeof shop) => (s.items *= 10), (s: typeof shop) => (s.evaluation.replayUsers *= 10)]) {
      expect(estimateRunBytes(withChanges(shop, change))).toBeGreaterThan(estimateRunBytes(shop));
    }
  });

  it('lets the default worlds and a 1,000,000-impression, 50,000-user world run', () => {
    expect(checkRunFits(video).ok).toBe(true);
    expect(checkRunFits(shop).ok).toBe(true);
    const big = withChanges(shop, (s) => {
      s.users = 50_000;
      s.logging.impressions = 1_000_000;
    });
    const fit = checkRunFits(big);
    expect(fit.ok).toBe(true);
    expect(fit.bytes).toBeLessThan(MAX_RUN_BYTES / 4);
  });

  it('sizes the A/B test as it runs: at most every user, each offered at most every item', () => {
    const asked = withChanges(video, (s) => ((s.evaluation.replayUsers = 20_000), (s.evaluation.candidatesPerUser = 5_000)));
    expect(replaySize(asked)).toEqual({ users: video.users, candidates: video.items });
    const all = withChanges(video, (s) => ((s.evaluation.replayUsers = video.users), (s.evaluation.candidatesPerUser = video.items)));
    expect(estimateRunBytes(asked)).toBe(estimateRunBytes(all));
  });

  it('the parts add up to the estimate', () => {
    const parts = runMemoryParts(shop);
    expect(parts.map((p) => p.part)).toEqual(['replay', 'logs', 'entities']);
    expect(parts.reduce((sum, p) => sum + p.bytes, 0)).toBe(estimateRunBytes(shop));
  });

  it('names the parts to shrink, largest first, only as many as it takes to fit', () => {
    const mib = 1024 ** 2;
    const parts = [
      { part: 'logs' as const, bytes: 300 * mib, impressions: 1, bytesPerImpression: 96 },
      { part: 'replay' as const, bytes: 900 * mib, users: 1, candidates: 1 },
      { part: 'entities' as const, bytes: 200 * mib, users: 1, items: 1 },
    ];
    expect(partsToShrink(parts, 1024 * mib).map((p) => p.part)).toEqual(['replay']);
    expect(partsToShrink(parts, 400 * mib).map((p) => p.part)).toEqual(['replay', 'logs']);
    expect(partsToShrink(parts, 2048 * mib)).toEqual([]);
  });

  it('refuses a world over the limit, naming the estimate and the limit', () => {
    const huge = withChanges(video, (s) => (s.logging.impressions = 5_000_000));
    const fit = checkRunFits(huge, 256 * 1024 ** 2);
    expect(fit.ok).toBe(false);
    if (fit.ok) return;
    expect(fit.reason).toContain(`${Math.round(fit.bytes / 1024 ** 2).toLocaleString('en')} MiB`);
    expect(fit.reason).toContain('256 MiB');
    expect(fit.reason).toContain('5,000,000');
  });
});
