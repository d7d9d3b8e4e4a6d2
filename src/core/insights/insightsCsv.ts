/**
 * Each "See why" view as CSV for a spreadsheet: plain numbers (no locale, no
 * units in the cells), column names that carry the unit.
 */
import { examineProbability } from '../replay/topK';
import type { OfflineOnline } from './offlineOnline';
import type { RunInsights, ShopListItem, UserLists, VideoListItem } from './types';

type Cell = string | number | boolean | null | undefined;

/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
function cell(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as CSV text, with a final line break. */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** Every drawn item with its coordinates and how often each policy showed it. */
export function itemMapCsv(insights: RunInsights): string {
  const m = insights.itemMap;
  const names =
    insights.world === 'video'
      ? ['item_id', 'quality_sd', 'clickbait', 'length_minutes', 'flagged_clickbait']
      : ['item_id', 'appeal_sd', 'value_sd', 'price_yuan', 'flagged_eye_candy'];
  const header = [...names, ...m.policies.map((p) => `in_top${insights.topK}_users_${p.id}`)];
  const rows = Array.from(m.itemIds, (id, i) => [id, m.x[i], m.y[i], m.size[i], m.flagged[i], ...m.policies.map((p) => p.counts[i])]);
  return csvText(header, rows);
}

/** One user's lists: a row per policy and slot, with the truth and every model's scores. */
export function userListsCsv(insights: RunInsights, user: UserLists<VideoListItem | ShopListItem, string>): string {
  if (insights.world === 'video') {
    const header = ['user_id', 'policy', 'slot', 'examine_probability', 'item_id', 'clickbait', 'length_minutes', 'p_click', 'watch_minutes_if_clicked', 'expected_watch_minutes_ET', 'ET_over_1_minus_p', 'expected_ad_minutes', 'model_pctr', 'model_exp_logit_minutes'];
    const rows = user.lists.flatMap((l) =>
      l.items.map((idx, slot) => {
        const it = user.items[idx] as VideoListItem;
        const et = it.pClick * it.watchMinutesIfClicked;
        return [user.userId, l.policyId, slot + 1, examineProbability(slot), it.itemId, it.clickbait, it.lengthMinutes, it.pClick, it.watchMinutesIfClicked, et, et / (1 - it.pClick), it.pClick * it.adMinutesIfClicked, it.pCtr, it.expLogit];
      }),
    );
    return csvText(header, rows);
  }
  const header = ['user_id', 'policy', 'slot', 'examine_probability', 'item_id', 'eye_candy', 'price_yuan', 'p_click', 'p_buy_if_clicked', 'expected_purchases', 'expected_gmv_yuan', 'ctr_model_pctr', 'base_pcvr', 'base_pctcvr', 'esmm_pctr', 'esmm_pcvr', 'esmm_pctcvr'];
  const rows = user.lists.flatMap((l) =>
    l.items.map((idx, slot) => {
      const it = user.items[idx] as ShopListItem;
      const buy = it.pClick * it.pBuyIfClicked;
      return [user.userId, l.policyId, slot + 1, examineProbability(slot), it.itemId, it.eyeCandy, it.priceYuan, it.pClick, it.pBuyIfClicked, buy, buy * it.priceYuan, it.ctrPctr, it.basePcvr, it.ctrPctr * it.basePcvr, it.esmmPctr, it.esmmPcvr, it.esmmPctr * it.esmmPcvr];
    }),
  );
  return csvText(header, rows);
}

/** Column names of the dial's outcomes and shown statistics, with their units. */
const DIAL_COLUMNS: Record<string, string> = {
  clicks: 'clicks_per_1000',
  watchMinutes: 'watch_minutes_per_1000',
  adMinutes: 'ad_minutes_per_1000',
  purchases: 'purchases_per_1000',
  gmv: 'gmv_yuan_per_1000',
  clickbait: 'shown_clickbait_share',
  lengthMinutes: 'shown_mean_length_minutes',
  priceYuan: 'shown_mean_price_yuan',
  eyeCandy: 'shown_eye_candy_share',
};

/** The dial's frontier: a row per α, then the marked references. */
export function dialCsv(insights: RunInsights): string {
  const d = insights.dial;
  const outcomes = Object.keys(d.per1k);
  const stats = Object.keys(d.shown);
  const header = ['point', 'alpha', ...outcomes.map((o) => DIAL_COLUMNS[o] ?? o), ...stats.map((s) => DIAL_COLUMNS[s] ?? s)];
  const per1k = d.per1k as Record<string, number[]>;
  const shown = d.shown as Record<string, number[]>;
  const rows: Cell[][] = d.alphas.map((a, i) => ['blend', a, ...outcomes.map((o) => per1k[o][i]), ...stats.map((s) => shown[s][i])]);
  for (const m of d.marks) rows.push([m.id, '', ...outcomes.map((o) => (m.per1k as Record<string, number>)[o]), ...stats.map(() => '')]);
  return csvText(header, rows);
}

/** Every calibration bin of the run. */
export function calibrationCsv(insights: RunInsights): string {
  const header = ['chart', 'model', 'impressions', 'bin', 'count', 'mean_predicted', 'mean_true', 'mean_true_ET_over_1_minus_p'];
  const rows: Cell[][] = [];
  const add = (chart: string, model: string, space: string, bins: RunInsights['calibration']['pCtr']) =>
    bins.forEach((b, i) => rows.push([chart, model, space, i + 1, b.count, b.meanPredicted, b.meanTrue, b.meanTrueAlt]));
  add('pctr_vs_p_click', 'ctr', 'all', insights.calibration.pCtr);
  if (insights.world === 'video') add('exp_logit_vs_ET_minutes', 'watchTime', 'all', insights.calibration.watch);
  else {
    for (const c of insights.calibration.cvr) add('pcvr_vs_p_buy_if_clicked', c.model, c.space, c.bins);
    for (const c of insights.calibration.ctcvr) add('pctcvr_vs_p_click_and_buy', c.model, 'all', c.bins);
  }
  return csvText(header, rows);
}

/** Offline metrics beside the business metric, a row per policy. */
export function offlineOnlineCsv(o: OfflineOnline): string {
  const business = o.business === 'adMinutes' ? 'ad_minutes_per_1000' : o.business === 'gmv' ? 'gmv_yuan_per_1000' : 'purchases_per_1000';
  const header = ['policy', 'ctr_auc', 'ctr_logloss', 'cvr_auc_clicked', 'cvr_auc_entire_space', 'ctcvr_auc', business, 'share_of_oracle'];
  return csvText(header, o.rows.map((r) => [r.id, r.ctrAuc, r.ctrLogloss, r.cvrAuc, r.cvrAucEntireSpace, r.ctcvrAuc, r.business, r.shareOfOracle]));
}
