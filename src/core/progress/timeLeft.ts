/**
 * "About N s left" for a long job, from the rate of progress seen so far.
 *
 * Pure: the caller passes the time (ms on any monotonic clock that stops while the
 * job is paused, see `ActiveClock`), so the same observations give the same
 * estimates in a test and in the browser.
 *
 * What a room must not see: a number before there is anything to base it on, a
 * negative time, or a number that jumps about. So
 * - nothing is estimated until the job has run `minElapsedMs` and moved `minProgress`
 *   since the first observation (which also leaves start-up costs, such as measuring
 *   the backends, out of the rate), or, for a long job whose 2 % would take minutes
 *   or hours, until it has run `patienceMs` and moved in at least `minMoves`
 *   observations (a steady pace, however slow, is worth saying early);
 * - the rate is measured over the last `windowMs` (it follows a job that speeds up or
 *   slows down, e.g. from one model to the next, without reacting to one late report);
 * - between observations the estimate counts down with the clock, and each new
 *   reading moves it only part of the way (`smoothing`) towards what the rate says;
 * - it never goes below 0, and it holds still while no progress is made.
 */

export interface TimeLeftOptions {
  /** Time since the first observation before any estimate, ms ≥ 0 (default 1000). */
  minElapsedMs?: number;
  /** Progress since the first observation before any estimate, share in (0, 1] (default 0.02). */
  minProgress?: number;
  /** Share of the gap between a new reading and the running estimate taken at each observation, in (0, 1] (default 0.3). */
  smoothing?: number;
  /** The rate is measured over about this much recent time, ms > 0 (default 15000). */
  windowMs?: number;
  /** Time since the first observation after which a slow job is estimated below `minProgress`, ms (default 10000). */
  patienceMs?: number;
  /** Observations that moved the job needed for that early estimate, ≥ 1 (default 3). */
  minMoves?: number;
}

interface Sample {
  fraction: number;
  ms: number;
}

export class TimeLeftEstimator {
  private readonly minElapsedMs: number;
  private readonly minProgress: number;
  private readonly smoothing: number;
  private readonly windowMs: number;
  private readonly patienceMs: number;
  private readonly minMoves: number;
  private moves = 0;
  private origin: Sample | null = null;
  private samples: Sample[] = [];
  private estimateMs: number | null = null;
  private lastMs = 0;

  constructor(options: TimeLeftOptions = {}) {
    this.minElapsedMs = options.minElapsedMs ?? 1000;
    this.minProgress = options.minProgress ?? 0.02;
    this.smoothing = Math.min(1, Math.max(0.01, options.smoothing ?? 0.3));
    this.windowMs = options.windowMs ?? 15_000;
    this.patienceMs = options.patienceMs ?? 10_000;
    this.minMoves = Math.max(1, options.minMoves ?? 3);
  }

  /**
   * Records that the job is `fraction` done at `nowMs`.
   * @param fraction share done, in [0, 1] (clamped; a step backwards counts as no progress)
   * @param nowMs the caller's clock, ms, never decreasing
   * @returns the estimated time left, ms ≥ 0, or null while there is not enough signal
   */
  observe(fraction: number, nowMs: number): number | null {
    const last = this.samples[this.samples.length - 1];
    const f = Math.max(last?.fraction ?? 0, Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)));
    const ms = Math.max(this.lastMs, nowMs);
    // The same observation again (a React render run twice) changes nothing.
    if (last && last.fraction === f && last.ms === ms) return this.estimateMs;
    const sample = { fraction: f, ms };
    if (!this.origin) {
      this.origin = sample;
      this.samples = [sample];
      this.lastMs = ms;
      return null;
    }
    if (f > last.fraction) this.moves++;
    this.samples.push(sample);
    // Keep one sample at or before the window's start as the rate's baseline.
    while (this.samples.length > 2 && this.samples[1].ms <= ms - this.windowMs) this.samples.shift();
    const elapsed = ms - this.lastMs;
    this.lastMs = ms;
    if (f >= 1) return (this.estimateMs = 0);
    if (this.estimateMs === null && !this.enoughSignal(f, ms)) return null;
    const base = this.samples[0];
    const rate = ms > base.ms ? (f - base.fraction) / (ms - base.ms) : 0;
    if (!(rate > 0)) return this.estimateMs; // no progress in the window: hold still rather than guess
    const reading = (1 - f) / rate;
    if (this.estimateMs === null) this.estimateMs = reading;
    else {
      const countedDown = Math.max(0, this.estimateMs - elapsed);
      this.estimateMs = countedDown + this.smoothing * (reading - countedDown);
    }
    this.estimateMs = Math.max(0, this.estimateMs);
    return this.estimateMs;
  }

  /** Whether the first estimate may be given at `f` done, `ms` on the clock. */
  private enoughSignal(f: number, ms: number): boolean {
    const elapsed = ms - this.origin!.ms;
    if (elapsed >= this.minElapsedMs && f - this.origin!.fraction >= this.minProgress) return true;
    return elapsed >= this.patienceMs && this.moves >= this.minMoves;
  }

  /** The last estimate, ms ≥ 0, or null. */
  get current(): number | null {
    return this.estimateMs;
  }
}

/**
 * A clock that runs only while a job runs: pauses do not count as work, so they do
 * not slow the measured rate down.
 */
export class ActiveClock {
  private activeMs = 0;
  private runningSince: number | null = null;

  /** The job runs (true) or is paused (false) from `nowMs` on. */
  set(running: boolean, nowMs: number): void {
    if (running && this.runningSince === null) this.runningSince = nowMs;
    if (!running && this.runningSince !== null) {
      this.activeMs += Math.max(0, nowMs - this.runningSince);
      this.runningSince = null;
    }
  }

  /** Time the job has run up to `nowMs`, ms. */
  read(nowMs: number): number {
    return this.activeMs + (this.runningSince === null ? 0 : Math.max(0, nowMs - this.runningSince));
  }
}

/** A time left as people say it: rounded so that it changes in steps a room can read. */
export type TimeLeftWords = { unit: 'fewSeconds' } | { unit: 'seconds'; seconds: number } | { unit: 'minutes'; minutes: number } | { unit: 'hours'; hours: number; minutes: number };

/**
 * Rounds a time left for display: under 10 s "a few seconds"; under a minute, to 5 s;
 * under an hour, to whole minutes; above, to hours and 5 minutes.
 * @param ms time left, ms (negative counts as 0)
 */
export function timeLeftWords(ms: number): TimeLeftWords {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 10) return { unit: 'fewSeconds' };
  if (seconds < 57.5) return { unit: 'seconds', seconds: Math.round(seconds / 5) * 5 };
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return { unit: 'minutes', minutes };
  const fives = Math.round(seconds / 300) * 5;
  return { unit: 'hours', hours: Math.floor(fives / 60), minutes: fives % 60 };
}
