/**
 * Core-only speeds in Node (no tfjs): world generation in impressions/s (world, logs,
 * split, summary: the pipeline's generate stage) and the replay in users/s with the
 * policies that need no model (random and the oracle).
 */
import { replayShop } from '../../core/replay/shopReplay';
import { replayVideo } from '../../core/replay/videoReplay';
import type { Scenario } from '../../core/scenario/parseScenario';
import { generateRun } from '../../pipeline/anyRun';

export interface CoreSpeed {
  impressionsPerSec: number;
  replayUsersPerSec: number;
}

/** Times generate and the model-free replay of `scenario` (best of `repeats`). */
export function coreSpeed(scenario: Scenario, repeats = 2): CoreSpeed {
  let generateMs = Infinity;
  let replayMs = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const run = generateRun(scenario);
    const t1 = performance.now();
    if (run.world === 'video') replayVideo(run.run.world, run.run.scenario.evaluation, run.run.scenario.seed, {});
    else replayShop(run.run.world, run.run.scenario.evaluation, run.run.scenario.goal, run.run.scenario.seed, {});
    const t2 = performance.now();
    generateMs = Math.min(generateMs, t1 - t0);
    replayMs = Math.min(replayMs, t2 - t1);
  }
  return { impressionsPerSec: (scenario.logging.impressions * 1000) / generateMs, replayUsersPerSec: (scenario.evaluation.replayUsers * 1000) / replayMs };
}
