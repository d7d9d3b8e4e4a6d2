/**
 * Live training state: the latest snapshot, the overall percentage, the loss
 * curves and the held-out AUC per epoch. Snapshots arrive at most ~10 a second
 * (the worker throttles) and paces (no curve point) about once a second, so each
 * one can be applied as it comes.
 */
import type { ModelId, TrainPace, TrainProgress } from '../models/types';
import type { World } from './models';
import { trainFraction } from './trainWork';
import type { AucPoint, TrainingSlice } from './types';

/**
 * The training slice before any training.
 * @param models the models about to train, in order (none before a training starts)
 * @param world the case they belong to
 */
export function emptyTraining(models: readonly ModelId[] = [], world: World | null = null): TrainingSlice {
  return { progress: null, progressPercent: 0, trainingModels: models, trainingWorld: world, lossCurves: {}, aucByEpoch: [], trainStats: null, calibrating: false };
}

/**
 * Overall progress over all models, 0–100, as a share of the expected work, so the
 * bar moves at the pace the time left counts down (the shop's CVR model reads only
 * the clicked rows and would otherwise jump the bar a whole third).
 * @param order the models of this training, in the order they train
 * @param work each model's expected work (`trainWork`); equal shares when not known
 */
export function overallPercent(p: TrainProgress, order: readonly ModelId[], work: readonly number[] = order.map(() => 1)): number {
  return (trainFraction(p, order, work) ?? 0) * 100;
}

/**
 * The training slice after one more snapshot (new arrays, so charts re-render).
 * @param work each model's expected work (`trainWork`), for the bar
 */
/**
 * A pace report between two snapshots: the bar, the speed and the time left move;
 * the curves do not (a pace carries no loss).
 */
export function applyPace(s: TrainingSlice, pace: TrainPace, work?: readonly number[]): Partial<TrainingSlice> {
  const last = s.progress;
  // Nothing newer than what is shown: a pace never moves the bar back.
  if (last && last.modelId === pace.modelId && last.step >= pace.step) return {};
  const progress: TrainProgress = { ...pace, loss: last?.modelId === pace.modelId ? last.loss : NaN };
  return { progress, progressPercent: Math.max(s.progressPercent, overallPercent(progress, s.trainingModels, work)) };
}

export function applyProgress(s: TrainingSlice, p: TrainProgress, work?: readonly number[]): Partial<TrainingSlice> {
  const patch: Partial<TrainingSlice> = { progress: p, progressPercent: Math.max(s.progressPercent, overallPercent(p, s.trainingModels, work)) };
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
