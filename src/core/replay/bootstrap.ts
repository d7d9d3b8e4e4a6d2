/** Percentile bootstrap over users: how sure we are of a per-user mean. */
import { Rng } from '../random/prng';
import type { Interval } from './types';

/**
 * Mean of `perUser` scaled by `scale`, with a 95 % percentile interval.
 * @param perUser one value per user in the replay
 * @param samples number of resamples, e.g. 200
 */
export function bootstrapMean(perUser: Float64Array, scale: number, samples: number, rng: Rng): Interval {
  const n = perUser.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += perUser[i];
  const mean = n ? (total / n) * scale : 0;
  if (n < 2) return { mean, low: mean, high: mean };
  const means = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += perUser[rng.int(n)];
    means[s] = (sum / n) * scale;
  }
  means.sort();
  const at = (q: number) => means[Math.min(samples - 1, Math.max(0, Math.round(q * (samples - 1))))];
  return { mean, low: at(0.025), high: at(0.975) };
}
