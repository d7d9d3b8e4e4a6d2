import { describe, expect, it } from 'vitest';
import { niceAxis } from './niceAxis';

describe('niceAxis', () => {
  it('covers the values with round ticks', () => {
    expect(niceAxis([0.628, 0.274], 4)).toEqual({ domain: [0.2, 0.7], ticks: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7], tickDecimals: 1 });
    expect(niceAxis([0.5, 0.72], 5).tickDecimals).toBe(2);
    expect(niceAxis([0, 10.4], 4).tickDecimals).toBe(0);
    expect(niceAxis([12.5, 130], 4).ticks).toEqual([0, 50, 100, 150]);
  });

  it('respects hard limits and survives a flat series', () => {
    expect(niceAxis([0.5, 0.99], 5, [0, 1]).domain).toEqual([0.5, 1]);
    const flat = niceAxis([2, 2, 2]);
    expect(flat.domain[0]).toBeLessThan(2);
    expect(flat.domain[1]).toBeGreaterThan(2);
  });
});
