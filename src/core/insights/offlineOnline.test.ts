import { describe, expect, it } from 'vitest';
import type { ShopPolicyResult, ShopReplayResult, VideoPolicyResult, VideoReplayResult } from '../replay/types';
import { offlineVsOnline, verdictOf, type OfflineOnlineRow } from './offlineOnline';

const interval = (mean: number, half = 0) => ({ mean, low: mean - half, high: mean + half });
function policy(id: VideoPolicyResult['id'], ads: number, share: number, ctrAuc?: number, half = 0): VideoPolicyResult {
  return {
    id,
    online: { clicksPer1k: interval(1), watchMinutesPer1k: interval(1), adMinutesPer1k: interval(ads, half), shareOfOracle: share, meanVideoMinutesShown: 1, clickbaitShareShown: 0, meanQualityShown: 0 },
    ...(ctrAuc === undefined ? {} : { offline: { ctrAuc, ctrLogloss: 0.2 } }),
  };
}
const video = (ctrAuc: number, wtAuc: number, ctrAds: number, wtAds: number, half = 0): VideoReplayResult => ({
  world: 'video',
  users: 10,
  candidatesPerUser: 10,
  topK: 5,
  policies: [policy('random', 1, 0.1), policy('ctr', ctrAds, ctrAds / 10, ctrAuc, half), policy('watchTime', wtAds, wtAds / 10, wtAuc, half), policy('oracle', 10, 1)],
  differences: [],
});

describe('offlineVsOnline, video (click AUC against ad minutes)', () => {
  it('names the model with the better AUC that earns clearly fewer ad minutes', () => {
    const o = offlineVsOnline(video(0.72, 0.48, 2, 6, 0.2));
    expect(o.business).toBe('adMinutes');
    expect(o.metric).toBe('ctrAuc');
    expect(o.rows.map((r) => r.id)).toEqual(['random', 'ctr', 'watchTime', 'oracle']);
    expect(o.rows[0].ctrAuc).toBeNull();
    expect(o.verdict).toEqual({
      kind: 'inversion',
      metric: 'ctrAuc',
      offline: 'ctr',
      other: 'watchTime',
      auc: { offline: 0.72, other: 0.48 },
      business: { offline: 2, other: 6 },
      // No paired table in this hand-made result: the widest difference the intervals allow.
      difference: { mean: 4, low: expect.closeTo(3.6, 12), high: expect.closeTo(4.4, 12) },
    });
  });

  it('calls a gap under 10 % a small inversion, never "the wrong model" (clickbaitShare = 1: 1.04×)', () => {
    expect(offlineVsOnline(video(0.72, 0.6, 5, 5.2, 0.05)).verdict.kind).toBe('smallInversion');
    expect(offlineVsOnline(video(0.72, 0.6, 5, 5.5, 0.05)).verdict.kind).toBe('inversion');
  });

  it('needs the two intervals apart before anything earns more', () => {
    expect(offlineVsOnline(video(0.72, 0.5, 5, 6, 0.6)).verdict.kind).toBe('withinCi');
    expect(offlineVsOnline(video(0.72, 0.6, 6, 2, 3)).verdict.kind).toBe('agreeWithinCi');
    expect(offlineVsOnline(video(0.72, 0.6, 6, 2, 1)).verdict).toMatchObject({ kind: 'agree', offline: 'ctr', other: 'watchTime' });
  });

  it('reads the paired difference where the result has one, not whether the two intervals overlap', () => {
    // 5 ± 0.6 against 6 ± 0.6 overlap, but served to the same users the difference is clear of 0.
    const paired = (low: number, high: number): VideoReplayResult => ({
      ...video(0.72, 0.5, 5, 6, 0.6),
      differences: [{ a: 'ctr', b: 'watchTime', metric: 'adMinutesPer1k', difference: { mean: -1, low, high } }],
    });
    expect(offlineVsOnline(paired(-1.3, -0.7)).verdict).toMatchObject({ kind: 'inversion', offline: 'ctr', other: 'watchTime', difference: { mean: 1, low: 0.7, high: 1.3 } });
    expect(offlineVsOnline(paired(-2.1, 0.1)).verdict).toMatchObject({ kind: 'withinCi', difference: { mean: 1, low: -0.1, high: 2.1 } });
    // Only the business metric's difference counts: a clear difference in clicks changes nothing.
    const clicks: VideoReplayResult = { ...video(0.72, 0.5, 5, 6, 0.6), differences: [{ a: 'ctr', b: 'watchTime', metric: 'clicksPer1k', difference: { mean: -1, low: -1.3, high: -0.7 } }] };
    expect(offlineVsOnline(clicks).verdict.kind).toBe('withinCi');
  });

  it('where they agree, sets the difference as the leader minus the runner-up', () => {
    const r: VideoReplayResult = { ...video(0.72, 0.6, 6, 5.5, 1), differences: [{ a: 'ctr', b: 'watchTime', metric: 'adMinutesPer1k', difference: { mean: 0.5, low: 0.2, high: 0.8 } }] };
    expect(offlineVsOnline(r).verdict).toMatchObject({ kind: 'agree', offline: 'ctr', other: 'watchTime', difference: { mean: 0.5, low: 0.2, high: 0.8 } });
    const within: VideoReplayResult = { ...r, differences: [{ a: 'watchTime', b: 'ctr', metric: 'adMinutesPer1k', difference: { mean: -0.5, low: -1.1, high: 0.1 } }] };
    expect(offlineVsOnline(within).verdict).toMatchObject({ kind: 'agreeWithinCi', difference: { mean: 0.5, low: -0.1, high: 1.1 } });
  });

  it('reads an AUC gap under 0.005 as a tie offline', () => {
    expect(offlineVsOnline(video(0.703, 0.7, 2, 6)).verdict).toMatchObject({ kind: 'tooCloseOffline', offline: 'ctr', other: 'watchTime' });
  });

  it('says nothing earns more where nothing earns anything (no ads in the world)', () => {
    expect(offlineVsOnline(video(0.72, 0.5, 0, 0)).verdict.kind).toBe('none');
  });
});

