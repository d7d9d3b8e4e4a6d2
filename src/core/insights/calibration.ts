/**
 * Calibration (reliability) bins: sort the held-out impressions by the model's
 * prediction, cut them into bins of (nearly) equal count, and set each bin's mean
 * prediction beside its mean true value. A calibrated model sits on the diagonal.
 * Equal-count bins keep every point equally reliable even when most predictions
 * crowd near zero (click rates of a few percent).
 */
import type { CalibrationBin } from './types';

/** Bins per calibration chart: enough to show a curve, few enough that each bin holds hundreds of impressions. */
export const CALIBRATION_BINS = 10;

/**
 * @param predicted the model's prediction per impression
 * @param truth the true value per impression (same unit)
 * @param rows which impressions to use (all when omitted)
 * @param bins how many bins (fewer when there are fewer rows)
 * @param truthAlt an optional second true value per impression, averaged into `meanTrueAlt`
 * @returns bins ordered by mean prediction; their counts sum to the rows used; empty with no rows
 */
export function calibrationBins(
  predicted: ArrayLike<number>,
  truth: ArrayLike<number>,
  rows?: ArrayLike<number>,
  bins = CALIBRATION_BINS,
  truthAlt?: ArrayLike<number>,
): CalibrationBin[] {
  const ids = rows ? Array.from(rows) : Array.from({ length: predicted.length }, (_, i) => i);
  const finite = ids.filter((i) => Number.isFinite(predicted[i]) && Number.isFinite(truth[i]));
  // Ties keep the row order, so the bins are deterministic.
  finite.sort((a, b) => predicted[a] - predicted[b] || a - b);
  const n = finite.length;
  const b = Math.min(bins, n);
  const out: CalibrationBin[] = [];
  for (let k = 0; k < b; k++) {
    // Bin k holds rows [⌊k·n/b⌋, ⌊(k+1)·n/b⌋): sizes differ by at most one.
    const from = Math.floor((k * n) / b);
    const to = Math.floor(((k + 1) * n) / b);
    let p = 0;
    let t = 0;
    let alt = 0;
    for (let r = from; r < to; r++) {
      const i = finite[r];
      p += predicted[i];
      t += truth[i];
      if (truthAlt) alt += truthAlt[i];
    }
    const count = to - from;
    out.push({ count, meanPredicted: p / count, meanTrue: t / count, ...(truthAlt ? { meanTrueAlt: alt / count } : {}) });
  }
  return out;
}

/**
 * The count-weighted mean of (prediction − truth) over the bins: how far the model
 * runs above (positive) or below (negative) the truth on average, in its unit.
 */
export function meanGap(bins: readonly CalibrationBin[], alt = false): number {
  let n = 0;
  let gap = 0;
  for (const b of bins) {
    const truth = alt ? (b.meanTrueAlt ?? NaN) : b.meanTrue;
    n += b.count;
    gap += b.count * (b.meanPredicted - truth);
  }
  return n ? gap / n : 0;
}

/** The count-weighted mean prediction and mean truth over all bins. */
export function overallMeans(bins: readonly CalibrationBin[]): { predicted: number; truth: number; truthAlt: number | null } {
  let n = 0;
  let p = 0;
  let t = 0;
  let a = 0;
  let hasAlt = bins.length > 0;
  for (const b of bins) {
    n += b.count;
    p += b.count * b.meanPredicted;
    t += b.count * b.meanTrue;
    if (b.meanTrueAlt === undefined) hasAlt = false;
    else a += b.count * b.meanTrueAlt;
  }
  if (!n) return { predicted: 0, truth: 0, truthAlt: null };
  return { predicted: p / n, truth: t / n, truthAlt: hasAlt ? a / n : null };
}
