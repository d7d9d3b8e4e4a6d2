/**
 * The replay's top-K, counted the ways the "See why" views need: outcomes per user,
 * means per 1000 shown impressions (computed exactly as the replay computes them,
 * so the views and the A/B test agree), and how often each item was shown.
 */
import type { ReplayCandidates } from '../replay/replayEngine';
import { examineProbability, topKIndices } from '../replay/topK';

/** Slots each replay user sees: K, or fewer when a user has fewer candidates. */
export function slotsPerUser(cand: ReplayCandidates, topK: number): number {
  return Math.min(topK, cand.perUser);
}

/**
 * Calls `visit` for every shown slot: user j (index into `cand.users`), slot k
 * (0-based) and the pair index i into `cand.pairUsers` / `cand.pairItems`.
 */
export function forEachShown(scores: ArrayLike<number>, cand: ReplayCandidates, topK: number, visit: (j: number, slot: number, i: number) => void): void {
  for (let j = 0; j < cand.users.length; j++) {
    const from = j * cand.perUser;
    const top = topKIndices(scores, from, cand.perUser, topK);
    for (let k = 0; k < top.length; k++) visit(j, k, from + top[k]);
  }
}

/**
 * Each user's expected outcome from their top K: Σ_k β_k · outcome of the pair in slot k.
 * @param outcomeIfExamined per pair, e.g. P(click) or P(click)·ad minutes
 */
export function perUserOutcome(scores: ArrayLike<number>, cand: ReplayCandidates, topK: number, outcomeIfExamined: ArrayLike<number>): Float64Array {
  const out = new Float64Array(cand.users.length);
  forEachShown(scores, cand, topK, (j, k, i) => (out[j] += examineProbability(k) * outcomeIfExamined[i]));
  return out;
}

/**
 * Mean outcome per 1000 shown impressions, summed in the replay's order (see
 * `replayPolicies` and `scaledMean`), so the numbers equal the A/B test's means.
 */
export function per1kMeans<O extends string>(scores: ArrayLike<number>, cand: ReplayCandidates, topK: number, outcomes: Record<O, ArrayLike<number>>): Record<O, number> {
  const names = Object.keys(outcomes) as O[];
  const perUser = names.map(() => new Float64Array(cand.users.length));
  forEachShown(scores, cand, topK, (j, k, i) => {
    const seen = examineProbability(k);
    names.forEach((o, c) => (perUser[c][j] += seen * outcomes[o][i]));
  });
  const scale = 1000 / slotsPerUser(cand, topK);
  const n = cand.users.length;
  const result = {} as Record<O, number>;
  names.forEach((o, c) => {
    let total = 0;
    for (let j = 0; j < n; j++) total += perUser[c][j];
    result[o] = n ? (total / n) * scale : 0;
  });
  return result;
}

/** Mean of each item statistic over every shown slot (as the replay's "what was shown"). */
export function shownMeans<S extends string>(scores: ArrayLike<number>, cand: ReplayCandidates, topK: number, itemStats: Record<S, ArrayLike<number>>): Record<S, number> {
  const names = Object.keys(itemStats) as S[];
  const sums = names.map(() => 0);
  let shown = 0;
  forEachShown(scores, cand, topK, (_j, _k, i) => {
    const v = cand.pairItems[i];
    names.forEach((s, c) => (sums[c] += itemStats[s][v]));
    shown++;
  });
  const result = {} as Record<S, number>;
  names.forEach((s, c) => (result[s] = shown ? sums[c] / shown : 0));
  return result;
}

/**
 * How many replay users had each catalogue item in their top K.
 * @returns one count per item id; the counts sum to users × slotsPerUser
 */
export function topKCounts(scores: ArrayLike<number>, cand: ReplayCandidates, topK: number, numItems: number): Uint32Array {
  const counts = new Uint32Array(numItems);
  forEachShown(scores, cand, topK, (_j, _k, i) => counts[cand.pairItems[i]]++);
  return counts;
}
