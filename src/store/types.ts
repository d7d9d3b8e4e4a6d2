/**
 * The shape of the app state: one interface per slice, combined into `AppState`.
 * Actions live beside the data and can be called outside React:
 * `useStore.getState().generate()`.
 */
import type { Message } from '../core/messages/message';
import type { Problem } from '../core/messages/problem';
import type { Report } from '../core/report/report';
import type { Scenario } from '../core/scenario/parseScenario';
import type { ShopGoal } from '../core/scenario/shopScenario';
import type { BackendChoice, BackendName, ModelId, TrainProgress, TrainStats } from '../models/types';
import type { GenerateProgress, ReplayResult, RunInsights, WorldSummary } from '../worker/protocol';
import type { RuntimeMode } from '../worker/client';
import type { World } from './models';
import type { BusinessGoal, LessonId, LessonProgress, ObjectiveChoices, Prediction, QuestionId } from '../lessons/types';

/**
 * What the user changed in the active scenario: the shop's business goal and
 * ESMM switch, and any other knob (from the editor, a link or an imported file).
 */
export interface ScenarioSettings {
  goal?: ShopGoal;
  sharedEmbeddings?: boolean;
  /** Knob path → value, e.g. `{ 'video.clickbaitShare': 0.5, seed: 3 }`; always valid on the preset. */
  edits?: Readonly<Record<string, unknown>>;
}

export interface ScenarioSlice {
  scenarios: readonly Scenario[];
  scenarioId: string;
  /** The user's changes to the active scenario (reset when the scenario changes). */
  settings: ScenarioSettings;
  /** Switches scenario; results of the previous one become stale. */
  selectScenario(id: string): void;
  /**
   * The picker's switch: like `selectScenario`, but the changes made to the scenario
   * left (knobs in use and values still waiting) are set aside, and those set aside
   * for the one picked come back, so a round trip through the picker loses nothing.
   */
  pickScenario(id: string): void;
  /** Changes set aside by `pickScenario`, by scenario id (this visit only: not saved). */
  setAside: Readonly<Record<string, Pick<AppState, 'settings' | 'knobDrafts' | 'draftProblems'>>>;
  /**
   * The shop's business goal. Trained models stay valid (none learns the goal); the
   * comparison shown becomes stale until Compare runs again with the new goal.
   */
  setGoal(goal: ShopGoal): void;
  /** ESMM with shared embeddings, or ESMM-NS: another model, so Generate and Train again. */
  setSharedEmbeddings(shared: boolean): void;
  /**
   * Changes one knob (path as in the schema). A value that fits is used and marks the
   * numbers on screen stale; one that does not waits in `knobDrafts`, and the whole
   * draft is checked again (another waiting value may fit now).
   * @returns one line per problem keeping this value from being used; empty when it is used
   */
  setKnob(path: string, value: unknown): Problem[];
  /** Drops every change to the preset (knobs, seed, goal, ESMM switch) and every refused value still typed in the editor. */
  resetToPreset(): void;
  /**
   * Values typed in the editor that the scenario does not use yet, because the whole
   * draft with them is refused: knob path → value, oldest first. Generate refuses while
   * any is left, so a world is never built from another value than the one on screen.
   * Every change to a box checks the whole draft again: a value that fits is used at
   * once. Cleared by `clearKnobDraft`, a reset, an import or another scenario.
   */
  knobDrafts: Readonly<Record<string, unknown>>;
  /**
   * Why the draft is refused, by the box each problem goes under: every knob a problem
   * names (both fields of a rule between two, every knob that sizes a run too big), said
   * from that knob's side. Empty when nothing waits.
   */
  draftProblems: Readonly<Record<string, Problem[]>>;
  /** The box of `path` shows the value in use again (e.g. typed back): its waiting value is dropped and the rest checked again. */
  clearKnobDraft(path: string): void;
  /**
   * Makes a scenario file the active scenario: its preset (by id, else its world's
   * default) with the file's differences as changes. A bad file changes nothing.
   * @returns one line per problem; empty when the file was imported
   */
  importScenario(text: string): Problem[];
  /** What a link (or saved work) asked for that could not be done, one per problem; empty when none. */
  linkProblems: Problem[];
  dismissLinkProblems(): void;
}

export interface BackendSlice {
  backendChoice: BackendChoice;
  /** The backend the last training used; null before any training. */
  activeBackend: BackendName | null;
  /** Why the backend differs from the choice, or what `auto` measured (English). */
  backendNote: string | null;
  /** The same note as messages, which the page words in its language; empty when none. */
  backendNotes: readonly Message[];
  setBackendChoice(choice: BackendChoice): void;
}

/** Where the run is. `paused` only happens during training. */
export type Phase = 'idle' | 'generating' | 'generated' | 'training' | 'paused' | 'trained' | 'comparing' | 'compared';

export interface RunError {
  during: 'generate' | 'train' | 'compare';
  /** English, in the error's own words. */
  message: string;
  /** The message, when the error was meant for people: the page words it in its language. */
  said?: Message;
}

