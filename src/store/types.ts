/**
 * The shape of the app state: one interface per slice, combined into `AppState`.
 * Actions live beside the data and can be called outside React:
 * `useStore.getState().generate()`.
 */
import type { Report } from '../core/report/report';
import type { Scenario } from '../core/scenario/parseScenario';
import type { ShopGoal } from '../core/scenario/shopScenario';
import type { BackendChoice, BackendName, ModelId, TrainProgress, TrainStats } from '../models/types';
import type { ReplayResult, RunInsights, WorldSummary } from '../worker/protocol';
import type { RuntimeMode } from '../worker/client';
import type { World } from './models';

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
   * The shop's business goal. Trained models stay valid (none learns the goal); the
   * comparison shown becomes stale until Compare runs again with the new goal.
   */
  setGoal(goal: ShopGoal): void;
  /** ESMM with shared embeddings, or ESMM-NS: another model, so Generate and Train again. */
  setSharedEmbeddings(shared: boolean): void;
  /**
   * Changes one knob (path as in the schema). A valid change marks the numbers on
   * screen stale; an invalid one changes nothing.
   * @returns one line per problem; empty when the change was made
   */
  setKnob(path: string, value: unknown): string[];
  /** Drops every change to the preset (knobs, seed, goal, ESMM switch). */
  resetToPreset(): void;
  /**
   * Makes a scenario file the active scenario: its preset (by id, else its world's
   * default) with the file's differences as changes. A bad file changes nothing.
   * @returns one line per problem; empty when the file was imported
   */
  importScenario(text: string): string[];
  /** What a link asked for that could not be done, one line per problem; empty when none. */
  linkProblems: string[];
  dismissLinkProblems(): void;
}

export interface BackendSlice {
  backendChoice: BackendChoice;
  /** The backend the last training used; null before any training. */
  activeBackend: BackendName | null;
  /** Why the backend differs from the choice, or what `auto` measured. */
  backendNote: string | null;
  setBackendChoice(choice: BackendChoice): void;
}

/** Where the run is. `paused` only happens during training. */
export type Phase = 'idle' | 'generating' | 'generated' | 'training' | 'paused' | 'trained' | 'comparing' | 'compared';

export interface RunError {
  during: 'generate' | 'train' | 'compare';
  message: string;
}

export interface RunSlice {
  phase: Phase;
  error: RunError | null;
  /** Set when the last training was cancelled by the user. */
  cancelled: boolean;
  runtime: { mode: RuntimeMode; reason?: string };
  generate(): void;
  train(): void;
  pause(): void;
  resume(): void;
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

export type AppState = ScenarioSlice & BackendSlice & RunSlice & TrainingSlice & ResultsSlice;
