/**
 * Guided lessons and presenter mode. A lesson moves one step at a time; the next
 * step opens when the current one's checkpoint passes (see `src/lessons`). Starting
 * a lesson, and Reset room, clear the run so that every prediction is made before
 * its result exists; the scenario and its seed stay, so a room sees the same world again.
 */
import type { StateCreator } from 'zustand';
import { canAdvance, LESSONS, reachableStep } from '../lessons';
import { GOAL_WORLD, OBJECTIVES, shopGoalOf } from '../lessons/objective';
import { lessonTarget as targetOf, rebuildPlan } from '../lessons/resume';
import type { LessonId, LessonProgress } from '../lessons/types';
import { activeScenario } from './activeScenario';
import { lessonContext, lessonScenarioId } from './lessonContext';
import type { World } from './models';
import { hasKnobDrafts, isBusy } from './scenarioSlice';
import { startAutoRun } from './autoRun';
import { emptyTraining } from './trainingSlice';
import type { AppState, LessonSlice } from './types';
import type { ShopGoal } from '../core/scenario/shopScenario';

type Set = (patch: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;

/** Nothing generated, trained or compared: the run as a fresh page has it (the saved report stays). */
export function clearedRun(): Partial<AppState> {
  return {
    phase: 'idle',
    error: null,
    cancelled: false,
    summary: null,
    generateMs: null,
    result: null,
    report: null,
    compareMs: null,
    resultsScenarioId: null,
    stale: false,
    modelsStale: false,
    ...emptyTraining(),
  };
}

/** A lesson at its first step with no answers. */
export function freshProgress(id: LessonId, scenarioOverride?: string): LessonProgress {
  return { id, step: 0, predictions: {}, revealed: [], choices: {}, ...(scenarioOverride ? { scenarioOverride } : {}) };
}

/**
 * Puts the page on the lesson's world (its preset when the world changes) and, in
 * the shop, on the goal the lesson ranks for.
 * @param preset true to switch to the lesson's preset even within the same world (at the start)
 */
function ensureWorld(get: () => AppState, world: World, override: string | undefined, goal: ShopGoal | null, preset: boolean): void {
  const s = get();
  if (preset || activeScenario(s).world !== world) s.selectScenario(lessonScenarioId(world, override));
  if (goal) get().setGoal(goal);
}

/** The world (and shop goal) the current lesson works in now; undefined before lesson 3's goal is chosen. */
function lessonTarget(progress: LessonProgress): { world: World; goal: ShopGoal | null } | undefined {
  return targetOf(LESSONS[progress.id], progress);
}

/**
 * The lesson's world when the page shows another one (another preset was picked): the
 * lesson's run steps cannot be done there. Null when they agree, or outside a lesson.
 */
export function lessonWorldMismatch(s: AppState): World | null {
  if (!s.lesson) return null;
  const target = lessonTarget(s.lesson);
  return target && activeScenario(s).world !== target.world ? target.world : null;
}

/**
 * `progress` placed at `wanted` if the run on the page allows it, else at the first
 * step not done, with `wanted` kept as `resumeStep` for a rebuild.
 */
export function placeLesson(s: AppState, progress: LessonProgress, wanted: number): LessonProgress {
  const { resumeStep: _old, ...rest } = progress;
  const step = reachableStep(LESSONS[progress.id], lessonContext(s, rest)!, wanted);
  return step < wanted && wanted < LESSONS[progress.id].steps.length ? { ...rest, step, resumeStep: wanted } : { ...rest, step };
}

export const createLessonSlice: StateCreator<AppState, [], [], LessonSlice> = (set, get, api) => ({
  lesson: null,
  presenter: false,
  lessonResetPending: false,
  leftLesson: null,

  startLesson(id, scenarioOverride) {
    if (isBusy(get().phase)) return false;
    const progress = freshProgress(id, scenarioOverride);
    const target = lessonTarget(progress);
    if (target) ensureWorld(get, target.world, scenarioOverride, target.goal, true);
    set({ ...clearedRun(), lesson: progress, leftLesson: null });
    return true;
  },

  exitLesson() {
    set({ lesson: null });
  },

  returnToLesson() {
    const s = get();
    const left = s.leftLesson;
    if (!left || isBusy(s.phase)) return;
    const target = lessonTarget(left);
    if (target) ensureWorld(get, target.world, left.scenarioOverride, target.goal, false);
    set({ lesson: placeLesson(get(), left, Math.max(left.step, left.resumeStep ?? 0)), leftLesson: null });
  },

  dismissLeftLesson() {
    set({ leftLesson: null });
  },

  lessonToWorld() {
    const s = get();
    const target = s.lesson && lessonTarget(s.lesson);
    if (!s.lesson || !target || isBusy(s.phase)) return;
    ensureWorld(get, target.world, s.lesson.scenarioOverride, target.goal, false);
  },

  rebuildLessonRun() {
    const s = get();
    const lesson = s.lesson;
    if (!lesson || lesson.resumeStep === undefined || isBusy(s.phase) || hasKnobDrafts(s)) return;
    const target = lessonTarget(lesson);
    if (target) ensureWorld(get, target.world, lesson.scenarioOverride, target.goal, false);
    const def = LESSONS[lesson.id];
    const plan = rebuildPlan(def, lessonContext(get(), lesson)!, lesson.resumeStep);
    // The rebuild is given up when the lesson is (left, reset, or walked to its step by hand).
    const stillWanted = () => {
      const now = get();
      return now.lesson?.id === lesson.id && now.lesson.resumeStep !== undefined && !now.lessonResetPending;
    };
    // Back at the saved step (or the first the run cannot do by itself), once the run is there.
    const arrive = () => {
      if (!stillWanted()) return;
      const { resumeStep: _done, ...rest } = get().lesson!;
      set({ lesson: { ...rest, step: reachableStep(def, lessonContext(get(), rest)!, plan.step) } });
    };
    if (plan.actions.length === 0) return arrive();
    const last = plan.actions[plan.actions.length - 1];
    startAutoRun(api, { until: last === 'generate' ? 'generated' : last === 'train' ? 'trained' : 'compared', onDone: arrive, stillWanted });
  },

  nextStep() {
    const s = get();
    const ctx = lessonContext(s);
    if (!s.lesson || !ctx || !canAdvance(LESSONS[s.lesson.id], ctx)) return;
    const step = s.lesson.step + 1;
    const next = LESSONS[s.lesson.id].steps[step];
    // A prediction is locked once its result has been shown.
    const revealed = next.kind === 'reveal' && next.question && !s.lesson.revealed.includes(next.question) ? [...s.lesson.revealed, next.question] : s.lesson.revealed;
    // Walking back to the step reached before a reload: nothing left to rebuild.
    const { resumeStep, ...rest } = s.lesson;
    set({ lesson: { ...rest, step, revealed, ...(resumeStep !== undefined && resumeStep > step ? { resumeStep } : {}) } });
  },

  previousStep() {
    const lesson = get().lesson;
    if (lesson && lesson.step > 0) set({ lesson: { ...lesson, step: lesson.step - 1 } });
  },

  predict(question, answer) {
    const lesson = get().lesson;
    if (!lesson || lesson.revealed.includes(question)) return;
    set({ lesson: { ...lesson, predictions: { ...lesson.predictions, [question]: { ...lesson.predictions[question], ...answer } } } });
  },

  chooseGoal(goal) {
    const s = get();
    const lesson = s.lesson;
    if (!lesson || isBusy(s.phase)) return;
    const before = lesson.choices;
    // An objective of the other world no longer applies; the reason still may.
    const keepObjective = before.objective !== undefined && OBJECTIVES[GOAL_WORLD[goal]].includes(before.objective);
    set({ lesson: { ...lesson, choices: { ...before, goal, objective: keepObjective ? before.objective : undefined } } });
    // The first choice puts the page on the lesson's preset of that world; later ones switch only between worlds.
    ensureWorld(get, GOAL_WORLD[goal], lesson.scenarioOverride, shopGoalOf(goal), before.goal === undefined);
  },

  chooseObjective(answer) {
    const lesson = get().lesson;
    if (lesson) set({ lesson: { ...lesson, choices: { ...lesson.choices, ...answer } } });
  },

  runStepAction() {
    const s = get();
    const lesson = s.lesson;
    if (!lesson) return;
    const kind = LESSONS[lesson.id].steps[lesson.step]?.kind;
    if (kind !== 'generate' && kind !== 'train' && kind !== 'compare') return;
    const target = lessonTarget(lesson);
    if (target && !isBusy(s.phase)) ensureWorld(get, target.world, lesson.scenarioOverride, target.goal, false);
    get()[kind]();
  },

  resetRoom() {
    const s = get();
    if (!s.lesson) return;
    const lesson = freshProgress(s.lesson.id, s.lesson.scenarioOverride);
    if (!isBusy(s.phase)) return set({ ...clearedRun(), lesson, lessonResetPending: false });
    // A job is running: stop a training, and clear what it leaves once the worker answers.
    set({ lesson, lessonResetPending: true });
    if (s.phase === 'training' || s.phase === 'paused') s.cancel();
  },

  setPresenter(on) {
    set({ presenter: on });
  },
});

/**
 * Finishes a Reset room asked for while a job ran: once the worker is idle again
 * (the cancel confirmed, or the generate or compare done), the run is cleared.
 */
export function settlePendingReset(store: { getState(): AppState; setState: Set; subscribe(l: (s: AppState) => void): () => void }): () => void {
  return store.subscribe((s) => {
    if (s.lessonResetPending && !isBusy(s.phase)) store.setState({ ...clearedRun(), lessonResetPending: false });
  });
}
