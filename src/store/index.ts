/**
 * The app store: typed slices combined into one zustand store.
 *
 * - Actions are part of the state and work outside React: `useStore.getState().train()`.
 * - Components read through the selectors in `selectors.ts` (stable, `useShallow`).
 * - End-to-end tests reach in through `window.objectiveLab.getState()`.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Problem } from '../core/messages/problem';
import { currentLanguage, i18n } from '../i18n';
import { activeScenario } from './activeScenario';
import { applyMessage } from './applyMessage';
import { startAutoRun } from './autoRun';
import { persistOptions } from './persistence';
import { createBackendSlice } from './backendSlice';
import { createLessonSlice, settlePendingReset } from './lessonSlice';
import { initLessons, readLessonUrl } from './lessonUrl';
import { createRunSlice } from './runSlice';
import { connectRuntime, startRuntime } from './runtime';
import { createScenarioSlice } from './scenarioSlice';
import { emptyTraining } from './trainingSlice';
import type { AppState } from './types';
import { defaultScenarioId } from './scenarios';
import { linkExperiment, readUrlSettings, writeExperimentUrl } from './urlParams';

export const useStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createScenarioSlice(...a),
      ...createBackendSlice(...a),
      ...createRunSlice(...a),
      ...createLessonSlice(...a),
      ...emptyTraining(),
      summary: null,
      generateMs: null,
      result: null,
      insights: null,
      report: null,
      compareMs: null,
      resultsScenarioId: null,
      stale: false,
      modelsStale: false,
      savedReport: null,
    }),
    persistOptions,
  ),
);

connectRuntime({
  onMessage: (msg) => applyMessage(msg, useStore.getState, useStore.setState),
  onRuntime: (mode, reason) => useStore.setState({ runtime: { mode, ...(reason ? { reason } : {}) } }),
});
settlePendingReset(useStore);

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
  // Saved work first; a link that validly names an experiment then replaces it (never the saved report).
  void useStore.persist.rehydrate();
  const restored = useStore.getState();
  const keepsSaved = restored.scenarioId !== defaultScenarioId || Object.keys(restored.settings).length > 0;
  // A link that opens a lesson shows the lesson's preset, not the default: its problem line says so.
  const opensLesson = readLessonUrl(search).lesson !== undefined;
  const problems = url.problems.map((p) =>
    p.reason.code === 'unknownPreset' ? { ...p, reason: { ...p.reason, ...(opensLesson ? { lesson: true } : keepsSaved ? { saved: true } : {}) } } : p,
  );
  // The link's knobs apply together or not at all: half a custom world would tell a wrong story.
  const link = linkExperiment(url, search, keepsSaved);
  if (link.replace) useStore.setState(link.replace);
  problems.push(...link.problems);
  if (url.backend) useStore.setState({ backendChoice: url.backend });
  // The shop's knobs go through their actions; on a video scenario they mean nothing, which the page says.
  if (activeScenario(useStore.getState()).world !== 'shop') {
    if (url.goal) problems.push({ path: 'goal', reason: { code: 'shopOnly', value: JSON.stringify(url.goal) } });
    if (url.sharedEmbeddings !== undefined) problems.push({ path: 'esmm', reason: { code: 'shopOnly', value: JSON.stringify(url.sharedEmbeddings ? 'shared' : 'separate') } });
  }
  if (url.goal) useStore.getState().setGoal(url.goal);
  if (url.sharedEmbeddings !== undefined) useStore.getState().setSharedEmbeddings(url.sharedEmbeddings);
  if (problems.length) {
    const lines: Problem[] = url.run ? [...problems, { path: '(link)', reason: { code: 'linkNotRun' } }] : problems;
    useStore.setState({ linkProblems: [...useStore.getState().linkProblems, ...lines] });
  }
  // The lesson (from the link, or saved) may put the page on its own preset.
  initLessons(useStore, search, url.scenarioId, link.replace !== null);
  startRuntime({ mainThread: url.mainThread });
  window.objectiveLab = { getState: useStore.getState };
  // The address bar follows every change of the experiment from now on.
  const syncUrl = (s: AppState) =>
    writeExperimentUrl({ scenarioId: s.scenarioId, settings: s.settings, backendChoice: s.backendChoice, scenario: activeScenario(s), language: currentLanguage() });
  syncUrl(useStore.getState());
  i18n.on('languageChanged', () => syncUrl(useStore.getState()));
  useStore.subscribe((s, prev) => {
    if (s.scenarioId !== prev.scenarioId || s.settings !== prev.settings || s.backendChoice !== prev.backendChoice) syncUrl(s);
  });
  if (url.run && problems.length === 0) startAutoRun(useStore);
}

export type { AppState } from './types';
