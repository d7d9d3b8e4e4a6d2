import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denseLayer } from './denseLayer';
import { useCpuBackend } from './testing/cpuBackend';

beforeAll(useCpuBackend);
afterAll(() => tf.setBackend('cpu'));

/** Loss value and gradients w.r.t. input and weights of a 2-layer net, through denseLayer. */
function valueAndGrads(explicit: boolean): Float32Array[] {
  return tf.tidy(() => {
    const x = tf.tensor2d([0.5, -1, 2, 0.1, 0.3, -0.7, 1.5, 2.5, -2], [3, 3]);
    const w1 = tf.tensor2d([0.2, -0.4, 0.6, 0.1, -0.3, 0.5], [3, 2]);
    const b1 = tf.tensor1d([0.1, -0.6]);
    const w2 = tf.tensor2d([0.9, -1.1], [2, 1]);
    const b2 = tf.tensor1d([0.2]);
    const f = (xx: tf.Tensor, a: tf.Tensor, b: tf.Tensor, c: tf.Tensor, d: tf.Tensor) => {
      const h = denseLayer(xx as tf.Tensor2D, a as tf.Tensor2D, b as tf.Tensor1D, true, explicit);
      return tf.sum(tf.square(denseLayer(h, c as tf.Tensor2D, d as tf.Tensor1D, false, explicit))) as tf.Scalar;
    };
    const { value, grads } = tf.valueAndGrads(f)([x, w1, b1, w2, b2]);
    return [value, ...grads].map((t) => t.dataSync() as Float32Array);
  });
}

describe('denseLayer', () => {
  it("explicit-transpose gradient equals tfjs' own (cpu and wasm)", async () => {
    const reference = valueAndGrads(false);
    expect(reference[2].some((g) => g !== 0)).toBe(true);
    for (const backend of ['cpu', 'wasm']) {
      expect(await tf.setBackend(backend)).toBe(true);
      const custom = valueAndGrads(true);
      custom.forEach((arr, k) => arr.forEach((v, i) => expect(v).toBeCloseTo(reference[k][i], 5)));
    }
  });
});
