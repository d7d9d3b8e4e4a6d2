/**
 * Numbers of the "See why" views in the current language's format (Intl): grouping
 * and decimal marks follow the locale, units are added by the strings around them.
 */
import { currentLanguage, currentLocale } from '../../i18n';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = currentLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const DASH = '–';
const ok = (x: number | null | undefined): x is number => x !== null && x !== undefined && Number.isFinite(x);

/** About three significant digits, whole numbers from 100 up: 1,234 · 56.7 · 4.56 · 0.123. */
export function num(x: number | null | undefined, digits = 3): string {
  if (!ok(x)) return DASH;
  if (Math.abs(x) >= 100) return formatter({ maximumFractionDigits: 0 }).format(x);
  if (x === 0) return formatter({}).format(0);
  return formatter({ maximumSignificantDigits: digits }).format(x);
}

/** A count: 20,000. */
export function count(x: number | null | undefined): string {
  return ok(x) ? formatter({ maximumFractionDigits: 0 }).format(x) : DASH;
}

/** A share in [0, 1] as a percentage: 0.0312 → 3.1 %; `decimals` digits after the point at most. */
export function pct(share: number | null | undefined, decimals = 1): string {
  return ok(share) ? formatter({ style: 'percent', maximumFractionDigits: decimals }).format(share) : DASH;
}

/** A small probability as a percentage with up to two significant digits below 1 %: 0.0042 → 0.42 %. */
export function prob(p: number | null | undefined): string {
  if (!ok(p)) return DASH;
  if (Math.abs(p) < 0.01) return formatter({ style: 'percent', maximumSignificantDigits: 2 }).format(p);
  // One decimal always, so a column of them lines up: 6.0 %, 24.1 %.
  return formatter({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p);
}

/** An AUC with three decimals: 0.712. */
export function auc(x: number | null | undefined): string {
  return ok(x) ? formatter({ minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(x) : DASH;
}

/** A ratio as "2.3×" (Chinese: "2.3 倍", as the rest of the app writes it). */
export function times(ratio: number): string {
  if (!ok(ratio)) return DASH;
  const n = formatter({ maximumFractionDigits: ratio >= 10 ? 0 : 1 }).format(ratio);
  return currentLanguage() === 'zh' ? `${n} 倍` : `${n}×`;
}

/** α of the dial with two decimals: 0.35. */
export function alpha(a: number): string {
  return formatter({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(a);
}
