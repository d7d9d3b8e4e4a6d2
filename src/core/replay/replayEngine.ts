/**
 * The world-independent part of the simulated A/B test (DESIGN 3): every policy
 * ranks the same candidates for the same users; slot k is examined with
 * probability 1/log2(k+2); each outcome is an exact expectation per pair from the
 * ground truth, so the only noise left is which users were sampled (bootstrap).
 */
import { Rng } from '../random/prng';
import type { EvaluationSettings } from '../scenario/common';
import { differenceFromResamples, percentileInterval, resampledMeans, scaledMean } from './bootstrap';
import { examineProbability, topKIndices } from './topK';
import type { Interval } from './types';

/** Scores every (userIds[i], itemIds[i]) pair; higher ranks first. */
export type Scorer = (userIds: Int32Array, itemIds: Int32Array) => Float32Array;

export interface ReplayCandidates {
  users: Int32Array;
  /** Pairs, user-major: candidates of users[j] are at [j·C, (j+1)·C). */
  pairUsers: Int32Array;
  pairItems: Int32Array;
  perUser: number;
}

/** Samples the replay users and their candidate items (without replacement). */
export function sampleCandidates(world: { numUsers: number; numItems: number }, ev: EvaluationSettings, seed: number): ReplayCandidates {
  const rng = Rng.forStream(seed, 'replay.candidates');
  const allUsers = rng.shuffle(Int32Array.from({ length: world.numUsers }, (_, i) => i));
  const users = allUsers.slice(0, Math.min(ev.replayUsers, world.numUsers));
  const perUser = Math.min(ev.candidatesPerUser, world.numItems);
  const pairUsers = new Int32Array(users.length * perUser);
  const pairItems = new Int32Array(users.length * perUser);
  const pool = Int32Array.from({ length: world.numItems }, (_, i) => i);
  for (let j = 0; j < users.length; j++) {
    // Partial Fisher–Yates: the first perUser entries become a uniform sample.
    for (let c = 0; c < perUser; c++) {
      const r = c + rng.int(pool.length - c);
      const t = pool[c];
      pool[c] = pool[r];
      pool[r] = t;
      pairUsers[j * perUser + c] = users[j];
      pairItems[j * perUser + c] = pool[c];
    }
  }
  return { users, pairUsers, pairItems, perUser };
}

/** The `random` reference: a seeded random order. */
export function randomScorer(seed: number): Scorer {
  return (userIds) => {
    const rng = Rng.forStream(seed, 'replay.random');
    return Float32Array.from({ length: userIds.length }, () => rng.next());
  };
}

/**
 * The policies a replay runs, in the order every chart shows them: `random` first,
 * the learned ones present in `scorers` in `order`, the `oracle` last (whose result
 * the shares of the oracle divide by).
 */
export function policyLineup<P extends string>(seed: number, order: readonly P[], scorers: Partial<Record<P, Scorer>>, oracle: Scorer): [P | 'random' | 'oracle', Scorer][] {
  const all: [P | 'random' | 'oracle', Scorer][] = [['random', randomScorer(seed)]];
  for (const id of order) {
    const s = scorers[id];
    if (s) all.push([id, s]);
  }
  all.push(['oracle', oracle]);
  return all;
}

export interface PolicyOutcome<O extends string, S extends string> {
  /** Per 1000 shown impressions, with 95 % bootstrap intervals over users. */
  per1k: Record<O, Interval>;
  /** Mean of each item statistic over the shown (top-K) items. */
  shown: Record<S, number>;
}

/** The difference a − b of one outcome per 1000 impressions, with its paired 95 % interval. */
export interface OutcomeDifference<P extends string, O extends string> {
  a: P;
  b: P;
  outcome: O;
  difference: Interval;
}

export interface ReplayOutcomes<P extends string, O extends string, S extends string> {
  /** One per policy, in the order given. */
  policies: { id: P; outcome: PolicyOutcome<O, S> }[];
  /** Every pair (a before b in the order given) and outcome. */
  differences: OutcomeDifference<P, O>[];
}

