import { describe, expect, it } from 'vitest';
import { leftDomain, MIN_LEFT_SPAN, rightDomain, spreadLabels } from './slopeDraw';

describe('slope chart axes', () => {
  it('spreads a 0.001 AUC gap over no more than a fiftieth of the axis, centred on the values', () => {
    const [lo, hi] = leftDomain([0.722, 0.723]);
    expect(hi - lo).toBeCloseTo(MIN_LEFT_SPAN, 12);
    expect((lo + hi) / 2).toBeCloseTo(0.7225, 12);
    expect(0.001 / (hi - lo)).toBeLessThanOrEqual(0.02 + 1e-12);
  });

  it('keeps room around a wide spread', () => {
    const [lo, hi] = leftDomain([0.45, 0.72]);
    expect(lo).toBeLessThan(0.45);
    expect(hi).toBeGreaterThan(0.72);
  });

  it('starts the business axis at 0, so a 4 % gap looks like 4 %', () => {
    const [lo, hi] = rightDomain([100, 104]);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(114.4, 9);
    expect(rightDomain([0, 0])).toEqual([0, 1]);
  });

  it('keeps value labels of close dots apart, in order, near their dots', () => {
    const ys = [120, 126, 40];
    const out = spreadLabels(ys, 18);
    expect(out[1] - out[0]).toBeGreaterThanOrEqual(18 - 1e-9);
    expect(out[2]).toBe(40);
    expect((out[0] + out[1]) / 2).toBeGreaterThan(100);
    expect(spreadLabels([10, 100], 18)).toEqual([10, 100]);
  });
});
