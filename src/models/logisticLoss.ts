/**
 * Numerically stable (weighted) logistic loss on logits.
 *
 * Per row: ℓ(z, y) = softplus(z) − y·z, which equals −y·log σ(z) − (1−y)·log(1−σ(z))
 * without ever forming σ(z) and taking its log (σ rounds to 0 or 1 for |z| ≳ 17 in
 * float32, and log 0 = −∞). We use softplus, never `tf.logSigmoid`, because DESIGN 2
 * reports the gradient of `tf.logSigmoid` crashing on wasm; softplus' gradient is σ.
 *
 * Normalisation: the batch loss is the MEAN over rows of w_i·ℓ_i, i.e. Σ w_i·ℓ_i / n,
 * not / Σ w_i. Dividing by n keeps the batch loss an unbiased estimate of E[w·ℓ]
 * (dividing by Σw would reweight batches by how many clicks they happen to hold),
 * and it makes the weighted loss equal the plain one when every weight is 1.
 */
import * as tf from '@tensorflow/tfjs';

/**
 * Mean over rows of w·(softplus(z) − y·z).
 * @param logits z, [n]
 * @param labels y in [0, 1], [n]
 * @param weights w ≥ 0, [n]; omitted means every weight is 1
 * @returns the scalar loss in nats per row (caller owns it; call inside tf.tidy)
 */
export function weightedLogisticLoss(logits: tf.Tensor1D, labels: tf.Tensor1D, weights?: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const perRow = tf.sub(tf.softplus(logits), tf.mul(labels, logits));
    return tf.mean(weights ? tf.mul(weights, perRow) : perRow) as tf.Scalar;
  });
}

/**
 * log σ(z), stably, as −softplus(−z). For ESMM's log pCTCVR = log σ(a) + log σ(b)
 * (DESIGN 2: never log 0). Use this, not `tf.logSigmoid`, whose gradient crashes on wasm.
 */
export function logSigmoid(logits: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.neg(tf.softplus(tf.neg(logits))));
}

/**
 * The same loss in plain float64 JavaScript, for tests and for reporting a data set's
 * loss without tensors.
 * @returns mean over rows of w·(softplus(z) − y·z), nats per row
 */
export function weightedLogisticLossJs(logits: ArrayLike<number>, labels: ArrayLike<number>, weights?: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i];
    sum += (weights ? weights[i] : 1) * (softplusJs(z) - labels[i] * z);
  }
  return logits.length > 0 ? sum / logits.length : 0;
}

/** softplus(z) = log(1 + e^z) in float64, as max(z, 0) + log1p(e^−|z|): no overflow for any z. */
export function softplusJs(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** σ(z) in float64, in [0, 1]; written so that large |z| neither overflows nor loses the tail. */
export function sigmoidJs(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Replaces each logit of `logits` by σ(logit), in place; returns `logits`. */
export function sigmoidInPlace(logits: Float32Array): Float32Array {
  for (let i = 0; i < logits.length; i++) logits[i] = sigmoidJs(logits[i]);
  return logits;
}
