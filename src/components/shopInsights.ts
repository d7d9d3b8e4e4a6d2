/**
 * The shop's one-sentence "what to notice" lines, computed from the numbers on
 * screen so that a sentence can never claim what the run did not show. Each one
 * says what happened in this run, in either direction.
 */
import type { CvrSpacePoint, ShopPolicyResult, ShopReplayResult } from '../core/replay/types';
import type { ShopWorldSummary } from '../core/world/shopSummary';
import type { ModelId } from '../models/types';
import type { AucPoint } from '../store/types';
import { esmmPolicy } from './charts/policies';
import { POLICY_LABELS } from './charts/palette';
import { formatAmount, formatCount, formatPercent, formatTimes } from './format';
import { AUC_COIN_TOSS_TOLERANCE, compareAmounts, listOf, pct, relativeTo } from './insightText';

const find = (r: ShopReplayResult, id: ShopPolicyResult['id']) => r.policies.find((p) => p.id === id);

/** Step 1: eye-catching products pull clicks but (in the default world) convert worse. */
export function shopSummaryInsight(s: ShopWorldSummary): string {
  const { ctrTopAppeal: ctrTop, ctrOtherAppeal: ctrOther, cvrTopAppeal: cvrTop, cvrOtherAppeal: cvrOther } = s;
  if (ctrTop === null || ctrOther === null || cvrTop === null || cvrOther === null || !(ctrOther > 0)) {
    return 'This shop logged too few clicks on one kind of product to compare eye-catching products with the others.';
  }
  const lure = ctrTop / ctrOther;
  const clicks =
    lure >= 1
      ? `Eye-catching products are clicked ${formatTimes(lure)} as often as the others`
      : `Here eye-catching products are clicked less than the others (${formatPercent(ctrTop)} vs ${formatPercent(ctrOther)} of impressions)`;
  const buys =
    cvrTop < cvrOther
      ? `yet only ${formatPercent(cvrTop)} of their clicks end in a purchase, against ${formatPercent(cvrOther)} for the others`
      : `and ${formatPercent(cvrTop)} of their clicks end in a purchase, against ${formatPercent(cvrOther)} for the others`;
  return `${clicks}, ${buys}.`;
}

/** Step 1: the would-be conversion z* of clicked vs unclicked impressions (the sample-selection gap). */
export function shopSelectionInsight(s: ShopWorldSummary): string {
  const on = s.cvrIfClickedOnClicked;
  const off = s.cvrIfClickedOnUnclicked;
  if (on === null || off === null) return 'Without both clicked and unclicked impressions there is nothing to compare here.';
  const gap = Math.abs(on - off) < 0.002 ? 'about the same as' : on > off ? 'more than' : 'less than';
  return `A conversion model trained on clicks sees only the clicked impressions, whose would-be conversion is ${formatPercent(on)}: ${gap} the ${formatPercent(off)} of the unclicked impressions it will also have to rank.`;
}

/** The learned models of a shop training, with the names the sentences use. */
const NAMES: Partial<Record<ModelId, string>> = { ctr: 'the CTR model', cvr: 'the CVR model', esmm: 'ESMM', esmmNs: 'ESMM-NS' };

/**
 * Step 2: the loss curves of the shop's models, in the numbers the status line uses
 * too: each model's mean loss over its first and its last epoch.
 * @param histories per model, the mean training loss of each epoch; empty until trained
 */
export function shopLossInsight(histories: Partial<Record<ModelId, readonly number[]>>, models: readonly ModelId[]): string {
  const parts = models.flatMap((id) => {
    const h = histories[id] ?? [];
    return h.length < 2 ? [] : [`${NAMES[id] ?? id}'s from ${formatAmount(h[0])} to ${formatAmount(h[h.length - 1])}`];
  });
  if (!parts.length) return 'The loss is how wrong each model still is on its training logs; it should fall and then flatten.';
  return `Loss falls as the models learn (mean over the first and the last epoch): ${listOf(parts)}; ESMM adds a click term and a click-and-buy term, and the CVR model counts clicked impressions only, so the numbers are not comparable across models.`;
}

