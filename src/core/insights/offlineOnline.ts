/**
 * Offline against online: each policy's held-out AUC and logloss beside what it
 * earned in the simulated A/B test, and one verdict on whether the offline metric
 * picks the model that earns the most. Steps 3 and 4 both read this verdict, so they
 * can never tell a room different stories about the same run.
 *
 * The offline metric is the one a team would pick by: the click AUC for the video
 * case, and for the shop the CTCVR AUC (click-and-buy over every impression), the
 * metric the ESMM paper reports. "Earns more" needs the 95 % interval of the paired
 * difference between the two models (the same users served by both) to exclude 0;
 * "would pick the wrong model" needs that and a gap of 10 % or more.
 */
import { differenceOf, excludesZero, widestDifference } from '../replay/differences';
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
 * "Clear" below: the 95 % interval of the paired difference between the two excludes 0.
 * - `agree`: the best offline model also earns the most, clearly more than the runner-up;
 * - `agreeWithinCi`: it earns the most, but the interval of its difference to the runner-up includes 0;
 * - `inversion`: another model earns clearly more, 10 % or more, with an offline
 *   number worse by at least `AUC_GAP`: shipping by the offline number picks the wrong model;
 * - `smallInversion`: the same, but the online gap is under 10 %;
 * - `tooCloseOffline`: another model earns clearly more, but the offline numbers are
 *   within `AUC_GAP`: offline cannot tell them apart, online can;
 * - `withinCi`: another model earns a little more, the difference's interval including 0;
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
  /**
   * What the model that earns more online earns beyond the other (`other` − `offline`
   * for an inversion or `withinCi`, `offline` − `other` where they agree), per 1000
   * impressions, with the 95 % interval of the paired difference; the verdict reads
   * whether it excludes 0. Zero for `none`.
   */
  difference: Interval;
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
  return { business, metric, rows, verdict: verdictOf(rows, metric, (a, b) => differenceOf(result, a, b, key) ?? fromIntervals(rows)(a, b)) };
}

/** The widest difference a − b two rows' own intervals allow (see `widestDifference`). */
const fromIntervals = (rows: readonly OfflineOnlineRow[]) => (a: string, b: string): Interval => {
  const interval = (id: string): Interval => {
    const r = rows.find((q) => q.id === id)!;
    return { mean: r.business, low: r.businessLow, high: r.businessHigh };
  };
  return widestDifference(interval(a), interval(b));
};

/**
 * Whether the best offline model (by `metric`) also earns the most, among the rows
 * with that metric; ties in either go to the first row.
 * @param difference the business metric of a minus b with its paired 95 % interval (a replay
 *   result's, see `differenceOf`); without it, the widest difference the rows' intervals allow
 */
export function verdictOf(rows: readonly OfflineOnlineRow[], metric: OfflineMetric, difference: (a: string, b: string) => Interval = fromIntervals(rows)): OfflineOnlineVerdict {
  const scored = rows.filter((r) => r[metric] !== null);
  const pick = (rs: readonly OfflineOnlineRow[], value: (r: OfflineOnlineRow) => number) => rs.reduce((a, b) => (value(b) > value(a) ? b : a));
  const zero: Interval = { mean: 0, low: 0, high: 0 };
  const make = (kind: VerdictKind, a: OfflineOnlineRow, b: OfflineOnlineRow, d: Interval = zero): OfflineOnlineVerdict => ({
    kind,
    metric,
    offline: a.id,
    other: b.id,
    auc: { offline: a[metric] as number, other: b[metric] as number },
    business: { offline: a.business, other: b.business },
    difference: d,
  });
  if (scored.length < 2) {
    const only = scored[0] ?? rows[0];
    return only ? make('none', only, only) : { kind: 'none', metric, offline: '', other: '', auc: { offline: NaN, other: NaN }, business: { offline: NaN, other: NaN }, difference: zero };
  }
  const bestOffline = pick(scored, (r) => r[metric] as number);
  const bestOnline = pick(scored, (r) => r.business);
  if (!(bestOnline.business > 0)) return make('none', bestOffline, bestOnline);
  if (bestOnline.id === bestOffline.id || bestOnline.business === bestOffline.business) {
    const runnerUp = pick(
      scored.filter((r) => r.id !== bestOffline.id),
      (r) => r.business,
    );
    const d = difference(bestOffline.id, runnerUp.id);
    return make(excludesZero(d) && bestOffline.business > runnerUp.business ? 'agree' : 'agreeWithinCi', bestOffline, runnerUp, d);
  }
  const d = difference(bestOnline.id, bestOffline.id);
  if (!excludesZero(d)) return make('withinCi', bestOffline, bestOnline, d);
  if ((bestOffline[metric] as number) - (bestOnline[metric] as number) < AUC_GAP) return make('tooCloseOffline', bestOffline, bestOnline, d);
  const ratio = bestOffline.business > 0 ? bestOnline.business / bestOffline.business : Infinity;
  return make(ratio >= 1 + MEANINGFUL_GAP ? 'inversion' : 'smallInversion', bestOffline, bestOnline, d);
}
