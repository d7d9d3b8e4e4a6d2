import { describe, expect, it } from 'vitest';
import { clamp, scaledDot, sigmoid, standardise } from './math';

describe('sigmoid', () => {
  it('matches 1 / (1 + e^-x) and is symmetric', () => {
    for (const x of [-5, -1, -0.1, 0, 0.3, 2, 7]) {
      expect(sigmoid(x)).toBeCloseTo(1 / (1 + Math.exp(-x)), 14);
      expect(sigmoid(-x)).toBeCloseTo(1 - sigmoid(x), 14);
    }
    expect(sigmoid(0)).toBe(0.5);
  });

  it('stays finite for large |x|', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(-800)).not.toBeNaN();
  });
});

describe('clamp', () => {
  it('clamps into [lo, hi]', () => {
    expect(clamp(-1, 0, 1)).toBe(0);
    expect(clamp(0.4, 0, 1)).toBe(0.4);
    expect(clamp(3, 0, 1)).toBe(1);
  });
});

describe('standardise', () => {
  it('gives mean 0 and s.d. 1, keeping the order', () => {
    const z = standardise([2, 4, 4, 4, 5, 5, 7, 9]); // mean 5, s.d. 2
    expect(Array.from(z)).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });
  it('gives zeros when nothing varies', () => {
    expect(Array.from(standardise([3, 3, 3]))).toEqual([0, 0, 0]);
  });
});

describe('scaledDot', () => {
  it('is the dot product of two rows over √d, times the scale', () => {
    const a = Float32Array.from([9, 9, 1, 2, 3, 4]); // rows of d = 2: [9,9], [1,2], [3,4]
    const b = Float32Array.from([5, 6, 0, 0]);
    expect(scaledDot(a, 1, b, 0, 2, 3)).toBeCloseTo(((1 * 5 + 2 * 6) / Math.SQRT2) * 3, 5);
    expect(scaledDot(a, 2, b, 1, 2, 3)).toBe(0);
  });
});
