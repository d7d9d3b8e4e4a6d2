import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import { cumulative, logExposures, sampleIndex } from './loggingPolicy';

describe('sampleIndex', () => {
  it('draws indices in proportion to their weights and never a zero weight', () => {
    const cdf = cumulative([0, 1, 0, 3, 0]);
    expect(Array.from(cdf)).toEqual([0, 1, 1, 4, 4]);
    const rng = new Rng(3);
    const counts = [0, 0, 0, 0, 0];
    const n = 40_000;
    for (let i = 0; i < n; i++) counts[sampleIndex(cdf, rng)]++;
    expect(counts[0] + counts[2] + counts[4]).toBe(0);
    // Share of index 1 is 0.25 with s.e. 0.0022.
    expect(Math.abs(counts[1] / n - 0.25)).toBeLessThan(0.01);
  });
});

describe('logExposures', () => {
  const activity = Float32Array.from({ length: 50 }, (_, i) => 1 + (i % 3));

  it('fills slates: one user per slate, positions 0 … slateSize − 1', () => {
    const e = logExposures(1, activity, 200, 1003, 0.3, 10);
    for (let i = 0; i < 1003; i++) {
      expect(e.positions[i]).toBe(i % 10);
      if (i % 10) expect(e.userIds[i]).toBe(e.userIds[i - 1]);
    }
    expect(Math.max(...e.itemIds)).toBeLessThan(200);
    expect(Math.min(...e.itemIds)).toBeGreaterThanOrEqual(0);
  });

  it('is deterministic for a seed', () => {
    const a = logExposures(4, activity, 200, 2000, 0.5, 5);
    const b = logExposures(4, activity, 200, 2000, 0.5, 5);
    expect(a).toEqual(b);
    expect(logExposures(5, activity, 200, 2000, 0.5, 5).itemIds).not.toEqual(a.itemIds);
  });

  it('draws the popularity order from the seed', () => {
    // With popularityMix 1 the most shown item is the seed's most popular one (1 in 200 chance of a repeat).
    const mostShown = (seed: number) => {
      const counts = new Array(200).fill(0);
      for (const v of logExposures(seed, activity, 200, 5000, 1, 10).itemIds) counts[v]++;
      return counts.indexOf(Math.max(...counts));
    };
    expect(new Set([1, 2, 3, 4, 5].map(mostShown)).size).toBeGreaterThan(2);
  });

  it('concentrates exposure on popular items as the popularity mix grows', () => {
    const top10Share = (mix: number) => {
      const e = logExposures(1, activity, 500, 50_000, mix, 10);
      const counts = new Array(500).fill(0);
      for (const v of e.itemIds) counts[v]++;
      return counts.sort((a, b) => b - a).slice(0, 10).reduce((a, b) => a + b, 0) / 50_000;
    };
    // Uniform exposure gives the 10 most shown of 500 items about 2.5 % (a bit more from the max);
    // Zipf over 500 items gives its top 10 about 43 % of the popular slots.
    expect(top10Share(0)).toBeLessThan(0.035);
    expect(top10Share(1)).toBeGreaterThan(0.35);
  });
});
