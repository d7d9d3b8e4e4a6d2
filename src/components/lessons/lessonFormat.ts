/**
 * Numbers in the lesson panel: the app's own formats (`../format`), so a ratio,
 * an amount or a share reads the same in a reveal as on the chart beside it. The
 * hook subscribes the panel to the language, so a language change re-formats.
 */
import { useTranslation } from 'react-i18next';
import { formatAmount, formatDecimal, formatPercent, formatTimes } from '../format';

export interface LessonFormat {
  /** An amount such as 1,234 · 58.6 · 2.74. */
  amount(n: number): string;
  /** A ratio such as "4.7×"; "many times" when infinite (the loser earned nothing). */
  times(ratio: number): string;
  /** A number with exactly `digits` decimals, e.g. an AUC "0.652". */
  decimal(n: number, digits: number): string;
  /** A share in [0, 1] as "3.4 %" (one decimal unless said otherwise). */
  share(p: number, decimals?: number): string;
}

export function useLessonFormat(): LessonFormat {
  const { t } = useTranslation('lessons');
  return {
    amount: (n) => formatAmount(n),
    times: (ratio) => (Number.isFinite(ratio) ? formatTimes(ratio) : t('format.manyTimes')),
    decimal: (n, digits) => formatDecimal(n, digits),
    share: (p, decimals = 1) => formatPercent(p, decimals),
  };
}
