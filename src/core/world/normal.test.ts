import { describe, expect, it } from 'vitest';
import { erfc, normalCdf } from './normal';

// Reference values: Python's math.erfc (correct to double precision), Φ(x) = erfc(−x/√2)/2.
const reference: [number, number][] = [
  [0, 0.5],
  [0.5, 0.6914624612740131],
  [1, 0.8413447460685429],
  [1.96, 0.9750021048517795],
  [2, 0.9772498680518208],
  [3, 0.9986501019683699],
  [6, 0.9999999990134123],
  [-1, 0.15865525393145707],
  [-2.5, 0.006209665325776139],
  [-5, 2.866515718791946e-7],
  [-8, 6.220960574271819e-16],
];

describe('normalCdf', () => {
  it('matches known values to 1e-7, absolute and relative', () => {
    for (const [x, phi] of reference) {
      expect(Math.abs(normalCdf(x) - phi)).toBeLessThan(1e-7);
      // Relative error too, so that 1 − Φ(z) taken as Φ(−z) stays accurate far in the tail.
      expect(Math.abs(normalCdf(x) / phi - 1)).toBeLessThan(1.2e-7);
    }
  });

  it('is symmetric, monotone and bounded', () => {
    let last = 0;
    for (let x = -10; x <= 10; x += 0.01) {
      const p = normalCdf(x);
      expect(p).toBeGreaterThanOrEqual(last);
      expect(p).toBeLessThanOrEqual(1);
      expect(Math.abs(p + normalCdf(-x) - 1)).toBeLessThan(1e-7);
      last = p;
    }
  });

  it('takes erfc(0) = 1 and erfc(−∞) = 2', () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(-30)).toBe(2);
    expect(erfc(30)).toBe(0);
  });
});
