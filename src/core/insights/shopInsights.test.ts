import { describe, expect, it } from 'vitest';
import { splitDataset } from '../data/split';
import { generateShopLogs } from '../logs/shopLogs';
import { replayShop } from '../replay/shopReplay';
import type { ShopPolicyId, ShopReplayResult } from '../replay/types';
import type { ShopGoal } from '../scenario/shopScenario';
import { loadBundledScenario } from '../testing/bundledScenarios';
import { fakeShopParts, fakeShopScorers } from '../testing/fakeModels';
import { generateShopWorld } from '../world/shopWorld';
import { summariseShop } from '../world/shopSummary';
import { buildShopInsights } from './shopInsights';

const scenario = loadBundledScenario('shop-e2e-small', 'shop');
const world = generateShopWorld(scenario);
const logs = generateShopLogs(scenario, world);
const { test: split } = splitDataset(logs, scenario.evaluation.testFraction, scenario.seed);
const parts = fakeShopParts(world);
const K = scenario.evaluation.topK;

function build(goal: ShopGoal) {
  return buildShopInsights({
    world,
    evaluation: scenario.evaluation,
    seed: scenario.seed,
    goal,
    scorers: fakeShopScorers(world, goal),
    esmm: 'esmm',
    dialScorers: { purchases: fakeShopScorers(world, 'purchases').esmm, gmv: fakeShopScorers(world, 'gmv').esmm },
    parts,
    test: { userIds: split.userIds, itemIds: split.itemIds, click: split.click, parts: parts(split.userIds, split.itemIds) },
  });
}
const replay = (goal: ShopGoal) => replayShop(world, scenario.evaluation, goal, scenario.seed, fakeShopScorers(world, goal));
const online = (r: ShopReplayResult, id: ShopPolicyId) => r.policies.find((p) => p.id === id)!.online;
const forPurchases = build('purchases');
const replayPurchases = replay('purchases');
const replayGmv = replay('gmv');

describe('shop insights: the item map', () => {
  it('counts users × K slots per policy and agrees with the appeal and price the replay saw', () => {
    const m = forPurchases.itemMap;
    expect(m.policies.map((p) => p.id)).toEqual(['random', 'ctr', 'ctrXcvr', 'esmm', 'oracle']);
    for (const p of m.policies) {
      const counts = Array.from(p.counts);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(forPurchases.users * K);
      const mean = (a: Float32Array) => counts.reduce((s, c, i) => s + c * a[m.itemIds[i]], 0) / p.slots;
      expect(mean(world.appeal), p.id).toBeCloseTo(online(replayPurchases, p.id).meanAppealShown, 4);
      expect(mean(world.priceYuan), p.id).toBeCloseTo(online(replayPurchases, p.id).meanPriceShown, 2);
    }
  });
});

describe('one definition of eye-candy', () => {
  it('Step 1’s summary and Step 4’s item map count the same products as eye-candy', () => {
    const summary = summariseShop(world, logs);
    expect(summary.eyeCandyShare).toBe(forPurchases.itemMap.catalogueFlaggedShare);
    expect(summary.eyeCandyShare).toBeGreaterThan(0.2);
    // The default world's contrast: eye-candy is clicked more and converts worse.
    expect(summary.ctrEyeCandy!).toBeGreaterThan(summary.ctrOtherProducts!);
    expect(summary.cvrEyeCandy!).toBeLessThan(summary.cvrOtherProducts!);
  });
});

