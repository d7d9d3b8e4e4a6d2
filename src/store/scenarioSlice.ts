/**
 * Which bundled scenario is active, and the knobs a room may turn on it (the
 * shop's business goal and ESMM switch). A change that invalidates the numbers on
 * screen marks them stale instead of hiding them.
 */
import type { StateCreator } from 'zustand';
import type { Problem } from '../core/messages/problem';
import { diffEdits } from '../core/scenario/knobs';
import { fromFieldSide, namedFields } from '../core/scenario/consistency';
import { parseScenarioText } from '../core/scenario/parseScenario';
import { activeScenario } from './activeScenario';
import { settleDraft, withNewest } from './knobDrafts';
import { bundledScenarios, defaultScenarioId, findScenario } from './scenarios';
import type { AppState, ScenarioSettings, ScenarioSlice } from './types';

/** Knobs with a switch of their own (kept in `settings`, written to the link as `goal` and `esmm`). */
const OWN_SWITCHES: Record<string, keyof ScenarioSettings> = { goal: 'goal', 'model.sharedEmbeddings': 'sharedEmbeddings' };

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => ({
  scenarios: bundledScenarios,
  scenarioId: defaultScenarioId,
  settings: {},
  linkProblems: [],
  setAside: {},
  ...NO_DRAFTS,

  selectScenario(id) {
    const s = get();
    if (id === s.scenarioId || !findScenario(id) || isBusy(s.phase)) return;
    // Nothing is generated for the new scenario yet: training and comparing wait for
    // Generate, and the numbers on screen (even if of an earlier pick) are marked stale.
    set({ scenarioId: id, settings: {}, ...NO_DRAFTS, ...startOver(s) });
  },

  pickScenario(id) {
    const s = get();
    if (id === s.scenarioId || !findScenario(id) || isBusy(s.phase)) return;
    const leaving = { settings: s.settings, knobDrafts: s.knobDrafts, draftProblems: s.draftProblems };
    const edited = Object.keys(s.settings).length > 0 || hasKnobDrafts(s);
    const { [id]: back, ...rest } = { ...s.setAside };
    s.selectScenario(id);
    set({ setAside: edited ? { ...rest, [s.scenarioId]: leaving } : rest, ...(back ?? {}) });
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
    // The whole draft is checked again, not just this box: a refusal between two fields
    // (or of a run too big) may have come or gone with this value.
    return settle(s, set, withNewest(s.knobDrafts, path, value), path);
  },

  resetToPreset() {
    const s = get();
    if (isBusy(s.phase)) return;
    if (Object.keys(s.settings).length === 0) {
      if (hasKnobDrafts(s)) set(NO_DRAFTS);
      return;
    }
    set({ settings: {}, ...NO_DRAFTS, ...startOver(s) });
  },

  clearKnobDraft(path) {
    const s = get();
    if (!(path in s.knobDrafts) || isBusy(s.phase)) return;
    const pending: Record<string, unknown> = { ...s.knobDrafts };
    delete pending[path];
    settle(s, set, pending, path);
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
    set({ scenarioId: base.id, settings, ...NO_DRAFTS, ...startOver(s) });
    return [];
  },

  dismissLinkProblems() {
    set({ linkProblems: [] });
  },
});

const NO_DRAFTS: Pick<AppState, 'knobDrafts' | 'draftProblems'> = { knobDrafts: {}, draftProblems: {} };

/**
 * Uses what fits of the values waiting in the editor and places the problems of the
 * rest; a change to the edits in use marks the numbers on screen stale.
 * @returns the problems that keep `path`'s value from being used (empty when it is used)
 */
function settle(s: AppState, set: (patch: Partial<AppState>) => void, pending: Record<string, unknown>, path: string): Problem[] {
  const base = presetOf(s.scenarioId);
  const draft = settleDraft(base, s.settings.edits ?? {}, pending);
  const patch: Partial<AppState> = { knobDrafts: draft.pending, draftProblems: draft.problems };
  if (JSON.stringify(draft.edits) !== JSON.stringify(s.settings.edits ?? {})) {
    const settings: ScenarioSettings = { ...s.settings, edits: draft.edits };
    if (Object.keys(draft.edits).length === 0) delete settings.edits;
    Object.assign(patch, { settings }, startOver(s));
  }
  set(patch);
  if (!(path in draft.pending)) return [];
  // What keeps this value out: the problems naming its knob, or (a run too big that it uncapped) all of them.
  const own = draft.issues.filter((p) => namedFields(p).includes(path));
  return own.length ? own.map((p) => fromFieldSide(p, path)) : draft.issues;
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
