/**
 * Reading the policies of a result of either case in the order every chart and
 * table shows them, and their confidence-interval metrics by name.
 */
import type { Interval, ShopPolicyResult, ShopReplayResult, VideoPolicyResult, VideoReplayResult } from '../../core/replay/types';
import type { ReplayResult } from '../../worker/protocol';
import { POLICY_ORDER } from './palette';

/** The per-1000-impression metrics that come with a 95 % confidence interval. */
export type IntervalMetric = 'clicksPer1k' | 'watchMinutesPer1k' | 'adMinutesPer1k' | 'purchasesPer1k' | 'gmvPer1k';

/** A policy of either case. */
export type AnyPolicyResult = VideoPolicyResult | ShopPolicyResult;

/** The result's policies in display order (references around the objectives). */
export function orderedPolicies(result: VideoReplayResult): VideoPolicyResult[];
export function orderedPolicies(result: ShopReplayResult): ShopPolicyResult[];
export function orderedPolicies(result: ReplayResult): AnyPolicyResult[];
export function orderedPolicies(result: ReplayResult): AnyPolicyResult[] {
  const policies: AnyPolicyResult[] = result.policies;
  return POLICY_ORDER[result.world].flatMap((id) => policies.filter((p) => p.id === id));
}

/** The interval of `metric`, or undefined where the policy's case has no such metric. */
export function intervalOf(p: AnyPolicyResult, metric: IntervalMetric): Interval | undefined {
  return (p.online as unknown as Partial<Record<IntervalMetric, Interval>>)[metric];
}

/** The shop's ESMM policy of a result: `esmm`, or `esmmNs` when its embeddings are not shared. */
export function esmmPolicy(result: ShopReplayResult): ShopPolicyResult | undefined {
  return result.policies.find((p) => p.id === 'esmm' || p.id === 'esmmNs');
}
