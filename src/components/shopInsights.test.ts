import { describe, expect, it } from 'vitest';
import type { CvrSpacePoint, ShopOfflineMetrics, ShopPolicyId, ShopReplayResult } from '../core/replay/types';
import type { ShopWorldSummary } from '../core/world/shopSummary';
import {
  shopClicksInsight,
  shopFunnelInsight,
  shopGoalInsight,
  shopOfflineOnlineInsight,
  shopSpaceInsight,
  shopSummaryInsight,
} from './shopInsights';

const iv = (mean: number) => ({ mean, low: mean * 0.9, high: mean * 1.1 });
const offline = (ctrAuc: number, cvrAuc: number | null, ctcvrAuc: number): ShopOfflineMetrics => ({
  ctrAuc,
  ctrLogloss: 0.2,
  cvrAuc,
  cvrAucEntireSpace: cvrAuc,
  ctcvrAuc,
});
const policy = (id: ShopPolicyId, clicks: number, purchases: number, share: number, off?: ShopOfflineMetrics) => ({
  id,
  online: {
    clicksPer1k: iv(clicks),
    purchasesPer1k: iv(purchases),
    gmvPer1k: iv(purchases * 110),
    shareOfOracle: share,
    meanPriceShown: 120,
    meanAppealShown: 0,
    meanValueShown: 0,
  },
  ...(off ? { offline: off } : {}),
});
const space = (policyId: ShopPolicyId, s: CvrSpacePoint['space'], predicted: number, truth: number): CvrSpacePoint => ({
  policyId,
  space: s,
  impressions: s === 'clicked' ? 270 : 5800,
  meanPredictedCvr: predicted,
  meanTrueCvr: truth,
  aucVsCounterfactual: 0.6,
});

const result: ShopReplayResult = {
  world: 'shop',
  goal: 'purchases',
  users: 200,
  candidatesPerUser: 60,
  topK: 10,
  cvrSpace: [space('ctrXcvr', 'clicked', 0.5, 0.094), space('ctrXcvr', 'unclicked', 0.51, 0.088), space('esmm', 'clicked', 0.05, 0.094), space('esmm', 'unclicked', 0.045, 0.088)],
  cvrTrainingImpressions: { ctrXcvr: 1007, esmm: 23939 },
  policies: [
    policy('random', 18, 1.6, 0.16),
    policy('ctr', 44.3, 2.74, 0.27, offline(0.686, null, 0.658)),
    policy('ctrXcvr', 46, 2.6, 0.25, offline(0.686, 0.389, 0.645)),
    policy('esmm', 38, 3.64, 0.36, offline(0.674, 0.661, 0.676)),
    policy('oracle', 44, 10.2, 1),
  ],
};

describe('the shop’s what-to-notice sentences', () => {
  it('state the lesson with the run’s own numbers', () => {
    expect(shopGoalInsight(result, 'purchasesPer1k')).toBe(
      'ESMM earns 33 % more purchases than ranking by clicks (3.64 vs 2.74 purchases per 1,000 impressions); BASE (CTR × CVR learned on clicks) earns 2.60.',
    );
    expect(shopClicksInsight(result)).toBe('Ranking by clicks gets 17 % more clicks than ESMM (44.3 vs 38.0 per 1,000 impressions): it wins the metric it was built for.');
    expect(shopFunnelInsight(result)).toContain('fewer clicks, more purchases');
    expect(shopSpaceInsight(result, result.cvrTrainingImpressions)).toBe(
      "BASE's CVR model learned from 1,007 clicked impressions, ESMM from all 23,939; on the unclicked impressions it must also rank, BASE predicts 51.0 % conversion and ESMM 4.5 %, where the truth is 8.8 %, so ESMM is closer.",
    );
  });

  it('name an offline metric that picks another policy than the A/B test', () => {
    // The CVR AUC agrees (ESMM), the click AUC does not (ranking by clicks).
    expect(shopOfflineOnlineInsight(result)).toBe(
      'Offline and online disagree: by the click AUC you would ship ranking by clicks (0.686 vs 0.674), but ESMM earns the most in the A/B test (3.64 vs 2.74 purchases per 1,000 impressions).',
    );
    const agreeing = { ...result, policies: result.policies.map((p) => (p.id === 'esmm' ? { ...p, offline: offline(0.7, 0.661, 0.7) } : p)) };
    expect(shopOfflineOnlineInsight(agreeing)).toContain('point the same way');
  });

  it('say so honestly when a run goes the other way', () => {
    const flipped = { ...result, policies: result.policies.map((p) => (p.id === 'esmm' ? policy('esmm', 50, 2, 0.2, p.offline) : p)) };
    expect(shopGoalInsight(flipped, 'purchasesPer1k')).toMatch(/^In this run ESMM earns less than ranking by clicks/);
    expect(shopClicksInsight(flipped)).toContain('does not even win');
    expect(shopFunnelInsight(flipped)).not.toContain('fewer clicks, more purchases');
  });

  it('describe the eye-catching contrast of the shop, in either direction', () => {
    const summary = { ctrTopAppeal: 0.085, ctrOtherAppeal: 0.028, cvrTopAppeal: 0.079, cvrOtherAppeal: 0.133 } as ShopWorldSummary;
    expect(shopSummaryInsight(summary)).toBe(
      'Eye-catching products are clicked 3.0× as often as the others, yet only 7.9 % of their clicks end in a purchase, against 13.3 % for the others.',
    );
    expect(shopSummaryInsight({ ...summary, cvrTopAppeal: 0.2 })).toContain('and 20.0 % of their clicks end in a purchase');
    expect(shopSummaryInsight({ ...summary, ctrTopAppeal: null })).toContain('too few clicks');
  });
});
