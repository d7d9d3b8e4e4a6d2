/**
 * Which bundled scenario is active, and the knobs a room may turn on it (the
 * shop's business goal and ESMM switch). A change that invalidates the numbers on
 * screen marks them stale instead of hiding them.
 */
import type { StateCreator } from 'zustand';
import { applyEdits, diffEdits, getAt } from '../core/scenario/knobs';
import { fromEditedSide } from '../core/scenario/consistency';
import { parseScenarioText } from '../core/scenario/parseScenario';
import { activeScenario } from './activeScenario';
import { bundledScenarios, defaultScenarioId, findScenario } from './scenarios';
import type { AppState, ScenarioSettings, ScenarioSlice } from './types';

/** Knobs with a switch of their own (kept in `settings`, written to the link as `goal` and `esmm`). */
const OWN_SWITCHES: Record<string, keyof ScenarioSettings> = { goal: 'goal', 'model.sharedEmbeddings': 'sharedEmbeddings' };

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => ({
  scenarios: bundledScenarios,
  scenarioId: defaultScenarioId,
  settings: {},
  linkProblems: [],
  knobDrafts: {},

  selectScenario(id) {
    const s = get();
    if (id === s.scenarioId || !findScenario(id) || isBusy(s.phase)) return;
    // Nothing is generated for the new scenario yet: training and comparing wait for
    // Generate, and the numbers on screen (even if of an earlier pick) are marked stale.
    set({ scenarioId: id, settings: {}, knobDrafts: {}, ...startOver(s) });
  },

  setGoal(goal) {
    const s = get();
    const scenario = activeScenario(s);
    if (scenario.world !== 'shop' || scenario.goal === goal || isBusy(s.phase)) return;
    // The logs and the trained models stay valid; the comparison view notices that
    // its result ranked for another goal and asks for Compare again.
    set({ settings: { ...s.settings, goal } });
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
  },

  setKnob(path, value) {
    const s = get();
    if (isBusy(s.phase)) return [{ path: '(scenario)', reason: { code: 'busy' } }];
    if (path === 'goal') {
      if (value !== 'purchases' && value !== 'gmv') return [{ path: 'goal', reason: { code: 'oneOf', values: ['"purchases"', '"gmv"'] }, got: String(JSON.stringify(value)) }];
      s.setGoal(value);
      return [];
    }
    if (path === 'model.sharedEmbeddings') {
      if (typeof value !== 'boolean') return [{ path: 'model.sharedEmbeddings', reason: { code: 'boolean' }, got: String(JSON.stringify(value)) }];
      s.setSharedEmbeddings(value);
      return [];
    }
    const base = presetOf(s.scenarioId);
    const edits: Record<string, unknown> = { ...s.settings.edits };
    if (JSON.stringify(getAt(base, path)) === JSON.stringify(value)) delete edits[path];
    else edits[path] = value;
    const checked = applyEdits(base, edits);
    if (!checked.ok) {
      // A rule between two fields, or a run too big, is said from the side of the knob just changed.
      const problems = checked.issues.map((p) => fromEditedSide(p, path));
      set({ knobDrafts: { ...s.knobDrafts, [path]: problems } });
      return problems;
    }
    const knobDrafts = withoutDraft(s.knobDrafts, path);
    if (JSON.stringify(edits) === JSON.stringify(s.settings.edits ?? {})) {
      if (knobDrafts !== s.knobDrafts) set({ knobDrafts });
      return [];
    }
    set({ settings: { ...s.settings, edits }, knobDrafts, ...startOver(s) });
    return [];
  },

  resetToPreset() {
    const s = get();
    if (isBusy(s.phase)) return;
    if (Object.keys(s.settings).length === 0) {
      if (Object.keys(s.knobDrafts).length) set({ knobDrafts: {} });
      return;
    }
    set({ settings: {}, knobDrafts: {}, ...startOver(s) });
  },

  clearKnobDraft(path) {
    const s = get();
    const knobDrafts = withoutDraft(s.knobDrafts, path);
    if (knobDrafts !== s.knobDrafts) set({ knobDrafts });
  },

  importScenario(text) {
    const s = get();
    if (isBusy(s.phase)) return [{ path: '(file)', reason: { code: 'busyImport' } }];
    const parsed = parseScenarioText(text);
    if (!parsed.ok) return parsed.issues;
    const scenario = parsed.scenario;
    const preset = findScenario(scenario.id);
    const base = preset && preset.world === scenario.world ? preset : bundledScenarios.find((b) => b.world === scenario.world) ?? bundledScenarios[0];
    const edits = diffEdits(base, scenario);
    const settings: ScenarioSettings = {};
    for (const [path, key] of Object.entries(OWN_SWITCHES)) {
      if (!(path in edits)) continue;
      Object.assign(settings, { [key]: edits[path] });
      delete edits[path];
    }
    if (Object.keys(edits).length) settings.edits = edits;
    set({ scenarioId: base.id, settings, knobDrafts: {}, ...startOver(s) });
    return [];
  },

  dismissLinkProblems() {
    set({ linkProblems: [] });
  },
});

/** `drafts` without `path` (the same object when it had none). */
function withoutDraft(drafts: AppState['knobDrafts'], path: string): AppState['knobDrafts'] {
  if (!(path in drafts)) return drafts;
  const rest = { ...drafts };
  delete rest[path];
  return rest;
}

/** True while the editor shows a refused value: Generate waits until it is fixed or reset. */
export function hasKnobDrafts(s: Pick<AppState, 'knobDrafts'>): boolean {
  return Object.keys(s.knobDrafts).length > 0;
}

/** The bundled scenario an id names (the default when none). */
function presetOf(id: string) {
  return findScenario(id) ?? bundledScenarios[0];
}

/** Back to the start of the lesson; the numbers on screen, if any, become stale. */
function startOver(s: AppState): Partial<AppState> {
  return { phase: 'idle', error: null, cancelled: false, stale: s.summary !== null || s.result !== null, modelsStale: false };
}

/** True while the worker is busy with a job (or paused in one). */
export function isBusy(phase: AppState['phase']): boolean {
  return phase === 'generating' || phase === 'training' || phase === 'paused' || phase === 'comparing';
}
