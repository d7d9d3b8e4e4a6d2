/**
 * The app store: typed slices combined into one zustand store.
 *
 * - Actions are part of the state and work outside React: `useStore.getState().train()`.
 * - Components read through the selectors in `selectors.ts` (stable, `useShallow`).
 * - End-to-end tests reach in through `window.objectiveLab.getState()`.
 */
import { create } from 'zustand';
import { applyMessage } from './applyMessage';
import { createBackendSlice } from './backendSlice';
import { createRunSlice } from './runSlice';
import { connectRuntime, startRuntime } from './runtime';
import { createScenarioSlice } from './scenarioSlice';
import { emptyTraining } from './trainingSlice';
import type { AppState } from './types';
import { readUrlSettings } from './urlParams';

export const useStore = create<AppState>()((...a) => ({
  ...createScenarioSlice(...a),
  ...createBackendSlice(...a),
  ...createRunSlice(...a),
  ...emptyTraining(),
  summary: null,
  generateMs: null,
  result: null,
  report: null,
  compareMs: null,
  resultsScenarioId: null,
  stale: false,
  modelsStale: false,
}));

connectRuntime({
  onMessage: (msg) => applyMessage(msg, useStore.getState, useStore.setState),
  onRuntime: (mode, reason) => useStore.setState({ runtime: { mode, ...(reason ? { reason } : {}) } }),
});

/** The small API the end-to-end tests use. */
export interface ObjectiveLabApi {
  getState: () => AppState;
}

declare global {
  interface Window {
    objectiveLab?: ObjectiveLabApi;
  }
}

/**
 * Applies the link's settings, starts the worker and exposes the test API.
 * @param search the query string, e.g. `location.search`
 */
export function initStore(search: string): void {
  const url = readUrlSettings(search);
  useStore.setState({
    ...(url.scenarioId ? { scenarioId: url.scenarioId } : {}),
    ...(url.backend ? { backendChoice: url.backend } : {}),
  });
  // The shop's knobs go through their actions, which ignore them on a video scenario.
  if (url.goal) useStore.getState().setGoal(url.goal);
  if (url.sharedEmbeddings !== undefined) useStore.getState().setSharedEmbeddings(url.sharedEmbeddings);
  startRuntime({ mainThread: url.mainThread });
  window.objectiveLab = { getState: useStore.getState };
}

export type { AppState } from './types';
