/**
 * Small wording helpers shared by the "what to notice" sentences of both cases:
 * numbers in words, comparisons, lists, and the sentence in the current language.
 */
import { currentLanguage, i18n } from '../i18n';
import { sentenceGap, spaceZh } from '../i18n/spacing';
import { formatPercent, formatTimes } from './format';

/** A share in [0, 1] as a whole percentage, "37 %" (English) or "37%" (Chinese). */
export const pct = (share: number) => formatPercent(share, 0);

/**
 * How a compares with b, as the kind of sentence that reads best and its number:
 * `times` ("2.3×"), `more` or `fewer` (a percentage), `same` (within 1 %), or `none` when b is not positive.
 * Each sentence has one template per kind, because languages order comparisons differently.
 */
export interface Comparison {
  kind: 'times' | 'more' | 'same' | 'fewer' | 'none';
  /** The formatted ratio or percentage; empty for `none`. */
  amount: string;
}

/** Relative gap under which two amounts read "about the same": 1 %. */
export const SAME_WITHIN = 0.01;

/**
 * @param a the amount described
 * @param b the amount it is compared with
 */
export function compareAmounts(a: number, b: number): Comparison {
  if (!(b > 0)) return { kind: 'none', amount: '' };
  const ratio = a / b;
  // Within 1 %: "about as many", never "0.4 % more", which reads as a result.
  if (Math.abs(ratio - 1) < SAME_WITHIN) return { kind: 'same', amount: '' };
  if (ratio >= 1.5) return { kind: 'times', amount: formatTimes(ratio) };
  if (ratio >= 1) return { kind: 'more', amount: pct(ratio - 1) };
  return { kind: 'fewer', amount: pct(1 - ratio) };
}

/** "a, b and c" in English; clauses joined with "，" in Chinese. */
export function listOf(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  if (parts.length === 2) return i18n.t('app:format.list2', { a: parts[0], b: parts[1] });
  const rest = parts.slice(0, -1).join(i18n.t('app:format.listSeparator'));
  return i18n.t('app:format.listMore', { rest, last: parts[parts.length - 1] });
}

/**
 * A sentence (or a piece of one) in the current language, e.g. `say('insights:screen', {...})`.
 * Chinese gets its CJK–Latin gaps here, once the pieces are in place.
 */
export function say(key: string, params: Record<string, unknown> = {}): string {
  const text = i18n.t(key, params);
  return currentLanguage() === 'zh' ? spaceZh(text) : text;
}

/** Two sentences as one text. */
export function joinSentences(first: string, second: string): string {
  return second ? `${first}${sentenceGap()}${second}` : first;
}

/**
 * How a is placed against b, for sentences: "below", "about the same as" or "above".
 * @param tolerance differences up to this size (in the units of a and b) read "about the same as"
 */
export function relativeTo(a: number, b: number, tolerance: number): 'below' | 'about the same as' | 'above' {
  if (Math.abs(a - b) <= tolerance) return 'about the same as';
  return a < b ? 'below' : 'above';
}

/** The AUC under which a model ranks worse than a coin toss, with some room for noise. */
export const AUC_COIN_TOSS_TOLERANCE = 0.01;
