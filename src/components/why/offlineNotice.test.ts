import { afterAll, describe, expect, it } from 'vitest';
import type { OfflineOnline, OfflineOnlineVerdict } from '../../core/insights/offlineOnline';
import { i18n } from '../../i18n';
import { say } from '../insightText';
import { offlineNotice } from './offlineNotice';

const t = (key: string, params?: Record<string, unknown>) => say(`why:${key}`, params);
const o = (business: OfflineOnline['business'], v: Partial<OfflineOnlineVerdict>): OfflineOnline => ({
  business,
  metric: v.metric ?? 'ctrAuc',
  rows: [],
  verdict: { kind: 'none', metric: 'ctrAuc', offline: 'ctr', other: 'watchTime', auc: { offline: 0.7, other: 0.5 }, business: { offline: 10, other: 70 }, difference: { mean: 60, low: 52, high: 68 }, ...v },
});

afterAll(() => i18n.changeLanguage('en'));

describe('Offline vs online, what to notice', () => {
  it('says "would pick the wrong model" only for a gap of 10 % or more', async () => {
    await i18n.changeLanguage('en');
    expect(offlineNotice(o('adMinutes', { kind: 'inversion' }), t)).toBe(
      'Rank by clicks has the better click AUC (0.700 against 0.500), yet Rank by watch time earns 7.0× the ad minutes: 70.0 against 10.0 per 1,000 impressions, a difference of 60.0 whose 95 % interval, 52.0 to 68.0, excludes 0. Shipping by the offline number would pick the wrong model. ' +
        'The 95 % intervals cover only which users the A/B test drew, for these trained models: training them again with another seed is not covered, and can change the results too.',
    );
    // clickbaitShare = 1: the watch-time model earns 4 % more.
    const small = offlineNotice(o('adMinutes', { kind: 'smallInversion', business: { offline: 100, other: 104 } }), t);
    expect(small).toContain('earns 4 % more ad minutes');
    expect(small).not.toContain('wrong model');
  });

  it('the default shop, seed 1: ESMM has the best CTCVR AUC and sells the most, beyond the intervals', async () => {
    await i18n.changeLanguage('en');
    const text = offlineNotice(o('purchases', { kind: 'agree', metric: 'ctcvrAuc', offline: 'esmm', other: 'ctrXcvr', auc: { offline: 0.594, other: 0.575 }, business: { offline: 2.86, other: 2.04 } }), t);
    expect(text).toMatch(/^Here the model with the best click-and-buy \(CTCVR\) AUC, ESMM, with 0\.594 against 0\.575 for CTR × CVR \(BASE\), also earns the most purchases: 2\.86 per 1,000 impressions against 2\.04/);
    expect(text).not.toContain('neither');
  });

  it('says "cannot tell apart" from the paired difference’s interval, with its numbers (the shop, seed 2: ESMM-NS against ESMM)', async () => {
    await i18n.changeLanguage('en');
    const verdict = { metric: 'ctcvrAuc' as const, offline: 'esmm', other: 'esmmNs', auc: { offline: 0.61, other: 0.6 }, business: { offline: 3.02, other: 3.24 } };
    const within = offlineNotice(o('purchases', { ...verdict, kind: 'withinCi', difference: { mean: 0.22, low: -0.03, high: 0.47 } }), t);
    expect(within).toContain('but the difference, 0.220, has a 95 % interval, -0.030 to 0.470, that includes 0, so this run cannot tell them apart online.');
    const apart = offlineNotice(o('purchases', { ...verdict, kind: 'smallInversion', difference: { mean: 0.22, low: 0.07, high: 0.37 } }), t);
    expect(apart).toContain('3.24 against 3.02 per 1,000 impressions, a difference of 0.220 whose 95 % interval, 0.070 to 0.370, excludes 0.');
  });

  it('no ad minutes anywhere: nothing to compare', async () => {
    await i18n.changeLanguage('en');
    expect(offlineNotice(o('adMinutes', { kind: 'none' }), t)).toBe('No model earns any ad minutes in this run, so offline and online cannot be set against each other here.');
  });

  it('in Chinese, spaced', async () => {
    await i18n.changeLanguage('zh');
    const text = offlineNotice(o('adMinutes', { kind: 'inversion' }), t);
    expect(text).toContain('的点击 AUC 更好（0.700 对 0.500），但按观看时长排序带来的广告分钟数是它的 7.0 倍：每千次曝光 70.0 对 10.0，差值为 60.0，其 95% 置信区间（52.0 至 68.0）不包含 0。');
    expect(text).toMatch(/。这些 95% 置信区间只涵盖 A\/B 测试抽到了哪些用户/);
  });
});
