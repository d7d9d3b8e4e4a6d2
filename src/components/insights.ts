/**
 * The one-sentence "what to notice" under each chart, computed from the numbers on
 * screen, so the sentence can never claim what the run did not show. Each says what
 * happened in this run, in either direction.
 */
import type { VideoPolicyId, VideoPolicyResult, VideoReplayResult } from '../core/replay/types';
import type { VideoWorldSummary } from '../core/world/videoSummary';
import type { ModelId } from '../models/types';
import type { AucPoint } from '../store/types';
import { formatAmount, formatPercent, formatTimes } from './format';
import { AUC_COIN_TOSS_TOLERANCE, compareAmounts, pct, relativeTo } from './insightText';

function policy(r: VideoReplayResult, id: VideoPolicyId): VideoPolicyResult | undefined {
  return r.policies.find((p) => p.id === id);
}

/** Step 1: the contrast that sets up the lesson. */
export function summaryInsight(s: VideoWorldSummary): string {
  if (s.ctrClickbait === null || s.ctrOther === null || s.watchedShareClickbait === null || s.watchedShareOther === null) {
    return 'This world has no clickbait videos in its logs, so clicks and watching cannot disagree here.';
  }
  const lure = s.ctrOther > 0 ? s.ctrClickbait / s.ctrOther : NaN;
  return (
    `Clickbait is clicked ${formatTimes(lure)} as often as other videos, ` +
    `but people watch only ${formatPercent(s.watchedShareClickbait, 0)} of it after clicking, against ${formatPercent(s.watchedShareOther, 0)} of other videos.`
  );
}

/**
 * Step 2: the loss curves, in the numbers the status line uses too: each model's mean
 * loss over its first and its last epoch (`TrainStats.lossHistory`).
 * @param histories per model, the mean training loss of each epoch; empty until trained
 */
export function lossInsight(histories: Partial<Record<ModelId, readonly number[]>>): string {
  const parts: string[] = [];
  for (const [id, name] of [['ctr', 'click model'], ['watchTime', 'watch-time model']] as const) {
    const h = histories[id] ?? [];
    if (h.length < 2) continue;
    parts.push(`the ${name}'s from ${formatAmount(h[0])} to ${formatAmount(h[h.length - 1])}`);
  }
  if (!parts.length) return 'The loss is how wrong each model still is on its training logs; it should fall and then flatten.';
  const why = parts.length === 2 ? ' The watch-time loss is larger because every click counts as many times as the minutes watched.' : '';
  return `Loss falls as the models learn (mean over the first and the last epoch): ${parts.join(', ')}.${why}`;
}

/** Step 2: held-out AUC, the offline metric engineers usually look at. */
export function aucInsight(rows: AucPoint[]): string {
  const last = rows[rows.length - 1];
  if (!last || last.ctr === undefined || last.watchTime === undefined) {
    return 'AUC measures how well a model tells clicked from unclicked impressions it never trained on (0.5 is a coin toss, 1 is perfect).';
  }
  const gap = last.ctr - last.watchTime;
  const aucs = `AUC ${last.ctr.toFixed(3)} vs ${last.watchTime.toFixed(3)}`;
  const head =
    gap > 0.01
      ? `Offline, the click model predicts clicks better than the watch-time model (${aucs}). Judged by this number alone you would ship the click model; step 3 shows whether that is the right call.`
      : gap < -0.01
        ? `Here the watch-time model even predicts clicks better (${aucs}), but AUC still says nothing about ad minutes: step 3 does.`
        : `Offline, both models predict clicks about equally well (${aucs}): this metric alone cannot tell you which one earns more.`;
  return `${head}${belowCoinToss(last.watchTime)}`;
}

/**
 * Why the watch-time model can score a click AUC under 0.5, which the chart's
 * "0.5 = coin toss" would otherwise leave unexplained.
 * @param watchTimeAuc the watch-time model's click AUC, in [0, 1]
 */
