/**
 * `?run=1`: generate, train and compare one after the other, as a facilitator's
 * link promises, then stop watching. An error, a cancel or a change of scenario
 * ends the chain where it is; the page stays as usable as after a manual step.
 */
import { hasKnobDrafts, isBusy } from './scenarioSlice';
import type { AppState } from './types';

interface StoreLike {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

export interface AutoRunOptions {
  /** Where the chain stops: after Generate, after Train, or (default) after Compare. */
  until?: 'generated' | 'trained' | 'compared';
  /** Called once when the chain reached `until` (not when it stopped early). */
  onDone?: () => void;
  /** Asked before each next stage: false ends the chain where it is (its owner gave it up). */
  stillWanted?: () => boolean;
}

/**
 * Starts the whole lesson now (or its first stages, `until`).
 * @returns a function that stops the chain early
 */
export function startAutoRun(store: StoreLike, options: AutoRunOptions = {}): () => void {
  const first = store.getState();
  // Generate would refuse (a job runs, or the editor shows a refused value): no chain, so none lingers.
  if (isBusy(first.phase) || hasKnobDrafts(first)) return () => {};
  const until = options.until ?? 'compared';
  const done = () => {
    unsubscribe();
    options.onDone?.();
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.phase === prev.phase && s.stale === prev.stale && s.error === prev.error) return;
    // Stale rising means the scenario changed under the chain (numbers of an earlier scenario may be stale from the start).
    if (s.error || (s.stale && !prev.stale) || s.cancelled || s.generateCancelled) return unsubscribe();
    if (options.stillWanted && !options.stillWanted()) return unsubscribe();
    if (s.phase === 'generated' && prev.phase === 'generating') {
      if (until === 'generated') done();
      else s.train();
    } else if (s.phase === 'trained' && prev.phase !== 'trained') {
      if (until === 'trained') done();
      else s.compare();
    } else if (s.phase === 'compared' && prev.phase !== 'compared') done();
  });
  first.generate();
  return unsubscribe;
}