/**
 * Step 2: the held-out AUC of the shop's models after the last epoch.
 * @param cvrTrainRows clicked training impressions the CVR model learned from, when known
 */
export function shopAucInsight(rows: AucPoint[], models: readonly ModelId[], cvrTrainRows?: number): string {
  const last = rows[rows.length - 1];
  const esmm = models.find((m) => m === 'esmm' || m === 'esmmNs');
  if (!last || last.ctr === undefined || last.cvr === undefined || !esmm || last[esmm] === undefined) {
    return 'AUC measures how well a model ranks held-out impressions it never trained on (0.5 is a coin toss, 1 is perfect).';
  }
  return (
    `After the last epoch the CTR model separates clicks with AUC ${last.ctr.toFixed(3)} and ${NAMES[esmm]}'s click tower with ${last[esmm]!.toFixed(3)}, ` +
    `while the CVR model tells buyers from the other clickers with AUC ${last.cvr.toFixed(3)}${cvrCoinToss(last.cvr, cvrTrainRows)}: ` +
    'none of these says which ranking sells more, step 3 does.'
  );
}

/** The CVR model's AUC against a coin toss, with the reason when it does worse. */
export function cvrCoinToss(auc: number, trainRows?: number): string {
  const place = relativeTo(auc, 0.5, AUC_COIN_TOSS_TOLERANCE);
  if (place === 'above') return '';
  if (place === 'about the same as') return ' (about a coin toss)';
  const few = trainRows === undefined ? 'only the clicked impressions' : `only ${formatCount(trainRows)} clicked impressions`;
  return ` (worse than a coin toss: it learned from ${few}, too few purchases to learn who buys, so it ranks held-out buyers slightly worse than chance)`;
}

/** Step 3: clicks per 1000 impressions, ranking by clicks against ESMM. */
export function shopClicksInsight(r: ShopReplayResult): string {
  const ctr = find(r, 'ctr')?.online.clicksPer1k.mean;
  const esmm = esmmPolicy(r);
  if (ctr === undefined || !esmm) return '';
  const e = esmm.online.clicksPer1k.mean;
  const verdict = ctr >= e ? 'it wins the metric it was built for' : 'here it does not even win the metric it was built for';
  return `Ranking by clicks gets ${compareAmounts(ctr, e, 'clicks', 'fewer clicks')} ${POLICY_LABELS[esmm.id]} (${formatAmount(ctr)} vs ${formatAmount(e)} per 1,000 impressions): ${verdict}.`;
}

/** Step 3: purchases or GMV per 1000 impressions, ESMM against ranking by clicks and BASE. */
export function shopGoalInsight(r: ShopReplayResult, metric: 'purchasesPer1k' | 'gmvPer1k'): string {
  const esmm = esmmPolicy(r);
  const ctr = find(r, 'ctr');
  const base = find(r, 'ctrXcvr');
  if (!esmm || !ctr) return '';
  const unit = metric === 'gmvPer1k' ? 'yuan of GMV' : 'purchases';
  const value = (p: ShopPolicyResult) => p.online[metric].mean;
  const name = POLICY_LABELS[esmm.id];
  const e = value(esmm);
  const vsCtr = e >= value(ctr) ? `${name} earns ${compareAmounts(e, value(ctr), unit, '')} ranking by clicks` : `In this run ${name} earns less than ranking by clicks`;
  const numbers = `${formatAmount(e)} vs ${formatAmount(value(ctr))} ${unit} per 1,000 impressions`;
  const vsBase = base ? `; BASE (CTR × CVR learned on clicks) earns ${formatAmount(value(base))}` : '';
  return `${vsCtr} (${numbers})${vsBase}.`;
}

