/**
 * The time-left estimates the progress views show, kept across renders. The
 * estimator itself is pure (`core/progress/timeLeft.ts`); these hooks feed it the
 * right clock: the worker's own elapsed time for a generation, and for a training
 * the page's clock with the pauses taken out.
 */
import { useRef } from 'react';
import { ActiveClock, TimeLeftEstimator } from '../../core/progress/timeLeft';
import { useGeneration, useTrainFraction } from '../../store/progressSelectors';

/** Time left of the generation in progress, ms, or null (none running, or not enough signal yet). */
export function useGenerateTimeLeft(): number | null {
  const { generation } = useGeneration();
  const estimator = useRef<TimeLeftEstimator | null>(null);
  if (!generation) {
    estimator.current = null; // the next generation starts afresh
    return null;
  }
  estimator.current ??= new TimeLeftEstimator();
  return estimator.current.observe(generation.progress.fraction, generation.elapsedMs);
}

/** Time left of the training in progress over all its models, ms, or null; it holds still while paused. */
export function useTrainTimeLeft(): number | null {
  const { fraction, phase } = useTrainFraction();
  const state = useRef<{ estimator: TimeLeftEstimator; clock: ActiveClock; fraction: number } | null>(null);
  if (fraction === null) {
    state.current = null;
    return null;
  }
  const now = performance.now();
  const running = phase === 'training';
  if (!state.current) {
    state.current = { estimator: new TimeLeftEstimator(), clock: new ActiveClock(), fraction: -1 };
  }
  const s = state.current;
  s.clock.set(running, now);
  // Only a new snapshot is a new observation: a render for another reason says nothing about the pace.
  if (!running || fraction === s.fraction) return s.estimator.current;
  s.fraction = fraction;
  return s.estimator.observe(fraction, s.clock.read(now));
}
