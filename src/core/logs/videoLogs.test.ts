import { describe, expect, it } from 'vitest';
import { loadBundledScenario, withChanges as changed } from '../testing/bundledScenarios';
import type { VideoScenario } from '../scenario/videoScenario';
import { clickProbability, expectedWatchMinutes, generateVideoWorld, uncappedWatchMinutes } from '../world/videoWorld';
import { generateVideoLogs, videoItemFeatures } from './videoLogs';

const base = loadBundledScenario('video-watch-time', 'video');
const withChanges = (change: (s: VideoScenario) => void): VideoScenario => changed(base, change);
/** Index of the first difference of two arrays, −1 when equal (deep toEqual is slow on 100 000 rows). */
const firstDifference = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
};
/** [min, max] of an array, by a loop: `Math.min(...a)` overflows the call stack on 150 000 rows. */
const extent = (a: ArrayLike<number>): [number, number] => {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < lo) lo = a[i];
    if (a[i] > hi) hi = a[i];
  }
  return [lo, hi];
};
const generate = (s: VideoScenario) => {
  const world = generateVideoWorld(s);
  return { world, logs: generateVideoLogs(s, world) };
};

describe('generateVideoLogs', () => {
  const { world, logs } = generate(base);

  it('is deterministic for a seed and differs for another seed', () => {
    const again = generate(structuredClone(base)).logs;
    const other = generate(withChanges((s) => (s.seed = 2))).logs;
    for (const key of ['userIds', 'itemIds', 'positions', 'click', 'watchMinutes', 'itemFeatures'] as const) {
      expect(firstDifference(again[key], logs[key]), key).toBe(-1);
    }
    // Positions only count slots, so they are the same for every seed.
    for (const key of ['userIds', 'itemIds', 'click', 'watchMinutes', 'itemFeatures'] as const) {
      expect(firstDifference(other[key], logs[key]), key).not.toBe(-1);
    }
  });

  it('has one row per logged impression with IDs in range', () => {
    expect(logs.size).toBe(base.logging.impressions);
    for (const a of [logs.userIds, logs.itemIds, logs.positions, logs.click, logs.watchMinutes]) expect(a.length).toBe(logs.size);
    const [minUser, maxUser] = extent(logs.userIds);
    const [minItem, maxItem] = extent(logs.itemIds);
    expect(minUser).toBeGreaterThanOrEqual(0);
    expect(maxUser).toBeLessThan(world.numUsers);
    expect(minItem).toBeGreaterThanOrEqual(0);
    expect(maxItem).toBeLessThan(world.numItems);
    expect(logs.numUsers).toBe(world.numUsers);
    expect(logs.numItems).toBe(world.numItems);
  });

  it('logs watch minutes only after a click, never past the end of the video', () => {
    let bad = 0;
    for (let i = 0; i < logs.size; i++) {
      const c = logs.click[i];
      const m = logs.watchMinutes[i];
      if (c !== 0 && c !== 1) bad++;
      else if (c === 0 && m !== 0) bad++;
      else if (c === 1 && !(m > 0 && m <= world.lengthMinutes[logs.itemIds[i]])) bad++;
    }
    expect(bad).toBe(0);
  });

  it('draws clicks and minutes from the ground truth', () => {
    let expectedClicks = 0;
    let clicks = 0;
    let expectedMinutes = 0;
    let minutes = 0;
    for (let i = 0; i < logs.size; i++) {
      const u = logs.userIds[i];
      const v = logs.itemIds[i];
      expectedClicks += clickProbability(world, u, v);
      clicks += logs.click[i];
      if (logs.click[i]) {
        expectedMinutes += expectedWatchMinutes(world, u, v);
        minutes += logs.watchMinutes[i];
      }
    }
    // 11 300–12 500 clicks: s.e. ≈ 0.9 %; measured clicks / expected in [0.996, 1.006] on seeds 1–5.
    expect(Math.abs(clicks / expectedClicks - 1)).toBeLessThan(0.03);
    // The expectation is exact, the cap at the video's length included: measured minutes / expected
    // in [0.989, 1.005] on seeds 1–5 (the uncapped mean minutes gave [0.975, 0.990]).
    expect(Math.abs(minutes / expectedMinutes - 1)).toBeLessThan(0.03);
  });

  it('loses minutes to the cap that the exact expectation accounts for, however noisy the views', () => {
    const noisy = generate(withChanges((s) => (s.video.watch.noise = 1)));
    let expected = 0;
    let uncapped = 0;
    let minutes = 0;
    for (let i = 0; i < noisy.logs.size; i++) {
      if (!noisy.logs.click[i]) continue;
      expected += expectedWatchMinutes(noisy.world, noisy.logs.userIds[i], noisy.logs.itemIds[i]);
      uncapped += uncappedWatchMinutes(noisy.world, noisy.logs.userIds[i], noisy.logs.itemIds[i]);
      minutes += noisy.logs.watchMinutes[i];
    }
    // Noise 1: measured minutes / exact expected in [0.975, 1.012] on seeds 1–5 (1.001 on seed 1);
    // minutes / uncapped mean in [0.754, 0.782].
    expect(Math.abs(minutes / expected - 1)).toBeLessThan(0.04);
    expect(minutes / uncapped).toBeLessThan(0.85);
  });

  it('logs exactly the expected minutes when the watch noise is 0', () => {
    const quiet = generate(withChanges((s) => (s.video.watch.noise = 0)));
    for (let i = 0; i < quiet.logs.size; i += 97) {
      if (!quiet.logs.click[i]) continue;
      const expected = expectedWatchMinutes(quiet.world, quiet.logs.userIds[i], quiet.logs.itemIds[i]);
      expect(quiet.logs.watchMinutes[i]).toBeCloseTo(expected, 4);
    }
  });

  it('keeps the exposure when only the world’s behaviour changes', () => {
    const other = generate(withChanges((s) => ((s.video.clickbaitShare = 0.5), (s.video.click.base = -2)))).logs;
    expect(firstDifference(other.userIds, logs.userIds)).toBe(-1);
    expect(firstDifference(other.itemIds, logs.itemIds)).toBe(-1);
    expect(firstDifference(other.click, logs.click)).not.toBe(-1);
  });
});

describe('videoItemFeatures', () => {
  it('standardises log length and flags videos long enough for mid-rolls', () => {
    const world = generateVideoWorld(base);
    const { table, count } = videoItemFeatures(world);
    expect(count).toBe(2);
    expect(table.length).toBe(world.numItems * 2);
    let sum = 0;
    let sumSq = 0;
    for (let v = 0; v < world.numItems; v++) {
      sum += table[v * 2];
      sumSq += table[v * 2] ** 2;
      expect(table[v * 2 + 1]).toBe(world.lengthMinutes[v] >= base.video.ads.midRollMinVideoMinutes ? 1 : 0);
    }
    expect(sum / world.numItems).toBeCloseTo(0, 4);
    expect(sumSq / world.numItems).toBeCloseTo(1, 4);
    // Longer videos get larger values of the first feature.
    const longest = world.lengthMinutes.indexOf(Math.max(...world.lengthMinutes));
    const shortest = world.lengthMinutes.indexOf(Math.min(...world.lengthMinutes));
    expect(table[longest * 2]).toBeGreaterThan(table[shortest * 2]);
  });

  it('does not divide by zero when every video has the same length', () => {
    const world = generateVideoWorld(withChanges((s) => (s.video.lengthSpread = 0)));
    const { table } = videoItemFeatures(world);
    expect(table.every((x) => Number.isFinite(x))).toBe(true);
  });
});
