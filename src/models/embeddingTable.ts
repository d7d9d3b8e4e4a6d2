/**
 * An ID embedding table kept as a plain typed array, trained with sparse Adagrad.
 *
 * Why not a tf.Variable read through `tf.gather` (DESIGN 2): in tfjs 4.22 the
 * gradient of `tf.gather` needs the `UnsortedSegmentSum` kernel, which the wasm
 * backend lacks ("Kernel 'UnsortedSegmentSum' not registered for backend 'wasm'"),
 * and on the cpu backend that gradient is extremely slow for large vocabularies.
 * Production recommenders keep the tables outside the dense graph instead: gather a
 * batch's rows into the input, take the gradient with respect to that input, and
 * update only the touched rows. This file is that table; it imports no tfjs.
 */
import { Rng } from '../core/random/prng';

/** Adagrad's starting accumulator, as in TensorFlow's `Adagrad` (initial_accumulator_value). */
const INITIAL_ACCUMULATOR = 0.1;

/** Options of a new table. */
export interface EmbeddingTableOptions {
  /** Number of IDs (rows), ≥ 1. */
  rows: number;
  /** Width of each embedding, ≥ 1. */
  dim: number;
  /** Adagrad step size, e.g. 0.05. */
  learningRate: number;
  /** Seed of the initial values (use `subSeed(seed, 'userEmbedding')` or similar). */
  seed: number;
  /** Standard deviation of the normal initial values, default 0.05 (small, so towers start near linear). */
  initStd?: number;
}

/** A [rows × dim] embedding table with sparse Adagrad updates. */
export class EmbeddingTable {
  readonly rows: number;
  readonly dim: number;
  /** Row-major values [rows × dim]. */
  readonly weights: Float32Array;
  learningRate: number;
  /** Adagrad's sum of squared gradients, per value. */
  private readonly accum: Float32Array;
  /** Slot of a row within the current update, or −1: merges duplicate IDs of a batch. */
  private readonly slotOf: Int32Array;
  private touchedRows = new Int32Array(0);
  private slotGrads = new Float32Array(0);

  constructor(opts: EmbeddingTableOptions) {
    if (!(opts.rows >= 1 && opts.dim >= 1)) throw new Error(`EmbeddingTable needs rows ≥ 1 and dim ≥ 1, got ${opts.rows} × ${opts.dim}`);
    this.rows = opts.rows;
    this.dim = opts.dim;
    this.learningRate = opts.learningRate;
    this.weights = new Float32Array(opts.rows * opts.dim);
    const rng = new Rng(opts.seed);
    const std = opts.initStd ?? 0.05;
    for (let i = 0; i < this.weights.length; i++) this.weights[i] = std * rng.normal();
    this.accum = new Float32Array(this.weights.length).fill(INITIAL_ACCUMULATOR);
    this.slotOf = new Int32Array(opts.rows).fill(-1);
  }

  /**
   * Copies the rows of `ids[0..n)` into `out`, row i at `out[i * stride + offset ..]`.
   * `stride` and `offset` let several tables and features share one batch buffer.
   */
  gather(ids: Int32Array, n: number, out: Float32Array, stride: number, offset: number): void {
    const { dim, weights, rows } = this;
    for (let i = 0; i < n; i++) {
      const id = ids[i];
      if (id < 0 || id >= rows) throw new RangeError(`ID ${id} outside the table's ${rows} rows`);
      const src = id * dim;
      const dst = i * stride + offset;
      for (let k = 0; k < dim; k++) out[dst + k] = weights[src + k];
    }
  }

  /**
   * One sparse Adagrad step on the rows of `ids[0..n)`.
   *
   * The gradient of batch row i is `grad[i * stride + offset ..][0..dim) × scale`.
   * Gradients of a repeated ID are summed first, so each touched row takes exactly
   * one Adagrad step per batch, as a dense Adagrad on the same loss would.
   * @param scale multiplies every gradient value (the loop passes the batch size, so that
   *   a row's gradient is its own examples' summed gradient rather than a 1/batch share)
   */
  applyGradient(ids: Int32Array, n: number, grad: Float32Array, stride: number, offset: number, scale: number): void {
    const { dim, slotOf } = this;
    if (this.touchedRows.length < n) {
      this.touchedRows = new Int32Array(n);
      this.slotGrads = new Float32Array(n * dim);
    }
    const touched = this.touchedRows;
    const g = this.slotGrads;
    let slots = 0;
    for (let i = 0; i < n; i++) {
      const id = ids[i];
      let s = slotOf[id];
      if (s < 0) {
        s = slots++;
        slotOf[id] = s;
        touched[s] = id;
        g.fill(0, s * dim, s * dim + dim);
      }
      const src = i * stride + offset;
      const dst = s * dim;
      for (let k = 0; k < dim; k++) g[dst + k] += scale * grad[src + k];
    }
    const { weights, accum, learningRate } = this;
    for (let s = 0; s < slots; s++) {
      const id = touched[s];
      slotOf[id] = -1;
      const base = id * dim;
      for (let k = 0; k < dim; k++) {
        const gk = g[s * dim + k];
        const a = accum[base + k] + gk * gk;
        accum[base + k] = a;
        weights[base + k] -= (learningRate * gk) / Math.sqrt(a);
      }
    }
  }
}
