/**
 * The shop's one-sentence "what to notice" lines, computed from the numbers on
 * screen so that a sentence can never claim what the run did not show. Each one
 * says what happened in this run, in either direction, in the current language
 * (the words are in `src/i18n/locales/shopInsights.ts`).
 */
import type { CvrSpacePoint, ShopPolicyResult, ShopReplayResult } from '../core/replay/types';
import type { ShopWorldSummary } from '../core/world/shopSummary';
import type { ModelId } from '../models/types';
import type { AucPoint } from '../store/types';
import { i18n } from '../i18n';
import { esmmPolicy } from './charts/policies';
import { POLICY_LABELS } from './charts/palette';
import { formatAmount, formatCount, formatDecimal, formatPercent, formatTimes } from './format';
import { offlineVsOnline } from '../core/insights/offlineOnline';
import { clickVerdict } from './insights';
import { differenceFacts } from './differenceText';
import { AUC_COIN_TOSS_TOLERANCE, compareAmounts, listOf, pct, relativeTo, say } from './insightText';

const find = (r: ShopReplayResult, id: ShopPolicyResult['id']) => r.policies.find((p) => p.id === id);
const auc3 = (v: number) => formatDecimal(v, 3);

/** Click-through ratios within 10 % of each other read "about as often". */
const LURE_SAME = 0.1;

/**
 * Step 1: eye-candy products (eye-catching picture, below-average value: the item
 * map's shaded corner) pull clicks but, in the default world, convert worse; the
 * words follow the numbers either way.
 */
export function shopSummaryInsight(s: ShopWorldSummary): string {
  const { ctrEyeCandy: ctrTop, ctrOtherProducts: ctrOther, cvrEyeCandy: cvrTop, cvrOtherProducts: cvrOther } = s;
  if (s.eyeCandyShare === 0) return say('shopInsights:summary.noEyeCandy');
  if (ctrTop === null || ctrOther === null || cvrTop === null || cvrOther === null || !(ctrOther > 0)) return say('shopInsights:summary.none');
  const lure = ctrTop / ctrOther;
  const clicks =
    Math.abs(lure - 1) < LURE_SAME
      ? i18n.t('shopInsights:summary.clicksSame', { top: formatPercent(ctrTop), other: formatPercent(ctrOther) })
      : lure >= 1
        ? i18n.t('shopInsights:summary.clicksMore', { lure: formatTimes(lure) })
        : i18n.t('shopInsights:summary.clicksLess', { top: formatPercent(ctrTop), other: formatPercent(ctrOther) });
  const buys = i18n.t(cvrTop < cvrOther ? (lure >= 1 + LURE_SAME ? 'shopInsights:summary.buysWorse' : 'shopInsights:summary.buysWorseAnd') : 'shopInsights:summary.buysNotWorse', {
    top: formatPercent(cvrTop),
    other: formatPercent(cvrOther),
  });
  return say('shopInsights:summary.main', { clicks, buys, share: formatPercent(s.eyeCandyShare, 0) });
}

/** Step 1: the would-be conversion z* of clicked vs unclicked impressions (the sample-selection gap). */
export function shopSelectionInsight(s: ShopWorldSummary): string {
  const on = s.cvrIfClickedOnClicked;
  const off = s.cvrIfClickedOnUnclicked;
  if (on === null || off === null) return say('shopInsights:selection.none');
  const gap = Math.abs(on - off) < 0.002 ? 'same' : on > off ? 'more' : 'less';
  return say(`shopInsights:selection.${gap}`, { on: formatPercent(on), off: formatPercent(off) });
}

/** The name a sentence uses for a learned model of a shop training. */
const modelName = (id: ModelId) => i18n.t(`shopInsights:names.${id}`, { defaultValue: id });

/**
 * Step 2: the loss curves of the shop's models, in the numbers the status line uses
 * too: each model's mean loss over its first and its last epoch; it says the loss
 * falls only where every curve's last epoch is below its first, and names the ESMM
 * variant that trained.
 * @param histories per model, the mean training loss of each epoch; empty until trained
 */
export function shopLossInsight(histories: Partial<Record<ModelId, readonly number[]>>, models: readonly ModelId[]): string {
  let allFell = true;
  const parts = models.flatMap((id) => {
    const h = histories[id] ?? [];
    if (h.length < 2) return [];
    allFell &&= h[h.length - 1] < h[0];
    return [i18n.t('insights:loss.part', { name: modelName(id), first: formatAmount(h[0]), last: formatAmount(h[h.length - 1]) })];
  });
  if (!parts.length) return say('insights:loss.empty');
  const esmm = modelName(models.find((m) => m === 'esmmNs') ?? 'esmm');
  return say(allFell ? 'shopInsights:loss.main' : 'shopInsights:loss.notFalling', { parts: listOf(parts), esmm });
}

/**
 * Step 2: the held-out AUC of the shop's models after the last epoch.
 * @param cvrTrainRows clicked training impressions the CVR model learned from, when known
 */
