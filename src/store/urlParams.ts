/**
 * The whole experiment lives in the link, so a facilitator can send one address
 * to the room and everyone opens the same world:
 *
 * - `?scenario=<preset id>` and `?seed=N`;
 * - every other knob the user changed, by its schema path: `?video.clickbaitShare=0.5&model.epochs=3`
 *   (lists comma-separated: `model.hiddenUnits=64,32`), and an imported scenario's `title` and `story`;
 * - `?goal=purchases|gmv` and `?esmm=shared|separate` on a shop scenario;
 * - `?backend=auto|webgl|wasm|cpu`, `?worker=off` (run on the main thread);
 * - `?run=1`: generate, train and compare straight away;
 * - `?lang=zh`: the page's language (read by `src/i18n`; written here when it is not English).
 *
 * A value that is not valid, or a parameter the app does not know, gives one problem
 * line naming it; the caller shows them and falls back to the preset as it is, or,
 * when the link names no experiment it can use, keeps the saved one (`linkExperiment`).
 */
import type { Problem } from '../core/messages/problem';
import { applyEdits, findKnob, formatKnobValue, KNOBS, parseKnobValue, TEXT_FIELDS, withoutNoOps } from '../core/scenario/knobs';
import type { Scenario } from '../core/scenario/parseScenario';
import type { ShopGoal } from '../core/scenario/shopScenario';
import { isLanguage, LANGUAGES, type Language } from '../i18n/language';
import type { BackendChoice } from '../models/types';
import { bundledScenarios, defaultScenarioId, findScenario } from './scenarios';
import type { ScenarioSettings } from './types';

export interface UrlSettings {
  scenarioId?: string;
  backend?: BackendChoice;
  mainThread: boolean;
  goal?: ShopGoal;
  sharedEmbeddings?: boolean;
  /** Knob path → value as read from the link (not yet validated against the scenario). */
  edits: Record<string, unknown>;
  /** `?run=1`: run the whole lesson at once. */
  run: boolean;
  /** One problem per setting of the link that was not understood. */
  problems: Problem[];
}

const BACKENDS: readonly BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];
const GOALS: readonly ShopGoal[] = ['purchases', 'gmv'];
const ESMM: Record<string, boolean> = { shared: true, separate: false };
/** Parameters with a meaning of their own; any other is a knob when it names one (or has a dot in it), else unknown. */
const RESERVED = new Set(['scenario', 'backend', 'worker', 'goal', 'esmm', 'run', 'lang', 'lesson', 'step', 'presenter']);
const WORKER = ['off', 'on'];
const RUN = ['1', '0'];
/** Reserved parameters other modules own (the language, the lesson): the experiment's link keeps them as they are. */
const KEPT = ['worker', 'lang', 'lesson', 'step', 'presenter'];

/** True when a link parameter is meant as a knob of `world`. */
function isKnobParam(key: string, world: Scenario['world']): boolean {
  if (RESERVED.has(key)) return false;
  return key.includes('.') || (TEXT_FIELDS as readonly string[]).includes(key) || findKnob(world, key) !== undefined;
}

/** @param search a query string such as `location.search` */
export function readUrlSettings(search: string): UrlSettings {
  const params = new URLSearchParams(search);
  const problems: Problem[] = [];
  const scenario = params.get('scenario');
  const backend = params.get('backend')?.toLowerCase();
  const goal = params.get('goal')?.toLowerCase();
  const esmm = params.get('esmm')?.toLowerCase() ?? '';
  const found = scenario === null ? undefined : findScenario(scenario);
  if (scenario !== null && !found) problems.push({ path: 'scenario', reason: { code: 'unknownPreset', id: scenario } });
  const world = (found ?? findScenario(defaultScenarioId) ?? bundledScenarios[0]).world;
  const backendChoice = BACKENDS.find((b) => b === backend);
  if (backend !== undefined && !backendChoice) problems.push({ path: 'backend', reason: { code: 'oneOf', values: [...BACKENDS] }, got: JSON.stringify(backend) });
  const goalChoice = GOALS.find((g) => g === goal);
  if (goal !== undefined && !goalChoice) problems.push({ path: 'goal', reason: { code: 'oneOf', values: [...GOALS] }, got: JSON.stringify(goal) });
  if (params.has('esmm') && !Object.hasOwn(ESMM, esmm)) problems.push({ path: 'esmm', reason: { code: 'sharedOrSeparate' }, got: JSON.stringify(esmm) });
  // The language is applied by src/i18n, which ignores what it does not know: say so here.
  const lang = params.get('lang');
  if (lang !== null && !isLanguage(lang.toLowerCase())) problems.push({ path: 'lang', reason: { code: 'oneOf', values: [...LANGUAGES] }, got: JSON.stringify(lang) });
  const worker = params.get('worker');
  if (worker !== null && !WORKER.includes(worker)) problems.push({ path: 'worker', reason: { code: 'oneOf', values: WORKER }, got: JSON.stringify(worker) });
  const run = params.get('run');
  if (run !== null && !RUN.includes(run)) problems.push({ path: 'run', reason: { code: 'oneOf', values: RUN }, got: JSON.stringify(run) });
  const edits: Record<string, unknown> = {};
  for (const [key, raw] of params) {
    if (isKnobParam(key, world)) edits[key] = (TEXT_FIELDS as readonly string[]).includes(key) ? raw : parseKnobValue(findKnob(world, key), raw);
    else if (!RESERVED.has(key)) problems.push({ path: key, reason: { code: 'unknownParameter' } });
  }
  return {
    scenarioId: found ? found.id : undefined,
    backend: backendChoice,
    mainThread: worker === 'off',
    goal: goalChoice,
    sharedEmbeddings: Object.hasOwn(ESMM, esmm) ? ESMM[esmm] : undefined,
    edits,
    run: run === '1',
    problems,
  };
}

