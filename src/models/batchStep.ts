/**
 * One training step shared by every model: dense tower variables through Adam,
 * ID embeddings through sparse Adagrad (DESIGN 2).
 *
 * A model describes itself as a `TrainSpec` (its input blocks, dense variables,
 * per-row label columns and loss); this file runs a minibatch of it:
 *   1. gather the batch's IDs and label columns into reused typed arrays;
 *   2. fill each block's input rows [user emb | item emb | item features];
 *   3. tf.valueAndGrads of the loss w.r.t. the block inputs AND the dense variables;
 *   4. ONE dataSync of [loss, ∂loss/∂inputs…] packed together;
 *   5. if the loss is finite: Adam on the dense variables, Adagrad on the touched rows.
 * The CTR and watch-time models have one block, one tower and columns (label[, weight]);
 * ESMM has one block (or two for ESMM-NS), two towers and columns (click, click∧buy);
 * a CVR model trained on clicked rows only passes `takeRows(train, clickedRows)`.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelId } from './types';
import type { FeatureBlock } from './featureBlock';

/** What the shared training loop needs to know about a model. */
export interface TrainSpec {
  modelId: ModelId;
  /** The model's inputs; each becomes one [batch × width] tensor passed to `loss`. */
  blocks: FeatureBlock[];
  /** Dense variables trained by Adam (tower kernels and biases). */
  variables: tf.Variable[];
  /** Per-row columns of the training set (labels, weights), each of length `size`; batches of them are passed to `loss`. */
  columns: Float32Array[];
  /**
   * The batch loss: a scalar, the MEAN over the batch's rows (the sparse update
   * multiplies input gradients by the batch size to get per-example gradients).
   * @param inputs one tensor per block, [batch × block.width]
   * @param columns one tensor per column, [batch]
   */
  loss(inputs: tf.Tensor2D[], columns: tf.Tensor1D[]): tf.Scalar;
  /** Test-set AUC of the click label, called at each epoch end; null when unknown. */
  evaluate?(): number | null;
}

/** The rows the loop draws batches from. */
export interface TrainRows {
  size: number;
  userIds: Int32Array;
  itemIds: Int32Array;
}

/** Runs minibatches of one `TrainSpec`, reusing its batch buffers between steps. */
export class BatchStep {
  private readonly batchUsers: Int32Array;
  private readonly batchItems: Int32Array;
  private readonly blockBuffers: Float32Array[];
  private readonly columnBuffers: Float32Array[];

  /**
   * @param maxBatch the largest batch `run` will be given, in rows
   * @param optimizer the dense optimizer (owned by the caller)
   */
  constructor(
    private readonly spec: TrainSpec,
    private readonly rows: TrainRows,
    maxBatch: number,
    private readonly optimizer: tf.Optimizer,
  ) {
    for (const c of spec.columns) {
      if (c.length !== rows.size) throw new Error(`a label column has ${c.length} rows, the training set ${rows.size}`);
    }
    this.batchUsers = new Int32Array(maxBatch);
    this.batchItems = new Int32Array(maxBatch);
    this.blockBuffers = spec.blocks.map((b) => new Float32Array(maxBatch * b.width));
    this.columnBuffers = spec.columns.map(() => new Float32Array(maxBatch));
  }

  /**
   * Trains on rows `order[start..end)`.
   * @returns the batch loss before the update (nats per row); when it is not finite,
   *   nothing was updated and the caller should stop
   */
  run(order: Int32Array, start: number, end: number): number {
    const { spec, rows, batchUsers, batchItems } = this;
    const n = end - start;
    for (let i = 0; i < n; i++) {
      const r = order[start + i];
      batchUsers[i] = rows.userIds[r];
      batchItems[i] = rows.itemIds[r];
    }
    for (let c = 0; c < spec.columns.length; c++) {
      const src = spec.columns[c];
      const dst = this.columnBuffers[c];
      for (let i = 0; i < n; i++) dst[i] = src[order[start + i]];
    }
    spec.blocks.forEach((b, k) => b.fill(batchUsers, batchItems, n, this.blockBuffers[k]));

    // The cpu backend does not copy a typed array given to tf.tensor (it keeps a
    // reference), so the reused buffers must not change while these tensors live:
    // they are all disposed before this method returns.
    const out = tf.tidy(() => {
      const inputs = spec.blocks.map((b, k) => tf.tensor2d(this.blockBuffers[k].subarray(0, n * b.width), [n, b.width]));
      const columns = this.columnBuffers.map((buf) => tf.tensor1d(buf.subarray(0, n)));
      const nb = inputs.length;
      const f = (...args: tf.Tensor[]) => spec.loss(args.slice(0, nb) as tf.Tensor2D[], columns);
      const { value, grads } = tf.valueAndGrads(f)([...inputs, ...spec.variables]);
      const packed = tf.concat([tf.reshape(value, [1]), ...grads.slice(0, nb).map((g) => tf.reshape(g, [-1]))]);
      return { packed, denseGrads: grads.slice(nb) };
    });
    try {
      const values = out.packed.dataSync() as Float32Array; // the step's only GPU→CPU read
      const loss = values[0];
      if (!Number.isFinite(loss)) return loss;
      const named: tf.NamedTensorMap = {};
      spec.variables.forEach((v, i) => (named[v.name] = out.denseGrads[i]));
      this.optimizer.applyGradients(named);
      let offset = 1;
      for (const b of spec.blocks) {
        // ×n turns the mean loss' gradient back into each example's own gradient.
        b.applyGradient(batchUsers, batchItems, n, values, offset, n);
        offset += n * b.width;
      }
      return loss;
    } finally {
      out.packed.dispose();
      for (const g of out.denseGrads) g.dispose();
    }
  }
}
