/**
 * When a job's time left is worth a warning, and how to say its length. A room
 * should hear "about 30 hours at this speed" before waiting for minutes on a bar
 * stuck at 0 %.
 */

/** A time left above this gets the warning, ms (10 minutes). */
export const LONG_RUN_MS = 10 * 60_000;
/** Once shown, the warning stays until the time left drops below this, ms (8 minutes), so it does not flicker at the line. */
export const LONG_RUN_CLEAR_MS = 8 * 60_000;

/**
 * Whether to warn now.
 * @param ms the time left, ms, or null while unknown
 * @param shown whether the warning is on screen now
 */
export function longRunWarning(ms: number | null, shown: boolean): boolean {
  if (ms === null) return shown;
  return ms > (shown ? LONG_RUN_CLEAR_MS : LONG_RUN_MS);
}

/** A long time as people say it: minutes under 90 minutes, else whole hours (days are hours too: "about 60 hours"). */
export type LongRunWords = { unit: 'minutes'; minutes: number } | { unit: 'hours'; hours: number };

/** @param ms a time, ms (negative counts as 0) */
export function longRunWords(ms: number): LongRunWords {
  const minutes = Math.max(0, ms) / 60_000;
  if (minutes < 90) return { unit: 'minutes', minutes: Math.max(1, Math.round(minutes)) };
  return { unit: 'hours', hours: Math.round(minutes / 60) };
}
