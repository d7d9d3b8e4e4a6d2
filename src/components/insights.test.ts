import { afterAll, describe, expect, it } from 'vitest';
import type { VideoPolicyId, VideoReplayResult } from '../core/replay/types';
import type { VideoWorldSummary } from '../core/world/videoSummary';
import { i18n } from '../i18n';
import { adsInsight, aucInsight, clicksInsight, lossInsight, randomFloor, screenInsight, shareInsight, summaryInsight } from './insights';

const iv = (mean: number) => ({ mean, low: mean * 0.95, high: mean * 1.05 });
const policy = (id: VideoPolicyId, clicks: number, ads: number, share: number, bait: number) => ({
  id,
  online: {
    clicksPer1k: iv(clicks),
    watchMinutesPer1k: iv(ads * 4),
    adMinutesPer1k: iv(ads),
    shareOfOracle: share,
    meanVideoMinutesShown: 10,
    clickbaitShareShown: bait,
    meanQualityShown: 0,
  },
});
const result: VideoReplayResult = {
  world: 'video',
  users: 100,
  candidatesPerUser: 50,
  topK: 10,
  policies: [policy('random', 50, 28, 0.16, 0.2), policy('ctr', 140, 30, 0.18, 0.99), policy('watchTime', 93.8, 84, 0.49, 0.44), policy('oracle', 100, 171, 1, 0.1)],
  differences: [],
};

describe('what-to-notice sentences', () => {
  it('states the lesson with the run’s own numbers', () => {
    expect(adsInsight(result)).toBe(
      'Ranking by watch time earns 2.8× the ad minutes of ranking by clicks (49 % of the best possible, against 18 %), while getting 33 % fewer clicks.',
    );
    expect(clicksInsight(result)).toBe('Ranking by clicks gets 49 % more clicks than ranking by watch time: it wins the metric it was built for.');
    expect(screenInsight(result)).toContain('Clickbait fills 99 % of the click model');
  });

  it('says so honestly when a run goes the other way', () => {
    const flipped = { ...result, policies: [policy('ctr', 140, 90, 0.5, 0.9), policy('watchTime', 150, 60, 0.3, 0.4)] };
    expect(adsInsight(flipped)).toBe('In this run ranking by clicks earns 1.5× the ad minutes of ranking by watch time (50 % of the best possible, against 30 %).');
    expect(clicksInsight(flipped)).toContain('does not even win');
  });

  it('describes the clickbait contrast of the world', () => {
    const text = summaryInsight({
      world: 'video',
      users: 1, videos: 1, impressions: 1, clicks: 1, ctr: 0.1, watchMinutes: 1, watchMinutesPerClick: 1, clickbaitShare: 0.2,
      ctrClickbait: 0.27, ctrOther: 0.065, watchedShareClickbait: 0.17, watchedShareOther: 0.62, meanVideoMinutes: 11,
    });
    expect(text).toBe('Clickbait is clicked 4.2× as often as other videos, but people watch only 17 % of it after clicking, against 62 % of other videos.');
  });

  it('places ranking by clicks below, level with or above random correctly', () => {
    expect(randomFloor(0.12, 0.21)).toBe(', below random (21 %)');
    expect(randomFloor(0.205, 0.21)).toBe(', about the same as random (21 %)');
    expect(randomFloor(0.24, 0.21)).toBe(', barely above random (21 %)');
    expect(randomFloor(0.4, 0.21)).toBe('; random gets 21 %');
    expect(shareInsight(result)).toBe('Ranking by watch time reaches 49 % of the best possible ad minutes, ranking by clicks 18 %, barely above random (16 %).');
  });

  it('explains a click AUC under a coin toss', () => {
    expect(aucInsight([{ epoch: 1, ctr: 0.72, watchTime: 0.44 }])).toContain("The watch-time model's 0.440 is worse than a coin toss, and that is no bug");
    expect(aucInsight([{ epoch: 1, ctr: 0.72, watchTime: 0.6 }])).not.toContain('coin toss');
    expect(aucInsight([{ epoch: 1, ctr: 0.6, watchTime: 0.65 }])).toContain('even predicts clicks better');
    expect(aucInsight([{ epoch: 1, ctr: 0.6, watchTime: 0.605 }])).toContain('about equally well');
  });

  it('quotes the per-epoch mean losses the status line quotes', () => {
    expect(lossInsight({ ctr: [0.49, 0.3, 0.248] })).toBe("Loss falls as the models learn (mean over the first and the last epoch): the click model's from 0.490 to 0.248.");
    expect(lossInsight({})).toContain('it should fall and then flatten');
  });
});

const summary = (over: Partial<VideoWorldSummary>): VideoWorldSummary => ({
  world: 'video',
  users: 1, videos: 1, impressions: 1, clicks: 1, ctr: 0.1, watchMinutes: 1, watchMinutesPerClick: 1, clickbaitShare: 0.2,
  ctrClickbait: 0.27, ctrOther: 0.065, watchedShareClickbait: 0.17, watchedShareOther: 0.62, meanVideoMinutes: 11,
  ...over,
});

