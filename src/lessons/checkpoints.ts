/**
 * Checkpoints: small predicates over the app's state that say when a step is done.
 * A step is done when what it asked for holds *now* (a world generated for this
 * lesson and still current, models trained on it, results for the right world and
 * goal), so going back and changing the scenario re-locks the steps after it.
 */
import type { ShopGoal } from '../core/scenario/shopScenario';
import type { World } from '../store/models';
import { choicesComplete, GOAL_WORLD, shopGoalOf } from './objective';
import { isComplete } from './reveal';
import type { LessonContext, QuestionId } from './types';

/**
 * The world a step works in: the lesson's own, or (`null`, lesson 3) the world of
 * the learner's business goal; undefined before the learner chose one.
 */
function worldOf(ctx: LessonContext, world: World | null): World | undefined {
  if (world) return world;
  const goal = ctx.progress.choices.goal;
  return goal ? GOAL_WORLD[goal] : undefined;
}

/** The shop goal the results must rank for: the lesson's, or the learner's (lesson 3). */
function shopGoalWanted(ctx: LessonContext, goal: ShopGoal | 'chosen' | undefined): ShopGoal | null | undefined {
  if (goal !== 'chosen') return goal;
  const chosen = ctx.progress.choices.goal;
  return chosen ? shopGoalOf(chosen) : undefined;
}

/** Reading steps and summaries: always done. */
export const always = (): boolean => true;

/** Generate has finished on the lesson's world and its logs are current. */
export const generated =
  (world: World | null) =>
  (ctx: LessonContext): boolean =>
    ctx.world === worldOf(ctx, world) && ctx.generated && !ctx.stale && ctx.phase !== 'generating' && ctx.phase !== 'idle';

/** Training has finished on those logs and the models are current. */
export const trained =
  (world: World | null) =>
  (ctx: LessonContext): boolean =>
    generated(world)(ctx) && ctx.trained && !ctx.modelsStale && (ctx.phase === 'trained' || ctx.phase === 'comparing' || ctx.phase === 'compared');

/** The replay has run on current models, for the lesson's world (and shop goal, where it has one). */
export const compared =
  (world: World | null, goal?: ShopGoal | 'chosen') =>
  (ctx: LessonContext): boolean => {
    const r = ctx.result;
    if (!r || ctx.phase !== 'compared' || ctx.stale || ctx.modelsStale || r.world !== worldOf(ctx, world)) return false;
    if (goal === 'chosen' && !ctx.progress.choices.goal) return false;
    const wanted = shopGoalWanted(ctx, goal);
    // No shop goal to rank for (a video world, or a lesson that fixes none): any current result will do.
    if (wanted === undefined || wanted === null) return true;
    return r.world === 'shop' && r.goal === wanted && ctx.shopGoal === wanted;
  };

/** Both parts of a prediction are answered. */
export const predicted =
  (question: QuestionId) =>
  (ctx: LessonContext): boolean =>
    isComplete(ctx.progress.predictions[question]);

/** Lesson 3: a goal is chosen and the page shows its world (and, in the shop, ranks for it). */
export const goalChosen = (ctx: LessonContext): boolean => {
  const goal = ctx.progress.choices.goal;
  if (!goal || ctx.world !== GOAL_WORLD[goal]) return false;
  const shopGoal = shopGoalOf(goal);
  return shopGoal === null || ctx.shopGoal === shopGoal;
};

/** Lesson 3: an objective of the goal's world and a reason are chosen. */
export const objectiveChosen = (ctx: LessonContext): boolean => goalChosen(ctx) && choicesComplete(ctx.progress.choices);
