import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from './testing/cpuBackend';
import { logSigmoid, weightedLogisticLoss, weightedLogisticLossJs } from './logisticLoss';

beforeAll(useCpuBackend);

const logits = [-120, -20, -3.5, -0.25, 0, 0.7, 2, 15, 95];
const labels = [0, 1, 0, 1, 1, 0, 1, 0, 1];

describe('weightedLogisticLoss', () => {
  it('equals the plain loss exactly when every weight is 1', () => {
    const [plain, weighted] = tf.tidy(() => {
      const z = tf.tensor1d(logits);
      const y = tf.tensor1d(labels);
      return [weightedLogisticLoss(z, y).dataSync()[0], weightedLogisticLoss(z, y, tf.onesLike(z)).dataSync()[0]];
    });
    expect(weighted).toBe(plain);
    expect(weightedLogisticLossJs(logits, labels, logits.map(() => 1))).toBe(weightedLogisticLossJs(logits, labels));
  });

  it('matches a float64 reference, finite at extreme logits', () => {
    const weights = [1, 2, 0.5, 3, 1, 0, 7, 1, 2];
    const value = tf.tidy(() => weightedLogisticLoss(tf.tensor1d(logits), tf.tensor1d(labels), tf.tensor1d(weights)).dataSync()[0]);
    // Brute force: −y·log σ(z) − (1−y)·log(1−σ(z)), with the logs of tiny σ taken analytically.
    const ref =
      logits.reduce((s, z, i) => {
        const logP = z < -30 ? z : -Math.log1p(Math.exp(-z));
        const log1mP = z > 30 ? -z : -Math.log1p(Math.exp(z));
        return s + weights[i] * -(labels[i] * logP + (1 - labels[i]) * log1mP);
      }, 0) / logits.length;
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeCloseTo(ref, 3);
    expect(weightedLogisticLossJs(logits, labels, weights)).toBeCloseTo(ref, 10);
  });

  it('has the gradient w·(σ(z) − y)/n and finite gradients everywhere', () => {
    const w = [1, 2, 0.5, 3, 1, 0, 7, 1, 2];
    const g = tf.tidy(() => tf.grad((z: tf.Tensor) => weightedLogisticLoss(z as tf.Tensor1D, tf.tensor1d(labels), tf.tensor1d(w)))(tf.tensor1d(logits)).dataSync());
    logits.forEach((z, i) => {
      expect(g[i]).toBeCloseTo((w[i] * (1 / (1 + Math.exp(-z)) - labels[i])) / logits.length, 6);
    });
  });

  it('logSigmoid is −softplus(−z), finite for large |z|', () => {
    const v = tf.tidy(() => logSigmoid(tf.tensor1d([-200, 0, 200])).dataSync());
    expect(v[0]).toBeCloseTo(-200, 4);
    expect(v[1]).toBeCloseTo(-Math.LN2, 6);
    expect(v[2]).toBeCloseTo(0, 6);
  });
});