export function shopAucInsight(rows: AucPoint[], models: readonly ModelId[], cvrTrainRows?: number): string {
  const last = rows[rows.length - 1];
  const esmm = models.find((m) => m === 'esmm' || m === 'esmmNs');
  if (!last || last.ctr === undefined || last.cvr === undefined || !esmm || last[esmm] === undefined) return say('shopInsights:auc.none');
  return say('shopInsights:auc.main', {
    ctr: auc3(last.ctr),
    esmm: modelName(esmm),
    esmmAuc: auc3(last[esmm]!),
    cvr: auc3(last.cvr),
    coinToss: cvrCoinToss(last.cvr, cvrTrainRows),
  });
}

/** The CVR model's AUC against a coin toss, with the reason when it does worse. */
export function cvrCoinToss(auc: number, trainRows?: number): string {
  const place = relativeTo(auc, 0.5, AUC_COIN_TOSS_TOLERANCE);
  if (place === 'above') return '';
  if (place === 'about the same as') return i18n.t('shopInsights:auc.aboutCoinToss');
  const few = trainRows === undefined ? i18n.t('shopInsights:auc.fewClicked') : i18n.t('shopInsights:auc.fewClickedCount', { n: formatCount(trainRows) });
  return i18n.t('shopInsights:auc.worseThanCoinToss', { few });
}

/** Step 3: clicks per 1000 impressions, ranking by clicks against ESMM. */
export function shopClicksInsight(r: ShopReplayResult): string {
  const ctr = find(r, 'ctr')?.online.clicksPer1k.mean;
  const esmm = esmmPolicy(r);
  if (ctr === undefined || !esmm) return '';
  const e = esmm.online.clicksPer1k.mean;
  const { kind, amount } = compareAmounts(ctr, e);
  return say(`shopInsights:clicks.${kind}`, {
    amount,
    esmm: POLICY_LABELS[esmm.id],
    ctr: formatAmount(ctr),
    esmmClicks: formatAmount(e),
    verdict: clickVerdict(kind, ctr >= e),
  });
}

/** Step 3: purchases or GMV per 1000 impressions, ESMM against ranking by clicks and BASE. */
export function shopGoalInsight(r: ShopReplayResult, metric: 'purchasesPer1k' | 'gmvPer1k'): string {
  const esmm = esmmPolicy(r);
  const ctr = find(r, 'ctr');
  const base = find(r, 'ctrXcvr');
  if (!esmm || !ctr) return '';
  const unit = i18n.t(`shopInsights:goal.unit.${metric}`);
  const value = (p: ShopPolicyResult) => p.online[metric].mean;
  const name = POLICY_LABELS[esmm.id];
  const e = value(esmm);
  // ESMM earns at least as much: by how much (never "fewer"); else say plainly that it earns less.
  const kind = e >= value(ctr) ? compareAmounts(e, value(ctr)) : null;
  const head = kind
    ? i18n.t(`shopInsights:goal.${kind.kind === 'fewer' ? 'less' : kind.kind}`, { name, amount: kind.amount, unit })
    : i18n.t('shopInsights:goal.less', { name, unit });
  const numbers = i18n.t('shopInsights:goal.numbers', { esmm: formatAmount(e), ctr: formatAmount(value(ctr)), amountUnit: i18n.t(`shopInsights:goal.amountUnit.${metric}`) });
  return say('shopInsights:goal.main', { head, numbers, base: base ? i18n.t('shopInsights:goal.base', { base: formatAmount(value(base)) }) : '' });
}

/** Step 3: each policy's share of what the oracle earns for the goal. */
export function shopShareInsight(r: ShopReplayResult): string {
  const esmm = esmmPolicy(r);
  const ctr = find(r, 'ctr');
  const base = find(r, 'ctrXcvr');
  const random = find(r, 'random');
  if (!esmm || !ctr) return '';
  const others = [
    i18n.t('shopInsights:share.ctr', { share: pct(ctr.online.shareOfOracle) }),
    ...(base ? [i18n.t('shopInsights:share.base', { share: pct(base.online.shareOfOracle) })] : []),
  ];
  return say('shopInsights:share.main', {
    esmm: POLICY_LABELS[esmm.id],
    share: pct(esmm.online.shareOfOracle),
    goal: i18n.t(`shopInsights:share.goal.${r.goal}`),
    others: listOf(others),
    floor: random ? i18n.t('shopInsights:share.floor', { share: pct(random.online.shareOfOracle) }) : '',
  });
}

/** Step 3: the funnel impressions → clicks → purchases of ranking by clicks against ESMM. */
export function shopFunnelInsight(r: ShopReplayResult): string {
  const esmm = esmmPolicy(r);
  const ctr = find(r, 'ctr');
  if (!esmm || !ctr) return '';
  const part = (p: ShopPolicyResult) => {
    const clicks = p.online.clicksPer1k.mean;
    const buys = p.online.purchasesPer1k.mean;
    return i18n.t('shopInsights:funnel.part', { clicks: formatAmount(clicks), buys: formatAmount(buys), rate: formatPercent(clicks > 0 ? buys / clicks : null) });
  };
  const fewerClicksMoreBuys =
    esmm.online.clicksPer1k.mean < ctr.online.clicksPer1k.mean && esmm.online.purchasesPer1k.mean > ctr.online.purchasesPer1k.mean;
  return say(fewerClicksMoreBuys ? 'shopInsights:funnel.moral' : 'shopInsights:funnel.main', { ctr: part(ctr), esmm: POLICY_LABELS[esmm.id], esmmPart: part(esmm) });
}

