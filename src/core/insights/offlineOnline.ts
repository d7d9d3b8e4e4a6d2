/**
 * Offline against online: each policy's held-out AUC and logloss beside what it
 * earned in the simulated A/B test, and one verdict on whether the offline metric
 * picks the model that earns the most. Steps 3 and 4 both read this verdict, so they
 * can never tell a room different stories about the same run.
 *
 * The offline metric is the one a team would pick by: the click AUC for the video
 * case, and for the shop the CTCVR AUC (click-and-buy over every impression), the
 * metric the ESMM paper reports. "Earns more" needs the two 95 % intervals apart;
 * "would pick the wrong model" needs that and a gap of 10 % or more.
 */
import type { Interval, ShopReplayResult, VideoReplayResult } from '../replay/types';

/** The offline metric a case's verdict is read from. */
export type OfflineMetric = 'ctrAuc' | 'ctcvrAuc';

export interface OfflineOnlineRow {
  id: string;
  /** null where the metric does not apply or is undefined (a reference policy, one class missing). */
  ctrAuc: number | null;
  ctrLogloss: number | null;
  cvrAuc: number | null;
  cvrAucEntireSpace: number | null;
  ctcvrAuc: number | null;
  /** The business metric per 1000 impressions (video: ad minutes; shop: purchases or GMV, yuan). */
  business: number;
  /** Its 95 % interval. */
  businessLow: number;
  businessHigh: number;
  /** `business` as a share of the oracle's, in [0, 1]. */
  shareOfOracle: number;
}

/**
 * - `agree`: the best offline model also earns the most, its interval clear of the runner-up's;
 * - `agreeWithinCi`: it earns the most, but within the runner-up's interval;
 * - `inversion`: another model earns 10 % or more beyond the intervals, with an offline
 *   number worse by at least `AUC_GAP`: shipping by the offline number picks the wrong model;
 * - `smallInversion`: the same, but the online gap is under 10 %;
 * - `tooCloseOffline`: another model earns more beyond the intervals, but the offline
 *   numbers are within `AUC_GAP`: offline cannot tell them apart, online can;
 * - `withinCi`: another model earns a little more, within the intervals;
 * - `none`: fewer than two models with the metric, or none earns anything.
 */
export type VerdictKind = 'agree' | 'agreeWithinCi' | 'inversion' | 'smallInversion' | 'tooCloseOffline' | 'withinCi' | 'none';

export interface OfflineOnlineVerdict {
  kind: VerdictKind;
  metric: OfflineMetric;
  /** The model with the best offline number. */
  offline: string;
  /** The model it is set against: the one that earns the most, or (where that is `offline`) the runner-up. */
  other: string;
  auc: { offline: number; other: number };
  business: { offline: number; other: number };
}

export interface OfflineOnline {
  /** The business metric of the run: `adMinutes`, `purchases` or `gmv`. */
  business: 'adMinutes' | 'purchases' | 'gmv';
  /** The offline metric the verdict and the slope chart use. */
  metric: OfflineMetric;
  rows: OfflineOnlineRow[];
  verdict: OfflineOnlineVerdict;
}

/** Smallest AUC gap read as "better offline": below it the two are a tie (about the noise of a held-out AUC here). */
export const AUC_GAP = 0.005;
/** Smallest relative online gap for "would pick the wrong model": 10 %. */
export const MEANINGFUL_GAP = 0.1;

/** The offline metric a team would ship by in each case. */
export function offlineMetricOf(world: 'video' | 'shop'): OfflineMetric {
  return world === 'video' ? 'ctrAuc' : 'ctcvrAuc';
}

/** The rows and the verdict of a comparison. */
export function offlineVsOnline(result: VideoReplayResult | ShopReplayResult): OfflineOnline {
  const business = result.world === 'video' ? 'adMinutes' : result.goal === 'gmv' ? 'gmv' : 'purchases';
  const key = business === 'adMinutes' ? 'adMinutesPer1k' : business === 'gmv' ? 'gmvPer1k' : 'purchasesPer1k';
  const rows: OfflineOnlineRow[] = result.policies.map((p) => {
    const off = (p.offline ?? {}) as Partial<Record<keyof OfflineOnlineRow, number | null>>;
    const value = (p.online as unknown as Record<string, Interval>)[key];
    return {
      id: p.id,
      ctrAuc: off.ctrAuc ?? null,
      ctrLogloss: off.ctrLogloss ?? null,
      cvrAuc: off.cvrAuc ?? null,
      cvrAucEntireSpace: off.cvrAucEntireSpace ?? null,
      ctcvrAuc: off.ctcvrAuc ?? null,
      business: value.mean,
      businessLow: value.low,
      businessHigh: value.high,
      shareOfOracle: p.online.shareOfOracle,
    };
  });
  const metric = offlineMetricOf(result.world);
  return { business, metric, rows, verdict: verdictOf(rows, metric) };
}

/** Two intervals that do not overlap. */
const apart = (a: OfflineOnlineRow, b: OfflineOnlineRow) => a.businessLow > b.businessHigh || b.businessLow > a.businessHigh;

/**
 * Whether the best offline model (by `metric`) also earns the most, among the rows
 * with that metric; ties in either go to the first row.
 */
export function verdictOf(rows: readonly OfflineOnlineRow[], metric: OfflineMetric): OfflineOnlineVerdict {
  const scored = rows.filter((r) => r[metric] !== null);
  const pick = (rs: readonly OfflineOnlineRow[], value: (r: OfflineOnlineRow) => number) => rs.reduce((a, b) => (value(b) > value(a) ? b : a));
  const make = (kind: VerdictKind, a: OfflineOnlineRow, b: OfflineOnlineRow): OfflineOnlineVerdict => ({
    kind,
    metric,
    offline: a.id,
    other: b.id,
    auc: { offline: a[metric] as number, other: b[metric] as number },
    business: { offline: a.business, other: b.business },
  });
  if (scored.length < 2) {
    const only = scored[0] ?? rows[0];
    return only ? make('none', only, only) : { kind: 'none', metric, offline: '', other: '', auc: { offline: NaN, other: NaN }, business: { offline: NaN, other: NaN } };
  }
  const bestOffline = pick(scored, (r) => r[metric] as number);
  const bestOnline = pick(scored, (r) => r.business);
  if (!(bestOnline.business > 0)) return make('none', bestOffline, bestOnline);
  if (bestOnline.id === bestOffline.id || bestOnline.business === bestOffline.business) {
    const runnerUp = pick(
      scored.filter((r) => r.id !== bestOffline.id),
      (r) => r.business,
    );
    return make(apart(bestOffline, runnerUp) && bestOffline.business > runnerUp.business ? 'agree' : 'agreeWithinCi', bestOffline, runnerUp);
  }
  if (!apart(bestOffline, bestOnline)) return make('withinCi', bestOffline, bestOnline);
  if ((bestOffline[metric] as number) - (bestOnline[metric] as number) < AUC_GAP) return make('tooCloseOffline', bestOffline, bestOnline);
  const ratio = bestOffline.business > 0 ? bestOnline.business / bestOffline.business : Infinity;
  return make(ratio >= 1 + MEANINGFUL_GAP ? 'inversion' : 'smallInversion', bestOffline, bestOnline);
}
