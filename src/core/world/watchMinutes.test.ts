import { describe, expect, it } from 'vitest';
import { monteCarloViews as monteCarlo } from '../testing/monteCarloViews';
import { expectedCappedWatchMinutes, sampleWatchMinutes, watchedAtLeastProbability } from './watchMinutes';

// [mean minutes m, length L, noise s]: far from the cap, near it, heavy noise, the knob's maximum, clickbait-short views.
const cases: [number, number, number][] = [
  [10, 30, 0.3],
  [8.5, 9, 0.3],
  [2.5, 9, 1],
  [20, 60, 2],
  [0.3, 15, 0.3],
  [59, 60, 0.05],
];

describe('sampleWatchMinutes', () => {
  it('is the mean minutes exactly with no noise, and never past the end', () => {
    expect(sampleWatchMinutes(7.25, 30, 0, 1.7)).toBe(7.25);
    expect(sampleWatchMinutes(29, 30, 0.5, 3)).toBe(30);
  });
});

describe('expectedCappedWatchMinutes', () => {
  it('agrees with the logs’ sampler', () => {
    // 200 000 views per case: measured |exact − Monte Carlo| / s.e. ≤ 2.23 over these cases
    // (seeds 11–16; 4 000 000 views of the worst case on two other seeds: ≤ 1.2).
    cases.forEach(([m, length, noise], i) => {
      const mc = monteCarlo(11 + i, 200_000, m, length, noise, (x) => x);
      const exact = expectedCappedWatchMinutes(m, length, noise);
      expect(Math.abs(exact - mc.mean)).toBeLessThan(4 * mc.se + 1e-9);
    });
  });

  it('is m with no noise, and at most m (and L) with noise', () => {
    expect(expectedCappedWatchMinutes(7.25, 30, 0)).toBe(7.25);
    for (const [m, length, noise] of cases) {
      const e = expectedCappedWatchMinutes(m, length, noise);
      expect(e).toBeLessThanOrEqual(m);
      expect(e).toBeLessThanOrEqual(length);
    }
    // Far from the cap nearly nothing is lost: the noise alone keeps the mean.
    expect(expectedCappedWatchMinutes(1, 60, 0.3)).toBeCloseTo(1, 7);
  });
});

describe('watchedAtLeastProbability', () => {
  it('agrees with the logs’ sampler, the cap at the end included', () => {
    // The last threshold is L itself: every view capped at the end reaches it.
    // 100 000 views per case and threshold: measured |exact − Monte Carlo| / s.e. ≤ 2.69.
    const thresholds = [1, 3, 6, 9];
    cases.forEach(([m, length, noise], i) => {
      for (const t of thresholds.filter((x) => x <= length)) {
        const mc = monteCarlo(21 + i, 100_000, m, length, noise, (x) => (x >= t ? 1 : 0));
        expect(Math.abs(watchedAtLeastProbability(m, length, noise, t) - mc.mean)).toBeLessThan(4 * mc.se + 1e-9);
      }
    });
    expect(watchedAtLeastProbability(8.5, 9, 0.3, 9)).toBeGreaterThan(0.3);
  });

  it('is a step with no noise, 1 at t ≤ 0 and 0 past the end', () => {
    expect(watchedAtLeastProbability(6, 30, 0, 6)).toBe(1);
    expect(watchedAtLeastProbability(6, 30, 0, 6.01)).toBe(0);
    expect(watchedAtLeastProbability(6, 30, 0.3, 0)).toBe(1);
    expect(watchedAtLeastProbability(6, 30, 0.3, 30.01)).toBe(0);
  });
});
