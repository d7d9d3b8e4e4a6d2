/**
 * Offline against online: each policy's held-out AUC and logloss beside what it
 * earned in the simulated A/B test, and the pair of models (if any) where the one
 * with the better offline number earns less, the case a team shipping by AUC
 * would get wrong.
 */
import type { ShopReplayResult, VideoReplayResult } from '../replay/types';

/** The offline metrics the views compare, in the order a team would look at them. */
export type OfflineMetric = 'ctrAuc' | 'ctcvrAuc' | 'cvrAuc';

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
  /** `business` as a share of the oracle's, in [0, 1]. */
  shareOfOracle: number;
}

/** Where the better offline number earns less. */
export interface Inversion {
  metric: OfflineMetric;
  /** The policy with the better offline number … */
  betterOffline: string;
  /** … and the one that earns more online. */
  betterOnline: string;
  offline: { betterOffline: number; betterOnline: number };
  online: { betterOffline: number; betterOnline: number };
}

export interface OfflineOnline {
  /** The business metric of the run: `adMinutes`, `purchases` or `gmv`. */
  business: 'adMinutes' | 'purchases' | 'gmv';
  rows: OfflineOnlineRow[];
  /** The clearest inversion, or null where the better offline model also earns at least as much. */
  inversion: Inversion | null;
  /** Where there is no inversion: the learned policy with the best first offline metric, which also earns the most. */
  agreement: { metric: OfflineMetric; policy: string } | null;
}

/** Smallest AUC gap read as "better offline": below it the two are a tie. */
export const AUC_GAP = 0.002;
/** Smallest relative online gap read as "earns more": 2 %. */
export const ONLINE_GAP = 0.02;

/** The rows and the sentence's numbers of a comparison. */
export function offlineVsOnline(result: VideoReplayResult | ShopReplayResult): OfflineOnline {
  const business = result.world === 'video' ? 'adMinutes' : result.goal === 'gmv' ? 'gmv' : 'purchases';
  const rows: OfflineOnlineRow[] = result.policies.map((p) => {
    const off = (p.offline ?? {}) as Partial<Record<keyof OfflineOnlineRow, number | null>>;
    const o = p.online as unknown as Record<string, { mean: number }>;
    const value = o[business === 'adMinutes' ? 'adMinutesPer1k' : business === 'gmv' ? 'gmvPer1k' : 'purchasesPer1k'].mean;
    return {
      id: p.id,
      ctrAuc: off.ctrAuc ?? null,
      ctrLogloss: off.ctrLogloss ?? null,
      cvrAuc: off.cvrAuc ?? null,
      cvrAucEntireSpace: off.cvrAucEntireSpace ?? null,
      ctcvrAuc: off.ctcvrAuc ?? null,
      business: value,
      shareOfOracle: p.online.shareOfOracle,
    };
  });
  const metrics: OfflineMetric[] = result.world === 'video' ? ['ctrAuc'] : ['ctrAuc', 'ctcvrAuc', 'cvrAuc'];
  return { business, rows, inversion: findInversion(rows, metrics), agreement: findAgreement(rows, metrics[0]) };
}

/**
 * The first metric (in the order given) with a pair where the better offline policy
 * earns less; within a metric, the pair with the largest online ratio.
 */
export function findInversion(rows: readonly OfflineOnlineRow[], metrics: readonly OfflineMetric[]): Inversion | null {
  for (const metric of metrics) {
    let best: Inversion | null = null;
    let bestRatio = 1 + ONLINE_GAP;
    for (const a of rows) {
      for (const b of rows) {
        const auc = [a[metric], b[metric]];
        if (auc[0] === null || auc[1] === null || !(auc[0] > auc[1] + AUC_GAP)) continue;
        const ratio = a.business > 0 ? b.business / a.business : b.business > 0 ? Infinity : 0;
        if (ratio >= bestRatio && (best === null || ratio > bestRatio)) {
          bestRatio = ratio;
          best = { metric, betterOffline: a.id, betterOnline: b.id, offline: { betterOffline: auc[0], betterOnline: auc[1] }, online: { betterOffline: a.business, betterOnline: b.business } };
        }
      }
    }
    if (best) return best;
  }
  return null;
}

/** The policy with the best `metric`, when it also earns the most of the policies with that metric. */
function findAgreement(rows: readonly OfflineOnlineRow[], metric: OfflineMetric): { metric: OfflineMetric; policy: string } | null {
  const scored = rows.filter((r) => r[metric] !== null);
  if (scored.length < 2) return null;
  const bestOffline = scored.reduce((a, b) => ((b[metric] as number) > (a[metric] as number) ? b : a));
  const bestOnline = scored.reduce((a, b) => (b.business > a.business ? b : a));
  return bestOffline.id === bestOnline.id ? { metric, policy: bestOffline.id } : null;
}
