import { describe, expect, it } from 'vitest';
import { QUESTIONS } from './questions';
import { unclickedCvr } from './bias';
import { isComplete, judgePrediction } from './reveal';
import { shopResult, videoResult } from './testResults';

const video = videoResult({ random: { ads: 20, clicks: 37 }, ctr: { ads: 12.4, clicks: 99 }, watchTime: { ads: 58.6, clicks: 30.8 } });
const q = QUESTIONS.videoAds;

describe('judgePrediction', () => {
  it('spot on: the right winner and the right size', () => {
    const o = judgePrediction(q, { winner: 'watchTime', ratio: 'x4' }, video)!;
    expect(o).toMatchObject({ verdict: 'spotOn', winnerRight: true, sizeRight: true, sizeOff: 0, actualBucket: 'x4' });
    expect(o.pair.ratio).toBeCloseTo(4.73, 2);
    // The reveal also states the clicks, where ranking by clicks wins.
    expect(o.also).toHaveLength(1);
    expect(o.also[0]).toMatchObject({ metric: 'clicksPer1k', winner: 'ctr' });
    expect(o.also[0].ratio).toBeCloseTo(99 / 30.8, 6);
  });

  it('right winner, gap bigger than predicted (sizeOff below 0)', () => {
    expect(judgePrediction(q, { winner: 'watchTime', ratio: 'x1_5' }, video)).toMatchObject({ verdict: 'rightWinner', sizeRight: false, sizeOff: -2 });
  });

  it('wrong winner, whatever the size', () => {
    expect(judgePrediction(q, { winner: 'ctr', ratio: 'x4' }, video)).toMatchObject({ verdict: 'wrongWinner', winnerRight: false });
  });

  it('"about the same" when one earned clearly more: a missed gap, whichever winner was ticked', () => {
    expect(judgePrediction(q, { winner: 'ctr', ratio: 'same' }, video)).toMatchObject({ verdict: 'missedGap', winnerRight: false, sizeOff: -3 });
    expect(judgePrediction(q, { winner: 'watchTime', ratio: 'same' }, video)).toMatchObject({ verdict: 'missedGap', winnerRight: true });
  });

  it('about the same: no winner to get right; a predicted gap is "too close"', () => {
    const close = videoResult({ ctr: { ads: 10, clicks: 50 }, watchTime: { ads: 11, clicks: 40 } });
    expect(judgePrediction(q, { winner: 'ctr', ratio: 'same' }, close)).toMatchObject({ verdict: 'spotOn', winnerRight: null, actualBucket: 'same' });
    expect(judgePrediction(q, { winner: 'watchTime', ratio: 'x2' }, close)).toMatchObject({ verdict: 'tooClose', winnerRight: null, sizeOff: 2 });
  });

  it('gives nothing for a result of another world', () => {
    const shop = shopResult('purchases', { ctr: { purchases: 2, gmv: 200, clicks: 40 }, esmm: { purchases: 3, gmv: 250, clicks: 30 } });
    expect(judgePrediction(q, { winner: 'ctr', ratio: 'x2' }, shop)).toBeUndefined();
    expect(judgePrediction(QUESTIONS.shopPurchases, { winner: 'esmm', ratio: 'x1_5' }, shop)).toMatchObject({ verdict: 'spotOn' });
  });
});

describe('isComplete', () => {
  it('needs both the winner and the size', () => {
    expect(isComplete(undefined)).toBe(false);
    expect(isComplete({ winner: 'ctr' })).toBe(false);
    expect(isComplete({ ratio: 'x2' })).toBe(false);
    expect(isComplete({ winner: 'ctr', ratio: 'x2' })).toBe(true);
  });
});

describe('unclickedCvr', () => {
  const point = (policyId: 'ctrXcvr' | 'esmm', space: 'clicked' | 'unclicked', meanPredictedCvr: number, meanTrueCvr = space === 'clicked' ? 0.09 : 0.05) => ({ policyId, space, impressions: 100, meanPredictedCvr, meanTrueCvr, aucVsCounterfactual: 0.6 });
  const both = { ctrXcvr: { purchases: 2, gmv: 200, clicks: 50 }, esmm: { purchases: 3, gmv: 210, clicks: 30 } };
  const withAucs = (r: ReturnType<typeof shopResult>, base: number, esmm: number) => ({
    ...r,
    policies: r.policies.map((p) => (p.id === 'ctrXcvr' ? { ...p, offline: { ctrAuc: 0.7, ctrLogloss: 0.2, cvrAuc: 0.6, ctcvrAuc: 0.6, cvrAucEntireSpace: base } } : p.id === 'esmm' ? { ...p, offline: { ctrAuc: 0.7, ctrLogloss: 0.2, cvrAuc: 0.6, ctcvrAuc: 0.6, cvrAucEntireSpace: esmm } } : p)),
  });

  it('reads BASE and ESMM on unclicked impressions beside the truth there, and which orders the would-be buyers better', () => {
    const shop = withAucs({ ...shopResult('purchases', both), cvrSpace: [point('ctrXcvr', 'clicked', 0.1), point('ctrXcvr', 'unclicked', 0.11), point('esmm', 'unclicked', 0.052)] }, 0.638, 0.652);
    expect(unclickedCvr(shop)).toEqual({ base: 0.11, esmm: 0.052, truth: 0.05, baseSide: 'above', esmmSide: 'same', esmmId: 'esmm', order: { base: 0.638, esmm: 0.652, verdict: 'better' } });
    expect(unclickedCvr({ ...shop, cvrSpace: [] })).toBeUndefined();
    expect(unclickedCvr(video)).toBeUndefined();
  });

  it('the default shop, seed 1: both under-predict where nobody clicked (6.6 % and 5.4 % against 11.7 %)', () => {
    const shop = withAucs({ ...shopResult('purchases', both), cvrSpace: [point('ctrXcvr', 'unclicked', 0.0661, 0.1168), point('esmm', 'unclicked', 0.0536, 0.1168)] }, 0.66, 0.652);
    expect(unclickedCvr(shop)).toMatchObject({ baseSide: 'below', esmmSide: 'below', order: { verdict: 'worse' } });
  });
});
