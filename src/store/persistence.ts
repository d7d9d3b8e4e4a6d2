/**
 * Saved work: the experiment the user shaped (preset and changes) and the report
 * of the last comparison survive a reload, in localStorage under one key, with a
 * version and a migration. What comes back is validated like any other input:
 * changes that no longer fit the schema are dropped, with a line saying so.
 */
import { createJSONStorage, type PersistOptions, type StateStorage } from 'zustand/middleware';
import type { Report } from '../core/report/report';
import type { Problem } from '../core/messages/problem';
import { applyEdits, withoutNoOps } from '../core/scenario/knobs';
import { checkLessonProgress } from '../lessons/progress';
import type { LessonProgress } from '../lessons/types';
import { findScenario } from './scenarios';
import type { AppState, ScenarioSettings } from './types';

export const STORAGE_KEY = 'objective-lab';
/**
 * Version 1: `{ scenarioId, settings: { goal?, sharedEmbeddings?, edits? }, savedReport }`.
 * Version 2 adds `lesson`: the guided lesson in progress (null when none).
 */
export const STORAGE_VERSION = 2;

export interface SavedWork {
  scenarioId: string;
  settings: ScenarioSettings;
  savedReport: Report | null;
  lesson: LessonProgress | null;
}

/** In-memory storage where the page has no localStorage (unit tests in Node, some private modes). */
function memoryStorage(): StateStorage {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

/**
 * zustand's persist writes on every state change, progress snapshots included; the
 * saved part rarely changes, so a write of the same text is skipped (a localStorage
 * write is synchronous and costs the main thread on every training update).
 */
function skipUnchanged(inner: StateStorage): StateStorage {
  const last = new Map<string, string>();
  return {
    getItem: (k) => inner.getItem(k),
    setItem: (k, v) => {
      if (last.get(k) === v) return;
      last.set(k, v);
      return inner.setItem(k, v);
    },
    removeItem: (k) => {
      last.delete(k);
      return inner.removeItem(k);
    },
  };
}

const storage = createJSONStorage<SavedWork>(() => {
  try {
    if (typeof localStorage !== 'undefined') return skipUnchanged(localStorage);
  } catch {
    // Access to localStorage can throw (blocked cookies); fall through to memory.
  }
  return memoryStorage();
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings saved work of an older version to the current one, one step at a time.
 * Version 0 (or none) never existed in a release: anything that old is dropped.
 * 1 → 2: no lesson was in progress.
 */
export function migrateSavedWork(saved: unknown, version: number): SavedWork {
  if (version < 1 || !isObject(saved)) return { scenarioId: '', settings: {}, savedReport: null, lesson: null };
  let work = saved as Record<string, unknown>;
  if (version < 2) work = { ...work, lesson: null };
  return work as unknown as SavedWork;
}

/**
 * Checks saved work against today's presets and schema.
 * @returns the work to restore and one problem per thing dropped
 */
export function checkSavedWork(saved: Partial<SavedWork> | undefined): { work: Partial<SavedWork>; problems: Problem[] } {
  if (!saved) return { work: {}, problems: [] };
  const problems: Problem[] = [];
  const work: Partial<SavedWork> = {};
  const lesson = checkLessonProgress(saved.lesson);
  if (lesson) work.lesson = lesson;
  const report = saved.savedReport;
  if (isObject(report) && typeof report.scenario === 'string' && isObject(report.policies)) work.savedReport = report as unknown as Report;
  const preset = typeof saved.scenarioId === 'string' ? findScenario(saved.scenarioId) : undefined;
  if (saved.scenarioId && !preset) problems.push({ path: 'scenario', reason: { code: 'savedPresetGone', id: String(saved.scenarioId) } });
  if (!preset) return { work, problems };
  work.scenarioId = preset.id;
  const s = isObject(saved.settings) ? (saved.settings as ScenarioSettings) : {};
  const settings: ScenarioSettings = {};
  if (preset.world === 'shop' && (s.goal === 'purchases' || s.goal === 'gmv')) settings.goal = s.goal;
  if (preset.world === 'shop' && typeof s.sharedEmbeddings === 'boolean') settings.sharedEmbeddings = s.sharedEmbeddings;
  if (isObject(s.edits) && Object.keys(s.edits).length) {
    const checked = applyEdits(preset, s.edits);
    // A value equal to the preset's is not a change (older saves kept the link's seed=1).
    const changes = withoutNoOps(preset, s.edits);
    if (!checked.ok) problems.push(...checked.issues.map((p) => ({ ...p, savedDropped: true })));
    else if (Object.keys(changes).length) settings.edits = changes;
  }
  work.settings = settings;
  return { work, problems };
}

export const persistOptions: PersistOptions<AppState, SavedWork> = {
  name: STORAGE_KEY,
  version: STORAGE_VERSION,
  storage,
  // The link decides first (see initStore), so hydration waits for it.
  skipHydration: true,
  partialize: (s) => ({ scenarioId: s.scenarioId, settings: s.settings, savedReport: s.savedReport, lesson: s.lesson }),
  migrate: (saved, version) => migrateSavedWork(saved, version),
  merge: (saved, current) => {
    const { work, problems } = checkSavedWork(saved as Partial<SavedWork> | undefined);
    return { ...current, ...work, linkProblems: [...current.linkProblems, ...problems] };
  },
};
