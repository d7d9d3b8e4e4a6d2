import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import { bootstrapMean, differenceFromResamples, pairedBootstrapDifference, percentileInterval, resampledMeans, scaledMean } from './bootstrap';

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

describe('paired bootstrap of a difference', () => {
  /** Users who differ a lot from each other: most of a policy's spread is the users', shared by both policies. */
  const users = (seed: number, n: number) => {
    const rng = new Rng(seed);
    return Float64Array.from({ length: n }, () => Math.exp(1 + rng.normal()));
  };

  it('tells apart two policies that differ by a constant per user, where the two intervals overlap', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const a = users(seed, 500);
      const b = a.map((v) => v + 0.05);
      const ia = bootstrapMean(a, 1, 200, new Rng(seed));
      const ib = bootstrapMean(b, 1, 200, new Rng(seed + 100));
      // The overlap rule cannot tell them apart: each interval is 0.82–1.16 wide (measured,
      // seeds 1–5), 16 to 23 times the 0.05 between them.
      expect(ia.high).toBeGreaterThan(ib.low);
      expect(ia.high - ia.low).toBeGreaterThan(0.5);
      const d = pairedBootstrapDifference(b, a, 1, 200, new Rng(seed));
      expect(d.mean).toBeCloseTo(0.05, 12);
      // Every resample draws the same users for both: the difference is 0.05 in each (up to rounding).
      expect(d.low).toBeCloseTo(0.05, 10);
      expect(d.high).toBeCloseTo(0.05, 10);
    }
  });

  it('is narrower than the two intervals where the policies share the users’ spread, and honest where they do not', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const a = users(seed, 1000);
      const noise = new Rng(seed + 50);
      // b = a plus a small per-user effect: strongly correlated with a.
      const b = a.map((v) => v * 1.02 + 0.1 * noise.normal());
      const width = (i: { low: number; high: number }) => i.high - i.low;
      const paired = pairedBootstrapDifference(b, a, 1, 400, new Rng(seed));
      const wa = width(bootstrapMean(a, 1, 400, new Rng(seed)));
      // Measured on seeds 1–5: the paired interval is 2.6–2.9 % of a marginal one's width.
      expect(width(paired)).toBeLessThan(0.1 * wa);
      // Unrelated users: no shared spread, so the paired interval is as wide as independent
      // intervals combined, about √2 × a marginal; measured 1.32–1.50 × on seeds 1–5.
      const c = users(seed + 1000, 1000);
      const unpaired = pairedBootstrapDifference(c, a, 1, 400, new Rng(seed));
      expect(width(unpaired) / wa).toBeGreaterThan(1.1);
      expect(width(unpaired) / wa).toBeLessThan(1.8);
    }
  });

  it('from two policies’ resampled means drawn with the same stream, equals resampling the per-user differences', () => {
    const a = users(3, 300);
    const b = users(4, 300);
    const ra = resampledMeans(a, 1000, 200, new Rng(9));
    const rb = resampledMeans(b, 1000, 200, new Rng(9));
    const fromResamples = differenceFromResamples(scaledMean(a, 1000), scaledMean(b, 1000), ra, rb);
    const direct = pairedBootstrapDifference(a, b, 1000, 200, new Rng(9));
    expect(fromResamples.mean).toBeCloseTo(direct.mean, 9);
    expect(fromResamples.low).toBeCloseTo(direct.low, 9);
    expect(fromResamples.high).toBeCloseTo(direct.high, 9);
    // A policy's own interval from those resamples is bootstrapMean's, to the last bit.
    expect(percentileInterval(scaledMean(a, 1000), ra)).toEqual(bootstrapMean(a, 1000, 200, new Rng(9)));
  });

  it('shares the users, not the distribution of one policy’s interval: the width is as with its own stream', () => {
    // Over 40 seeds, the mean width of b's interval drawn with a's stream against with its own.
    let shared = 0;
    let own = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const b = users(seed, 400);
      const same = bootstrapMean(b, 1, 200, Rng.forStream(seed, 'bootstrap.purchases'));
      const alone = bootstrapMean(b, 1, 200, Rng.forStream(seed, 'bootstrap.esmm.purchases'));
      shared += same.high - same.low;
      own += alone.high - alone.low;
    }
    // Measured: the ratio is 1.009; a shared stream is a uniform resample like any other.
    expect(shared / own).toBeGreaterThan(0.95);
    expect(shared / own).toBeLessThan(1.05);
  });

  it('needs the same users on both sides', () => {
    expect(() => pairedBootstrapDifference(new Float64Array(3), new Float64Array(4), 1, 10, new Rng(1))).toThrow(/same users/);
    expect(pairedBootstrapDifference(Float64Array.from([2]), Float64Array.from([1]), 10, 10, new Rng(1))).toEqual({ mean: 10, low: 10, high: 10 });
  });
});
