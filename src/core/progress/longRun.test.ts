import { describe, expect, it } from 'vitest';
import { LONG_RUN_CLEAR_MS, LONG_RUN_MS, longRunWarning, longRunWords } from './longRun';

describe('longRunWarning', () => {
  it('warns above 10 minutes left, not below, and not before there is an estimate', () => {
    expect(longRunWarning(null, false)).toBe(false);
    expect(longRunWarning(9 * 60_000, false)).toBe(false);
    expect(longRunWarning(LONG_RUN_MS + 1, false)).toBe(true);
    expect(longRunWarning(30 * 3600_000, false)).toBe(true);
  });

  it('once shown, stays until the time left is well under the line (no flicker), and while the estimate is unknown', () => {
    expect(longRunWarning(9 * 60_000, true)).toBe(true);
    expect(longRunWarning(LONG_RUN_CLEAR_MS - 1, true)).toBe(false);
    expect(longRunWarning(null, true)).toBe(true);
  });
});

describe('longRunWords', () => {
  it('says minutes under an hour and a half, then whole hours', () => {
    expect(longRunWords(12 * 60_000)).toEqual({ unit: 'minutes', minutes: 12 });
    expect(longRunWords(89 * 60_000)).toEqual({ unit: 'minutes', minutes: 89 });
    expect(longRunWords(95 * 60_000)).toEqual({ unit: 'hours', hours: 2 });
    // The testers' run: 3,911 examples/s for 2 models × 30 epochs × 4,000,000 rows ≈ 17 h.
    expect(longRunWords((2 * 30 * 4_000_000 * 1000) / 3911)).toEqual({ unit: 'hours', hours: 17 });
    expect(longRunWords(-5)).toEqual({ unit: 'minutes', minutes: 1 });
  });
});
