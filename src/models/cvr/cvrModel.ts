/**
 * BASE's conversion model (ESMM paper §3.1; DESIGN 2, id `cvr`): the single-tower
 * classifier trained ONLY on clicked impressions, label = purchase, score =
 * pCVR = σ(logit) ≈ P(buy | click). The pipeline's `ctrXcvr` policy ranks by
 * pCTR (the `ctr` model) × pCVR (this model's `score`).
 *
 * Training on clicked rows is the paper's "sample selection bias": the model never
 * sees the impressions it will be asked to score, most of which are never clicked.
 */
import { takeRows, type Dataset } from '../../core/data/dataset';
import { MessageError } from '../../core/messages/message';
import { sigmoidInPlace } from '../logisticLoss';
import { trainWeightedLogistic, type WeightedLogisticOptions } from '../weightedLogistic';
import type { ModelSettings, TrainControl, TrainedModel } from '../types';

/** The purchase column, or a readable error when `ds` is not a shop data set. */
export function purchaseColumn(ds: Dataset): Float32Array {
  if (!ds.purchase) throw new Error('The conversion models need a purchase label: train them on a shop data set.');
  if (ds.purchase.length !== ds.size) throw new Error(`purchase has ${ds.purchase.length} rows, the data set ${ds.size}`);
  return ds.purchase;
}

/** Indices of the clicked rows of `ds`, in order. */
export function clickedRows(ds: Dataset): Int32Array {
  let k = 0;
  for (let i = 0; i < ds.size; i++) if (ds.click[i] > 0.5) k++;
  const rows = new Int32Array(k);
  k = 0;
  for (let i = 0; i < ds.size; i++) if (ds.click[i] > 0.5) rows[k++] = i;
  return rows;
}

/**
 * The rows BASE's CVR model learns from (and is tested on): the clicked impressions.
 * @throws when `ds` has no purchase label
 */
export function cvrTrainingSet(ds: Dataset): Dataset {
  purchaseColumn(ds);
  return takeRows(ds, clickedRows(ds));
}

/** The CVR model's labels and score; expects the clicked rows only (see `cvrTrainingSet`). */
export const cvrOptions: WeightedLogisticOptions = {
  id: 'cvr',
  label: purchaseColumn,
  // pCVR = σ(logit), in [0, 1].
  scoreFromLogits: sigmoidInPlace,
};

/**
 * Trains BASE's CVR model on the clicked rows of `train`.
 * @param train ALL logged impressions (the same set the other models get); only its clicked rows are used
 * @param seed model seed (streams `cvr.userEmbedding`, `cvr.itemEmbedding`, `cvr.tower`, 'batches')
 * @param test when given, each epoch end reports the purchase AUC on its clicked rows
 * @returns a model whose `score` is pCVR in [0, 1]; `stats.trainRows` is the number of clicked rows
 * @throws when `train` has no purchase label or no clicked row
 */
export async function trainCvrModel(train: Dataset, settings: ModelSettings, seed: number, control?: TrainControl, test?: Dataset): Promise<TrainedModel> {
  const clicked = cvrTrainingSet(train);
  if (clicked.size === 0) throw new MessageError({ code: 'noClickedImpressions' });
  return trainWeightedLogistic(cvrOptions, clicked, settings, seed, control, test && cvrTrainingSet(test));
}
