/**
 * Monte Carlo over views drawn with the logs' own sampler, for the tests that check
 * the exact expectations of the ground truth against it.
 */
import { Rng } from '../random/prng';
import { sampleWatchMinutes } from '../world/watchMinutes';

/**
 * Mean and standard error of f(minutes watched) over `views` draws.
 * @param meanMinutes the mean minutes before the cap; `videoMinutes` the cap; `noise` the log-normal s.d.
 */
export function monteCarloViews(
  seed: number,
  views: number,
  meanMinutes: number,
  videoMinutes: number,
  noise: number,
  f: (minutes: number) => number,
): { mean: number; se: number } {
  const rng = new Rng(seed);
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < views; i++) {
    const y = f(sampleWatchMinutes(meanMinutes, videoMinutes, noise, rng.normal()));
    sum += y;
    sumSq += y * y;
  }
  const mean = sum / views;
  return { mean, se: Math.sqrt(Math.max(0, sumSq / views - mean * mean) / views) };
}
