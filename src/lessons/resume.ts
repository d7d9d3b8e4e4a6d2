/**
 * Getting back to where a learner was. The trained models live only in the page, so
 * after a reload every step past Generate fails its checkpoint; the lesson keeps the
 * step reached (`resumeStep`) and offers one click that rebuilds the run with the same
 * seed (Generate, Train and, where the steps need it, Compare) and goes back there.
 *
 * The plan never runs a step's action past a step the run cannot do by itself (a
 * prediction not made yet): a result is never shown before the learner predicted it.
 */
import type { ShopGoal } from '../core/scenario/shopScenario';
import type { World } from '../store/models';
import { GOAL_WORLD, shopGoalOf } from './objective';
import type { Lesson, LessonContext, LessonProgress, StepKind } from './types';

/** Steps whose action the rebuild runs. */
export type RunAction = 'generate' | 'train' | 'compare';
const RUN_ACTIONS: readonly StepKind[] = ['generate', 'train', 'compare'];
/** Steps done by the comparison itself (their checkpoint is a current result). */
const DONE_BY_RESULT: readonly StepKind[] = ['reveal', 'verdict'];

/**
 * The world (and shop goal) a lesson in progress works in; undefined before lesson 3's
 * goal is chosen.
 */
export function lessonTarget(lesson: Lesson, progress: LessonProgress): { world: World; goal: ShopGoal | null } | undefined {
  if (lesson.world) return { world: lesson.world, goal: lesson.shopGoal ?? null };
  const goal = progress.choices.goal;
  return goal ? { world: GOAL_WORLD[goal], goal: shopGoalOf(goal) } : undefined;
}

export interface RebuildPlan {
  /** The actions to run in order (each at most once; empty when none is needed). */
  actions: RunAction[];
  /** The step to stand on once they ran: `wanted`, or the first step before it that the run cannot do. */
  step: number;
}

/**
 * What a rebuild must run to get the learner from nothing generated back to `wanted`.
 * @param ctx the state now; its world and shop goal are taken as the lesson's (the rebuild puts the page there first)
 * @param wanted 0-based step index; clamped to the lesson
 */
export function rebuildPlan(lesson: Lesson, ctx: LessonContext, wanted: number): RebuildPlan {
  const last = lesson.steps.length - 1;
  const target = Math.max(0, Math.min(last, Math.floor(Number.isFinite(wanted) ? wanted : 0)));
  const where = lessonTarget(lesson, ctx.progress);
  const onLessonWorld: LessonContext = where ? { ...ctx, world: where.world, shopGoal: where.world === 'shop' ? (where.goal ?? ctx.shopGoal) : null } : ctx;
  const actions: RunAction[] = [];
  for (let i = 0; i < target; i++) {
    const step = lesson.steps[i];
    if (RUN_ACTIONS.includes(step.kind)) {
      const action = step.kind as RunAction;
      if (!actions.includes(action)) actions.push(action);
      continue;
    }
    if (DONE_BY_RESULT.includes(step.kind) && actions.includes('compare')) continue;
    if (!step.checkpoint({ ...onLessonWorld, progress: { ...ctx.progress, step: i } })) return { actions, step: i };
  }
  return { actions, step: target };
}