export interface RunSlice {
  phase: Phase;
  error: RunError | null;
  /** Set when the last training was cancelled by the user. */
  cancelled: boolean;
  /** The generation in progress (how far, and for how long it has run in the worker, ms); null otherwise. */
  generation: { progress: GenerateProgress; elapsedMs: number } | null;
  /** Set when the last generation was cancelled by the user: what was on screen before it is back. */
  generateCancelled: boolean;
  /** What `generate` changed in the state, put back when that generation is cancelled. */
  generateUndo: Partial<AppState> | null;
  runtime: { mode: RuntimeMode; reason?: Message };
  generate(): void;
  train(): void;
  pause(): void;
  resume(): void;
  /** Cancels the training, or the generation, in progress. */
  cancel(): void;
  compare(): void;
  dismissError(): void;
}

/** One point of a live loss curve: x in epochs (fractional), loss in the model's own units. */
export interface LossPoint {
  epochs: number;
  loss: number;
}

/** Held-out AUC at the end of an epoch, per model (see `TrainProgress.testAuc` for what each measures). */
export type AucPoint = { epoch: number } & Partial<Record<ModelId, number>>;

export interface TrainingSlice {
  /** The latest progress snapshot of the training in progress (or just ended). */
  progress: TrainProgress | null;
  /** Overall progress of this training, 0–100. */
  progressPercent: number;
  /** The models of the training in progress (or last finished), in training order. */
  trainingModels: readonly ModelId[];
  /** The case those models belong to; null before any training. */
  trainingWorld: World | null;
  lossCurves: Partial<Record<ModelId, LossPoint[]>>;
  aucByEpoch: AucPoint[];
  trainStats: TrainStats[] | null;
  /** True from a Train on the `auto` backend until the worker names the backend its timing picked. */
  calibrating: boolean;
}

export interface ResultsSlice {
  summary: WorldSummary | null;
  generateMs: number | null;
  result: ReplayResult | null;
  /** The data of the "See why" views of the same comparison (null until one arrives). */
  insights: RunInsights | null;
  report: Report | null;
  compareMs: number | null;
  /** The scenario the shown numbers come from. */
  resultsScenarioId: string | null;
  /** True when the scenario changed since these numbers were made. */
  stale: boolean;
  /**
   * True when the logs still fit but the trained models and results on screen do not
   * (the shop's ESMM switch changed): Train again, no new Generate needed.
   */
  modelsStale: boolean;
  /** The report of the last comparison, kept across reloads (saved work). */
  savedReport: Report | null;
}

/** Guided lessons and presenter mode (see `lessonSlice.ts`). */
export interface LessonSlice {
  /** The lesson in progress; null outside a lesson. */
  lesson: LessonProgress | null;
  /** Presenter mode: large type, advanced controls hidden, keyboard stepping. */
  presenter: boolean;
  /** Set by Reset room while a job runs: the run is cleared once the worker is idle. */
  lessonResetPending: boolean;
  /**
   * The lesson a link left (it opened another scenario and no lesson), kept for this
   * visit so the learner can go back to it; null when none.
   */
  leftLesson: LessonProgress | null;
  /** Back to the lesson a link left, on its world, at the step the run allows (see `resumeStep`). */
  returnToLesson(): void;
  dismissLeftLesson(): void;
  /** Puts the page back on the lesson's world (its preset) after another world was picked. */
  lessonToWorld(): void;
  /**
   * Rebuilds the run the lesson's saved step needs (Generate, Train and, where the steps
   * need it, Compare, with the same scenario and seed) and goes back to that step.
   */
  rebuildLessonRun(): void;
  /**
   * Starts a lesson at its first step on its own world, with nothing generated yet.
   * @param scenarioOverride a preset to use for its world instead of the default (`?scenario=`)
   * @returns false while a job runs (nothing changes)
   */
  startLesson(id: LessonId, scenarioOverride?: string): boolean;
  exitLesson(): void;
  /** The next step, when the current step's checkpoint passes. */
  nextStep(): void;
  previousStep(): void;
  /** Records (part of) a prediction; ignored once its result was revealed. */
  predict(question: QuestionId, answer: Prediction): void;
  /** Lesson 3: the business goal; switches to its world and, in the shop, ranks for it. */
  chooseGoal(goal: BusinessGoal): void;
  /** Lesson 3: the objective to rank by and the reason. */
  chooseObjective(answer: Pick<ObjectiveChoices, 'objective' | 'reason'>): void;
  /** Runs what the current step asks for (Generate, Train or Compare) on the lesson's world. */
  runStepAction(): void;
  /** Back to step one with nothing generated and no answers; the scenario and its seed stay. */
  resetRoom(): void;
  setPresenter(on: boolean): void;
}

export type AppState = ScenarioSlice & BackendSlice & RunSlice & TrainingSlice & ResultsSlice & LessonSlice;
