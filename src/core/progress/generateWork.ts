/**
 * How far a generation is, as one share of the whole: each stage's rows weighted by
 * what a row of that stage costs, so that the bar moves at a roughly even pace
 * through stages as different as drawing users and copying the split.
 *
 * The costs are relative (nanoseconds per row in V8), measured by driving
 * `generateVideoRunSteps` and `generateShopRunSteps` in Node on worlds of 1,000,000
 * impressions, 100,000 users and 20,000 items with 8 and 32 latent dimensions. A
 * wrong weight only makes the bar speed up or slow down between stages; the time-left
 * estimate (`timeLeft.ts`) follows the rate it sees.
 */
import type { Scenario } from '../scenario/parseScenario';
import { GENERATE_STAGES, type GenerateStage, type StageProgress } from './steps';

/** Where a generation is: the stage's own count and the share of all the work. */
export interface GenerateProgress extends StageProgress {
  /** Share of the whole generation done, in [0, 1]. */
  fraction: number;
}

/** Relative cost of one row of each stage, with `d` the latent dimension (topics or categories). */
const COST_PER_ROW: Record<GenerateStage, (d: number) => number> = {
  users: (d) => 200 + 35 * d,
  items: (d) => 200 + 35 * d,
  exposure: () => 65,
  labels: (d) => 60 + 4.5 * d,
  split: () => 20, // per row of each of its two passes
  summary: () => 20,
};

/** Rows each stage runs over (the split counts its two passes, as `splitSteps` does). */
function rowsOf(scenario: Scenario, stage: GenerateStage): number {
  const impressions = scenario.logging.impressions;
  if (stage === 'users') return scenario.users;
  if (stage === 'items') return scenario.items;
  return stage === 'split' ? 2 * impressions : impressions;
}

/** The estimated work of each stage of generating `scenario`, relative units ≥ 0. */
export function generateWork(scenario: Scenario): Record<GenerateStage, number> {
  const d = scenario.world === 'video' ? scenario.video.topicDim : scenario.shop.topicDim;
  const work = {} as Record<GenerateStage, number>;
  for (const stage of GENERATE_STAGES) work[stage] = rowsOf(scenario, stage) * COST_PER_ROW[stage](d);
  return work;
}

/**
 * The share of the whole generation done when `p` is reported.
 * @param work from `generateWork`
 * @returns in [0, 1], never past 1 whatever `p` says
 */
export function generateFraction(work: Record<GenerateStage, number>, p: StageProgress): number {
  let before = 0;
  let total = 0;
  for (const stage of GENERATE_STAGES) {
    total += work[stage];
    if (GENERATE_STAGES.indexOf(stage) < GENERATE_STAGES.indexOf(p.stage)) before += work[stage];
  }
  if (total <= 0) return 1;
  const within = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 1;
  return Math.min(1, (before + within * work[p.stage]) / total);
}
