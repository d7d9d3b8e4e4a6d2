/**
 * Reading the paired differences of a replay result: "does the A/B test tell these
 * two policies apart?" is "does the 95 % interval of their paired difference
 * exclude 0?", never "do their two intervals overlap?" (see `bootstrap.ts`).
 */
import type { Interval, PolicyDifference } from './types';

interface WithDifferences {
  policies: readonly { id: string; online: object }[];
  differences: readonly PolicyDifference<string, string>[];
}

/**
 * The difference a − b of a metric, with its 95 % interval, in the result's units
 * (per 1000 impressions). From the replay's paired bootstrap where the result has
 * it (every replay does). A result without that pair (one made by hand, in tests)
 * gets the widest difference its two intervals allow, [low a − high b, high a − low b],
 * which contains 0 exactly when they overlap: the old, cautious rule.
 * @returns undefined when either policy or the metric is missing
 */
export function differenceOf(result: WithDifferences, a: string, b: string, metric: string): Interval | undefined {
  if (a === b) return result.policies.some((p) => p.id === a) ? { mean: 0, low: 0, high: 0 } : undefined;
  for (const d of result.differences) {
    if (d.metric !== metric) continue;
    if (d.a === a && d.b === b) return d.difference;
    if (d.a === b && d.b === a) return negate(d.difference);
  }
  const ia = intervalOf(result, a, metric);
  const ib = intervalOf(result, b, metric);
  if (!ia || !ib) return undefined;
  return widestDifference(ia, ib);
}

/** The widest difference a − b two separate intervals allow: it contains 0 exactly when they overlap. */
export const widestDifference = (a: Interval, b: Interval): Interval => ({ mean: a.mean - b.mean, low: a.low - b.high, high: a.high - b.low });

/** b − a from a − b: the interval mirrored. */
export const negate = (d: Interval): Interval => ({ mean: -d.mean, low: -d.high, high: -d.low });

/** True when the difference's 95 % interval excludes 0: the A/B test tells the two apart. */
export const excludesZero = (d: Interval): boolean => d.low > 0 || d.high < 0;

function intervalOf(result: WithDifferences, id: string, metric: string): Interval | undefined {
  const p = result.policies.find((q) => q.id === id);
  const i = p ? (p.online as Record<string, unknown>)[metric] : undefined;
  return i && typeof i === 'object' && 'low' in i ? (i as Interval) : undefined;
}
