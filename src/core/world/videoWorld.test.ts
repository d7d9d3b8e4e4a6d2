import { describe, expect, it } from 'vitest';
import { loadBundledScenario, withChanges as changed } from '../testing/bundledScenarios';
import type { VideoScenario } from '../scenario/videoScenario';
import { affinity, clickProbability, expectedWatchMinutes, generateVideoWorld, uncappedWatchMinutes, watchFraction, type VideoWorld } from './videoWorld';

const base = loadBundledScenario('video-watch-time', 'video');
const withChanges = (change: (s: VideoScenario) => void): VideoScenario => changed(base, change);
const arrays = (w: VideoWorld) => [w.userTaste, w.userActivity, w.itemTopic, w.lengthMinutes, w.quality, w.clickbait];

describe('generateVideoWorld', () => {
  it('is deterministic for a seed', () => {
    const a = generateVideoWorld(base);
    const b = generateVideoWorld(structuredClone(base));
    expect(arrays(a)).toEqual(arrays(b));
  });

  it('draws a different world for another seed', () => {
    const a = generateVideoWorld(base);
    const b = generateVideoWorld(withChanges((s) => (s.seed = 2)));
    for (const [x, y] of arrays(a).map((arr, i) => [arr, arrays(b)[i]] as const)) expect(x).not.toEqual(y);
    // Not just a permutation or a tiny shift: the lengths agree almost nowhere.
    const same = a.lengthMinutes.filter((m, v) => m === b.lengthMinutes[v]).length;
    expect(same).toBeLessThan(a.numItems * 0.05);
  });

  it('has the scenario sizes', () => {
    const w = generateVideoWorld(base);
    expect(w.numUsers).toBe(base.users);
    expect(w.numItems).toBe(base.items);
    expect(w.userTaste.length).toBe(base.users * base.video.topicDim);
    expect(w.itemTopic.length).toBe(base.items * base.video.topicDim);
  });

  it('keeps video lengths in [1, 60] minutes, clipping at both ends', () => {
    const w = generateVideoWorld(base);
    expect(Math.min(...w.lengthMinutes)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...w.lengthMinutes)).toBeLessThanOrEqual(60);
    // A spread of 2 (the schema's maximum) pushes many lengths past both bounds.
    const wide = generateVideoWorld(withChanges((s) => (s.video.lengthSpread = 2)));
    expect(Math.min(...wide.lengthMinutes)).toBe(1);
    expect(Math.max(...wide.lengthMinutes)).toBe(60);
  });

  it('has a median length near the knob and user activity of mean 1', () => {
    const w = generateVideoWorld(withChanges((s) => (s.items = 20_000)));
    const sorted = Float32Array.from(w.lengthMinutes).sort();
    // Median of 20 000 log-normal draws: relative s.e. ≈ 0.4 %; measured ≤ 0.6 % off on seeds 1–5.
    expect(Math.abs(sorted[10_000] / base.video.lengthMedianMinutes - 1)).toBeLessThan(0.02);
    const activity = generateVideoWorld(withChanges((s) => (s.users = 20_000))).userActivity;
    // Log-normal σ = 0.6: the mean of 20 000 has s.e. 0.0046; measured |mean − 1| ≤ 0.008 on seeds 1–5.
    expect(Math.abs(activity.reduce((a, x) => a + x, 0) / activity.length - 1)).toBeLessThan(0.025);
  });

  it('makes about the knob share of videos clickbait', () => {
    // 300 videos: s.e. 0.023; measured |share − 0.2| ≤ 0.033 on seeds 1–10.
    const w = generateVideoWorld(base);
    const share = w.clickbait.reduce((a, b) => a + b, 0) / w.numItems;
    expect(Math.abs(share - base.video.clickbaitShare)).toBeLessThan(0.06);
    // 20 000 videos: s.e. ≤ 0.0035; measured |share − target| ≤ 0.004 on seeds 1–5.
    for (const target of [0, 0.2, 0.7, 1]) {
      const big = generateVideoWorld(withChanges((s) => ((s.items = 20_000), (s.video.clickbaitShare = target))));
      const bigShare = big.clickbait.reduce((a, b) => a + b, 0) / big.numItems;
      expect(Math.abs(bigShare - target)).toBeLessThan(0.012);
    }
  });

  it('draws lengths, topics, quality and users from streams that the clickbait share does not touch', () => {
    const a = generateVideoWorld(base);
    const b = generateVideoWorld(withChanges((s) => (s.video.clickbaitShare = 0.5)));
    expect(b.lengthMinutes).toEqual(a.lengthMinutes);
    expect(b.itemTopic).toEqual(a.itemTopic);
    expect(b.quality).toEqual(a.quality);
    expect(b.userTaste).toEqual(a.userTaste);
    expect(b.userActivity).toEqual(a.userActivity);
    expect(b.clickbait).not.toEqual(a.clickbait);
    // A larger share only adds clickbait videos: every clickbait video stays clickbait.
    for (let v = 0; v < a.numItems; v++) if (a.clickbait[v]) expect(b.clickbait[v]).toBe(1);
  });

  it('lets the length knobs move only the lengths, not topics, quality or clickbait', () => {
    const a = generateVideoWorld(base);
    const b = generateVideoWorld(withChanges((s) => ((s.video.lengthMedianMinutes = 20), (s.video.lengthSpread = 1))));
    expect(b.clickbait).toEqual(a.clickbait);
    expect(b.itemTopic).toEqual(a.itemTopic);
    expect(b.quality).toEqual(a.quality);
    expect(b.lengthMinutes).not.toEqual(a.lengthMinutes);
  });
});

describe('behaviour of the ground truth', () => {
  const w = generateVideoWorld(base);

  it('computes affinity as the scaled dot product of taste and topic', () => {
    const d = w.topicDim;
    let dot = 0;
    for (let k = 0; k < d; k++) dot += w.userTaste[3 * d + k] * w.itemTopic[7 * d + k];
    expect(affinity(w, 3, 7)).toBeCloseTo((dot / Math.sqrt(d)) * base.video.affinityScale, 10);
  });

  it('has probabilities in (0, 1) and expected minutes within the video length', () => {
    const bad: string[] = [];
    for (let u = 0; u < 50; u++) {
      for (let v = 0; v < w.numItems; v += 7) {
        const p = clickProbability(w, u, v);
        const f = watchFraction(w, u, v);
        if (!(p > 0 && p < 1 && f > 0 && f < 1)) bad.push(`${u},${v}: p=${p} f=${f}`);
        if (Math.abs(uncappedWatchMinutes(w, u, v) - f * w.lengthMinutes[v]) > 1e-9) bad.push(`${u},${v}: minutes`);
        // The cap only takes minutes away: the exact expectation is positive and at most the uncapped mean.
        const e = expectedWatchMinutes(w, u, v);
        if (!(e > 0 && e <= f * w.lengthMinutes[v] + 1e-9)) bad.push(`${u},${v}: expected ${e}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('makes a clickbait flag raise the click probability and lower the watched share, all else equal', () => {
    const bait = { ...w, clickbait: Uint8Array.from(w.clickbait, () => 1) };
    const honest = { ...w, clickbait: new Uint8Array(w.numItems) };
    const logit = (p: number) => Math.log(p / (1 - p));
    // On the logit scale the difference is exactly the knob.
    expect(logit(clickProbability(bait, 0, 0)) - logit(clickProbability(honest, 0, 0))).toBeCloseTo(base.video.click.clickbait, 6);
    expect(logit(watchFraction(honest, 0, 0)) - logit(watchFraction(bait, 0, 0))).toBeCloseTo(base.video.watch.clickbait, 6);
  });
});
