import { afterAll, describe, expect, it } from 'vitest';
import type { CvrSpacePoint, ShopOfflineMetrics, ShopPolicyId, ShopReplayResult } from '../core/replay/types';
import type { ShopWorldSummary } from '../core/world/shopSummary';
import { i18n } from '../i18n';
import {
  cvrCoinToss,
  shopAucInsight,
  shopClicksInsight,
  shopFunnelInsight,
  shopGoalInsight,
  shopLossInsight,
  shopOfflineOnlineInsight,
  shopShareInsight,
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
  // ESMM − ranking by clicks, paired (the same users for both).
  differences: [{ a: 'esmm', b: 'ctr', metric: 'purchasesPer1k', difference: { mean: 0.9, low: 0.72, high: 1.08 } }],
};

describe('the shop’s what-to-notice sentences', () => {
  it('state the lesson with the run’s own numbers', () => {
    expect(shopGoalInsight(result, 'purchasesPer1k')).toBe(
      'ESMM earns 33 % more purchases than ranking by clicks (3.64 vs 2.74 purchases per 1,000 impressions); BASE (CTR × CVR learned on clicks) earns 2.60.',
    );
    expect(shopClicksInsight(result)).toBe('Ranking by clicks gets 17 % more clicks than ESMM (44.3 vs 38.0 per 1,000 impressions): it wins the metric it was built for.');
    expect(shopFunnelInsight(result)).toContain('fewer clicks, more purchases');
    expect(shopSpaceInsight(result, result.cvrTrainingImpressions)).toBe(
      "BASE's CVR model learned from 1,007 clicked impressions, ESMM from all 23,939; on the unclicked impressions it must also rank, " +
        'ESMM and BASE order the would-be buyers about equally well (ESMM 0.600 vs BASE 0.600, AUC against the would-be purchases). ' +
        'In level, BASE predicts 51.0 % conversion there and ESMM 4.5 %, where the truth is 8.8 %: BASE over-predicts, ESMM under-predicts.',
    );
  });

  it('lead the space sentence with the ranking, in either direction, and the calibration honestly', () => {
    const withSpace = (baseAuc: number, esmmAuc: number, basePred: number, esmmPred: number) => ({
      ...result,
      cvrSpace: [
        { ...space('ctrXcvr', 'unclicked', basePred, 0.088), aucVsCounterfactual: baseAuc },
        { ...space('esmm', 'unclicked', esmmPred, 0.088), aucVsCounterfactual: esmmAuc },
      ],
    });
    const both = shopSpaceInsight(withSpace(0.55, 0.64, 0.03, 0.045), {});
    expect(both).toMatch(/^on the unclicked impressions it must also rank, ESMM orders the would-be buyers better/);
    expect(both).toContain('both under-predict.');
    expect(shopSpaceInsight(withSpace(0.66, 0.6, 0.03, 0.045), {})).toContain('BASE orders the would-be buyers better');
    expect(shopSpaceInsight(withSpace(0.6, 0.602, 0.09, 0.085), {})).toContain('about equally well');
    expect(shopSpaceInsight(withSpace(0.6, 0.602, 0.09, 0.085), {})).toContain('both are about right.');
  });

  it('judge offline against online by the CTCVR AUC, claiming a disagreement only when it is meaningful', () => {
    // ESMM has the best CTCVR AUC and the most purchases.
    expect(shopOfflineOnlineInsight(result)).toBe(
      'Here offline and online point the same way: ESMM has the best AUC of click-and-buy over every impression (CTCVR AUC), 0.676 against 0.658 for ranking by clicks, and earns the most purchases in the A/B test (3.64 vs 2.74 purchases per 1,000 impressions; a difference of 0.90 whose 95 % interval, 0.72 to 1.08, excludes 0).',
    );
    /** ESMM with another CTCVR AUC and purchases; the paired difference to ranking by clicks ± `half`. */
    const withEsmm = (ctcvr: number, purchases: number, half = 0.18): ShopReplayResult => ({
      ...result,
      policies: result.policies.map((p) => (p.id === 'esmm' ? policy('esmm', 38, purchases, 0.36, offline(0.674, 0.661, ctcvr)) : p)),
      differences: [{ a: 'esmm', b: 'ctr', metric: 'purchasesPer1k', difference: { mean: purchases - 2.74, low: purchases - 2.74 - half, high: purchases - 2.74 + half } }],
    });
    // A 0.001 gap is not a disagreement.
    expect(shopOfflineOnlineInsight(withEsmm(0.657, 3.64))).toMatch(/^Offline, ranking by clicks and ESMM are too close to call/);
    // A real gap, and ESMM wins online beyond the intervals.
    expect(shopOfflineOnlineInsight(withEsmm(0.64, 3.64))).toMatch(/^Offline and online disagree: .* ship ranking by clicks \(0\.658 vs 0\.640\)/);
    // A real gap, but the paired difference's interval includes 0.
    expect(shopOfflineOnlineInsight(withEsmm(0.64, 2.8))).toContain('(2.80 vs 2.74 purchases per 1,000 impressions), but the difference, 0.060, has a 95 % interval, -0.120 to 0.240, that includes 0, so this run cannot tell them apart online.');
    // The two intervals (2.52–3.08 and 2.47–3.01) overlap, yet served to the same users ESMM sells more: the paired difference decides.
    expect(shopOfflineOnlineInsight(withEsmm(0.64, 2.8, 0.04))).toMatch(/^Offline and online disagree: .*; a difference of 0\.060 whose 95 % interval, 0\.020 to 0\.100, excludes 0\)\.$/);
  });

  it('explain a CVR AUC under a coin toss', () => {
    expect(cvrCoinToss(0.7)).toBe('');
    expect(cvrCoinToss(0.503)).toBe(' (about a coin toss)');
    expect(cvrCoinToss(0.389, 1007)).toContain('worse than a coin toss: it learned from only 1,007 clicked impressions');
    const rows = [{ epoch: 1, ctr: 0.7, cvr: 0.389, esmm: 0.69 }];
    expect(shopAucInsight(rows, ['ctr', 'cvr', 'esmm'], 1007)).toContain('AUC 0.389 (worse than a coin toss');
  });

  it('say so honestly when a run goes the other way', () => {
    const flipped = { ...result, policies: result.policies.map((p) => (p.id === 'esmm' ? policy('esmm', 50, 2, 0.2, p.offline) : p)) };
    expect(shopGoalInsight(flipped, 'purchasesPer1k')).toMatch(/^In this run ESMM earns less than ranking by clicks/);
    expect(shopClicksInsight(flipped)).toContain('does not even win');
    expect(shopFunnelInsight(flipped)).not.toContain('fewer clicks, more purchases');
  });

  it('describe the eye-candy contrast of the shop, in either direction, with the one definition of eye-candy', () => {
    const summary = { eyeCandyShare: 0.41, ctrEyeCandy: 0.085, ctrOtherProducts: 0.028, cvrEyeCandy: 0.079, cvrOtherProducts: 0.133 } as ShopWorldSummary;
    expect(shopSummaryInsight(summary)).toBe(
      'Eye-candy products are clicked 3.0× as often as the others, yet only 7.9 % of their clicks end in a purchase, against 13.3 % for the others (eye-candy: an eye-catching picture on a product of below-average value, 41 % of the catalogue).',
    );
    expect(shopSummaryInsight({ ...summary, cvrEyeCandy: 0.2 })).toContain('and 20.0 % of their clicks end in a purchase');
    expect(shopSummaryInsight({ ...summary, ctrEyeCandy: 0.029 })).toMatch(/^Eye-candy products are clicked about as often as the others \(2\.9 % vs 2\.8 % of impressions\), and only 7\.9 %/);
    expect(shopSummaryInsight({ ...summary, ctrEyeCandy: null })).toContain('too few clicks');
    expect(shopSummaryInsight({ ...summary, eyeCandyShare: 0, ctrEyeCandy: null, cvrEyeCandy: null })).toMatch(/^No product in this shop is eye-candy/);
  });
});

