/**
 * The three steps of the lesson as actions: generate, train (pause, resume, cancel)
 * and compare. Each checks that the step makes sense now, updates the phase at
 * once (the buttons react without waiting) and sends one message to the worker.
 */
import type { StateCreator } from 'zustand';
import { activeScenario } from './activeScenario';
import { modelsOf } from './models';
import { send } from './runtime';
import { hasKnobDrafts, isBusy } from './scenarioSlice';
import { emptyTraining } from './trainingSlice';
import type { AppState, RunSlice } from './types';

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => ({
  phase: 'idle',
  error: null,
  cancelled: false,
  generation: null,
  generateCancelled: false,
  generateUndo: null,
  runtime: { mode: 'starting' },

  generate() {
    const s = get();
    // A value refused in the editor is still on screen: building the last valid one would hide that.
    if (isBusy(s.phase) || hasKnobDrafts(s)) return;
    const scenario = activeScenario(s);
    const patch: Partial<AppState> = { phase: 'generating', error: null, cancelled: false, modelsStale: false, ...emptyTraining() };
    // A cancelled generation puts back exactly what this one changed: nothing the user made is lost.
    const undo = Object.fromEntries(Object.keys(patch).map((k) => [k, s[k as keyof AppState]])) as Partial<AppState>;
    set({ ...patch, generation: null, generateCancelled: false, generateUndo: undo });
    send({ type: 'generate', scenario });
  },

  train() {
    const s = get();
    if (!canTrain(s)) return;
    // New models make the old comparison meaningless.
    const scenario = activeScenario(s);
    set({
      phase: 'training',
      error: null,
      cancelled: false,
      generateCancelled: false,
      modelsStale: false,
      result: null,
      insights: null,
      report: null,
      compareMs: null,
      ...emptyTraining(modelsOf(scenario), scenario.world),
      calibrating: s.backendChoice === 'auto',
    });
    // The ESMM switch may have changed since Generate: the worker trains on the same logs with this one.
    send(scenario.world === 'shop' ? { type: 'train', backend: s.backendChoice, sharedEmbeddings: scenario.model.sharedEmbeddings } : { type: 'train', backend: s.backendChoice });
  },

  pause() {
    if (get().phase !== 'training') return;
    set({ phase: 'paused' });
    send({ type: 'pause' });
  },

  resume() {
    if (get().phase !== 'paused') return;
    set({ phase: 'training' });
    send({ type: 'resume' });
  },

  cancel() {
    const phase = get().phase;
    if (phase !== 'training' && phase !== 'paused' && phase !== 'generating') return;
    // The phase changes when the worker confirms with 'cancelled' or 'generateCancelled'.
    send({ type: 'cancel' });
  },

  compare() {
    const s = get();
    if (!canCompare(s)) return;
    const scenario = activeScenario(s);
    set({ phase: 'comparing', error: null });
    // The shop's goal may have changed since Generate; the worker ranks for this one.
    send(scenario.world === 'shop' ? { type: 'compare', goal: scenario.goal } : { type: 'compare' });
  },

  dismissError() {
    set({ error: null });
  },
});

/** Training needs logs of the current scenario and an idle worker. */
export function canTrain(s: AppState): boolean {
  return !s.stale && (s.phase === 'generated' || s.phase === 'trained' || s.phase === 'compared');
}

/** Comparing needs trained models of the current scenario. */
export function canCompare(s: AppState): boolean {
  return !s.stale && (s.phase === 'trained' || s.phase === 'compared');
}
