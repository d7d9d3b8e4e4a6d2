/**
 * ESMM, the Entire Space Multi-task Model (Ma et al., SIGIR 2018; DESIGN 2, ids
 * `esmm` and `esmmNs`).
 *
 * Two towers read [user emb | item emb | item features]: the CTR tower gives
 * a = logit pCTR, the CVR tower b = logit pCVR. Training runs over ALL impressions
 * with loss logloss(click, pCTR) + logloss(click ∧ purchase, pCTR·pCVR) and no loss
 * on pCVR itself (see `esmmLoss.ts`), so pCVR is learned over the entire space
 * instead of the clicked rows only. With `sharedEmbeddings` (id `esmm`) both towers
 * read ONE feature block, so the CVR task borrows the plentiful click signal through
 * the embeddings; without (id `esmmNs`, the paper's ESMM-NS) each tower has its own
 * block with its own user and item tables.
 *
 * The score is pCTCVR = pCTR·pCVR, the expected purchases of showing the item;
 * the pipeline multiplies it by the price for a GMV goal.
 */
import type * as tf from '@tensorflow/tfjs';
import { subSeed } from '../../core/random/prng';
import { auc } from '../../core/metrics/auc';
import type { Dataset } from '../../core/data/dataset';
import { createFeatureBlock, type FeatureBlock } from '../featureBlock';
import { predictBatched } from '../predict';
import { Tower } from '../tower';
import { sigmoidJs } from '../logisticLoss';
import { trainLoop } from '../trainLoop';
import type { TrainSpec } from '../batchStep';
import { purchaseColumn } from '../cvr/cvrModel';
import { ctcvrLogitJs, esmmLoss } from './esmmLoss';
import type { ConversionParts, ModelSettings, TrainControl, TrainedModel, TrainStats } from '../types';

/** ESMM's switches. */
export interface EsmmOptions {
  /** true (default): both towers share one feature block (`esmm`); false: ESMM-NS (`esmmNs`). */
  sharedEmbeddings?: boolean;
  /** Weight w ≥ 0 of the CTCVR term of the loss, default 1; 0 leaves the CVR tower exactly as initialised. */
  ctcvrWeight?: number;
}

/** ESMM's parameters, for inspection (tests, diagnostics); do not train or dispose them directly. */
export interface EsmmParameters {
  /** The CTR tower's input block. */
  ctrBlock: FeatureBlock;
  /** The CVR tower's input block: the same object as `ctrBlock` when embeddings are shared. */
  cvrBlock: FeatureBlock;
  ctrTower: Tower;
  cvrTower: Tower;
}

/** A trained ESMM: `score` is pCTCVR, `predictLogits` its logit, `predictParts` both towers' outputs. */
export interface EsmmModel extends TrainedModel {
  id: 'esmm' | 'esmmNs';
  predictParts(userIds: Int32Array, itemIds: Int32Array): ConversionParts;
  readonly params: EsmmParameters;
}

/** The column t = click ∧ purchase of every row, in {0, 1}. */
export function ctcvrLabel(ds: Dataset): Float32Array {
  const purchase = purchaseColumn(ds);
  const t = new Float32Array(ds.size);
  for (let i = 0; i < ds.size; i++) t[i] = ds.click[i] > 0.5 && purchase[i] > 0.5 ? 1 : 0;
  return t;
}

/** The towers and their blocks, with batched prediction. */
class TwoTowers implements EsmmParameters {
  readonly ctrBlock: FeatureBlock;
  readonly cvrBlock: FeatureBlock;
  readonly ctrTower: Tower;
  readonly cvrTower: Tower;
  /** The distinct blocks, in the order the training step passes them to the loss. */
  readonly blocks: FeatureBlock[];

  constructor(train: Dataset, settings: ModelSettings, seed: number, id: 'esmm' | 'esmmNs') {
    this.ctrBlock = createFeatureBlock(train, settings, seed, id === 'esmm' ? id : `${id}.ctr`);
    this.cvrBlock = id === 'esmm' ? this.ctrBlock : createFeatureBlock(train, settings, seed, `${id}.cvr`);
    this.blocks = this.ctrBlock === this.cvrBlock ? [this.ctrBlock] : [this.ctrBlock, this.cvrBlock];
    this.ctrTower = new Tower(this.ctrBlock.width, settings.hiddenUnits, subSeed(seed, `${id}.ctrTower`));
    this.cvrTower = new Tower(this.cvrBlock.width, settings.hiddenUnits, subSeed(seed, `${id}.cvrTower`));
  }