describe('edge cases a user can build with the knobs', () => {
  it('clickbaitShare = 1: says every video is clickbait, not that there is none', () => {
    expect(summaryInsight(summary({ clickbaitShare: 1, ctrOther: null, watchedShareOther: null, ctrClickbait: 0.09, watchedShareClickbait: 0.21 }))).toBe(
      'Every video in this world is clickbait, so there is nothing to set it against: it is clicked on 9.0 % of impressions, and people watch 21 % of it after clicking.',
    );
    expect(summaryInsight(summary({ clickbaitShare: 0, ctrClickbait: null, watchedShareClickbait: null }))).toContain('has no clickbait videos');
  });

  it('watch.clickbait = 0 and click.clickbait = 0: clickbait is clicked and watched like the rest, no "only"', () => {
    expect(summaryInsight(summary({ ctrClickbait: 0.066, ctrOther: 0.065, watchedShareClickbait: 0.6, watchedShareOther: 0.57 }))).toBe(
      'Clickbait is clicked about as often as other videos (6.6 % vs 6.5 % of impressions), and people watch about as much of it after clicking (60 % vs 57 % of other videos).',
    );
    expect(summaryInsight(summary({ ctrClickbait: 0.075, ctrOther: 0.065 }))).toMatch(/^Clickbait is clicked 15 % more often than other videos, but people watch only 17 %/);
    expect(summaryInsight(summary({ ctrClickbait: 0.03, watchedShareClickbait: 0.8 }))).toBe(
      'Clickbait is clicked less often than other videos (3.0 % vs 6.5 % of impressions), and people watch more of it after clicking: 80 % against 62 % of other videos.',
    );
  });

  it('no ads in the world (pre-roll and mid-roll 0): no policy "earns the most" ad minutes', () => {
    const none = { ...result, policies: result.policies.map((p) => ({ ...p, online: { ...p.online, adMinutesPer1k: iv(0) } })) };
    expect(adsInsight(none)).toBe('Neither ranking earns any ad minutes in this run, so ad revenue cannot tell them apart here.');
    expect(shareInsight(none)).toBe('Even the oracle earns no ad minutes in this world, so there is no best possible to measure the rankings against.');
  });

  it('a 4 % gap in ad minutes reads as a percentage, not "1.0×"; within 1 % as "about the same"', () => {
    const near = (ctrAds: number, wtAds: number) => ({ ...result, policies: [policy('ctr', 140, ctrAds, 0.5, 1), policy('watchTime', 139, wtAds, 0.52, 1)] });
    expect(adsInsight(near(100, 104))).toBe('Ranking by watch time earns 4 % more ad minutes than ranking by clicks (52 % of the best possible, against 50 %), with about as many clicks.');
    expect(adsInsight(near(100, 100.5))).toMatch(/^Ranking by watch time and ranking by clicks earn about the same ad minutes/);
    expect(clicksInsight(near(100, 104))).toBe('Ranking by clicks gets about as many clicks as ranking by watch time: it does not clearly win the metric it was built for.');
  });

  it('clickbaitShare = 0: no "clickbait fills 0 %"', () => {
    const clean = { ...result, policies: result.policies.map((p) => ({ ...p, online: { ...p.online, clickbaitShareShown: 0 } })) };
    expect(screenInsight(clean)).toBe("Neither model shows any clickbait; the watch-time model's videos last 10 minutes on average, the click model's 10 minutes.");
  });

  it('names the better model’s AUC first (clickbaitShare = 0: the watch-time model 0.577, the click model 0.543)', () => {
    expect(aucInsight([{ epoch: 3, ctr: 0.543, watchTime: 0.577 }])).toBe(
      'Here the watch-time model even predicts clicks better than the click model (AUC 0.577 vs 0.543), but AUC still says nothing about ad minutes: step 3 does.',
    );
  });

  it('does not say the loss falls where a curve rises', () => {
    expect(lossInsight({ ctr: [0.2, 0.21] })).toMatch(/^Mean training loss over the first and the last epoch: .*Not every loss fell/);
  });
});

describe('the same sentences in Chinese', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('words the run’s numbers, formatted for Chinese, in Chinese sentences', async () => {
    await i18n.changeLanguage('zh');
    expect(adsInsight(result)).toBe(
      '按观看时长排序赚到的广告分钟数是按点击排序的 2.8 倍（达到理论最优的 49%，按点击排序为 18%），点击却少了 33%。',
    );
    expect(clicksInsight(result)).toBe('按点击排序比按观看时长排序多得到 49% 的点击：它在自己的目标指标上胜出。');
    expect(shareInsight(result)).toBe('按观看时长排序达到理论最优广告分钟数的 49%，按点击排序为 18%，仅略高于随机排序（16%）。');
    expect(lossInsight({ ctr: [0.49, 0.3, 0.248], watchTime: [0.9, 0.7] })).toBe(
      '随着模型学习，损失不断下降（取第一轮和最后一轮的平均值）：点击模型从 0.490 到 0.248，观看时长模型从 0.900 到 0.700。观看时长模型的损失更大，因为每次点击都按观看的分钟数计入相应的次数。',
    );
    expect(aucInsight([{ epoch: 1, ctr: 0.72, watchTime: 0.44 }])).toContain('观看时长模型的 0.440 比抛硬币还差');
  });
});
