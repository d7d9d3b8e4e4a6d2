/**
 * The reference the bench compares our training step with: plain `model.fit` of tfjs
 * layers on an equivalent dense model (the same towers on inputs of the same width),
 * given the inputs ready-made. It does less than our step (no embedding lookup, no
 * sparse update), so a ratio near or above 1 means our step costs no more than tfjs'
 * own training loop.
 */
import * as tf from '@tensorflow/tfjs';
import { Rng } from '../../core/random/prng';

/** The dense model to time. */
export interface FitShape {
  /** Input features per row (user dim + item dim + item features). */
  inputWidth: number;
  hiddenUnits: readonly number[];
  /** Towers on the shared input, each with one sigmoid output (ESMM has two). */
  towers: number;
  batchSize: number;
}

/**
 * Examples/s of one epoch of `model.fit` over `rows` rows (after a short warm-up fit).
 * @param rows training rows, ≥ batchSize
 */
export async function fitExamplesPerSec(shape: FitShape, rows: number): Promise<number> {
  const rng = new Rng(99);
  const input = tf.input({ shape: [shape.inputWidth] });
  const outputs = Array.from({ length: shape.towers }, () => {
    let h: tf.SymbolicTensor = input;
    for (const units of shape.hiddenUnits) h = tf.layers.dense({ units, activation: 'relu' }).apply(h) as tf.SymbolicTensor;
    return tf.layers.dense({ units: 1, activation: 'sigmoid' }).apply(h) as tf.SymbolicTensor;
  });
  const model = tf.model({ inputs: input, outputs });
  // model.dispose() leaves the optimizer's slots alive: it is disposed below.
  const optimizer = tf.train.adam(0.003);
  model.compile({ optimizer, loss: outputs.map(() => 'binaryCrossentropy') });
  const x = tf.tensor2d(new Float32Array(rows * shape.inputWidth).map(() => rng.normal()), [rows, shape.inputWidth]);
  const ys = outputs.map(() => tf.tensor2d(new Float32Array(rows).map(() => (rng.bernoulli(0.1) ? 1 : 0)), [rows, 1]));
  try {
    const fit = async (n: number) => {
      const xs = x.slice(0, n);
      const yn = ys.map((y) => y.slice(0, n));
      await model.fit(xs, yn, { batchSize: shape.batchSize, epochs: 1, shuffle: false, verbose: 0 });
      tf.dispose([xs, ...yn]);
    };
    await fit(Math.min(rows, shape.batchSize * 2)); // shader compilation and first-call costs
    const t0 = performance.now();
    await fit(rows);
    return (rows * 1000) / Math.max(performance.now() - t0, 1e-3);
  } finally {
    x.dispose();
    for (const y of ys) y.dispose();
    model.dispose();
    optimizer.dispose();
  }
}
