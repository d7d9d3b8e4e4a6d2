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
import { AUC_COIN_TOSS_TOLERANCE, compareAmounts, joinSentences, pct, relativeTo, say, type Comparison } from './insightText';

function policy(r: VideoReplayResult, id: VideoPolicyId): VideoPolicyResult | undefined {
  return r.policies.find((p) => p.id === id);
}

/** Click-through ratios within 10 % of each other read "about as often". */
const LURE_SAME = 0.1;
/** Watched shares within 10 % (relative) of each other read "about as much". */
const WATCHED_SAME = 0.1;

/**
 * Step 1: the contrast that sets up the lesson, in words that follow the numbers:
 * clickbait may be clicked more, less or about as often, and watched less, more or
 * about as much; a world with no clickbait, or nothing but clickbait, says so.
 */
export function summaryInsight(s: VideoWorldSummary): string {
  if (s.ctrClickbait === null || s.clickbaitShare === 0) return say('insights:summary.none');
  if (s.ctrOther === null || s.clickbaitShare === 1) {
    const facts = { ctr: formatPercent(s.ctrClickbait), watched: formatPercent(s.watchedShareClickbait, 0) };
    return say(s.watchedShareClickbait === null ? 'insights:summary.allBaitNoClicks' : 'insights:summary.allBait', facts);
  }
  if (s.watchedShareClickbait === null || s.watchedShareOther === null || !(s.ctrOther > 0)) return say('insights:summary.fewClicks');
  const lure = s.ctrClickbait / s.ctrOther;
  const clicks =
    Math.abs(lure - 1) < LURE_SAME
      ? i18n.t('insights:summary.clicksSame', { bait: formatPercent(s.ctrClickbait), other: formatPercent(s.ctrOther) })
      : lure > 1
        ? lure >= 1.5
          ? i18n.t('insights:summary.clicksTimes', { lure: formatTimes(lure) })
          : i18n.t('insights:summary.clicksMore', { more: pct(lure - 1) })
        : i18n.t('insights:summary.clicksLess', { bait: formatPercent(s.ctrClickbait), other: formatPercent(s.ctrOther) });
  const [bait, other] = [s.watchedShareClickbait, s.watchedShareOther];
  const watchKind = Math.abs(bait - other) <= WATCHED_SAME * Math.max(bait, other) ? 'Same' : bait < other ? 'Less' : 'More';
  // "but" only where the two halves pull apart: clicked more, watched less.
  const contrast = lure >= 1 + LURE_SAME && watchKind === 'Less';
  const watch = i18n.t(`insights:summary.watch${watchKind}${contrast ? 'But' : ''}`, { bait: formatPercent(bait, 0), other: formatPercent(other, 0) });
  return say('insights:summary.main', { clicks, watch });
}

/**
 * Step 2: the loss curves, in the numbers the status line uses too: each model's mean
 * loss over its first and its last epoch (`TrainStats.lossHistory`). It says the loss
 * falls only where every curve's last epoch is below its first.
 * @param histories per model, the mean training loss of each epoch; empty until trained
 */
export function lossInsight(histories: Partial<Record<ModelId, readonly number[]>>): string {
  const parts: string[] = [];
  let allFell = true;
  for (const id of ['ctr', 'watchTime'] as const) {
    const h = histories[id] ?? [];
    if (h.length < 2) continue;
    allFell &&= h[h.length - 1] < h[0];
    parts.push(i18n.t('insights:loss.part', { name: i18n.t(`insights:loss.names.${id}`), first: formatAmount(h[0]), last: formatAmount(h[h.length - 1]) }));
  }
  if (!parts.length) return say('insights:loss.empty');
  const main = say(allFell ? 'insights:loss.main' : 'insights:loss.notFalling', { parts: parts.join(i18n.t('app:format.listSeparator')) });
  return joinSentences(main, parts.length === 2 ? say('insights:loss.why') : '');
}

/** AUC gaps up to this size read "about equally well". */
const AUC_SAME = 0.01;

