/**
 * Batched inference shared by every model: fill the blocks' input rows for a chunk
 * of pairs, run the towers, read all their outputs back with ONE dataSync per chunk.
 */
import * as tf from '@tensorflow/tfjs';
import type { FeatureBlock } from './featureBlock';

/** Pairs per forward pass: large enough to amortise tfjs' per-op overhead. */
export const PREDICT_BATCH = 4096;

/**
 * Runs `forward` over the pairs (userIds[i], itemIds[i]).
 * @param blocks the model's input blocks; `forward` gets one [m × width] tensor per block
 * @param outputs how many per-pair values `forward` returns (e.g. 2 for ESMM's two logits)
 * @param forward maps a chunk's inputs to `outputs` tensors of shape [m] (runs inside tf.tidy)
 * @returns `outputs` arrays of length userIds.length: output k of pair i at [k][i]
 */
export function predictBatched(
  blocks: readonly FeatureBlock[],
  outputs: number,
  forward: (inputs: tf.Tensor2D[]) => tf.Tensor1D[],
  userIds: Int32Array,
  itemIds: Int32Array,
): Float32Array[] {
  if (userIds.length !== itemIds.length) throw new Error(`predict: ${userIds.length} users but ${itemIds.length} items`);
  const n = userIds.length;
  const out = Array.from({ length: outputs }, () => new Float32Array(n));
  const chunk = Math.min(PREDICT_BATCH, n);
  const bufs = blocks.map((b) => new Float32Array(chunk * b.width));
  for (let start = 0; start < n; start += PREDICT_BATCH) {
    const m = Math.min(PREDICT_BATCH, n - start);
    const u = userIds.subarray(start, start + m);
    const v = itemIds.subarray(start, start + m);
    blocks.forEach((b, k) => b.fill(u, v, m, bufs[k]));
    const packed = tf.tidy(() => {
      const ys = forward(blocks.map((b, k) => tf.tensor2d(bufs[k].subarray(0, m * b.width), [m, b.width])));
      if (ys.length !== outputs) throw new Error(`predict: forward returned ${ys.length} outputs, expected ${outputs}`);
      return ys.length === 1 ? ys[0] : tf.concat(ys);
    });
    try {
      const values = packed.dataSync() as Float32Array;
      for (let k = 0; k < outputs; k++) out[k].set(values.subarray(k * m, (k + 1) * m), start);
    } finally {
      packed.dispose();
    }
  }
  return out;
}
