/**
 * The world-independent part of the simulated A/B test (DESIGN 3): every policy
 * ranks the same candidates for the same users; slot k is examined with
 * probability 1/log2(k+2); each outcome is an exact expectation per pair from the
 * ground truth, so the only noise left is which users were sampled (bootstrap).
 */
import { Rng } from '../random/prng';
import type { EvaluationSettings } from '../scenario/common';
import { bootstrapMean } from './bootstrap';
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

export interface PolicyOutcome<O extends string, S extends string> {
  /** Per 1000 shown impressions, with 95 % bootstrap intervals over users. */
  per1k: Record<O, Interval>;
  /** Mean of each item statistic over the shown (top-K) items. */
  shown: Record<S, number>;
}

/**
 * Replays one policy's scores.
 * @param outcomeIfExamined expected outcome of each pair when its slot is examined
 *   (e.g. P(click), P(click)·E[minutes]); multiplied here by the slot's examination probability
 * @param itemStats per-item statistics to average over what was shown (e.g. length, clickbait)
 */
export function replayScores<O extends string, S extends string>(
  policyId: string,
  scores: Float32Array,
  cand: ReplayCandidates,
  outcomeIfExamined: Record<O, Float32Array>,
  itemStats: Record<S, ArrayLike<number>>,
  ev: EvaluationSettings,
  seed: number,
): PolicyOutcome<O, S> {
  const n = cand.users.length;
  const outcomeNames = Object.keys(outcomeIfExamined) as O[];
  const statNames = Object.keys(itemStats) as S[];
  const perUser = outcomeNames.map(() => new Float64Array(n));
  const statSums = statNames.map(() => 0);
  let shown = 0;
  for (let j = 0; j < n; j++) {
    const from = j * cand.perUser;
    const top = topKIndices(scores, from, cand.perUser, ev.topK);
    for (let k = 0; k < top.length; k++) {
      const i = from + top[k];
      const seen = examineProbability(k);
      outcomeNames.forEach((o, c) => (perUser[c][j] += seen * outcomeIfExamined[o][i]));
      const v = cand.pairItems[i];
      statNames.forEach((s, c) => (statSums[c] += itemStats[s][v]));
      shown++;
    }
  }
  // Per 1000 shown impressions: each user saw min(topK, candidates) slots.
  const per1k = 1000 / Math.min(ev.topK, cand.perUser);
  const result = { per1k: {}, shown: {} } as PolicyOutcome<O, S>;
  outcomeNames.forEach((o, c) => {
    result.per1k[o] = bootstrapMean(perUser[c], per1k, ev.bootstrapSamples, Rng.forStream(seed, `bootstrap.${policyId}.${o}`));
  });
  statNames.forEach((s, c) => (result.shown[s] = shown ? statSums[c] / shown : 0));
  return result;
}
