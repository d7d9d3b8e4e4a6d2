/**
 * The CTR classifier (DESIGN 2, id `ctr`): every impression is a row, the label is
 * the click, every weight is 1, and the ranking score is pCTR = σ(logit).
 * It ranks clickbait high whenever clickbait is clicked; that is the lesson.
 */
import type { Dataset } from '../../core/data/dataset';
import { sigmoidInPlace } from '../logisticLoss';
import { trainWeightedLogistic, type WeightedLogisticOptions } from '../weightedLogistic';
import type { ModelSettings, TrainControl, TrainedModel } from '../types';

/** The CTR model's labels and score. */
export const ctrOptions: WeightedLogisticOptions = {
  id: 'ctr',
  label: (ds) => ds.click,
  // pCTR = σ(logit), in [0, 1].
  scoreFromLogits: sigmoidInPlace,
};

/**
 * Trains the CTR model.
 * @param seed model seed (see `trainWeightedLogistic`)
 * @returns a model whose `score` is pCTR in [0, 1]
 */
export function trainCtrModel(train: Dataset, settings: ModelSettings, seed: number, control?: TrainControl, test?: Dataset): Promise<TrainedModel> {
  return trainWeightedLogistic(ctrOptions, train, settings, seed, control, test);
}
