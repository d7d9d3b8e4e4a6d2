/**
 * Minutes watched after a click: log-normal noise with mean 1 around the world's
 * mean minutes, capped at the video's length. The sampler the logs draw from and the
 * exact expectations the replay's ground truth takes of it live side by side, so that
 * "computed exactly from the ground truth" (DESIGN §3) means the mean of what the
 * logs would record, not the minutes of an average view.
 *
 * With X = m · exp(s·Z − s²/2), Z standard normal: ln X ~ N(μ, s²) with μ = ln m − s²/2,
 * and E[X] = m. The cap makes E[min(L, X)] < m whenever s > 0.
 */
import { normalCdf } from './normal';

/**
 * One view's minutes watched, as the logs draw it.
 * @param meanMinutes m, the mean minutes before the cap (watch fraction × length), > 0
 * @param videoMinutes L, the video's length
 * @param noise s, the log-normal's standard deviation, ≥ 0
 * @param z a standard normal draw
 */
export function sampleWatchMinutes(meanMinutes: number, videoMinutes: number, noise: number, z: number): number {
  const sampled = meanMinutes * Math.exp(noise * z - (noise * noise) / 2);
  return Math.min(videoMinutes, sampled);
}

/** E[min(L, X)]: the exact expected minutes of a view, cap included (m when s = 0, as m ≤ L). */
export function expectedCappedWatchMinutes(meanMinutes: number, videoMinutes: number, noise: number): number {
  if (noise <= 0 || meanMinutes <= 0) return Math.min(videoMinutes, meanMinutes);
  const mu = Math.log(meanMinutes) - (noise * noise) / 2;
  const zCap = (Math.log(videoMinutes) - mu) / noise;
  // E[X; X < L] = m·Φ(zCap − s), plus L for every view that reaches the end.
  return meanMinutes * normalCdf(zCap - noise) + videoMinutes * normalCdf(-zCap);
}

/**
 * P(min(L, X) ≥ t): the chance a view reaches minute t (inclusive, as a mid-roll
 * at minute t plays when exactly t minutes are watched). A view that runs to the end
 * reaches every t ≤ L; none reaches past L.
 */
export function watchedAtLeastProbability(meanMinutes: number, videoMinutes: number, noise: number, t: number): number {
  if (t <= 0) return 1;
  if (t > videoMinutes) return 0;
  if (noise <= 0 || meanMinutes <= 0) return Math.min(videoMinutes, meanMinutes) >= t ? 1 : 0;
  const mu = Math.log(meanMinutes) - (noise * noise) / 2;
  return normalCdf((mu - Math.log(t)) / noise);
}
