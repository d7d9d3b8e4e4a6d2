/**
 * The one-sentence "what to notice" under each chart, computed from the numbers on
 * screen, so the sentence can never claim what the run did not show. Each says what
 * happened in this run, in either direction, in the current language (call them at
 * render time: the words are in `src/i18n/locales/insights.ts`).
 */
import type { VideoPolicyId, VideoPolicyResult, VideoReplayResult } from '../core/replay/types';
import type { VideoWorldSummary } from '../core/world/videoSummary';
import type { ModelId } from '../models/types';
import type { AucPoint } from '../store/types';
import { i18n } from '../i18n';
import { formatAmount, formatDecimal, formatPercent, formatTimes } from './format';
import { AUC_COIN_TOSS_TOLERANCE, compareAmounts, joinSentences, pct, relativeTo, say } from './insightText';

function policy(r: VideoReplayResult, id: VideoPolicyId): VideoPolicyResult | undefined {
  return r.policies.find((p) => p.id === id);
}

/** Step 1: the contrast that sets up the lesson. */
export function summaryInsight(s: VideoWorldSummary): string {
  if (s.ctrClickbait === null || s.ctrOther === null || s.watchedShareClickbait === null || s.watchedShareOther === null) {
    return say('insights:summary.none');
  }
  const lure = s.ctrOther > 0 ? s.ctrClickbait / s.ctrOther : NaN;
  return say('insights:summary.main', {
    lure: formatTimes(lure),
    bait: formatPercent(s.watchedShareClickbait, 0),
    other: formatPercent(s.watchedShareOther, 0),
  });
}

/**
 * Step 2: the loss curves, in the numbers the status line uses too: each model's mean
 * loss over its first and its last epoch (`TrainStats.lossHistory`).
 * @param histories per model, the mean training loss of each epoch; empty until trained
 */
export function lossInsight(histories: Partial<Record<ModelId, readonly number[]>>): string {
  const parts: string[] = [];
  for (const id of ['ctr', 'watchTime'] as const) {
    const h = histories[id] ?? [];
    if (h.length < 2) continue;
    parts.push(i18n.t('insights:loss.part', { name: i18n.t(`insights:loss.names.${id}`), first: formatAmount(h[0]), last: formatAmount(h[h.length - 1]) }));
  }
  if (!parts.length) return say('insights:loss.empty');
  const main = say('insights:loss.main', { parts: parts.join(i18n.t('app:format.listSeparator')) });
  return joinSentences(main, parts.length === 2 ? say('insights:loss.why') : '');
}

/** Step 2: held-out AUC, the offline metric engineers usually look at. */
export function aucInsight(rows: AucPoint[]): string {
  const last = rows[rows.length - 1];
  if (!last || last.ctr === undefined || last.watchTime === undefined) return say('insights:auc.none');
  const gap = last.ctr - last.watchTime;
  const aucs = i18n.t('insights:auc.aucs', { ctr: formatDecimal(last.ctr, 3), watchTime: formatDecimal(last.watchTime, 3) });
  const head = say(gap > 0.01 ? 'insights:auc.clickBetter' : gap < -0.01 ? 'insights:auc.watchBetter' : 'insights:auc.equal', { aucs });
  return joinSentences(head, belowCoinToss(last.watchTime));
}

/**
 * Why the watch-time model can score a click AUC under 0.5, which the chart's
 * "0.5 = coin toss" would otherwise leave unexplained.
 * @param watchTimeAuc the watch-time model's click AUC, in [0, 1]
 */
function belowCoinToss(watchTimeAuc: number): string {
  if (watchTimeAuc >= 0.5 - AUC_COIN_TOSS_TOLERANCE) return '';
  return say('insights:auc.belowCoinToss', { auc: formatDecimal(watchTimeAuc, 3) });
}

/** The verdict on a click ranking that may not even win clicks. */
export function clickVerdict(wins: boolean): string {
  return i18n.t(wins ? 'insights:verdict.won' : 'insights:verdict.lost');
}

/** Step 3: clicks per 1000 impressions. */
export function clicksInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online.clicksPer1k.mean;
  const wt = policy(r, 'watchTime')?.online.clicksPer1k.mean;
  if (ctr === undefined || wt === undefined) return '';
  const { kind, amount } = compareAmounts(ctr, wt);
  return say(`insights:clicks.${kind}`, { amount, verdict: clickVerdict(ctr >= wt) });
}

/** Step 3: minutes watched per 1000 impressions. */
export function watchInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online.watchMinutesPer1k.mean;
  const wt = policy(r, 'watchTime')?.online.watchMinutesPer1k.mean;
  if (ctr === undefined || wt === undefined) return '';
  const { kind, amount } = compareAmounts(wt, ctr);
  return say(`insights:watch.${kind}`, { amount });
}

/** Step 3: ad minutes, the revenue. The headline of the lesson. */
export function adsInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online;
  const wt = policy(r, 'watchTime')?.online;
  if (!ctr || !wt || !(ctr.adMinutesPer1k.mean > 0) || !(ctr.clicksPer1k.mean > 0)) return '';
  const ads = wt.adMinutesPer1k.mean / ctr.adMinutesPer1k.mean;
  const clicks = wt.clicksPer1k.mean / ctr.clicksPer1k.mean;
  const shares = { watchTime: pct(wt.shareOfOracle), ctr: pct(ctr.shareOfOracle) };
  if (ads < 1) return say('insights:ads.lose', { times: formatTimes(1 / ads), ...shares });
  return clicks < 1
    ? say('insights:ads.winFewerClicks', { times: formatTimes(ads), clicks: pct(1 - clicks), ...shares })
    : say('insights:ads.winMoreClicks', { times: formatTimes(ads), clicks: pct(clicks - 1), ...shares });
}

/** Step 3: what each policy put on screen. */
export function screenInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online;
  const wt = policy(r, 'watchTime')?.online;
  if (!ctr || !wt) return '';
  return say('insights:screen', {
    ctrBait: formatPercent(ctr.clickbaitShareShown, 0),
    watchTimeBait: formatPercent(wt.clickbaitShareShown, 0),
    watchTimeMinutes: formatAmount(wt.meanVideoMinutesShown, 2),
    ctrMinutes: formatAmount(ctr.meanVideoMinutesShown, 2),
  });
}

/** Step 3: each policy against the best possible ranking. */
export function shareInsight(r: VideoReplayResult): string {
  const share = (id: VideoPolicyId) => policy(r, id)?.online.shareOfOracle;
  const ctr = share('ctr');
  const wt = share('watchTime');
  const random = share('random');
  if (ctr === undefined || wt === undefined) return '';
  const floor = random === undefined ? '' : randomFloor(ctr, random);
  return say('insights:share.main', { watchTime: pct(wt), ctr: pct(ctr), floor });
}

/**
 * Ranking by clicks against showing videos at random, in words that match the numbers.
 * @param ctr, random shares of the oracle, in [0, 1]
 */
export function randomFloor(ctr: number, random: number): string {
  const place = relativeTo(ctr, random, 0.01);
  const key = place === 'below' ? 'below' : place === 'about the same as' ? 'same' : ctr - random < 0.05 ? 'barely' : 'above';
  return i18n.t(`insights:share.${key}`, { random: pct(random) });
}