/** Step 3: each policy's share of what the oracle earns for the goal. */
export function shopShareInsight(r: ShopReplayResult): string {
  const esmm = esmmPolicy(r);
  const ctr = find(r, 'ctr');
  const base = find(r, 'ctrXcvr');
  const random = find(r, 'random');
  if (!esmm || !ctr) return '';
  const goal = r.goal === 'gmv' ? 'GMV' : 'purchases';
  const others = [`ranking by clicks ${pct(ctr.online.shareOfOracle)}`, ...(base ? [`BASE ${pct(base.online.shareOfOracle)}`] : [])];
  const floor = random ? `; random gets ${pct(random.online.shareOfOracle)}` : '';
  return `${POLICY_LABELS[esmm.id]} reaches ${pct(esmm.online.shareOfOracle)} of the best possible ${goal}, ${listOf(others)}${floor}.`;
}

/** Step 3: the funnel impressions → clicks → purchases of ranking by clicks against ESMM. */
export function shopFunnelInsight(r: ShopReplayResult): string {
  const esmm = esmmPolicy(r);
  const ctr = find(r, 'ctr');
  if (!esmm || !ctr) return '';
  const part = (p: ShopPolicyResult) => {
    const clicks = p.online.clicksPer1k.mean;
    const buys = p.online.purchasesPer1k.mean;
    return `${formatAmount(clicks)} clicks into ${formatAmount(buys)} purchases (${formatPercent(clicks > 0 ? buys / clicks : null)} of clicks)`;
  };
  const fewerClicksMoreBuys =
    esmm.online.clicksPer1k.mean < ctr.online.clicksPer1k.mean && esmm.online.purchasesPer1k.mean > ctr.online.purchasesPer1k.mean;
  const moral = fewerClicksMoreBuys ? ': fewer clicks, more purchases' : '';
  return `Per 1,000 impressions, ranking by clicks turns ${part(ctr)}, ${POLICY_LABELS[esmm.id]} turns ${part(esmm)}${moral}.`;
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
      ? `BASE's CVR model learned from ${formatCount(trained.ctrXcvr)} clicked impressions, ${name} from all ${formatCount(trained[esmm.id])}; `
      : '';
  if (!base || !ours) return `${learned}the comparison of predicted and true conversion needs both CVR models.`;
  return `${learned}${spaceRanking(base, ours, name)}${spaceCalibration(base, ours, name)}`;
}

/** What matters for ranking: which CVR model orders the unclicked impressions better by their would-be purchases z*. */
function spaceRanking(base: CvrSpacePoint, ours: CvrSpacePoint, name: string): string {
  const b = base.aucVsCounterfactual;
  const o = ours.aucVsCounterfactual;
  if (b === null || o === null) return 'on the unclicked impressions it must also rank there are too few would-be purchases to compare the orderings';
  const aucs = `${name} ${o.toFixed(3)} vs BASE ${b.toFixed(3)}, AUC against the would-be purchases`;
  const place = relativeTo(o, b, 0.005);
  if (place === 'about the same as') return `on the unclicked impressions it must also rank, ${name} and BASE order the would-be buyers about equally well (${aucs})`;
  const better = place === 'above' ? name : 'BASE';
  return `on the unclicked impressions it must also rank, ${better} orders the would-be buyers better (${aucs}), which is what ranking needs`;
}

/** The level of the predictions, honestly: over or under the true conversion on the unclicked impressions. */
function spaceCalibration(base: CvrSpacePoint, ours: CvrSpacePoint, name: string): string {
  const truth = ours.meanTrueCvr;
  const side = (c: CvrSpacePoint) => relativeTo(c.meanPredictedCvr, truth, 0.1 * truth);
  const sb = side(base);
  const so = side(ours);
  const words = { below: 'under-predict', above: 'over-predict', 'about the same as': 'are about right' } as const;
  const verdict =
    sb === so
      ? `both ${words[sb]}`
      : `BASE ${words[sb].replace('predict', 'predicts').replace('are', 'is')}, ${name} ${words[so].replace('predict', 'predicts').replace('are', 'is')}`;
  return (
    `. In level, BASE predicts ${formatPercent(base.meanPredictedCvr)} conversion there and ${name} ${formatPercent(ours.meanPredictedCvr)}, ` +
    `where the truth is ${formatPercent(truth)}: ${verdict}.`
  );
}

