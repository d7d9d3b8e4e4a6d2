/**
 * Which bundled scenario is active, and the knobs a room may turn on it (the
 * shop's business goal and ESMM switch). A change that invalidates the numbers on
 * screen marks them stale instead of hiding them.
 */
import type { StateCreator } from 'zustand';
import { activeScenario } from './activeScenario';
import { bundledScenarios, defaultScenarioId, findScenario } from './scenarios';
import type { AppState, ScenarioSlice } from './types';
import { writeUrlSetting } from './urlParams';

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => ({
  scenarios: bundledScenarios,
  scenarioId: defaultScenarioId,
  settings: {},

  selectScenario(id) {
    const s = get();
    if (id === s.scenarioId || !findScenario(id) || isBusy(s.phase)) return;
    // Nothing is generated for the new scenario yet: training and comparing wait for
    // Generate, and the numbers on screen (even if of an earlier pick) are marked stale.
    set({ scenarioId: id, settings: {}, ...startOver(s) });
    writeUrlSetting('scenario', id);
    writeUrlSetting('goal', null);
    writeUrlSetting('esmm', null);
  },

  setGoal(goal) {
    const s = get();
    const scenario = activeScenario(s);
    if (scenario.world !== 'shop' || scenario.goal === goal || isBusy(s.phase)) return;
    // The logs and the trained models stay valid; the comparison view notices that
    // its result ranked for another goal and asks for Compare again.
    set({ settings: { ...s.settings, goal } });
    writeUrlSetting('goal', goal);
  },

  setSharedEmbeddings(shared) {
    const s = get();
    const scenario = activeScenario(s);
    if (scenario.world !== 'shop' || scenario.model.sharedEmbeddings === shared || isBusy(s.phase)) return;
    // Another model, same world: the logs stay (they do not depend on the switch), the
    // models must be trained again, and what they produced is marked stale until then.
    const hasLogs = s.summary !== null && !s.stale && (s.phase === 'generated' || s.phase === 'trained' || s.phase === 'compared');
    const trainedSomething = s.trainStats !== null || s.result !== null || s.trainingModels.length > 0;
    set({
      settings: { ...s.settings, sharedEmbeddings: shared },
      ...(hasLogs ? { phase: 'generated' as const, cancelled: false, modelsStale: s.modelsStale || trainedSomething } : startOver(s)),
    });
    writeUrlSetting('esmm', shared ? 'shared' : 'separate');
  },
});

/** Back to the start of the lesson; the numbers on screen, if any, become stale. */
function startOver(s: AppState): Partial<AppState> {
  return { phase: 'idle', error: null, cancelled: false, stale: s.summary !== null || s.result !== null, modelsStale: false };
}

/** True while the worker is busy with a job (or paused in one). */
export function isBusy(phase: AppState['phase']): boolean {
  return phase === 'generating' || phase === 'training' || phase === 'paused' || phase === 'comparing';
}