function belowCoinToss(watchTimeAuc: number): string {
  if (watchTimeAuc >= 0.5 - AUC_COIN_TOSS_TOLERANCE) return '';
  return (
    ` The watch-time model's ${watchTimeAuc.toFixed(3)} is worse than a coin toss on purpose: it ranks clickbait, which gets most of the clicks, low, ` +
    'because its objective is minutes watched, not clicks.'
  );
}

/** Step 3: clicks per 1000 impressions. */
export function clicksInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online.clicksPer1k.mean;
  const wt = policy(r, 'watchTime')?.online.clicksPer1k.mean;
  if (ctr === undefined || wt === undefined) return '';
  const verdict = ctr >= wt ? 'it wins the metric it was built for' : 'here it does not even win the metric it was built for';
  return `Ranking by clicks gets ${compareAmounts(ctr, wt, 'clicks', 'fewer clicks')} ranking by watch time: ${verdict}.`;
}

/** Step 3: minutes watched per 1000 impressions. */
export function watchInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online.watchMinutesPer1k.mean;
  const wt = policy(r, 'watchTime')?.online.watchMinutesPer1k.mean;
  if (ctr === undefined || wt === undefined) return '';
  return `Ranking by watch time brings ${compareAmounts(wt, ctr, 'minutes watched', 'fewer minutes watched')} ranking by clicks.`;
}

/** Step 3: ad minutes, the revenue. The headline of the lesson. */
export function adsInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online;
  const wt = policy(r, 'watchTime')?.online;
  if (!ctr || !wt || !(ctr.adMinutesPer1k.mean > 0) || !(ctr.clicksPer1k.mean > 0)) return '';
  const ads = wt.adMinutesPer1k.mean / ctr.adMinutesPer1k.mean;
  const clicks = wt.clicksPer1k.mean / ctr.clicksPer1k.mean;
  const clickPart = clicks < 1 ? `while getting ${pct(1 - clicks)} fewer clicks` : `and ${pct(clicks - 1)} more clicks too`;
  const head =
    ads >= 1
      ? `Ranking by watch time earns ${formatTimes(ads)} the ad minutes of ranking by clicks, ${clickPart}`
      : `In this run ranking by clicks earns more ad minutes (${formatTimes(1 / ads)}) than ranking by watch time`;
  return `${head} (${pct(wt.shareOfOracle)} vs ${pct(ctr.shareOfOracle)} of the best possible).`;
}

/** Step 3: what each policy put on screen. */
export function screenInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online;
  const wt = policy(r, 'watchTime')?.online;
  if (!ctr || !wt) return '';
  return (
    `Clickbait fills ${formatPercent(ctr.clickbaitShareShown, 0)} of the click model's slots and ${formatPercent(wt.clickbaitShareShown, 0)} of the watch-time model's; ` +
    `the watch-time model's videos last ${formatAmount(wt.meanVideoMinutesShown, 2)} minutes on average, the click model's ${formatAmount(ctr.meanVideoMinutesShown, 2)} minutes.`
  );
}

/** Step 3: each policy against the best possible ranking. */
export function shareInsight(r: VideoReplayResult): string {
  const share = (id: VideoPolicyId) => policy(r, id)?.online.shareOfOracle;
  const ctr = share('ctr');
  const wt = share('watchTime');
  const random = share('random');
  if (ctr === undefined || wt === undefined) return '';
  const floor = random === undefined ? '' : randomFloor(ctr, random);
  return `Ranking by watch time reaches ${pct(wt)} of the best possible ad minutes, ranking by clicks ${pct(ctr)}${floor}.`;
}

/**
 * Ranking by clicks against showing videos at random, in words that match the numbers.
 * @param ctr, random shares of the oracle, in [0, 1]
 */
export function randomFloor(ctr: number, random: number): string {
  const place = relativeTo(ctr, random, 0.01);
  if (place !== 'above') return `, ${place} random (${pct(random)})`;
  return ctr - random < 0.05 ? `, barely above random (${pct(random)})` : `; random gets ${pct(random)}`;
}