  /** [CTR tower logits, CVR tower logits] of the blocks' input tensors (inside tf.tidy). */
  forward(inputs: tf.Tensor2D[]): [tf.Tensor1D, tf.Tensor1D] {
    return [this.ctrTower.forward(inputs[0]), this.cvrTower.forward(inputs[inputs.length - 1])];
  }

  /** Both towers' logits, one read-back per chunk. */
  logits(userIds: Int32Array, itemIds: Int32Array): [Float32Array, Float32Array] {
    const [a, b] = predictBatched(this.blocks, 2, (x) => this.forward(x), userIds, itemIds);
    return [a, b];
  }

  /** The CTR tower's logits only (for the click AUC); reads only the CTR block. */
  ctrLogits(userIds: Int32Array, itemIds: Int32Array): Float32Array {
    return predictBatched([this.ctrBlock], 1, ([x]) => [this.ctrTower.forward(x)], userIds, itemIds)[0];
  }

  dispose(): void {
    this.ctrTower.dispose();
    this.cvrTower.dispose();
  }
}

/**
 * Trains ESMM (or ESMM-NS) on every impression of `train`.
 * @param train all logged impressions, with `click` and `purchase`
 * @param seed model seed: streams `${id}.userEmbedding`/`${id}.itemEmbedding` (shared) or
 *   `${id}.ctr.*`/`${id}.cvr.*` (not shared), `${id}.ctrTower`, `${id}.cvrTower`, and 'batches'
 * @param test when given, each epoch end reports the click AUC of the CTR tower on it
 * @throws when `train` has no purchase label; TrainingCancelled; NonFiniteLossError
 */
export async function trainEsmmModel(
  train: Dataset,
  settings: ModelSettings,
  seed: number,
  options: EsmmOptions = {},
  control?: TrainControl,
  test?: Dataset,
): Promise<EsmmModel> {
  const id = (options.sharedEmbeddings ?? true) ? 'esmm' : 'esmmNs';
  const w = options.ctcvrWeight ?? 1;
  if (!(w >= 0 && Number.isFinite(w))) throw new Error(`ctcvrWeight must be a finite number ≥ 0, got ${w}`);
  const columns = [train.click, ctcvrLabel(train)];
  const params = new TwoTowers(train, settings, seed, id);
  const spec: TrainSpec = {
    modelId: id,
    blocks: params.blocks,
    variables: [...params.ctrTower.variables, ...params.cvrTower.variables],
    columns,
    loss: (inputs, [click, ctcvr]) => {
      const [a, b] = params.forward(inputs);
      return esmmLoss(a, b, click, ctcvr, w);
    },
    evaluate: test ? () => auc(params.ctrLogits(test.userIds, test.itemIds), test.click) : undefined,
  };
  let stats: TrainStats;
  try {
    stats = await trainLoop(spec, train, settings, seed, control);
  } catch (e) {
    params.dispose();
    throw e;
  }

  let disposed = false;
  const alive = () => {
    if (disposed) throw new Error(`model ${id} was disposed`);
  };
  const predictParts = (userIds: Int32Array, itemIds: Int32Array): ConversionParts => {
    alive();
    const [ctrLogit, cvrLogit] = params.logits(userIds, itemIds);
    const n = ctrLogit.length;
    const pCtr = new Float32Array(n);
    const pCvr = new Float32Array(n);
    const pCtcvr = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const p = sigmoidJs(ctrLogit[i]);
      const q = sigmoidJs(cvrLogit[i]);
      pCtr[i] = p;
      pCvr[i] = q;
      // p·q ≤ p in float64 (q ≤ 1), and rounding to float32 keeps the order: pCtcvr ≤ pCtr.
      pCtcvr[i] = p * q;
    }
    return { ctrLogit, cvrLogit, pCtr, pCvr, pCtcvr };
  };
  return {
    id,
    stats,
    params,
    predictParts,
    predictLogits: (userIds, itemIds) => {
      alive();
      const [a, b] = params.logits(userIds, itemIds);
      for (let i = 0; i < a.length; i++) a[i] = ctcvrLogitJs(a[i], b[i]);
      return a;
    },
    score: (userIds, itemIds) => predictParts(userIds, itemIds).pCtcvr,
    dispose: () => {
      if (!disposed) params.dispose();
      disposed = true;
    },
  };
}
