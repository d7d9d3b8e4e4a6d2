/** Small wording helpers shared by the "what to notice" sentences of both cases. */
import { formatTimes } from './format';

/** A share in [0, 1] as a whole percentage, "37 %". */
export const pct = (share: number) => `${Math.round(share * 100)} %`;

/**
 * "2.3× the clicks of", "12 % more clicks than" or "38 % fewer clicks than", whichever reads better.
 * @param a the amount described
 * @param b the amount it is compared with
 */
export function compareAmounts(a: number, b: number, more: string, fewer: string): string {
  if (!(b > 0)) return `no comparable ${more} to`;
  const ratio = a / b;
  if (ratio >= 1.5) return `${formatTimes(ratio)} the ${more} of`;
  if (ratio >= 1) return `${pct(ratio - 1)} more ${more} than`;
  return `${pct(1 - ratio)} ${fewer} than`;
}

/** "a, b and c" */
export function listOf(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
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
