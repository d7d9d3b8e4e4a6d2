import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import { calibrationBins, meanGap, overallMeans } from './calibration';

const rng = new Rng(3);
const n = 1003;
const predicted = Float64Array.from({ length: n }, () => rng.next() * 0.2);
const truth = predicted.map((p) => p * 0.5 + 0.01 * rng.next());
const alt = truth.map((t) => t * 2);

describe('calibrationBins', () => {
  const bins = calibrationBins(predicted, truth, undefined, 10, alt);

  it('cuts the rows into ten equal-count bins (sizes differ by at most one) that hold every row', () => {
    expect(bins).toHaveLength(10);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(n);
    const sizes = bins.map((b) => b.count);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('averages each bin as a brute force over the sorted rows does', () => {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => predicted[a] - predicted[b] || a - b);
    let at = 0;
    for (const b of bins) {
      const rows = order.slice(at, at + b.count);
      at += b.count;
      const mean = (a: ArrayLike<number>) => rows.reduce((s, i) => s + a[i], 0) / rows.length;
      expect(b.meanPredicted).toBeCloseTo(mean(predicted), 12);
      expect(b.meanTrue).toBeCloseTo(mean(truth), 12);
      expect(b.meanTrueAlt).toBeCloseTo(mean(alt), 12);
    }
  });

  it('orders the bins by mean prediction', () => {
    for (let k = 1; k < bins.length; k++) expect(bins[k].meanPredicted).toBeGreaterThanOrEqual(bins[k - 1].meanPredicted);
  });

  it('uses only the rows asked for, and fewer bins than rows', () => {
    const rows = [5, 9, 700];
    const few = calibrationBins(predicted, truth, rows, 10);
    expect(few).toHaveLength(3);
    expect(few.map((b) => b.meanPredicted).sort()).toEqual(rows.map((i) => predicted[i]).sort());
    expect(few[0].meanTrueAlt).toBeUndefined();
    expect(calibrationBins(predicted, truth, [])).toEqual([]);
  });

  it('skips predictions that are not finite', () => {
    const p = [0.1, NaN, 0.3, Infinity];
    expect(calibrationBins(p, [0.2, 0.2, 0.4, 0.4], undefined, 4).map((b) => b.meanPredicted)).toEqual([0.1, 0.3]);
  });
});

describe('meanGap and overallMeans', () => {
  it('weigh bins by their counts', () => {
    const bins = [
      { count: 1, meanPredicted: 0.3, meanTrue: 0.1, meanTrueAlt: 0.2 },
      { count: 3, meanPredicted: 0.5, meanTrue: 0.5, meanTrueAlt: 0.6 },
    ];
    expect(meanGap(bins)).toBeCloseTo(0.05, 12);
    expect(meanGap(bins, true)).toBeCloseTo((0.1 - 0.3) / 4, 12);
    const m = overallMeans(bins);
    expect(m.predicted).toBeCloseTo(0.45, 12);
    expect(m.truth).toBeCloseTo(0.4, 12);
    expect(m.truthAlt).toBeCloseTo(0.5, 12);
    expect(overallMeans([{ count: 2, meanPredicted: 1, meanTrue: 1 }]).truthAlt).toBeNull();
  });
});
