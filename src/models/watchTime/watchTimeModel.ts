/**
 * YouTube's weighted logistic regression (Covington et al., RecSys 2016, §4.2;
 * DESIGN 2, id `watchTime`).
 *
 * Rows are all impressions, the label is the click, the weight is the watch time T
 * (minutes) on clicked rows and 1 on unclicked rows. The weighted logistic loss is
 * minimised where σ(z)/(1−σ(z)) = E[weight·y] / E[1−y], so the learned odds are
 *   e^z = Σ T_i / (N − k) = P·E[T|click] / (1 − P) ≈ E[T] for a small click rate P,
 * and the model ranks by e^logit, expected minutes watched per impression.
 */
import type { Dataset } from '../../core/data/dataset';
import { trainWeightedLogistic, type WeightedLogisticOptions } from '../weightedLogistic';
import type { ModelSettings, TrainControl, TrainedModel } from '../types';

/**
 * The per-row weight: watch minutes on clicked rows, 1 on unclicked rows.
 * @returns weights in minutes (clicked) or 1 (unclicked), one per row
 */
export function watchTimeWeights(ds: Dataset): Float32Array {
  const w = new Float32Array(ds.size);
  for (let i = 0; i < ds.size; i++) w[i] = ds.click[i] > 0.5 ? ds.watchMinutes[i] : 1;
  return w;
}

/** The watch-time model's labels, weights and score. */
export const watchTimeOptions: WeightedLogisticOptions = {
  id: 'watchTime',
  label: (ds) => ds.click,
  weight: watchTimeWeights,
  scoreFromLogits: (logits) => {
    // The learned odds e^z: expected watch minutes per impression (see the file comment).
    for (let i = 0; i < logits.length; i++) logits[i] = Math.exp(logits[i]);
    return logits;
  },
};

/**
 * Trains the watch-time model.
 * @param seed model seed (see `trainWeightedLogistic`)
 * @returns a model whose `score` is e^logit ≈ expected watch minutes per impression
 */
export function trainWatchTimeModel(train: Dataset, settings: ModelSettings, seed: number, control?: TrainControl, test?: Dataset): Promise<TrainedModel> {
  return trainWeightedLogistic(watchTimeOptions, train, settings, seed, control, test);
}
