import { describe, expect, it } from 'vitest';
import type { VideoPolicyResult, VideoReplayResult } from '../replay/types';
import { findInversion, offlineVsOnline, type OfflineOnlineRow } from './offlineOnline';

const interval = (mean: number) => ({ mean, low: mean, high: mean });
function policy(id: VideoPolicyResult['id'], ads: number, share: number, ctrAuc?: number): VideoPolicyResult {
  return {
    id,
    online: { clicksPer1k: interval(1), watchMinutesPer1k: interval(1), adMinutesPer1k: interval(ads), shareOfOracle: share, meanVideoMinutesShown: 1, clickbaitShareShown: 0, meanQualityShown: 0 },
    ...(ctrAuc === undefined ? {} : { offline: { ctrAuc, ctrLogloss: 0.2 } }),
  };
}
const video = (ctrAuc: number, wtAuc: number, ctrAds: number, wtAds: number): VideoReplayResult => ({
  world: 'video',
  users: 10,
  candidatesPerUser: 10,
  topK: 5,
  policies: [policy('random', 1, 0.1), policy('ctr', ctrAds, ctrAds / 10, ctrAuc), policy('watchTime', wtAds, wtAds / 10, wtAuc), policy('oracle', 10, 1)],
});

describe('offlineVsOnline', () => {
  it('names the model with the better AUC that earns fewer ad minutes', () => {
    const o = offlineVsOnline(video(0.72, 0.48, 2, 6));
    expect(o.business).toBe('adMinutes');
    expect(o.rows.map((r) => r.id)).toEqual(['random', 'ctr', 'watchTime', 'oracle']);
    expect(o.rows[0].ctrAuc).toBeNull();
    expect(o.inversion).toEqual({ metric: 'ctrAuc', betterOffline: 'ctr', betterOnline: 'watchTime', offline: { betterOffline: 0.72, betterOnline: 0.48 }, online: { betterOffline: 2, betterOnline: 6 } });
    expect(o.agreement).toBeNull();
  });

  it('finds no inversion where the better AUC also earns more, and says which model that is', () => {
    const o = offlineVsOnline(video(0.72, 0.6, 6, 2));
    expect(o.inversion).toBeNull();
    expect(o.agreement).toEqual({ metric: 'ctrAuc', policy: 'ctr' });
  });

  it('treats gaps below the thresholds as ties', () => {
    expect(offlineVsOnline(video(0.701, 0.7, 2, 6)).inversion).toBeNull(); // AUC gap 0.001
    expect(offlineVsOnline(video(0.72, 0.5, 5, 5.05)).inversion).toBeNull(); // online gap 1 %
  });
});

describe('findInversion', () => {
  const row = (id: string, business: number, ctrAuc: number | null, ctcvrAuc: number | null): OfflineOnlineRow => ({ id, ctrAuc, ctrLogloss: null, cvrAuc: null, cvrAucEntireSpace: null, ctcvrAuc, business, shareOfOracle: 0 });

  it('takes the metrics in order and, within one, the largest online gap', () => {
    const rows = [row('ctr', 1, 0.8, 0.6), row('base', 2, 0.7, 0.7), row('esmm', 3, 0.7, 0.65)];
    const byCtr = findInversion(rows, ['ctrAuc', 'ctcvrAuc']);
    expect(byCtr).toMatchObject({ metric: 'ctrAuc', betterOffline: 'ctr', betterOnline: 'esmm' });
    const byCtcvr = findInversion(rows, ['ctcvrAuc']);
    expect(byCtcvr).toMatchObject({ metric: 'ctcvrAuc', betterOffline: 'base', betterOnline: 'esmm' });
    expect(findInversion(rows.map((r) => ({ ...r, ctrAuc: null })), ['ctrAuc'])).toBeNull();
  });
});
