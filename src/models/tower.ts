/**
 * An MLP tower: hidden ReLU layers → one logit, as tf.variables.
 *
 * Initial values come from our seeded `Rng` through typed arrays, not from tfjs
 * initialisers, so that a seed reproduces the same weights on every backend.
 */
import * as tf from '@tensorflow/tfjs';
import { Rng } from '../core/random/prng';
import { denseLayer } from './denseLayer';

/** One dense layer's variables. */
interface DenseLayer {
  kernel: tf.Variable<tf.Rank.R2>;
  bias: tf.Variable<tf.Rank.R1>;
}

/** An MLP with ReLU hidden layers and a linear one-unit output. */
export class Tower {
  /** Width of the input rows. */
  readonly inputWidth: number;
  private readonly layers: DenseLayer[];

  /**
   * @param inputWidth features per input row, ≥ 1
   * @param hiddenUnits units of each hidden ReLU layer, e.g. [64, 32]; [] gives a logistic regression
   * @param seed seed of the initial weights (pass a sub-seed such as `subSeed(seed, 'ctrTower')`)
   */
  constructor(inputWidth: number, hiddenUnits: readonly number[], seed: number) {
    this.inputWidth = inputWidth;
    const rng = new Rng(seed);
    const widths = [inputWidth, ...hiddenUnits, 1];
    this.layers = [];
    for (let l = 0; l + 1 < widths.length; l++) {
      const fanIn = widths[l];
      const fanOut = widths[l + 1];
      const isOutput = l + 2 === widths.length;
      // He for ReLU layers keeps activations' variance steady through depth; Glorot for
      // the linear logit layer, whose output should start small (logit near 0).
      const std = isOutput ? Math.sqrt(2 / (fanIn + fanOut)) : Math.sqrt(2 / fanIn);
      const values = new Float32Array(fanIn * fanOut);
      for (let i = 0; i < values.length; i++) values[i] = std * rng.normal();
      // tf.variable shares the initial tensor's data (no copy), so tidy may dispose the tensor.
      this.layers.push(
        tf.tidy(() => ({
          kernel: tf.variable(tf.tensor2d(values, [fanIn, fanOut]), true),
          bias: tf.variable(tf.zeros([fanOut]) as tf.Tensor1D, true),
        })),
      );
    }
  }

  /** The trainable variables, in a stable order (kernel, bias per layer). */
  get variables(): tf.Variable[] {
    return this.layers.flatMap((l) => [l.kernel, l.bias]);
  }

  /**
   * Logits of a batch.
   * @param x input rows [batch × inputWidth]
   * @returns logits [batch]; the caller owns it (call inside tf.tidy)
   */
  forward(x: tf.Tensor2D): tf.Tensor1D {
    let h: tf.Tensor2D = x;
    const last = this.layers.length - 1;
    for (let l = 0; l <= last; l++) h = denseLayer(h, this.layers[l].kernel, this.layers[l].bias, l < last);
    return tf.reshape(h, [-1]);
  }

  /** Frees the variables; the tower is unusable afterwards. */
  dispose(): void {
    for (const l of this.layers) {
      l.kernel.dispose();
      l.bias.dispose();
    }
    this.layers.length = 0;
  }
}