/** Step 2: held-out AUC, the offline metric engineers usually look at. */
export function aucInsight(rows: AucPoint[]): string {
  const last = rows[rows.length - 1];
  if (!last || last.ctr === undefined || last.watchTime === undefined) return say('insights:auc.none');
  const gap = last.ctr - last.watchTime;
  // The better model's AUC first, the way the sentence names them.
  const [first, second] = gap < 0 ? [last.watchTime, last.ctr] : [last.ctr, last.watchTime];
  const aucs = i18n.t('insights:auc.aucs', { first: formatDecimal(first, 3), second: formatDecimal(second, 3) });
  const head = say(gap > AUC_SAME ? 'insights:auc.clickBetter' : gap < -AUC_SAME ? 'insights:auc.watchBetter' : 'insights:auc.equal', { aucs });
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

/** The verdict on a click ranking that may not even win clicks (or only ties). */
export function clickVerdict(kind: Comparison['kind'], wins: boolean): string {
  return i18n.t(kind === 'same' ? 'insights:verdict.tie' : wins ? 'insights:verdict.won' : 'insights:verdict.lost');
}

/** Step 3: clicks per 1000 impressions. */
export function clicksInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online.clicksPer1k.mean;
  const wt = policy(r, 'watchTime')?.online.clicksPer1k.mean;
  if (ctr === undefined || wt === undefined) return '';
  const { kind, amount } = compareAmounts(ctr, wt);
  return say(`insights:clicks.${kind}`, { amount, verdict: clickVerdict(kind, ctr >= wt) });
}

/** Step 3: minutes watched per 1000 impressions. */
export function watchInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online.watchMinutesPer1k.mean;
  const wt = policy(r, 'watchTime')?.online.watchMinutesPer1k.mean;
  if (ctr === undefined || wt === undefined) return '';
  const { kind, amount } = compareAmounts(wt, ctr);
  return say(`insights:watch.${kind}`, { amount });
}

/**
 * Step 3: ad minutes, the revenue. The headline of the lesson: which ranking earns
 * more, by how much (a ratio, a percentage or "about as many"), each one's share of
 * the best possible right beside it, then what happened to clicks.
 */
export function adsInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online;
  const wt = policy(r, 'watchTime')?.online;
  if (!ctr || !wt) return '';
  const [a, b] = [wt.adMinutesPer1k.mean, ctr.adMinutesPer1k.mean];
  if (!(a > 0) && !(b > 0)) return say('insights:ads.none');
  const shares = { watchTime: pct(wt.shareOfOracle), ctr: pct(ctr.shareOfOracle) };
  const clicks = compareAmounts(wt.clicksPer1k.mean, ctr.clicksPer1k.mean);
  const clicksPart = clicks.kind === 'none' ? '' : i18n.t(`insights:ads.clicks.${clicks.kind}`, { amount: clicks.amount });
  if (!(b > 0)) return say('insights:ads.onlyWatch', { ads: formatAmount(a), ...shares, clicks: clicksPart });
  const head = a >= b ? compareAmounts(a, b) : compareAmounts(b, a);
  if (head.kind === 'same') return say('insights:ads.same', { ...shares, clicks: clicksPart });
  if (a > b) return say(`insights:ads.win.${head.kind}`, { amount: head.amount, ...shares, clicks: clicksPart });
  return say(`insights:ads.lose.${head.kind}`, { amount: head.amount, ...shares });
}

/** Step 3: what each policy put on screen. */
export function screenInsight(r: VideoReplayResult): string {
  const ctr = policy(r, 'ctr')?.online;
  const wt = policy(r, 'watchTime')?.online;
  if (!ctr || !wt) return '';
  const key = ctr.clickbaitShareShown === 0 && wt.clickbaitShareShown === 0 ? 'insights:screenNoBait' : 'insights:screen';
  return say(key, {
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
  // Without ad minutes even for the oracle there is no best possible to be a share of.
  if (!((policy(r, 'oracle')?.online.adMinutesPer1k.mean ?? 1) > 0)) return say('insights:share.none');
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