describe('offlineVsOnline, shop (CTCVR AUC against the goal)', () => {
  const shopPolicy = (id: ShopPolicyResult['id'], buys: number, half: number, ctcvrAuc: number | null, ctrAuc = 0.72): ShopPolicyResult => ({
    id,
    online: { clicksPer1k: interval(30), purchasesPer1k: interval(buys, half), gmvPer1k: interval(buys * 100, half * 100), shareOfOracle: buys / 9, meanPriceShown: 100, meanAppealShown: 0, meanValueShown: 0 },
    ...(ctcvrAuc === null ? {} : { offline: { ctrAuc, ctrLogloss: 0.2, cvrAuc: null, cvrAucEntireSpace: null, ctcvrAuc } }),
  });
  const shop = (policies: ShopPolicyResult[]): ShopReplayResult => ({ world: 'shop', goal: 'purchases', users: 10, candidatesPerUser: 10, topK: 5, policies, cvrSpace: [], cvrTrainingImpressions: {}, differences: [] });

  it('the default shop, seed 1 (1.44 / 2.04 / 2.86 purchases, intervals apart): ESMM has the best CTCVR AUC and sells the most, so they agree', () => {
    const o = offlineVsOnline(shop([shopPolicy('random', 1.43, 0.1, null), shopPolicy('ctr', 1.44, 0.11, 0.542, 0.723), shopPolicy('ctrXcvr', 2.04, 0.15, 0.575, 0.723), shopPolicy('esmm', 2.86, 0.23, 0.594, 0.722), shopPolicy('oracle', 8.8, 0.5, null)]));
    expect(o.metric).toBe('ctcvrAuc');
    expect(o.verdict).toMatchObject({ kind: 'agree', offline: 'esmm', other: 'ctrXcvr' });
  });

  it('ignores the click AUC, which is not the shop’s offline metric', () => {
    // The click model has by far the best click AUC and sells least: not an inversion of the CTCVR AUC.
    const o = offlineVsOnline(shop([shopPolicy('ctr', 1, 0.1, 0.5, 0.9), shopPolicy('esmm', 3, 0.1, 0.6, 0.6)]));
    expect(o.verdict.kind).toBe('agree');
  });
});

describe('verdictOf', () => {
  const row = (id: string, business: number, half: number, ctcvrAuc: number | null): OfflineOnlineRow => ({
    id,
    ctrAuc: null,
    ctrLogloss: null,
    cvrAuc: null,
    cvrAucEntireSpace: null,
    ctcvrAuc,
    business,
    businessLow: business - half,
    businessHigh: business + half,
    shareOfOracle: 0,
  });

  it('sets the best offline model against the best online one, or against the runner-up where they are the same', () => {
    const rows = [row('ctr', 1, 0.1, 0.55), row('base', 2, 0.1, 0.62), row('esmm', 3, 0.1, 0.6)];
    expect(verdictOf(rows, 'ctcvrAuc')).toMatchObject({ kind: 'inversion', offline: 'base', other: 'esmm', auc: { offline: 0.62, other: 0.6 }, business: { offline: 2, other: 3 } });
    expect(verdictOf([row('a', 3, 0.1, 0.7), row('b', 2.8, 0.1, 0.6), row('c', 1, 0.1, 0.5)], 'ctcvrAuc')).toMatchObject({ kind: 'agreeWithinCi', offline: 'a', other: 'b' });
    expect(verdictOf([row('a', 3, 0.1, 0.7), row('b', 1, 0.1, null)], 'ctcvrAuc').kind).toBe('none');
  });

  it('takes the paired difference it is given', () => {
    const rows = [row('a', 3, 0.1, 0.7), row('b', 2.8, 0.1, 0.6)];
    const clear = (x: string, y: string) => (x === 'a' && y === 'b' ? { mean: 0.2, low: 0.05, high: 0.35 } : { mean: -0.2, low: -0.35, high: -0.05 });
    expect(verdictOf(rows, 'ctcvrAuc', clear)).toMatchObject({ kind: 'agree', difference: { mean: 0.2, low: 0.05, high: 0.35 } });
    // An interval that touches 0 includes it.
    expect(verdictOf(rows, 'ctcvrAuc', () => ({ mean: 0.2, low: 0, high: 0.4 })).kind).toBe('agreeWithinCi');
  });
});