describe('shop insights: the objective dial (pCTCVR · price^α)', () => {
  const { dial } = forPurchases;
  const last = dial.alphas.length - 1;

  it('ends at ESMM ranked for purchases (α = 0) and ESMM ranked for GMV (α = 1), as in the replay', () => {
    expect(dial.per1k.purchases[0]).toBe(online(replayPurchases, 'esmm').purchasesPer1k.mean);
    expect(dial.per1k.gmv[0]).toBe(online(replayPurchases, 'esmm').gmvPer1k.mean);
    expect(dial.per1k.purchases[last]).toBe(online(replayGmv, 'esmm').purchasesPer1k.mean);
    expect(dial.per1k.gmv[last]).toBe(online(replayGmv, 'esmm').gmvPer1k.mean);
    expect(dial.shown.priceYuan[last]).toBeCloseTo(online(replayGmv, 'esmm').meanPriceShown, 3);
  });

  it('marks both oracles, the replay’s for each goal, and the dial does not depend on the goal ranked for', () => {
    expect(dial.marks.find((m) => m.id === 'oraclePurchases')!.per1k.purchases).toBe(online(replayPurchases, 'oracle').purchasesPer1k.mean);
    expect(dial.marks.find((m) => m.id === 'oracleGmv')!.per1k.gmv).toBe(online(replayGmv, 'oracle').gmvPer1k.mean);
    expect(build('gmv').dial).toEqual(dial);
  });

  it('turning towards GMV shows dearer products and earns more GMV', () => {
    expect(dial.shown.priceYuan[last]).toBeGreaterThan(dial.shown.priceYuan[0]);
    expect(dial.per1k.gmv[last]).toBeGreaterThan(dial.per1k.gmv[0]);
    expect(dial.per1k.purchases[0]).toBeGreaterThan(dial.per1k.purchases[last]);
  });
});

describe('shop insights: lists and calibration', () => {
  it('lists ctr, BASE, ESMM and the oracle for each user, the typical user first', () => {
    const u = forPurchases.userLists[0];
    expect(u.typical).toBe(true);
    expect(u.lists.map((l) => l.policyId)).toEqual(['ctr', 'ctrXcvr', 'esmm', 'oracle']);
    const esmm = u.lists[2].items.map((i) => u.items[i].esmmPctr * u.items[i].esmmPcvr);
    expect(esmm).toEqual([...esmm].sort((a, b) => b - a));
  });

  it('bins the CVR models over clicked and unclicked held-out impressions', () => {
    const { cvr, pCtr } = forPurchases.calibration;
    expect(pCtr.reduce((s, b) => s + b.count, 0)).toBe(split.size);
    expect(cvr.map((c) => `${c.model}.${c.space}`)).toEqual(['ctrXcvr.clicked', 'ctrXcvr.unclicked', 'esmm.clicked', 'esmm.unclicked']);
    const clicks = split.click.reduce((a, b) => a + b, 0);
    expect(cvr[0].bins.reduce((s, b) => s + b.count, 0)).toBe(clicks);
    expect(cvr[1].bins.reduce((s, b) => s + b.count, 0)).toBe(split.size - clicks);
  });

  it('bins both pCTCVRs (pCTR × pCVR) over every held-out impression against the true P(click and buy)', () => {
    const { ctcvr } = forPurchases.calibration;
    expect(ctcvr.map((c) => c.model)).toEqual(['ctrXcvr', 'esmm']);
    const p = parts(split.userIds, split.itemIds);
    for (const c of ctcvr) {
      expect(c.bins.reduce((s, b) => s + b.count, 0)).toBe(split.size);
      const [pCtr, pCvr] = c.model === 'ctrXcvr' ? [p.ctrPctr, p.basePcvr] : [p.esmmPctr, p.esmmPcvr];
      const mean = pCtr.reduce((s, v, i) => s + v * pCvr[i], 0) / split.size;
      const binned = c.bins.reduce((s, b) => s + b.count * b.meanPredicted, 0) / split.size;
      expect(binned).toBeCloseTo(mean, 6);
      // Ordered by prediction, and the truth is a probability of clicking and buying.
      expect(c.bins.map((b) => b.meanPredicted)).toEqual([...c.bins.map((b) => b.meanPredicted)].sort((a, b) => a - b));
      for (const b of c.bins) expect(b.meanTrue).toBeGreaterThan(0);
    }
  });
});