describe('the shop’s sentences at the edges', () => {
  it('GMV reads as GMV, not "the yuan of GMV"', () => {
    const gmv = { ...result, goal: 'gmv' as const, policies: result.policies.map((p) => (p.id === 'esmm' ? policy('esmm', 38, 5.5, 0.4, p.offline) : p)) };
    expect(shopGoalInsight(gmv, 'gmvPer1k')).toBe('ESMM earns 2.0× the GMV of ranking by clicks (605 vs 301 yuan of GMV per 1,000 impressions); BASE (CTR × CVR learned on clicks) earns 286.');
  });

  it('within 1 %: "about the same", and ranking by clicks does not clearly win clicks', () => {
    const tie = { ...result, policies: result.policies.map((p) => (p.id === 'esmm' ? policy('esmm', 44.4, 2.75, 0.27, p.offline) : p)) };
    expect(shopGoalInsight(tie, 'purchasesPer1k')).toMatch(/^ESMM earns about the same purchases as ranking by clicks \(2\.75 vs 2\.74/);
    expect(shopClicksInsight(tie)).toBe('Ranking by clicks gets about as many clicks as ESMM (44.3 vs 44.4 per 1,000 impressions): it does not clearly win the metric it was built for.');
  });
});

describe('the shop’s loss sentence', () => {
  it('names the ESMM variant that trained (esmm=separate: ESMM-NS)', () => {
    const text = shopLossInsight({ ctr: [0.22, 0.16], cvr: [0.67, 0.18], esmmNs: [0.25, 0.18] }, ['ctr', 'cvr', 'esmmNs']);
    expect(text).toMatch(/^Loss falls as the models learn/);
    expect(text).toContain('ESMM-NS adds a click term');
    expect(text).not.toMatch(/ESMM adds/);
  });

  it('does not say the loss falls where one rises', () => {
    expect(shopLossInsight({ ctr: [0.22, 0.23], cvr: [0.67, 0.18], esmm: [0.25, 0.18] }, ['ctr', 'cvr', 'esmm'])).toMatch(/^Mean training loss .*not every loss fell/);
  });
});

describe('the shop’s sentences in Chinese', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('quote the same numbers, formatted for Chinese, in Chinese sentences', async () => {
    await i18n.changeLanguage('zh');
    expect(shopGoalInsight(result, 'purchasesPer1k')).toBe('ESMM 比按点击排序多带来 33% 的购买数（每千次曝光 3.64 对 2.74 次购买）；BASE（CTR × CVR，CVR 在点击上学习）为 2.60。');
    expect(shopGoalInsight({ ...result, goal: 'gmv' }, 'gmvPer1k')).toBe('ESMM 比按点击排序多带来 33% 的 GMV（每千次曝光 400 对 301 元 GMV）；BASE（CTR × CVR，CVR 在点击上学习）为 286。');
    expect(shopShareInsight(result)).toBe('ESMM 达到理论最优购买数的 36%，按点击排序为 27%，BASE 为 25%；随机排序为 16%。');
    expect(shopSummaryInsight({ eyeCandyShare: 0.41, ctrEyeCandy: 0.085, ctrOtherProducts: 0.028, cvrEyeCandy: 0.079, cvrOtherProducts: 0.133 } as ShopWorldSummary)).toBe(
      '“好看不实用”的商品的点击次数是其他商品的 3.0 倍，但它们的点击中只有 7.9% 以购买告终，其他商品则为 13.3%（“好看不实用”：图片吸睛、性价比低于平均的商品，占商品库的 41%）。',
    );
    expect(shopAucInsight([{ epoch: 1, ctr: 0.7, cvr: 0.389, esmm: 0.69 }], ['ctr', 'cvr', 'esmm'], 1007)).toContain(
      '转化率模型区分下单者与其他点击者的 AUC 为 0.389（比抛硬币还差：它只从 1,007 次被点击的曝光中学习',
    );
    expect(shopOfflineOnlineInsight(result)).toContain('为 0.676（按点击排序为 0.658），在 A/B 测试中带来的购买也最多（每千次曝光 3.64 对 2.74 次购买，差值为 0.90，其 95% 置信区间（0.72 至 1.08）不包含 0）');
  });
});
