/**
 * Number formatting for people, not engineers: thousands separators, a sensible
 * number of digits, percentages for shares, and an en dash for "unknown". Digits
 * come from `Intl` in the current language's locale and the words around them
 * ("%", "s", "×", "k") from the `app:format` strings, so a language change
 * re-formats every number on the next render.
 */
import { currentLanguage, currentLocale, i18n } from '../i18n';

const DASH = '–';

const formats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` of the current locale with exactly `decimals` digits after the point. */
function fixed(decimals: number): Intl.NumberFormat {
  const locale = currentLocale();
  const key = `${locale}|${decimals}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(key, f);
  }
  return f;
}

/**
 * A number with exactly `decimals` digits after the point, e.g. an AUC "0.734".
 * @param decimals 0–20
 */
export function formatDecimal(n: number | null | undefined, decimals: number): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  return fixed(decimals).format(n);
}

/** An AUC, everywhere the same: three decimals, "0.734". */
export const formatAuc = (auc: number | null | undefined): string => formatDecimal(auc, 3);

/** A log loss, everywhere the same: four decimals, "0.2536" (the models differ in the third). */
export const formatLogloss = (loss: number | null | undefined): string => formatDecimal(loss, 4);

/** An axis tick of an amount, with the decimals its axis needs: "0", "50", "100" or "0.0", "0.5", "1.0". */
export const tickAmount = (v: number, decimals: number): string => formatDecimal(v, decimals);

/** An axis tick of a share in [0, 1] as a percentage, with the decimals its axis needs ("0.0 %", "0.5 %", "1.0 %"). */
export const tickPercent = (share: number, decimals: number): string => formatPercent(share, Math.max(0, decimals - 2));

/** A count such as 20,000 (rounded to a whole number). */
export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  return fixed(0).format(Math.round(n));
}

/**
 * A measured amount with about three significant digits: 1,234 · 56.7 · 4.56 · 0.123.
 * @param digits significant digits for values below 100
 */
export function formatAmount(n: number | null | undefined, digits = 3): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  const a = Math.abs(n);
  if (a >= 100) return formatCount(n);
  if (a === 0) return '0';
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(a)));
  return fixed(Math.min(decimals, 4)).format(n);
}

/**
 * A share in [0, 1] as a percentage: 0.0312 → "3.1 %" (English) or "3.1%" (Chinese).
 * A share strictly between 0 and 1 never reads "0 %" or "100 %": it gets the extra
 * digits it needs (0.999 → "99.9 %", 0.0004 → "0.04 %"), so a sentence cannot say
 * "all" or "none" of what is only nearly so.
 * @param decimals digits after the point (at least; up to 6 where the share needs them)
 */
export function formatPercent(share: number | null | undefined, decimals = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return DASH;
  let d = decimals;
  const inside = share > 0 && share < 1;
  // Compare the rounded digits, as shown, with the ends of the range.
  while (inside && d < 6 && [0, 100].includes(Number((share * 100).toFixed(d)))) d++;
  return i18n.t('app:format.percent', { value: fixed(d).format(share * 100) });
}

/** A ratio as "2.3×" (English) or "2.3 倍" (Chinese). */
export function formatTimes(ratio: number): string {
  if (!Number.isFinite(ratio)) return DASH;
  return i18n.t('app:format.times', { value: fixed(ratio >= 10 ? 0 : 1).format(ratio) });
}

/** A duration in ms as "850 ms" or "12.3 s" ("850 毫秒", "12.3 秒"). */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return DASH;
  return ms < 1000
    ? i18n.t('app:format.milliseconds', { value: fixed(0).format(Math.round(ms)) })
    : i18n.t('app:format.seconds', { value: fixed(1).format(ms / 1000) });
}

/**
 * A speed without its unit: "85k" in English; in Chinese, which counts in ten
 * thousands (万), "8.5万".
 */
export function formatRate(perSec: number | null | undefined): string {
  if (perSec === null || perSec === undefined || !Number.isFinite(perSec)) return DASH;
  if (perSec < 10_000) return formatCount(perSec);
  if (currentLanguage() === 'zh') return new Intl.NumberFormat(currentLocale(), { notation: 'compact', maximumFractionDigits: 1 }).format(perSec);
  return i18n.t('app:format.thousands', { value: fixed(0).format(Math.round(perSec / 1000)) });
}

/**
 * A probability as a percentage, with two significant digits below 1 % so that a
 * small rate does not read as zero: 0.0042 → "0.42 %", 0.241 → "24.1 %".
 */
export function formatProbability(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return DASH;
  const a = Math.abs(p);
  if (a === 0 || a >= 0.01) return formatPercent(p, 1);
  return formatPercent(p, Math.min(6, 1 - Math.floor(Math.log10(a * 100))));
}
