/**
 * Numbers in the lesson panel, formatted with `Intl` in the current language:
 * amounts with about three significant digits, ratios as "4.7×" (or "4.7 倍"),
 * shares as percentages.
 */
import { useTranslation } from 'react-i18next';
import { LOCALE_OF, isLanguage } from '../../i18n/language';

export interface LessonFormat {
  /** An amount such as 1,234 · 58.6 · 2.74. */
  amount(n: number): string;
  /** A ratio such as "4.7×"; "many times" when infinite. */
  times(ratio: number): string;
  /** A number with exactly `digits` decimals, e.g. an AUC "0.652". */
  decimal(n: number, digits: number): string;
  /** A share in [0, 1] as "3.4%" (one decimal unless said otherwise). */
  share(p: number, decimals?: number): string;
}

export function useLessonFormat(): LessonFormat {
  const { t, i18n } = useTranslation('lessons');
  const locale = LOCALE_OF[isLanguage(i18n.language) ? i18n.language : 'en'];
  const plain = (n: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
  const amount = (n: number) => {
    const a = Math.abs(n);
    if (a >= 100 || a === 0) return plain(Math.round(n), 0);
    return new Intl.NumberFormat(locale, { minimumSignificantDigits: 3, maximumSignificantDigits: 3 }).format(n);
  };
  const times = (ratio: number) => (Number.isFinite(ratio) ? t('format.times', { value: plain(ratio, ratio >= 10 ? 0 : 1) }) : t('format.manyTimes'));
  const share = (p: number, decimals = 1) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: decimals }).format(p);
  const decimal = (n: number, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  return { amount, times, share, decimal };
}
