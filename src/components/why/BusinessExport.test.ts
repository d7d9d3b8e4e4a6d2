import { afterAll, describe, expect, it } from 'vitest';
import type { PolicyDifference, VideoIntervalMetric, VideoPolicyId, VideoPolicyResult } from '../../core/replay/types';
import { i18n } from '../../i18n';
import { say } from '../insightText';
import { businessNotice } from './BusinessExport';

const t = (key: string, params?: Record<string, unknown>) => say(`why:${key}`, params);
const p = (id: VideoPolicyResult['id'], ads: number, half: number): VideoPolicyResult => ({
  id,
  online: { clicksPer1k: { mean: 1, low: 1, high: 1 }, watchMinutesPer1k: { mean: 1, low: 1, high: 1 }, adMinutesPer1k: { mean: ads, low: ads - half, high: ads + half }, shareOfOracle: ads / 100, meanVideoMinutesShown: 1, clickbaitShareShown: 0, meanQualityShown: 0 },
});
/** ctr − watchTime of the ad minutes, with a paired interval. */
const adsDiff = (mean: number, low: number, high: number): PolicyDifference<VideoPolicyId, VideoIntervalMetric> => ({ a: 'ctr', b: 'watchTime', metric: 'adMinutesPer1k', difference: { mean, low, high } });
const notice = (policies: VideoPolicyResult[], differences: PolicyDifference<VideoPolicyId, VideoIntervalMetric>[] = []) =>
  businessNotice({ policies, differences }, policies, 'adMinutesPer1k', 'adMinutes', t);

afterAll(() => i18n.changeLanguage('en'));

describe('the business PNG’s what to notice', () => {
  it('names no winner where no model earns anything (no ads in the world)', async () => {
    await i18n.changeLanguage('en');
    expect(notice([p('ctr', 0, 0), p('watchTime', 0, 0)])).toBe('No learned model earns any ad minutes in this run.');
  });

  it('reads the paired difference, not whether the two intervals overlap', async () => {
    await i18n.changeLanguage('en');
    // The intervals (47–53 and 49–55) overlap, but the paired difference is clear of 0.
    expect(notice([p('ctr', 50, 3), p('watchTime', 52, 3)], [adsDiff(-2, -2.8, -1.2)])).toBe(
      'Of the learned models, Rank by watch time earns the most ad minutes: 52.0 per 1,000 impressions, 52 % of the best possible; against Rank by clicks (50.0), a difference of 2.00 whose 95 % interval, 1.20 to 2.80, excludes 0.',
    );
    expect(notice([p('ctr', 50, 3), p('watchTime', 52, 3)], [adsDiff(-2, -4.1, 0.3)])).toBe(
      'Of the learned models, Rank by watch time earns the most ad minutes: 52.0 per 1,000 impressions, 52 % of the best possible; against Rank by clicks (50.0), the difference, 2.00, has a 95 % interval, -0.30 to 4.10, that includes 0, so this run cannot tell the two apart.',
    );
  });

  it('without a paired difference (a hand-made result), falls back to the widest difference the intervals allow', async () => {
    await i18n.changeLanguage('en');
    expect(notice([p('ctr', 50, 3), p('watchTime', 52, 3)])).toContain('the difference, 2.00, has a 95 % interval, -4.00 to 8.00, that includes 0');
    expect(notice([p('ctr', 12, 1), p('watchTime', 89, 3)])).toContain('a difference of 77.0 whose 95 % interval, 73.0 to 81.0, excludes 0');
  });

  it('says the same in Chinese', async () => {
    await i18n.changeLanguage('zh');
    expect(notice([p('ctr', 50, 3), p('watchTime', 52, 3)], [adsDiff(-2, -4.1, 0.3)])).toContain('两者之差 2.00 的 95% 置信区间（-0.30 至 4.10）包含 0，所以这次运行无法分出两者的高下');
  });
});
