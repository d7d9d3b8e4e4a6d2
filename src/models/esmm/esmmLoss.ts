/**
 * ESMM's loss (Ma et al., SIGIR 2018, eq. 4), in log space.
 *
 * With a = the CTR tower's logit and b = the CVR tower's logit,
 *   pCTR = σ(a),  pCVR = σ(b),  pCTCVR = σ(a)·σ(b),
 * and per impression (y = click, t = click ∧ purchase, w = the CTCVR weight):
 *   ℓ = [softplus(a) − y·a]                                   logloss(y, pCTR)
 *     + w·[−t·log pCTCVR − (1−t)·log(1 − pCTCVR)]              logloss(t, pCTCVR)
 * There is no loss on pCVR itself: the CVR tower learns only through pCTCVR, over
 * every impression (the "entire space").
 *
 * Never form pCTCVR and take its log (float32 rounds σ(a)σ(b) to 0 below ~1e-45 and
 * 1 − pCTCVR to 0 when both logits are large; float16 GPUs round much sooner):
 *   log pCTCVR     = log σ(a) + log σ(b) = (a − softplus(a)) + (b − softplus(b))
 *   log(1−pCTCVR)  = softplus(a − softplus(b)) − softplus(a)
 * The second line is exact: 1 − σ(a)σ(b) = σ(−a) + σ(a)σ(−b), so
 *   log(1 − pCTCVR) = logsumexp(−softplus(a), −softplus(−a) − softplus(b))
 *                   = −softplus(a) + softplus(a − softplus(b))   (as softplus(a) − softplus(−a) = a).
 * Every term is a softplus of a finite value, so the loss and its gradient are finite
 * for any finite logits (no log, no clamp, no where-branch whose unused side is NaN).
 * Softplus, never `tf.logSigmoid`, whose gradient crashes on wasm (DESIGN 2).
 */
import * as tf from '@tensorflow/tfjs';
import { softplusJs } from '../logisticLoss';

/** log pCTCVR = log σ(a) + log σ(b), elementwise (caller owns the result; call inside tf.tidy). */
export function logPctcvr(ctrLogits: tf.Tensor1D, cvrLogits: tf.Tensor1D): tf.Tensor1D {
  return tf.tidy(() => tf.sub(tf.add(ctrLogits, cvrLogits), tf.add(tf.softplus(ctrLogits), tf.softplus(cvrLogits))));
}

/** log(1 − pCTCVR) = softplus(a − softplus(b)) − softplus(a), elementwise, finite for finite logits. */
export function logOneMinusPctcvr(ctrLogits: tf.Tensor1D, cvrLogits: tf.Tensor1D): tf.Tensor1D {
  return tf.tidy(() => tf.sub(tf.softplus(tf.sub(ctrLogits, tf.softplus(cvrLogits))), tf.softplus(ctrLogits)));
}

/**
 * The batch loss: mean over rows of logloss(click, pCTR) + w·logloss(click∧purchase, pCTCVR).
 * @param ctrLogits a, [n]
 * @param cvrLogits b, [n]
 * @param click y in {0, 1}, [n]
 * @param ctcvr t = click ∧ purchase in {0, 1}, [n]
 * @param ctcvrWeight w ≥ 0, the weight of the CTCVR term (1 in the paper; 0 leaves the CVR tower untrained)
 * @returns the scalar loss, nats per row (caller owns it; call inside tf.tidy)
 */
export function esmmLoss(ctrLogits: tf.Tensor1D, cvrLogits: tf.Tensor1D, click: tf.Tensor1D, ctcvr: tf.Tensor1D, ctcvrWeight = 1): tf.Scalar {
  return tf.tidy(() => {
    const a = ctrLogits;
    const b = cvrLogits;
    const spA = tf.softplus(a);
    const spB = tf.softplus(b);
    const ctrLoss = tf.sub(spA, tf.mul(click, a));
    const logP = tf.sub(tf.add(a, b), tf.add(spA, spB));
    const log1mP = tf.sub(tf.softplus(tf.sub(a, spB)), spA);
    const ctcvrLoss = tf.neg(tf.add(tf.mul(ctcvr, logP), tf.mul(tf.sub(1, ctcvr), log1mP)));
    // The CTCVR term is always part of the graph (×0 when switched off), so the CVR
    // tower's variables always have a (then exactly zero) gradient.
    const perRow = tf.add(ctrLoss, ctcvrWeight === 1 ? ctcvrLoss : tf.mul(tf.scalar(ctcvrWeight), ctcvrLoss));
    return tf.mean(perRow) as tf.Scalar;
  });
}

/**
 * The same loss in plain float64 JavaScript (tests, reports).
 * @returns mean over rows of logloss(click, σ(a)) + w·logloss(click∧purchase, σ(a)σ(b)), nats per row
 */
export function esmmLossJs(ctrLogits: ArrayLike<number>, cvrLogits: ArrayLike<number>, click: ArrayLike<number>, ctcvr: ArrayLike<number>, ctcvrWeight = 1): number {
  let sum = 0;
  for (let i = 0; i < ctrLogits.length; i++) {
    const a = ctrLogits[i];
    const b = cvrLogits[i];
    const spA = softplusJs(a);
    const spB = softplusJs(b);
    const logP = a - spA + (b - spB);
    const log1mP = softplusJs(a - spB) - spA;
    sum += spA - click[i] * a + ctcvrWeight * -(ctcvr[i] * logP + (1 - ctcvr[i]) * log1mP);
  }
  return ctrLogits.length > 0 ? sum / ctrLogits.length : 0;
}

/**
 * logit(pCTCVR) = log pCTCVR − log(1 − pCTCVR) = a + b − softplus(b) − softplus(a − softplus(b)),
 * in float64, finite for finite logits; σ of it is pCTCVR.
 */
export function ctcvrLogitJs(ctrLogit: number, cvrLogit: number): number {
  const spB = softplusJs(cvrLogit);
  return ctrLogit + cvrLogit - spB - softplusJs(ctrLogit - spB);
}
