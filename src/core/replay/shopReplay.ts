/**
 * The simulated A/B test of the shop: clicks, purchases and GMV per 1000
 * impressions, and what each policy put on screen (price, appeal, value).
 */
import type { ShopGoal } from '../scenario/shopScenario';
import type { EvaluationSettings } from '../scenario/common';
import { shopBuyProbability, shopClickProbability, shopMatch, type ShopWorld } from '../world/shopWorld';
import { policyLineup, replayPolicies, sampleCandidates, type Scorer } from './replayEngine';
import type { ShopIntervalMetric, ShopPolicyId, ShopPolicyResult, ShopReplayResult } from './types';

export interface ShopPairTruth {
  /** P(click), in (0, 1). */
  pClick: Float32Array;
  /** P(buy | click), in (0, 1). */
  pBuyIfClicked: Float32Array;
}

/** Ground truth for each (userIds[i], itemIds[i]) pair. */
export function shopPairTruth(world: ShopWorld, userIds: Int32Array, itemIds: Int32Array): ShopPairTruth {
  const n = userIds.length;
  const pClick = new Float32Array(n);
  const pBuyIfClicked = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const m = shopMatch(world, userIds[i], itemIds[i]);
    pClick[i] = shopClickProbability(world, userIds[i], itemIds[i], m);
    pBuyIfClicked[i] = shopBuyProbability(world, userIds[i], itemIds[i], m);
  }
  return { pClick, pBuyIfClicked };
}

/** The `oracle`: ranks by the true expected purchases, or expected GMV, of showing the product. */
export function shopOracleScorer(world: ShopWorld, goal: ShopGoal): Scorer {
  return (userIds, itemIds) => {
    const t = shopPairTruth(world, userIds, itemIds);
    return t.pClick.map((p, i) => p * t.pBuyIfClicked[i] * (goal === 'gmv' ? world.priceYuan[itemIds[i]] : 1));
  };
}

const LEARNED: readonly ShopPolicyId[] = ['ctr', 'ctrXcvr', 'esmm', 'esmmNs'];

/** The result's name of each replay outcome. */
const METRIC_OF = { clicks: 'clicksPer1k', purchases: 'purchasesPer1k', gmv: 'gmvPer1k' } as const satisfies Record<string, ShopIntervalMetric>;

/**
 * Replays every policy on the same users and candidates.
 * @param scorers the learned policies; random and oracle are added here
 */
export function replayShop(world: ShopWorld, ev: EvaluationSettings, goal: ShopGoal, seed: number, scorers: Partial<Record<ShopPolicyId, Scorer>>): ShopReplayResult {
  const cand = sampleCandidates(world, ev, seed);
  const t = shopPairTruth(world, cand.pairUsers, cand.pairItems);
  const purchases = t.pClick.map((p, i) => p * t.pBuyIfClicked[i]);
  const outcomes = { clicks: t.pClick, purchases, gmv: purchases.map((b, i) => b * world.priceYuan[cand.pairItems[i]]) };
  const stats = { price: world.priceYuan, appeal: world.appeal, value: world.value };
  const all = policyLineup(seed, LEARNED, scorers, shopOracleScorer(world, goal));
  const replay = replayPolicies(all, cand, outcomes, stats, ev, seed);
  const policies: ShopPolicyResult[] = replay.policies.map(({ id, outcome: r }) => ({
    id,
    online: {
      clicksPer1k: r.per1k.clicks,
      purchasesPer1k: r.per1k.purchases,
      gmvPer1k: r.per1k.gmv,
      shareOfOracle: 0, // set below, once the oracle is known
      meanPriceShown: r.shown.price,
      meanAppealShown: r.shown.appeal,
      meanValueShown: r.shown.value,
    },
  }));
  const differences = replay.differences.map((d) => ({ a: d.a, b: d.b, metric: METRIC_OF[d.outcome], difference: d.difference }));
  const goalOf = (p: ShopPolicyResult) => (goal === 'gmv' ? p.online.gmvPer1k.mean : p.online.purchasesPer1k.mean);
  const oracle = goalOf(policies[policies.length - 1]);
  for (const p of policies) p.online.shareOfOracle = oracle > 0 ? goalOf(p) / oracle : 0;
  return { world: 'shop', cvrSpace: [], cvrTrainingImpressions: {}, goal, users: cand.users.length, candidatesPerUser: cand.perUser, topK: Math.min(ev.topK, cand.perUser), policies, differences };
}
