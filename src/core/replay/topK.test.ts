import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import { examineProbability, topKIndices } from './topK';

/** Reference: a stable sort by descending score (ties keep the earlier index), first k. */
function sortedTopK(scores: ArrayLike<number>, from: number, n: number, k: number): number[] {
  return Array.from({ length: n }, (_, i) => i)
    .sort((a, b) => scores[from + b] - scores[from + a] || a - b)
    .slice(0, k);
}

describe('topKIndices', () => {
  it('matches a sort on random scores with ties, offsets and k above n', () => {
    const rng = new Rng(8);
    for (let trial = 0; trial < 300; trial++) {
      const total = 1 + rng.int(200);
      const from = rng.int(total);
      const n = 1 + rng.int(total - from);
      const k = 1 + rng.int(60);
      const levels = 1 + rng.int(20);
      const scores = Float32Array.from({ length: total }, () => rng.int(levels) - levels / 2);
      expect(Array.from(topKIndices(scores, from, n, k))).toEqual(sortedTopK(scores, from, n, k));
    }
  });

  it('returns min(k, n) indices, best first', () => {
    expect(Array.from(topKIndices([0.1, 0.9, 0.5], 0, 3, 2))).toEqual([1, 2]);
    expect(Array.from(topKIndices([0.1, 0.9, 0.5], 0, 3, 10))).toEqual([1, 2, 0]);
    expect(Array.from(topKIndices([5, 5, 5, 5], 0, 4, 3))).toEqual([0, 1, 2]);
    // Relative to `from`: the window [2, 5) of the array.
    expect(Array.from(topKIndices([9, 9, 1, 3, 2, 9], 2, 3, 2))).toEqual([1, 2]);
  });
});

describe('examineProbability', () => {
  it('is 1 for the first slot and decreases slot by slot', () => {
    expect(examineProbability(0)).toBe(1);
    expect(examineProbability(1)).toBeCloseTo(1 / Math.log2(3), 12);
    for (let k = 1; k < 50; k++) {
      expect(examineProbability(k)).toBeLessThan(examineProbability(k - 1));
      expect(examineProbability(k)).toBeGreaterThan(0);
    }
  });
});
