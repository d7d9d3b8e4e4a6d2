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
