/**
 * How far a training is over ALL its models, as a share of the expected work, for
 * the progress bar and the time-left estimate: the models' shares are not equal, as
 * the shop's CVR model reads only the clicked impressions (a few percent of the
 * rows) and ESMM runs two towers per row.
 */
import type { Scenario } from '../core/scenario/parseScenario';
import type { ModelId, TrainProgress } from '../models/types';
import type { WorldSummary } from '../worker/protocol';

/**
 * Relative cost of one training row per model. ESMM (shared or not) runs a CTR and a
 * CVR tower on shared inputs: on the cpu backend in Chromium it took about 1.7 times
 * the CTR model's time per row (shop-e2e-small with 100,000 impressions).
 */
const COST_PER_ROW: Record<ModelId, number> = { ctr: 1, watchTime: 1, cvr: 1, esmm: 1.7, esmmNs: 1.7 };

/**
 * The expected work of each model of a training, relative units > 0.
 * @param summary the generated logs the models learn from (their impressions and clicks)
 * @param scenario the scenario they were generated from (epochs, held-out share)
 */
export function trainWork(models: readonly ModelId[], summary: Pick<WorldSummary, 'impressions' | 'clicks'>, scenario: Scenario): number[] {
  const trainShare = 1 - scenario.evaluation.testFraction;
  return models.map((id) => {
    const rows = (id === 'cvr' ? summary.clicks : summary.impressions) * trainShare;
    return COST_PER_ROW[id] * scenario.model.epochs * Math.max(1, rows);
  });
}

/**
 * The share of the training's work done at snapshot `p`, in [0, 1].
 * @param models the models of the training, in training order
 * @param work from `trainWork`, one entry per model
 * @returns null before the first snapshot or for a model not in `models`
 */
export function trainFraction(p: TrainProgress | null, models: readonly ModelId[], work: readonly number[]): number | null {
  if (!p) return null;
  const index = models.indexOf(p.modelId);
  if (index < 0) return null;
  const total = work.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return null;
  const before = work.slice(0, index).reduce((a, b) => a + b, 0);
  const within = p.totalSteps > 0 ? Math.min(1, Math.max(0, p.step / p.totalSteps)) : 0;
  return Math.min(1, (before + within * work[index]) / total);
}
