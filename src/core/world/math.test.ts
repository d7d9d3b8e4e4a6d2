import { describe, expect, it } from 'vitest';
import { clamp, sigmoid } from './math';

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