/**
 * Replays every policy on the same users and candidates, and bootstraps them over
 * the same resampled users (one random stream per outcome, shared by the policies;
 * see `bootstrap.ts`), so each policy's interval is a bootstrap of its own mean and
 * every pair's difference gets a paired interval. Holds one policy's scores at a
 * time and, per policy and outcome, only `ev.bootstrapSamples` resampled means.
 * @param policies each policy's id and scorer, called once
 * @param outcomeIfExamined expected outcome of each pair when its slot is examined
 *   (e.g. P(click), P(click)·E[minutes]); multiplied here by the slot's examination probability
 * @param itemStats per-item statistics to average over what was shown (e.g. length, clickbait)
 */
export function replayPolicies<P extends string, O extends string, S extends string>(
  policies: readonly (readonly [P, Scorer])[],
  cand: ReplayCandidates,
  outcomeIfExamined: Record<O, Float32Array>,
  itemStats: Record<S, ArrayLike<number>>,
  ev: EvaluationSettings,
  seed: number,
): ReplayOutcomes<P, O, S> {
  const outcomeNames = Object.keys(outcomeIfExamined) as O[];
  const scale = 1000 / Math.min(ev.topK, cand.perUser);
  const paired = cand.users.length >= 2;
  const resampled: Record<O, Float64Array>[] = [];
  const out: ReplayOutcomes<P, O, S> = { policies: [], differences: [] };
  for (const [id, scorer] of policies) {
    const { perUser, shown } = servePolicy(scorer(cand.pairUsers, cand.pairItems), cand, outcomeIfExamined, itemStats, ev.topK);
    const per1k = {} as Record<O, Interval>;
    const means = {} as Record<O, Float64Array>;
    for (const o of outcomeNames) {
      const mean = scaledMean(perUser[o], scale);
      // The same stream for every policy: the same resampled users (the pairing).
      means[o] = paired ? resampledMeans(perUser[o], scale, ev.bootstrapSamples, Rng.forStream(seed, `bootstrap.${o}`)) : new Float64Array(0);
      per1k[o] = percentileInterval(mean, means[o]);
    }
    resampled.push(means);
    out.policies.push({ id, outcome: { per1k, shown } });
  }
  for (let i = 0; i < out.policies.length; i++) {
    for (let j = i + 1; j < out.policies.length; j++) {
      const [a, b] = [out.policies[i], out.policies[j]];
      for (const o of outcomeNames) {
        const difference = differenceFromResamples(a.outcome.per1k[o].mean, b.outcome.per1k[o].mean, resampled[i][o], resampled[j][o]);
        out.differences.push({ a: a.id, b: b.id, outcome: o, difference });
      }
    }
  }
  return out;
}

/** Each user's expected outcomes from their top K, and the mean item statistics of what was shown. */
function servePolicy<O extends string, S extends string>(
  scores: Float32Array,
  cand: ReplayCandidates,
  outcomeIfExamined: Record<O, Float32Array>,
  itemStats: Record<S, ArrayLike<number>>,
  topK: number,
): { perUser: Record<O, Float64Array>; shown: Record<S, number> } {
  const n = cand.users.length;
  const outcomeNames = Object.keys(outcomeIfExamined) as O[];
  const statNames = Object.keys(itemStats) as S[];
  const perUser = outcomeNames.map(() => new Float64Array(n));
  const statSums = statNames.map(() => 0);
  let count = 0;
  for (let j = 0; j < n; j++) {
    const from = j * cand.perUser;
    const top = topKIndices(scores, from, cand.perUser, topK);
    for (let k = 0; k < top.length; k++) {
      const i = from + top[k];
      const seen = examineProbability(k);
      outcomeNames.forEach((o, c) => (perUser[c][j] += seen * outcomeIfExamined[o][i]));
      const v = cand.pairItems[i];
      statNames.forEach((s, c) => (statSums[c] += itemStats[s][v]));
      count++;
    }
  }
  const result = { perUser: {} as Record<O, Float64Array>, shown: {} as Record<S, number> };
  outcomeNames.forEach((o, c) => (result.perUser[o] = perUser[c]));
  statNames.forEach((s, c) => (result.shown[s] = count ? statSums[c] / count : 0));
  return result;
}
