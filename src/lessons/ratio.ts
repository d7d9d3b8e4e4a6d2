/**
 * "By how much?": the four answers a learner can give, the ratios each covers,
 * and how to read a ratio between two policies out of a replay result.
 *
 * The answers are named by the ratios they cover: "about the same (under 1.2×)",
 * "1.2× to 1.6×", "1.7× to 2.7×" and "2.8× or more". The boundaries are the geometric
 * means of 1, 1.5, 2 and 4 (√1.5 ≈ 1.22, √3 ≈ 1.73, √8 ≈ 2.83), rounded to the one
 * decimal the reveal shows a ratio with, and a ratio is placed by that shown value:
 * a ratio shown as "1.2×" is never "under 1.2×", and one shown as "3.1×" is "2.8× or more".
 */
import type { ReplayResult } from '../worker/protocol';
import type { LessonMetric, PolicyId, RatioBucket } from './types';

export interface BucketRange {
  id: RatioBucket;
  /** The ratio the answer is about (1, 1.5, 2, 4). */
  nominal: number;
  /** Smallest ratio in the range (inclusive, as shown with one decimal), ≥ 1. */
  from: number;
  /** Smallest ratio of the next range (exclusive); Infinity for the last one. */
  to: number;
}

export const RATIO_BUCKETS: readonly BucketRange[] = [
  { id: 'same', nominal: 1, from: 1, to: 1.2 },
  { id: 'x1_5', nominal: 1.5, from: 1.2, to: 1.7 },
  { id: 'x2', nominal: 2, from: 1.7, to: 2.8 },
  { id: 'x4', nominal: 4, from: 2.8, to: Infinity },
];

const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, useGrouping: false });

/**
 * A ratio as the reveal shows it: one decimal, rounded by `Intl` as the panel rounds it
 * (`Intl` rounds 1.15 to 1.2 where `toFixed` gives 1.1).
 */
export const shownRatio = (ratio: number): number => (Number.isFinite(ratio) ? Number(ONE_DECIMAL.format(ratio)) : ratio);

/**
 * The answer a ratio falls under.
 * @param ratio larger value over smaller value, ≥ 1 (Infinity when the smaller is 0)
 */
export function bucketOf(ratio: number): RatioBucket {
  if (!(ratio >= 1)) return 'same'; // NaN (both zero) and rounding below 1 read as "the same"
  const shown = shownRatio(ratio);
  return RATIO_BUCKETS.find((b) => shown < b.to)?.id ?? 'x4';
}

/** Position of an answer in the list, 0–3: the distance between two answers is the difference. */
export function bucketIndex(bucket: RatioBucket): number {
  return RATIO_BUCKETS.findIndex((b) => b.id === bucket);
}

/**
 * The mean of one online metric of one policy in a replay result; undefined when
 * the result has no such policy or metric (e.g. ad minutes in a shop result).
 * `esmm` also finds `esmmNs`, so a lesson written for ESMM reads the variant trained.
 */
export function metricOf(result: ReplayResult, policy: PolicyId, metric: LessonMetric): number | undefined {
  const p = result.policies.find((q) => q.id === policy) ?? (policy === 'esmm' ? result.policies.find((q) => q.id === 'esmmNs') : undefined);
  if (!p) return undefined;
  const online = p.online as unknown as Partial<Record<LessonMetric, { mean: number }>>;
  const value = online[metric]?.mean;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Two policies' values of a metric and which earned more. */
export interface PairResult {
  metric: LessonMetric;
  /** The policy with the larger value (the first one on a tie). */
  winner: PolicyId;
  loser: PolicyId;
  winnerValue: number;
  loserValue: number;
  /** winnerValue / loserValue, ≥ 1; Infinity when the loser earned 0 and the winner more. */
  ratio: number;
}

/**
 * Compares two policies on a metric of a result.
 * @returns undefined when either value is missing from the result
 */
export function comparePair(result: ReplayResult, metric: LessonMetric, policies: readonly [PolicyId, PolicyId]): PairResult | undefined {
  const [a, b] = policies;
  const va = metricOf(result, a, metric);
  const vb = metricOf(result, b, metric);
  if (va === undefined || vb === undefined) return undefined;
  const aWins = va >= vb;
  const winnerValue = aWins ? va : vb;
  const loserValue = aWins ? vb : va;
  const ratio = loserValue > 0 ? winnerValue / loserValue : winnerValue > 0 ? Infinity : 1;
  return { metric, winner: aWins ? a : b, loser: aWins ? b : a, winnerValue, loserValue, ratio };
}
