/**
 * The shop's one-sentence "what to notice" lines, computed from the numbers on
 * screen so that a sentence can never claim what the run did not show. Each one
 * says what happened in this run, in either direction.
 */
import type { ShopPolicyResult, ShopReplayResult } from '../core/replay/types';
import type { ShopWorldSummary } from '../core/world/shopSummary';
import type { ModelId } from '../models/types';
import type { AucPoint, LossPoint } from '../store/types';
import { esmmPolicy } from './charts/policies';
import { POLICY_LABELS } from './charts/palette';
import { formatAmount, formatCount, formatPercent, formatTimes } from './format';
import { compareAmounts, listOf, pct } from './insightText';

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

/** Step 2: the loss curves of the shop's models. */
export function shopLossInsight(curves: Partial<Record<ModelId, LossPoint[]>>, models: readonly ModelId[]): string {
  const parts = models.flatMap((id) => {
    const c = curves[id] ?? [];
    return c.length < 2 ? [] : [`${NAMES[id] ?? id}'s from ${formatAmount(c[0].loss)} to ${formatAmount(c[c.length - 1].loss)}`];
  });
  if (!parts.length) return 'The loss is how wrong each model still is on its training logs; it should fall and then flatten.';
  return `Loss falls as the models learn: ${listOf(parts)}; ESMM adds a click term and a click-and-buy term, and the CVR model counts clicked impressions only, so the numbers are not comparable across models.`;
}

/** Step 2: the held-out AUC of the shop's models after the last epoch. */
export function shopAucInsight(rows: AucPoint[], models: readonly ModelId[]): string {
  const last = rows[rows.length - 1];
  const esmm = models.find((m) => m === 'esmm' || m === 'esmmNs');
  if (!last || last.ctr === undefined || last.cvr === undefined || !esmm || last[esmm] === undefined) {
    return 'AUC measures how well a model ranks held-out impressions it never trained on (0.5 is a coin toss, 1 is perfect).';
  }
  return (
    `After the last epoch the CTR model separates clicks with AUC ${last.ctr.toFixed(3)} and ${NAMES[esmm]}'s click tower with ${last[esmm]!.toFixed(3)}, ` +
    `while the CVR model tells buyers from the other clickers with AUC ${last.cvr.toFixed(3)}${last.cvr <= 0.5 ? ' (no better than a coin toss)' : ''}: ` +
    'none of these says which ranking sells more, step 3 does.'
  );
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
  const off = (c: typeof base) => Math.abs(c.meanPredictedCvr - c.meanTrueCvr);
  const closer = off(ours) < off(base) ? name : 'BASE';
  return (
    `${learned}on the unclicked impressions it must also rank, BASE predicts ${formatPercent(base.meanPredictedCvr)} conversion and ${name} ${formatPercent(ours.meanPredictedCvr)}, ` +
    `where the truth is ${formatPercent(ours.meanTrueCvr)}, so ${closer} is closer.`
  );
}

/** Policy names inside a sentence. */
const IN_SENTENCE: Partial<Record<ShopPolicyResult['id'], string>> = { ctr: 'ranking by clicks', ctrXcvr: 'BASE (CTR × CVR)', esmm: 'ESMM', esmmNs: 'ESMM-NS' };

/** The offline metrics a team would judge the models by, the paper's protocol first. */
const OFFLINE_METRICS = [
  { key: 'cvrAuc', name: 'the CVR AUC on clicked impressions (the paper’s offline protocol)' },
  { key: 'ctrAuc', name: 'the click AUC' },
  { key: 'ctcvrAuc', name: 'the CTCVR AUC' },
] as const;

/** Step 3, the table: does the offline metric pick the policy that wins the A/B test? */
export function shopOfflineOnlineInsight(r: ShopReplayResult): string {
  const learned = r.policies.filter((p) => p.offline);
  if (learned.length < 2) return '';
  const goal = r.goal === 'gmv' ? 'gmvPer1k' : 'purchasesPer1k';
  const goalWords = r.goal === 'gmv' ? 'yuan of GMV' : 'purchases';
  const best = <T>(items: T[], value: (t: T) => number) => items.reduce((a, b) => (value(b) > value(a) ? b : a));
  const winner = best(learned, (p) => p.online[goal].mean);
  const name = (p: ShopPolicyResult) => IN_SENTENCE[p.id] ?? p.id;
  for (const m of OFFLINE_METRICS) {
    const own = winner.offline?.[m.key];
    const rated = learned.filter((p) => p.offline?.[m.key] !== null && p.offline?.[m.key] !== undefined);
    if (own === null || own === undefined || rated.length < 2) continue;
    const offlineBest = best(rated, (p) => p.offline![m.key]!);
    if (offlineBest.id === winner.id || offlineBest.offline![m.key]! <= own) continue;
    return (
      `Offline and online disagree: by ${m.name} you would ship ${name(offlineBest)} (${offlineBest.offline![m.key]!.toFixed(3)} vs ${own.toFixed(3)}), ` +
      `but ${name(winner)} earns the most in the A/B test (${formatAmount(winner.online[goal].mean)} vs ${formatAmount(offlineBest.online[goal].mean)} ${goalWords} per 1,000 impressions).`
    );
  }
  return `Here the offline AUCs point the same way as the A/B test: ${name(winner)} has the best AUC on every metric it is measured by and earns the most ${goalWords}.`;
}
