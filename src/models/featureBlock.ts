/**
 * One model input: [user embedding | item embedding | observable item features].
 *
 * A block turns a batch of (user, item) IDs into the dense rows a tower reads, and
 * routes the gradient of those rows back to the two embedding tables. ESMM with
 * shared embeddings feeds one block to both towers; ESMM-NS ("not shared") gives
 * each tower its own block with its own tables.
 */
import { subSeed } from '../core/random/prng';
import type { Dataset } from '../core/data/dataset';
import { EmbeddingTable } from './embeddingTable';
import type { ModelSettings } from './types';

/** Builds input rows from IDs and sends their gradients back to the tables. */
export class FeatureBlock {
  /** Features per input row: user dim + item dim + item features. */
  readonly width: number;

  /**
   * @param user the user-ID table
   * @param item the item-ID table
   * @param itemFeatures the data set's per-item feature table, row-major [numItems × numItemFeatures]
   * @param numItemFeatures features per item, ≥ 0
   */
  constructor(
    readonly user: EmbeddingTable,
    readonly item: EmbeddingTable,
    readonly itemFeatures: Float32Array,
    readonly numItemFeatures: number,
  ) {
    if (itemFeatures.length !== item.rows * numItemFeatures) {
      throw new Error(`itemFeatures holds ${itemFeatures.length} values, expected ${item.rows} items × ${numItemFeatures}`);
    }
    this.width = user.dim + item.dim + numItemFeatures;
  }

  /**
   * Writes the input rows of pairs 0..n−1 into `out` (row-major [n × width]).
   * @param userIds user index per pair (only the first n are read)
   * @param itemIds item index per pair (only the first n are read)
   */
  fill(userIds: Int32Array, itemIds: Int32Array, n: number, out: Float32Array): void {
    const { width, numItemFeatures: f, itemFeatures } = this;
    this.user.gather(userIds, n, out, width, 0);
    this.item.gather(itemIds, n, out, width, this.user.dim);
    if (f === 0) return;
    const featOffset = this.user.dim + this.item.dim;
    for (let i = 0; i < n; i++) {
      const src = itemIds[i] * f;
      const dst = i * width + featOffset;
      for (let k = 0; k < f; k++) out[dst + k] = itemFeatures[src + k];
    }
  }

  /**
   * Applies the gradient of the input rows (starting at `grad[offset]`, row-major
   * [n × width]) to the embedding rows they came from. Item features are data, not
   * parameters, so their part of the gradient is ignored.
   * @param scale multiplies the gradient (see `EmbeddingTable.applyGradient`)
   */
  applyGradient(userIds: Int32Array, itemIds: Int32Array, n: number, grad: Float32Array, offset: number, scale: number): void {
    this.user.applyGradient(userIds, n, grad, this.width, offset, scale);
    this.item.applyGradient(itemIds, n, grad, this.width, offset + this.user.dim, scale);
  }
}

/**
 * A block with two fresh embedding tables sized for `ds` (numUsers, numItems) and
 * its item features. The tables are seeded by the streams `${stream}.userEmbedding`
 * and `${stream}.itemEmbedding` of `seed`, so two blocks of one model with
 * different `stream` names start from different values.
 */
export function createFeatureBlock(
  ds: Pick<Dataset, 'numUsers' | 'numItems' | 'itemFeatures' | 'numItemFeatures'>,
  settings: Pick<ModelSettings, 'embeddingDim' | 'embeddingLearningRate'>,
  seed: number,
  stream: string,
): FeatureBlock {
  const table = (rows: number, name: string) =>
    new EmbeddingTable({ rows, dim: settings.embeddingDim, learningRate: settings.embeddingLearningRate, seed: subSeed(seed, `${stream}.${name}`) });
  return new FeatureBlock(table(ds.numUsers, 'userEmbedding'), table(ds.numItems, 'itemEmbedding'), ds.itemFeatures, ds.numItemFeatures);
}
