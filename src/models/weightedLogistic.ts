/**
 * A single-tower model trained with a (label, weight) per row: the body of both
 * the CTR classifier (weight 1) and YouTube's weighted logistic regression
 * (weight = watch minutes on clicked rows). DESIGN 2's common body:
 * [user emb | item emb | item features] → MLP → one logit.
 */
import { subSeed } from '../core/random/prng';
import { auc } from '../core/metrics/auc';
import type { Dataset } from '../core/data/dataset';
import { createFeatureBlock, type FeatureBlock } from './featureBlock';
import { predictBatched } from './predict';
import { Tower } from './tower';
import { weightedLogisticLoss } from './logisticLoss';
import { trainLoop } from './trainLoop';
import type { TrainSpec } from './batchStep';
import type { ModelId, ModelSettings, TrainControl, TrainedModel, TrainStats } from './types';

/** How a single-tower model reads its labels and scores. */
export interface WeightedLogisticOptions {
  id: ModelId;
  /** The 0/1 label per training row; also the label of the test AUC. */
  label(ds: Dataset): Float32Array;
  /** The weight per row (≥ 0); omitted means 1 everywhere. */
  weight?(ds: Dataset): Float32Array;
  /** Turns logits into ranking scores, in place. */
  scoreFromLogits(logits: Float32Array): Float32Array;
}

/** The parameters of a single-tower model, with batched prediction. */
class SingleTower {
  readonly block: FeatureBlock;
  readonly tower: Tower;

  constructor(train: Dataset, settings: ModelSettings, seed: number, id: ModelId) {
    this.block = createFeatureBlock(train, settings, seed, id);
    this.tower = new Tower(this.block.width, settings.hiddenUnits, subSeed(seed, `${id}.tower`));
  }

  predictLogits(userIds: Int32Array, itemIds: Int32Array): Float32Array {
    return predictBatched([this.block], 1, ([x]) => [this.tower.forward(x)], userIds, itemIds)[0];
  }
}

/**
 * Trains a single-tower weighted logistic model.
 * @param seed model seed: weights use streams `${id}.userEmbedding`, `${id}.itemEmbedding`,
 *   `${id}.tower`; the batch order uses stream 'batches'
 * @param test when given, the epoch-end progress carries its AUC of `opts.label`
 */
export async function trainWeightedLogistic(
  opts: WeightedLogisticOptions,
  train: Dataset,
  settings: ModelSettings,
  seed: number,
  control?: TrainControl,
  test?: Dataset,
): Promise<TrainedModel> {
  const params = new SingleTower(train, settings, seed, opts.id);
  const columns = [opts.label(train)];
  if (opts.weight) columns.push(opts.weight(train));
  const spec: TrainSpec = {
    modelId: opts.id,
    blocks: [params.block],
    variables: params.tower.variables,
    columns,
    loss: ([x], [y, w]) => weightedLogisticLoss(params.tower.forward(x), y, w),
    evaluate: test ? () => auc(params.predictLogits(test.userIds, test.itemIds), opts.label(test)) : undefined,
  };
  let stats: TrainStats;
  try {
    stats = await trainLoop(spec, train, settings, seed, control);
  } catch (e) {
    params.tower.dispose();
    throw e;
  }
  let disposed = false;
  return {
    id: opts.id,
    stats,
    predictLogits: (u, i) => {
      if (disposed) throw new Error(`model ${opts.id} was disposed`);
      return params.predictLogits(u, i);
    },
    score: (u, i) => {
      if (disposed) throw new Error(`model ${opts.id} was disposed`);
      return opts.scoreFromLogits(params.predictLogits(u, i));
    },
    dispose: () => {
      if (!disposed) params.tower.dispose();
      disposed = true;
    },
  };
}
