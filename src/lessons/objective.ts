/**
 * Lesson 3, "pick the objective": which world each business goal lives in, the
 * objectives a learner can rank by there, and whether the pick earned the most of
 * the goal once the replay has run.
 */
import type { ShopGoal } from '../core/scenario/shopScenario';
import type { World } from '../store/models';
import type { ReplayResult } from '../worker/protocol';
import { metricOf } from './ratio';
import type { BusinessGoal, LessonMetric, ObjectiveChoices, PolicyId, ReasonId } from './types';

export const BUSINESS_GOALS: readonly BusinessGoal[] = ['adRevenue', 'purchases', 'gmv'];
export const REASONS: readonly ReasonId[] = ['measuresGoal', 'mostData', 'easiest', 'accurate'];

/** Ad revenue is earned on the video platform; purchases and GMV in the shop. */
export const GOAL_WORLD: Record<BusinessGoal, World> = { adRevenue: 'video', purchases: 'shop', gmv: 'shop' };

/** The replay's measure of each goal, per 1,000 impressions. */
export const GOAL_METRIC: Record<BusinessGoal, LessonMetric> = { adRevenue: 'adMinutesPer1k', purchases: 'purchasesPer1k', gmv: 'gmvPer1k' };

/** The shop's own goal setting for a business goal (the shop ranks and judges by it); null on the video platform. */
export function shopGoalOf(goal: BusinessGoal): ShopGoal | null {
  return goal === 'adRevenue' ? null : goal;
}

/** The objectives a learner may rank by in each world, by the policy that ranks by it. */
export const OBJECTIVES: Record<World, readonly PolicyId[]> = {
  video: ['ctr', 'watchTime'],
  shop: ['ctr', 'ctrXcvr', 'esmm'],
};

/** The objective that follows each goal (what the papers recommend). */
export const MATCHING_OBJECTIVE: Record<BusinessGoal, PolicyId> = { adRevenue: 'watchTime', purchases: 'esmm', gmv: 'esmm' };

/** True when the choices name a goal, an objective of its world and a reason. */
export function choicesComplete(c: ObjectiveChoices): boolean {
  return c.goal !== undefined && c.reason !== undefined && c.objective !== undefined && OBJECTIVES[GOAL_WORLD[c.goal]].includes(c.objective);
}

export interface ObjectiveOutcome {
  goal: BusinessGoal;
  metric: LessonMetric;
  picked: PolicyId;
  pickedValue: number;
  /** The learned objective that earned the most of the goal. */
  best: PolicyId;
  bestValue: number;
  /** bestValue / pickedValue, ≥ 1; Infinity when the pick earned 0 and the best more. */
  ratio: number;
  pickedWasBest: boolean;
  /** Every objective of the world with what it earned, best first. */
  ranking: { policy: PolicyId; value: number }[];
  /** True when the objective that follows the goal earned the most in this run. */
  matchingWon: boolean;
}

/**
 * Judges the learner's pick against a result that ranked for their goal.
 * @returns undefined when the choices are incomplete or the result is of another world or goal
 */
export function judgeObjective(choices: ObjectiveChoices, result: ReplayResult): ObjectiveOutcome | undefined {
  if (!choicesComplete(choices)) return undefined;
  const goal = choices.goal!;
  const picked = choices.objective!;
  if (result.world !== GOAL_WORLD[goal]) return undefined;
  if (result.world === 'shop' && result.goal !== shopGoalOf(goal)) return undefined;
  const metric = GOAL_METRIC[goal];
  const ranking = OBJECTIVES[result.world]
    .map((policy) => ({ policy, value: metricOf(result, policy, metric) }))
    .filter((r): r is { policy: PolicyId; value: number } => r.value !== undefined)
    .sort((a, b) => b.value - a.value);
  const mine = ranking.find((r) => r.policy === picked);
  if (!mine || ranking.length === 0) return undefined;
  const top = ranking[0];
  const ratio = mine.value > 0 ? top.value / mine.value : top.value > 0 ? Infinity : 1;
  return {
    goal,
    metric,
    picked,
    pickedValue: mine.value,
    best: top.policy,
    bestValue: top.value,
    ratio,
    pickedWasBest: mine.value >= top.value,
    ranking,
    matchingWon: top.policy === MATCHING_OBJECTIVE[goal],
  };
}
