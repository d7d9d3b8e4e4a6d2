/**
 * Percentile bootstrap over users: how sure we are of a per-user mean, and of the
 * difference between two policies that served the same users.
 *
 * The A/B test is paired: every policy ranks the same candidates for the same users.
 * Resampling the users with the same indices for every policy (one random stream per
 * outcome, shared by the policies) keeps each policy's interval what it was (a
 * bootstrap of its own mean), and makes the difference of two policies' resampled
 * means, resample by resample, a bootstrap of their paired difference. Two separate
 * intervals that overlap say little about that difference: users who earn much
 * under one policy earn much under the other too, and that shared part cancels.
 */
import type { Rng } from '../random/prng';
import type { Interval } from './types';

/**
 * The means of `samples` resamples (with replacement) of `perUser`, times `scale`,
 * in the order drawn. The same `rng` state gives the same users for any array of
 * the same length, which is what pairs two policies.
 * @param perUser one value per user in the replay
 * @param scale e.g. 1000 / slots per user, for "per 1000 impressions"
 * @param samples number of resamples, e.g. 200
 */
export function resampledMeans(perUser: Float64Array, scale: number, samples: number, rng: Rng): Float64Array {
  const n = perUser.length;
  const means = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += perUser[rng.int(n)];
    means[s] = (sum / n) * scale;
  }
  return means;
}

/** Mean of `perUser` times `scale`; 0 for no users. */
export function scaledMean(perUser: Float64Array, scale: number): number {
  const n = perUser.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += perUser[i];
  return n ? (total / n) * scale : 0;
}

/**
 * The 95 % percentile interval of resampled values around a point estimate.
 * @param values resampled statistics, in any order (not modified)
 */
export function percentileInterval(mean: number, values: Float64Array): Interval {
  const n = values.length;
  if (n === 0) return { mean, low: mean, high: mean };
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))];
  return { mean, low: at(0.025), high: at(0.975) };
}

/**
 * Mean of `perUser` scaled by `scale`, with a 95 % percentile interval.
 * @param perUser one value per user in the replay
 * @param samples number of resamples, e.g. 200
 */
export function bootstrapMean(perUser: Float64Array, scale: number, samples: number, rng: Rng): Interval {
  const mean = scaledMean(perUser, scale);
  if (perUser.length < 2) return { mean, low: mean, high: mean };
  return percentileInterval(mean, resampledMeans(perUser, scale, samples, rng));
}

/**
 * The difference a − b of two policies' scaled means with its paired 95 % interval,
 * from resamples drawn with the same users for both (see `resampledMeans`).
 * @param meanA, meanB the two point estimates (already scaled)
 * @param resampledA, resampledB their resampled means, drawn with the same random stream
 */
export function differenceFromResamples(meanA: number, meanB: number, resampledA: Float64Array, resampledB: Float64Array): Interval {
  const mean = meanA - meanB;
  if (resampledA.length !== resampledB.length) throw new Error(`paired resamples differ in number: ${resampledA.length} and ${resampledB.length}`);
  return percentileInterval(
    mean,
    resampledA.map((v, s) => v - resampledB[s]),
  );
}

/**
 * Paired bootstrap of the difference a − b of two per-user arrays of the same users:
 * each resample draws the same users for both.
 * @param a, b one value per user, the same users in the same order
 */
export function pairedBootstrapDifference(a: Float64Array, b: Float64Array, scale: number, samples: number, rng: Rng): Interval {
  if (a.length !== b.length) throw new Error(`a paired bootstrap needs the same users: ${a.length} and ${b.length}`);
  const mean = scaledMean(a, scale) - scaledMean(b, scale);
  if (a.length < 2) return { mean, low: mean, high: mean };
  const diff = a.map((v, i) => v - b[i]);
  // Resampling the per-user differences draws the same users for a and b.
  return percentileInterval(mean, resampledMeans(diff, scale, samples, rng));
}