/**
 * Step 3: where each CVR model learned and where it predicts.
 * @param trained training impressions each CVR policy learned its conversion from
 */
export function shopSpaceInsight(r: ShopReplayResult, trained: Partial<Record<ShopPolicyResult['id'], number>>): string {
  const esmm = esmmPolicy(r);
  if (!esmm) return '';
  const unclicked = (id: ShopPolicyResult['id']) => r.cvrSpace.find((c) => c.policyId === id && c.space === 'unclicked');
  const base = unclicked('ctrXcvr');
  const ours = unclicked(esmm.id);
  const name = POLICY_LABELS[esmm.id];
  const learned =
    trained.ctrXcvr !== undefined && trained[esmm.id] !== undefined
      ? i18n.t('shopInsights:space.learned', { base: formatCount(trained.ctrXcvr), name, ours: formatCount(trained[esmm.id]) })
      : '';
  if (!base || !ours) return say('shopInsights:space.needsBoth', { learned });
  return say('shopInsights:space.main', { learned, ranking: spaceRanking(base, ours, name), calibration: spaceCalibration(base, ours, name) });
}

/** What matters for ranking: which CVR model orders the unclicked impressions better by their would-be purchases z*. */
function spaceRanking(base: CvrSpacePoint, ours: CvrSpacePoint, name: string): string {
  const b = base.aucVsCounterfactual;
  const o = ours.aucVsCounterfactual;
  if (b === null || o === null) return i18n.t('shopInsights:space.tooFew');
  const aucs = i18n.t('shopInsights:space.aucs', { name, ours: auc3(o), base: auc3(b) });
  const place = relativeTo(o, b, 0.005);
  if (place === 'about the same as') return i18n.t('shopInsights:space.same', { name, aucs });
  return i18n.t('shopInsights:space.better', { better: place === 'above' ? name : 'BASE', aucs });
}

/** The level of the predictions, honestly: over or under the true conversion on the unclicked impressions. */
function spaceCalibration(base: CvrSpacePoint, ours: CvrSpacePoint, name: string): string {
  const truth = ours.meanTrueCvr;
  const side = (c: CvrSpacePoint) => {
    const place = relativeTo(c.meanPredictedCvr, truth, 0.1 * truth);
    return place === 'about the same as' ? 'same' : place;
  };
  const sb = side(base);
  const so = side(ours);
  const verdict =
    sb === so
      ? i18n.t('shopInsights:space.both', { word: i18n.t(`shopInsights:space.plural.${sb}`) })
      : i18n.t('shopInsights:space.each', { name, base: i18n.t(`shopInsights:space.singular.${sb}`), ours: i18n.t(`shopInsights:space.singular.${so}`) });
  return i18n.t('shopInsights:space.calibration', {
    base: formatPercent(base.meanPredictedCvr),
    name,
    ours: formatPercent(ours.meanPredictedCvr),
    truth: formatPercent(truth),
    verdict,
  });
}

/**
 * Step 3, the table: does the offline metric that matches the goal (the CTCVR AUC:
 * click-and-buy over every impression) pick the policy that wins the A/B test? The
 * verdict is Step 4's (`offlineVsOnline`): a disagreement needs a meaningful AUC gap
 * and the A/B order the other way, with the 95 % interval of the paired difference
 * excluding 0; the sentence gives that difference and its interval.
 */
export function shopOfflineOnlineInsight(r: ShopReplayResult): string {
  const o = offlineVsOnline(r);
  const v = o.verdict;
  if (v.kind === 'none') return '';
  const name = (id: string) => i18n.t(`shopInsights:inSentence.${id}`, { defaultValue: id });
  const ctcvr = i18n.t('shopInsights:offline.ctcvr');
  const goal = i18n.t(`shopInsights:offline.goal.${r.goal}`);
  const params = {
    ctcvr,
    metric: i18n.t('shopInsights:offline.metric', { ctcvr }),
    offline: name(v.offline),
    other: name(v.other),
    offlineAuc: auc3(v.auc.offline),
    otherAuc: auc3(v.auc.other),
    online: i18n.t('shopInsights:offline.online', { first: formatAmount(v.business.other), second: formatAmount(v.business.offline), goal }),
    onlineAgree: i18n.t('shopInsights:offline.online', { first: formatAmount(v.business.offline), second: formatAmount(v.business.other), goal }),
    goalNoun: i18n.t(`shopInsights:offline.goalNoun.${r.goal}`),
    ...differenceFacts(v.difference),
  };
  const key = v.kind === 'inversion' || v.kind === 'smallInversion' ? 'disagree' : v.kind;
  return say(`shopInsights:offline.${key}`, params);
}
