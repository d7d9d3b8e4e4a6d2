/**
 * The objective dial: blend two ranking scores A and B as A^(1−α) · B^α and replay
 * the blend over a grid of α, like any policy of the A/B test. Video: A = pCTR,
 * B = the watch-time model's e^logit (≈ expected watch minutes); shop: A = ESMM's
 * pCTCVR, B = pCTCVR × price, so A^(1−α)·B^α = pCTCVR · price^α.
 *
 * The blend ranks by (1−α)·ln A + α·ln B, the same order as the product. At α = 0
 * and α = 1 it ranks by exactly A and B (a monotone map of the same numbers), so
 * the dial's endpoints equal the replay's numbers for those two policies.
 */
import type { ReplayCandidates } from '../replay/replayEngine';
import { per1kMeans, shownMeans } from './topKStats';
import type { DialFrontier } from './types';

/** The dial's step: 21 points from 0 to 1. */
export const DIAL_STEP = 0.05;

/** α from 0 to 1 in steps of `step`, exact at both ends. */
export function alphaGrid(step = DIAL_STEP): number[] {
  const n = Math.round(1 / step);
  return Array.from({ length: n + 1 }, (_, i) => Number((i / n).toFixed(6)));
}

/** ln x, with 0 (and underflowed scores) kept finite and below every positive score. */
const safeLog = (x: number) => Math.log(Math.max(x, Number.MIN_VALUE));

/**
 * The blended score of every pair, in log space.
 * @param a, b positive scores (e.g. probabilities, minutes), one per pair
 * @param alpha weight of `b`, in [0, 1]
 */
export function blendScores(a: ArrayLike<number>, b: ArrayLike<number>, alpha: number): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    // The endpoints use one score alone: 0 · ln 0 would be NaN, and exactness matters there.
    out[i] = alpha <= 0 ? safeLog(a[i]) : alpha >= 1 ? safeLog(b[i]) : (1 - alpha) * safeLog(a[i]) + alpha * safeLog(b[i]);
  }
  return out;
}

/**
 * Replays the blend at every α of the grid.
 * @param outcomes per pair, the outcome if its slot is examined (as in the replay)
 * @param itemStats per item id, statistics averaged over what was shown
 */
export function dialFrontier<O extends string, S extends string>(
  cand: ReplayCandidates,
  topK: number,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  outcomes: Record<O, ArrayLike<number>>,
  itemStats: Record<S, ArrayLike<number>>,
  alphas = alphaGrid(),
): DialFrontier<O, S> {
  const per1k = Object.fromEntries(Object.keys(outcomes).map((o) => [o, [] as number[]])) as Record<O, number[]>;
  const shown = Object.fromEntries(Object.keys(itemStats).map((s) => [s, [] as number[]])) as Record<S, number[]>;
  for (const alpha of alphas) {
    const scores = blendScores(a, b, alpha);
    const m = per1kMeans(scores, cand, topK, outcomes);
    for (const o of Object.keys(m) as O[]) per1k[o].push(m[o]);
    const s = shownMeans(scores, cand, topK, itemStats);
    for (const k of Object.keys(s) as S[]) shown[k].push(s[k]);
  }
  return { alphas, per1k, shown };
}

/** Index of the grid point nearest to `alpha` (the slider's value). */
export function nearestAlphaIndex(alphas: readonly number[], alpha: number): number {
  let best = 0;
  for (let i = 1; i < alphas.length; i++) if (Math.abs(alphas[i] - alpha) < Math.abs(alphas[best] - alpha)) best = i;
  return best;
}
