/**
 * Number formatting for people, not engineers: thousands separators, a sensible
 * number of digits, percentages for shares, and an en dash for "unknown".
 */

const DASH = '–';

/** A count such as 20,000 (rounded to a whole number). */
export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  return Math.round(n).toLocaleString('en-US');
}

/**
 * A measured amount with about three significant digits: 1,234 · 56.7 · 4.56 · 0.123.
 * @param digits significant digits for values below 100
 */
export function formatAmount(n: number | null | undefined, digits = 3): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  const a = Math.abs(n);
  if (a >= 100) return Math.round(n).toLocaleString('en-US');
  if (a === 0) return '0';
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(a)));
  return n.toFixed(Math.min(decimals, 4));
}

/**
 * A share in [0, 1] as a percentage: 0.0312 → "3.1 %".
 * @param decimals digits after the point
 */
export function formatPercent(share: number | null | undefined, decimals = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return DASH;
  return `${(share * 100).toFixed(decimals)} %`;
}

/** A ratio as "2.3×". */
export function formatTimes(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×` : DASH;
}

/** A duration in ms as "850 ms" or "12.3 s". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return DASH;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A speed such as "85k examples/s". */
export function formatRate(perSec: number | null | undefined): string {
  if (perSec === null || perSec === undefined || !Number.isFinite(perSec)) return DASH;
  return perSec >= 10_000 ? `${Math.round(perSec / 1000)}k` : formatCount(perSec);
}
