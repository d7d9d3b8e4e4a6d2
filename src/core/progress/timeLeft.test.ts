import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import { ActiveClock, TimeLeftEstimator, timeLeftWords } from './timeLeft';

/** Feeds a job of `totalMs` at a steady pace, observed every `everyMs`; returns each estimate with its true time left. */
function steadyJob(est: TimeLeftEstimator, totalMs: number, everyMs: number, startMs = 0) {
  const out: { ms: number; estimate: number | null; truth: number }[] = [];
  for (let t = 0; t <= totalMs; t += everyMs) out.push({ ms: t, estimate: est.observe(t / totalMs, startMs + t), truth: totalMs - t });
  return out;
}

describe('TimeLeftEstimator', () => {
  it('says nothing until the job has run long enough and moved far enough', () => {
    const est = new TimeLeftEstimator({ minElapsedMs: 1000, minProgress: 0.05 });
    expect(est.observe(0, 0)).toBeNull();
    expect(est.observe(0.2, 500)).toBeNull(); // moved, but not for long enough
    const slow = new TimeLeftEstimator({ minElapsedMs: 1000, minProgress: 0.05 });
    slow.observe(0, 0);
    expect(slow.observe(0.01, 2000)).toBeNull(); // long enough, but hardly moved
    expect(slow.observe(0.06, 4000)).not.toBeNull();
  });

  it('estimates a very slow job after 10 s of steady pace, long before it reaches 2 %', () => {
    // The testers' heavy world: about 30 hours, reported once a second.
    const totalMs = 30 * 3600_000;
    const est = new TimeLeftEstimator();
    const seen = steadyJob(est, totalMs, 1000).slice(0, 30);
    // Nothing in the first 10 s (not enough signal); 2 % would have taken 36 minutes.
    for (const s of seen.filter((o) => o.ms < 10_000)) expect(s.estimate).toBeNull();
    const first = seen.find((o) => o.estimate !== null)!;
    expect(first.ms).toBe(10_000);
    expect(first.estimate! / first.truth).toBeCloseTo(1, 6);
    // A steady pace keeps it exact afterwards.
    for (const s of seen.filter((o) => o.ms >= 10_000)) expect(s.estimate! / s.truth).toBeCloseTo(1, 6);
  });

  it('gives no early estimate to a job that has not moved, or moved only once or twice', () => {
    const stalled = new TimeLeftEstimator();
    for (let t = 0; t <= 30_000; t += 1000) expect(stalled.observe(0, t)).toBeNull();
    const twice = new TimeLeftEstimator();
    twice.observe(0, 0);
    twice.observe(0.001, 5000);
    expect(twice.observe(0.001, 12_000)).toBeNull(); // 12 s in, but one move is no pace
    expect(twice.observe(0.002, 13_000)).toBeNull(); // two moves
    expect(twice.observe(0.003, 14_000)).not.toBeNull(); // three: a pace
  });

  it('measures from the first observation, so start-up time before it does not count', () => {
    const est = new TimeLeftEstimator({ minElapsedMs: 1000 });
    // The first report comes after 8 s of start-up with 10 % done: the rate is what follows.
    est.observe(0.1, 8000);
    const left = est.observe(0.2, 9000);
    // 10 % per second from here: 8 s left, not (8 s + 1 s) / 20 % × 80 %.
    expect(left).toBeCloseTo(8000, 6);
  });

  it('is exact on a job of steady pace, counting down with the clock', () => {
    const est = new TimeLeftEstimator();
    const seen = steadyJob(est, 60_000, 500).filter((s) => s.estimate !== null);
    expect(seen.length).toBeGreaterThan(100);
    for (const s of seen) expect(s.estimate!).toBeCloseTo(s.truth, 3);
  });

  it('never goes below zero, even when the job runs past its estimate or past 100 %', () => {
    const est = new TimeLeftEstimator({ minElapsedMs: 0, minProgress: 0.01 });
    est.observe(0, 0);
    est.observe(0.5, 1000); // 1 s left at this pace
    expect(est.observe(0.5, 10_000)).toBeGreaterThanOrEqual(0); // stalled for 9 s
    expect(est.observe(0.9, 20_000)).toBeGreaterThanOrEqual(0);
    expect(est.observe(1.3, 21_000)).toBe(0);
  });

  it('gives the same answer to the same observation twice, and is not moved by it', () => {
    const observations = [
      [0, 0],
      [0.1, 1000],
      [0.3, 2000], // faster: the estimate moves only part of the way at each report
      [0.35, 3000],
      [0.4, 4000],
    ] as const;
    const once = new TimeLeftEstimator({ minElapsedMs: 0 });
    const twice = new TimeLeftEstimator({ minElapsedMs: 0 });
    for (const [f, t] of observations) {
      const a = once.observe(f, t);
      const b = twice.observe(f, t);
      expect(twice.observe(f, t)).toBe(b); // a render run twice
      expect(b).toBe(a);
    }
  });

  it('holds still while the job makes no progress in the window', () => {
    const est = new TimeLeftEstimator({ minElapsedMs: 0, windowMs: 2000 });
    est.observe(0, 0);
    const left = est.observe(0.5, 1000);
    expect(left).toBeCloseTo(1000, 6);
    // Stuck at 50 % for longer than the window: no countdown to 0, no guess either.
    expect(est.observe(0.5, 4000)).toBeGreaterThan(0);
    expect(est.observe(0.5, 6000)).toBe(est.observe(0.5, 6500));
  });

  it('moves only part of the way on a sudden slow-down, then settles on the new pace', () => {
    const est = new TimeLeftEstimator({ smoothing: 0.3, windowMs: 5000 });
    let t = 0;
    let f = 0;
    let last: number | null = null;
    // Half the job at 0.5 % per 100 ms (10 s)…
    for (; f < 0.5 - 1e-9; t += 100, f += 0.005) last = est.observe(f, t);
    expect(last).toBeCloseTo(10_100, 3); // last seen at 49.5 % done
    // …then four times slower: 40 s left instead of 10 s.
    const jumps: number[] = [];
    for (; f < 0.95; t += 100, f += 0.00125) {
      const now = est.observe(f, t)!;
      jumps.push(Math.abs(now - (last! - 100)));
      last = now;
    }
    expect(jumps.length).toBeGreaterThan(300);
    const truthAtEnd = ((1 - (f - 0.00125)) / 0.00125) * 100;
    // No single update moves the estimate by more than 3 s (measured: 1.6 s); a raw reading would jump by up to 30 s.
    expect(Math.max(...jumps)).toBeLessThan(3000);
    // And it has caught up with the new pace by the end (about 4 s left).
    expect(truthAtEnd).toBeGreaterThan(3000);
    expect(Math.abs(last! - truthAtEnd) / truthAtEnd).toBeLessThan(0.05);
  });

  it('does not jump about on reports that arrive at irregular times', () => {
    const rng = new Rng(7);
    const est = new TimeLeftEstimator();
    const totalMs = 120_000;
    let t = 0;
    let previous: number | null = null;
    let worst = 0;
    while (t < totalMs * 0.95) {
      const gap = 50 + rng.next() * 450; // reports 50–500 ms apart, steady work underneath
      t += gap;
      const now = est.observe(t / totalMs, t);
      if (now !== null && previous !== null) worst = Math.max(worst, Math.abs(now - (previous - gap)));
      if (now !== null) expect(Math.abs(now - (totalMs - t))).toBeLessThan(1); // steady work: exact whatever the gaps
      previous = now;
    }
    expect(worst).toBeLessThan(1);
  });

  it('keeps jitter in the work small in the estimate', () => {
    const rng = new Rng(11);
    const est = new TimeLeftEstimator();
    let t = 0;
    let f = 0;
    let previous: number | null = null;
    let worstStep = 0;
    while (f < 0.9) {
      t += 200;
      f += 0.002 * (0.5 + rng.next()); // 0.1–0.3 % per report: 100 s in all at the mean pace
      const now = est.observe(f, t);
      if (now !== null && previous !== null) worstStep = Math.max(worstStep, Math.abs(now - (previous - 200)));
      previous = now;
    }
    // Measured: the largest correction between two reports is about 0.9 s on a job of about 100 s.
    expect(worstStep).toBeLessThan(2000);
  });
});