/** Policy names inside a sentence. */
const IN_SENTENCE: Partial<Record<ShopPolicyResult['id'], string>> = { ctr: 'ranking by clicks', ctrXcvr: 'BASE (CTR × CVR)', esmm: 'ESMM', esmmNs: 'ESMM-NS' };

/** Offline AUC gaps up to this size are too small to pick a model by. */
const MEANINGFUL_AUC_GAP = 0.005;

/**
 * Step 3, the table: does the offline metric that matches the goal (the CTCVR AUC:
 * click-and-buy over every impression) pick the policy that wins the A/B test? A
 * disagreement is only claimed when the AUC gap is meaningful and the A/B order is
 * the other way beyond the confidence intervals.
 */
export function shopOfflineOnlineInsight(r: ShopReplayResult): string {
  const learned = r.policies.filter((p) => p.offline?.ctcvrAuc !== null && p.offline?.ctcvrAuc !== undefined);
  if (learned.length < 2) return '';
  const goal = r.goal === 'gmv' ? 'gmvPer1k' : 'purchasesPer1k';
  const goalWords = r.goal === 'gmv' ? 'yuan of GMV' : 'purchases';
  const best = <T>(items: T[], value: (t: T) => number) => items.reduce((a, b) => (value(b) > value(a) ? b : a));
  const auc = (p: ShopPolicyResult) => p.offline!.ctcvrAuc!;
  const winner = best(learned, (p) => p.online[goal].mean);
  const offlineBest = best(learned, auc);
  const name = (p: ShopPolicyResult) => IN_SENTENCE[p.id] ?? p.id;
  const ctcvr = 'AUC of click-and-buy over every impression (CTCVR AUC)';
  const metric = `the offline metric that matches the goal, the ${ctcvr}`;
  const online = (a: ShopPolicyResult, b: ShopPolicyResult) => `${formatAmount(a.online[goal].mean)} vs ${formatAmount(b.online[goal].mean)} ${goalWords} per 1,000 impressions`;
  if (offlineBest.id === winner.id) {
    return `Here offline and online point the same way: ${name(winner)} has the best ${ctcvr}, ${auc(winner).toFixed(3)}, and earns the most ${goalWords} in the A/B test.`;
  }
  const gap = auc(offlineBest) - auc(winner);
  const separated = winner.online[goal].low > offlineBest.online[goal].high;
  if (gap > MEANINGFUL_AUC_GAP && separated) {
    return (
      `Offline and online disagree: by ${metric} you would ship ${name(offlineBest)} (${auc(offlineBest).toFixed(3)} vs ${auc(winner).toFixed(3)}), ` +
      `but ${name(winner)} earns the most in the A/B test (${online(winner, offlineBest)}, beyond the confidence intervals).`
    );
  }
  if (gap <= MEANINGFUL_AUC_GAP) {
    return (
      `Offline, ${name(offlineBest)} and ${name(winner)} are too close to call by ${metric} (${auc(offlineBest).toFixed(3)} vs ${auc(winner).toFixed(3)}); ` +
      `the A/B test tells them apart: ${name(winner)} earns the most (${online(winner, offlineBest)}).`
    );
  }
  return (
    `By ${metric} ${name(offlineBest)} looks better (${auc(offlineBest).toFixed(3)} vs ${auc(winner).toFixed(3)}); in the A/B test ${name(winner)} earns a little more ` +
    `(${online(winner, offlineBest)}), but within the confidence intervals, so this run cannot tell them apart online.`
  );
}
