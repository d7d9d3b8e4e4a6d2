import { describe, expect, it } from 'vitest';
import { logloss } from './logloss';

describe('logloss', () => {
  it('gives known values', () => {
    expect(logloss([0.5], [1])).toBeCloseTo(Math.LN2, 12);
    expect(logloss([0.5, 0.5], [0, 1])).toBeCloseTo(Math.LN2, 12);
    expect(logloss([0.9, 0.2], [1, 0])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 12);
    expect(logloss([0.25], [0])).toBeCloseTo(-Math.log(0.75), 12);
  });

  it('is lower for better predictions', () => {
    expect(logloss([0.9, 0.1], [1, 0])!).toBeLessThan(logloss([0.6, 0.4], [1, 0])!);
  });

  it('clips probabilities of exactly 0 and 1 so the loss stays finite', () => {
    const wrong = logloss([0, 1], [1, 0])!;
    expect(Number.isFinite(wrong)).toBe(true);
    // Clipped at 1e-7: −ln(1e-7) ≈ 16.1 per row — large, but finite.
    expect(wrong).toBeCloseTo(-Math.log(1e-7), 4);
    const right = logloss([1, 0], [1, 0])!;
    expect(right).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThan(1e-6);
  });

  it('is undefined (null) for an empty set', () => {
    expect(logloss([], [])).toBeNull();
  });
});