describe('ActiveClock', () => {
  it('counts only the time the job runs', () => {
    const clock = new ActiveClock();
    clock.set(true, 1000);
    expect(clock.read(1500)).toBe(500);
    clock.set(false, 2000); // paused at 1 s of work
    expect(clock.read(9000)).toBe(1000);
    clock.set(true, 10_000);
    expect(clock.read(10_250)).toBe(1250);
    clock.set(true, 10_500); // already running: no restart
    expect(clock.read(11_000)).toBe(2000);
  });

  it('makes a pause invisible to the estimate', () => {
    const clock = new ActiveClock();
    const est = new TimeLeftEstimator({ minElapsedMs: 0 });
    clock.set(true, 0);
    est.observe(0, clock.read(0));
    est.observe(0.25, clock.read(10_000)); // 30 s left at this pace
    clock.set(false, 10_000);
    clock.set(true, 70_000); // a minute's pause
    expect(est.observe(0.5, clock.read(80_000))).toBeCloseTo(20_000, 6);
  });
});

describe('timeLeftWords', () => {
  it('rounds to steps a room can read', () => {
    expect(timeLeftWords(-5)).toEqual({ unit: 'fewSeconds' });
    expect(timeLeftWords(9_999)).toEqual({ unit: 'fewSeconds' });
    expect(timeLeftWords(10_000)).toEqual({ unit: 'seconds', seconds: 10 });
    expect(timeLeftWords(33_000)).toEqual({ unit: 'seconds', seconds: 35 });
    expect(timeLeftWords(57_000)).toEqual({ unit: 'seconds', seconds: 55 });
    expect(timeLeftWords(58_000)).toEqual({ unit: 'minutes', minutes: 1 });
    expect(timeLeftWords(150_000)).toEqual({ unit: 'minutes', minutes: 3 });
    expect(timeLeftWords(59 * 60_000)).toEqual({ unit: 'minutes', minutes: 59 });
    expect(timeLeftWords(59.6 * 60_000)).toEqual({ unit: 'hours', hours: 1, minutes: 0 });
    expect(timeLeftWords(97 * 60_000)).toEqual({ unit: 'hours', hours: 1, minutes: 35 });
  });
});
