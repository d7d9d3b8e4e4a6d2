/**
 * The numbers of a paired difference for a sentence: the difference and the two
 * ends of its 95 % interval, all with the same decimals (those its largest number
 * needs for about three significant digits), so "0.220, −0.050 to 0.490" never
 * mixes precisions.
 */
import type { Interval } from '../core/replay/types';
import { formatDecimal } from './format';

export function differenceFacts(d: Interval): { diff: string; diffLow: string; diffHigh: string } {
  // Rounded first, so that 0.09999… (a sum of floats) reads as 0.100, not 0.1000.
  const largest = Number(Math.max(Math.abs(d.mean), Math.abs(d.low), Math.abs(d.high)).toPrecision(3));
  const decimals = largest > 0 && Number.isFinite(largest) ? Math.min(4, Math.max(0, 2 - Math.floor(Math.log10(largest)))) : 0;
  return { diff: formatDecimal(d.mean, decimals), diffLow: formatDecimal(d.low, decimals), diffHigh: formatDecimal(d.high, decimals) };
}
