/**
 * `?run=1`: generate, train and compare one after the other, as a facilitator's
 * link promises, then stop watching. An error, a cancel or a change of scenario
 * ends the chain where it is; the page stays as usable as after a manual step.
 */
import type { AppState } from './types';

interface StoreLike {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

/** Starts the whole lesson now. @returns a function that stops the chain early */
export function startAutoRun(store: StoreLike): () => void {
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.phase === prev.phase && s.stale === prev.stale && s.error === prev.error) return;
    if (s.error || s.stale || s.cancelled || s.generateCancelled) return unsubscribe();
    if (s.phase === 'generated' && prev.phase === 'generating') s.train();
    else if (s.phase === 'trained' && prev.phase !== 'trained') s.compare();
    else if (s.phase === 'compared') unsubscribe();
  });
  store.getState().generate();
  return unsubscribe;
}
