/**
 * The "See why" data of a shop run: the item map (appeal against value), per-user
 * lists with every model's scores, the objective dial (ESMM's pCTCVR · price^α,
 * purchases ↔ GMV) and the calibration of the click model, of both CVR models on
 * clicked and unclicked held-out impressions, and of both pCTCVRs over all of them.
 */
import { randomScorer, sampleCandidates, type Scorer } from '../replay/replayEngine';
import { shopOracleScorer, shopPairTruth } from '../replay/shopReplay';
import type { ShopPolicyId } from '../replay/types';
import type { EvaluationSettings } from '../scenario/common';
import type { ShopGoal } from '../scenario/shopScenario';
import type { ShopWorld } from '../world/shopWorld';
import { calibrationBins } from './calibration';
import { dialFrontier } from './dial';
import { buildItemMap, eyeCandyFlags } from './itemMap';
import { per1kMeans, perUserOutcome, topKCounts } from './topKStats';
import type { ShopInsights, ShopListItem } from './types';
import { listUserIndices, typicalUserIndex, userLists } from './userLists';

/** Every model's outputs for pairs: the click model, BASE's CVR model and ESMM's two towers. */
export interface ShopModelParts {
  ctrPctr: Float32Array;
  basePcvr: Float32Array;
  esmmPctr: Float32Array;
  esmmPcvr: Float32Array;
}

export interface ShopInsightInputs {
  world: ShopWorld;
  evaluation: EvaluationSettings;
  seed: number;
  /** The goal the replay ranked for. */
  goal: ShopGoal;
  /** The learned policies as the replay ranked with them for `goal` (ctr, ctrXcvr and the ESMM variant). */
  scorers: Partial<Record<ShopPolicyId, Scorer>>;
  /** The ESMM variant of the run. */
  esmm: 'esmm' | 'esmmNs';
  /** ESMM's ranking for purchases (pCTCVR) and for GMV (pCTCVR × price): the dial's two ends. */
  dialScorers: { purchases: Scorer; gmv: Scorer };
  /** Every model's outputs for pairs (userIds[i], itemIds[i]). */
  parts: (userIds: Int32Array, itemIds: Int32Array) => ShopModelParts;
  /** Held-out impressions: their click labels and every model's outputs. */
  test: { userIds: Int32Array; itemIds: Int32Array; click: Float32Array; parts: ShopModelParts };
}

const LEARNED: readonly ShopPolicyId[] = ['ctr', 'ctrXcvr', 'esmm', 'esmmNs'];

export function buildShopInsights(input: ShopInsightInputs): ShopInsights {
  const { world, evaluation, seed, goal, test } = input;
  const cand = sampleCandidates(world, evaluation, seed);
  const k = evaluation.topK;
  const truth = shopPairTruth(world, cand.pairUsers, cand.pairItems);
  // The replay's outcome arrays, built the same way, so the means agree with it exactly.
  const purchases = truth.pClick.map((p, i) => p * truth.pBuyIfClicked[i]);
  const outcomes = { clicks: truth.pClick, purchases, gmv: purchases.map((b, i) => b * world.priceYuan[cand.pairItems[i]]) };
  const eyeCandy = eyeCandyFlags(world.appeal, world.value);

  const policies: { id: ShopPolicyId; scores: Float32Array }[] = [{ id: 'random', scores: randomScorer(seed)(cand.pairUsers, cand.pairItems) }];
  for (const id of LEARNED) {
    const s = input.scorers[id];
    if (s) policies.push({ id, scores: s(cand.pairUsers, cand.pairItems) });
  }
  policies.push({ id: 'oracle', scores: shopOracleScorer(world, goal)(cand.pairUsers, cand.pairItems) });

  const itemMap = buildItemMap(
    { x: world.appeal, y: world.value, size: world.priceYuan, flagged: eyeCandy },
    policies.map((p) => ({ id: p.id, counts: topKCounts(p.scores, cand, k, world.numItems) })),
    seed,
  );

  const goalOutcome = goal === 'gmv' ? outcomes.gmv : outcomes.purchases;
  const learned = policies.filter((p) => p.id !== 'random' && p.id !== 'oracle');
  const typical = typicalUserIndex(learned.map((p) => perUserOutcome(p.scores, cand, k, goalOutcome)));
  const parts = input.parts(cand.pairUsers, cand.pairItems);
  const describe = (i: number): ShopListItem => {
    const v = cand.pairItems[i];
    return {
      itemId: v,
      priceYuan: world.priceYuan[v],
      eyeCandy: eyeCandy[v] === 1,
      pClick: truth.pClick[i],
      pBuyIfClicked: truth.pBuyIfClicked[i],
      ctrPctr: parts.ctrPctr[i],
      basePcvr: parts.basePcvr[i],
      esmmPctr: parts.esmmPctr[i],
      esmmPcvr: parts.esmmPcvr[i],
    };
  };
  const listed = policies.filter((p) => p.id !== 'random');
  const lists = listUserIndices(cand.users.length, typical).map((j) => ({
    userId: cand.users[j],
    typical: j === typical,
    ...userLists(cand, k, j, listed, describe),
  }));

  const a = input.dialScorers.purchases(cand.pairUsers, cand.pairItems);
  const b = input.dialScorers.gmv(cand.pairUsers, cand.pairItems);
  const dial = dialFrontier(cand, k, a, b, outcomes, { priceYuan: world.priceYuan, eyeCandy });
  const marks = [
    { id: 'oraclePurchases' as const, per1k: per1kMeans(shopOracleScorer(world, 'purchases')(cand.pairUsers, cand.pairItems), cand, k, outcomes) },
    { id: 'oracleGmv' as const, per1k: per1kMeans(shopOracleScorer(world, 'gmv')(cand.pairUsers, cand.pairItems), cand, k, outcomes) },
  ];

  const t = shopPairTruth(world, test.userIds, test.itemIds);
  const clicked: number[] = [];
  const unclicked: number[] = [];
  for (let i = 0; i < test.click.length; i++) (test.click[i] > 0 ? clicked : unclicked).push(i);
  const cvr = (['ctrXcvr', input.esmm] as const).flatMap((model) => {
    const predicted = model === 'ctrXcvr' ? test.parts.basePcvr : test.parts.esmmPcvr;
    return [
      { model, space: 'clicked' as const, bins: calibrationBins(predicted, t.pBuyIfClicked, clicked) },
      { model, space: 'unclicked' as const, bins: calibrationBins(predicted, t.pBuyIfClicked, unclicked) },
    ];
  });

  // pCTCVR, what the ranking multiplies out, against the true P(click and buy) over every
  // held-out impression, clicked or not: ESMM's CVR tower is only ever trained through this product.
  const trueCtcvr = t.pClick.map((p, i) => p * t.pBuyIfClicked[i]);
  const ctcvr = (['ctrXcvr', input.esmm] as const).map((model) => {
    const [pCtr, pCvr] = model === 'ctrXcvr' ? [test.parts.ctrPctr, test.parts.basePcvr] : [test.parts.esmmPctr, test.parts.esmmPcvr];
    return { model, bins: calibrationBins(pCtr.map((p, i) => p * pCvr[i]), trueCtcvr) };
  });

  return {
    world: 'shop',
    goal,
    topK: Math.min(k, cand.perUser),
    users: cand.users.length,
    itemMap,
    userLists: lists,
    dial: { ...dial, model: input.esmm, marks },
    calibration: { pCtr: calibrationBins(test.parts.ctrPctr, t.pClick), cvr, ctcvr },
  };
}
