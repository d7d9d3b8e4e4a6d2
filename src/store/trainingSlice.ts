/**
 * Live training state: the latest snapshot, the overall percentage, the loss
 * curves and the held-out AUC per epoch. Snapshots arrive at most ~10 a second
 * (the worker throttles), so each one can be applied as it comes.
 */
import type { ModelId, TrainProgress } from '../models/types';
import type { World } from './models';
import type { AucPoint, TrainingSlice } from './types';

/**
 * The training slice before any training.
 * @param models the models about to train, in order (none before a training starts)
 * @param world the case they belong to
 */
export function emptyTraining(models: readonly ModelId[] = [], world: World | null = null): TrainingSlice {
  return { progress: null, progressPercent: 0, trainingModels: models, trainingWorld: world, lossCurves: {}, aucByEpoch: [], trainStats: null };
}

/**
 * Overall progress over all models, 0–100 (each model is an equal share).
 * @param order the models of this training, in the order they train
 */
export function overallPercent(p: TrainProgress, order: readonly ModelId[]): number {
  const count = Math.max(1, order.length);
  const index = Math.max(0, order.indexOf(p.modelId));
  const within = p.totalSteps > 0 ? Math.min(1, p.step / p.totalSteps) : 0;
  return ((index + within) / count) * 100;
}

/** The training slice after one more snapshot (new arrays, so charts re-render). */
export function applyProgress(s: TrainingSlice, p: TrainProgress): Partial<TrainingSlice> {
  const patch: Partial<TrainingSlice> = { progress: p, progressPercent: Math.max(s.progressPercent, overallPercent(p, s.trainingModels)) };
  if (Number.isFinite(p.loss)) {
    const epochs = p.totalSteps > 0 ? (p.step / p.totalSteps) * p.epochs : p.epoch;
    patch.lossCurves = { ...s.lossCurves, [p.modelId]: [...(s.lossCurves[p.modelId] ?? []), { epochs, loss: p.loss }] };
  }
  if (p.testAuc !== undefined && p.testAuc !== null) {
    const rows: AucPoint[] = s.aucByEpoch.slice();
    const i = rows.findIndex((r) => r.epoch === p.epoch);
    const row: AucPoint = { ...(i >= 0 ? rows[i] : { epoch: p.epoch }), [p.modelId]: p.testAuc };
    if (i >= 0) rows[i] = row;
    else rows.push(row);
    rows.sort((a, b) => a.epoch - b.epoch);
    patch.aucByEpoch = rows;
  }
  return patch;
}
