/**
 * The shape of a guided lesson, as data: an ordered list of steps, each with its
 * text keys (in the `lessons` namespace), the one thing it asks the learner to do,
 * and a checkpoint that reads the app's state to say whether the learner may go on.
 *
 * Pure TypeScript: no React, no DOM, so every checkpoint and every reveal can be
 * unit-tested on plain objects.
 */
import type { ShopGoal } from '../core/scenario/shopScenario';
import type { ReplayResult } from '../worker/protocol';
import type { World } from '../store/models';
import type { Phase } from '../store/types';
import type { ShopPolicyId, VideoPolicyId } from '../core/replay/types';

/** A policy of either case (the ids of the replay). */
export type PolicyId = VideoPolicyId | ShopPolicyId;

export type LessonId = 'video' | 'shop' | 'objective';
export const LESSON_IDS: readonly LessonId[] = ['video', 'shop', 'objective'];

/** A prediction's size question: how many times more the winner earns (see `ratio.ts` for the ranges). */
export type RatioBucket = 'same' | 'x1_5' | 'x2' | 'x4';

/** What the learner predicts before a reveal; either part may still be unanswered. */
export interface Prediction {
  /** The policy the learner expects to earn more. */
  winner?: PolicyId;
  /** How many times more it earns, as one of four ranges. */
  ratio?: RatioBucket;
}

/** The online metrics a lesson compares, per 1,000 impressions. */
export type LessonMetric = 'adMinutesPer1k' | 'clicksPer1k' | 'watchMinutesPer1k' | 'purchasesPer1k' | 'gmvPer1k';

/** The questions lessons ask before a reveal. */
export type QuestionId = 'videoAds' | 'shopPurchases' | 'shopBase';

/** A prediction question: which of two policies earns more of a metric, and by how much. */
export interface Question {
  id: QuestionId;
  world: World;
  metric: LessonMetric;
  /** The two policies compared, in the order the form offers them. */
  policies: readonly [PolicyId, PolicyId];
  /** Further comparisons the reveal states in numbers (e.g. clicks, where the other policy wins). */
  also: readonly { metric: LessonMetric; policies: readonly [PolicyId, PolicyId] }[];
}

/** Business goals of the "pick the objective" lesson; each belongs to one world. */
export type BusinessGoal = 'adRevenue' | 'purchases' | 'gmv';

/** Reasons a learner can give for an objective (lesson 3). */
export type ReasonId = 'measuresGoal' | 'mostData' | 'easiest' | 'accurate';

/** The learner's answers in lesson 3. */
export interface ObjectiveChoices {
  goal?: BusinessGoal;
  /** The objective to rank by, named by its policy (`esmm` stands for ESMM or ESMM-NS, whichever is trained). */
  objective?: PolicyId;
  reason?: ReasonId;
}

/** What a step asks for; the panel renders the matching control. */
export type StepKind =
  | 'read'
  | 'generate'
  | 'train'
  | 'compare'
  | 'predict'
  | 'reveal'
  | 'chooseGoal'
  | 'chooseObjective'
  | 'verdict'
  | 'summary';

/** The part of the page a step is about (scrolled into view, its button outlined). */
export type PageTarget = 'generate' | 'train' | 'compare' | 'scenario' | 'results';

/** The state a checkpoint reads: a plain snapshot of the store (see `lessonContext`). */
export interface LessonContext {
  phase: Phase;
  /** The numbers on screen belong to an earlier scenario or settings. */
  stale: boolean;
  /** The logs fit but the models must train again (ESMM switch). */
  modelsStale: boolean;
  /** The world of the active scenario. */
  world: World;
  /** The shop's goal of the active scenario; null on a video scenario. */
  shopGoal: ShopGoal | null;
  /** A world summary exists (Generate finished). */
  generated: boolean;
  /** Training finished (stats exist). */
  trained: boolean;
  result: ReplayResult | null;
  progress: LessonProgress;
}

export interface LessonStep {
  /** Unique in its lesson; the text keys are `<lesson>.steps.<id>.title` and `.text`. */
  id: string;
  kind: StepKind;
  /** For `predict` and `reveal` steps. */
  question?: QuestionId;
  /** Where the page shows what this step is about. */
  target?: PageTarget;
  /** True when the learner may go on to the next step. */
  checkpoint(ctx: LessonContext): boolean;
}

export interface Lesson {
  id: LessonId;
  /** The world the lesson runs in; null when the learner's choice decides it (lesson 3). */
  world: World | null;
  /** The shop goal the lesson ranks for, where it fixes one. */
  shopGoal?: ShopGoal;
  steps: readonly LessonStep[];
}

/** A lesson in progress, as the store keeps (and saves) it. */
export interface LessonProgress {
  id: LessonId;
  /** Index of the current step, 0-based. */
  step: number;
  predictions: Partial<Record<QuestionId, Prediction>>;
  /** Questions whose result the learner has seen: their predictions are locked. */
  revealed: QuestionId[];
  choices: ObjectiveChoices;
  /** The preset the link asked for (`?scenario=`), used for its world instead of the default. */
  scenarioOverride?: string;
  /**
   * The step the learner had reached when the run behind it was lost (a reload keeps
   * no models), 0-based; the panel offers to rebuild the run and go back there. Absent
   * when the learner stands where they were.
   */
  resumeStep?: number;
}