/**
 * The link's knob changes on a preset: all of them or none. A value equal to the
 * preset's (the seed every link the app writes names) is not a change.
 * @returns the settings to use, or the problems (with a line saying nothing was applied)
 */
export function linkEdits(scenarioId: string, edits: Record<string, unknown>): { ok: true; settings: ScenarioSettings } | { ok: false; problems: Problem[] } {
  const preset = findScenario(scenarioId) ?? bundledScenarios[0];
  const checked = applyEdits(preset, edits);
  if (!checked.ok) return { ok: false, problems: [...checked.issues, { path: '(link)', reason: { code: 'linkNotApplied' } }] };
  const changes = withoutNoOps(preset, edits);
  return { ok: true, settings: Object.keys(changes).length ? { edits: changes } : {} };
}

/** What a link does to the experiment on the page (see `linkExperiment`). */
export interface LinkExperiment {
  /** The experiment that replaces the saved one; null when the link names none that can be used. */
  replace: { scenarioId: string; settings: ScenarioSettings } | null;
  /** Why the link's scenario or knobs were not used, one per problem (the link's other problems are `UrlSettings.problems`). */
  problems: Problem[];
}

/**
 * Whether a link replaces the saved experiment. Only a link that validly names one
 * does: a known preset (its knobs applied when they all fit, else the preset as it
 * is, which the page says), or knobs without a preset that all fit the default. A
 * link whose experiment is all refused (an unknown preset, a bad seed on its own)
 * leaves the saved experiment as it is, and the page says that is what it shows.
 * @param search the query string, e.g. `location.search`
 * @param keepsSaved true when the page restored saved work (then a refused link says it shows that)
 */
export function linkExperiment(url: UrlSettings, search: string, keepsSaved: boolean): LinkExperiment {
  const hasEdits = Object.keys(url.edits).length > 0;
  const kept: Problem = { path: '(link)', reason: { code: 'linkNotApplied', ...(keepsSaved ? { saved: true } : {}) } };
  if (url.scenarioId) {
    if (!hasEdits) return { replace: { scenarioId: url.scenarioId, settings: {} }, problems: [] };
    const applied = linkEdits(url.scenarioId, url.edits);
    return applied.ok ? { replace: { scenarioId: url.scenarioId, settings: applied.settings }, problems: [] } : { replace: { scenarioId: url.scenarioId, settings: {} }, problems: applied.problems };
  }
  // An unknown preset: knobs meant for it would tell a wrong story on another one.
  if (new URLSearchParams(search).has('scenario')) return { replace: null, problems: hasEdits ? [kept] : [] };
  if (!hasEdits) return { replace: null, problems: [] };
  const applied = linkEdits(defaultScenarioId, url.edits);
  if (applied.ok) return { replace: { scenarioId: defaultScenarioId, settings: applied.settings }, problems: [] };
  return { replace: null, problems: [...applied.problems.filter((p) => p.reason.code !== 'linkNotApplied'), kept] };
}

/** What the link must say: the scenario, its seed, the user's changes and the backend. */
export interface ExperimentState {
  scenarioId: string;
  settings: ScenarioSettings;
  backendChoice: BackendChoice;
  /** The scenario as it will run, for its seed. */
  scenario: Scenario;
  /** The page's language; the link names it when it is not English. */
  language?: Language;
}

/**
 * The query string of an experiment. The parameters other modules own (the lesson,
 * presenter mode, the language) and `?worker=off` are kept; `run` is dropped, so that
 * a reload does not run again, and so is anything the app does not understand (it was
 * named as a problem when the link opened).
 * @param current the query string now, e.g. `location.search`
 */
export function experimentSearch(state: ExperimentState, current: string): string {
  const old = new URLSearchParams(current);
  const params = new URLSearchParams();
  params.set('scenario', state.scenarioId);
  params.set('seed', String(state.scenario.seed));
  const edits = state.settings.edits ?? {};
  for (const key of TEXT_FIELDS) if (key in edits) params.set(key, String(edits[key]));
  for (const knob of KNOBS[state.scenario.world]) {
    if (knob.path === 'seed' || !(knob.path in edits)) continue;
    params.set(knob.path, formatKnobValue(edits[knob.path]));
  }
  if (state.settings.goal) params.set('goal', state.settings.goal);
  if (state.settings.sharedEmbeddings !== undefined) params.set('esmm', state.settings.sharedEmbeddings ? 'shared' : 'separate');
  params.set('backend', state.backendChoice);
  if (state.language && state.language !== 'en') params.set('lang', state.language);
  // The language is this link's own when the state names it (English then drops `lang`); a bad `worker` is dropped.
  for (const key of KEPT) if (old.get(key) && !(key === 'lang' && state.language) && !(key === 'worker' && old.get(key) !== 'off')) params.set(key, old.get(key)!);
  return `?${params.toString()}`;
}

/** Keeps the address bar in step with the experiment, without a reload or a history entry. */
export function writeExperimentUrl(state: ExperimentState): void {
  if (typeof window === 'undefined') return;
  const search = experimentSearch(state, window.location.search);
  if (search === window.location.search) return;
  const url = new URL(window.location.href);
  url.search = search;
  window.history.replaceState(null, '', url);
}
