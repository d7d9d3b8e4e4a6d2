import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { ctcvrLogitJs, esmmLoss, esmmLossJs, logOneMinusPctcvr, logPctcvr } from './esmmLoss';

beforeAll(useCpuBackend);

/** Every (a, b) pair of these logits, with every (click, ctcvr) label pair that can happen. */
const grid = [-200, -50, -20, -3, -0.5, 0, 0.5, 3, 20, 50, 200];
const a: number[] = [];
const b: number[] = [];
const y: number[] = [];
const t: number[] = [];
for (const ai of grid) {
  for (const bi of grid) {
    for (const [yi, ti] of [
      [0, 0],
      [1, 0],
      [1, 1],
    ]) {
      a.push(ai);
      b.push(bi);
      y.push(yi);
      t.push(ti);
    }
  }
}

/** log σ(z) in float64, with the tails taken analytically. */
const logSig = (z: number) => (z < -30 ? z : -Math.log1p(Math.exp(-z)));
/** log(1 − σ(a)σ(b)) in float64: direct where it is accurate, else from the tails. */
function log1mPRef(ai: number, bi: number): number {
  const p = Math.exp(logSig(ai) + logSig(bi));
  if (p < 0.5) return Math.log1p(-p);
  // 1 − p = e^−a/(1+e^−a) + σ(a)·e^−b/(1+e^−b), accurate for large a and b.
  return Math.log(Math.exp(logSig(-ai)) + Math.exp(logSig(ai) + logSig(-bi)));
}
/** The paper's per-row loss in float64. */
function rowRef(i: number, w = 1): number {
  const ctr = -(y[i] * logSig(a[i]) + (1 - y[i]) * logSig(-a[i]));
  const ctcvr = -(t[i] * (logSig(a[i]) + logSig(b[i])) + (1 - t[i]) * log1mPRef(a[i], b[i]));
  return ctr + w * ctcvr;
}

describe('esmmLoss (log space)', () => {
  it('log pCTCVR and log(1 − pCTCVR) match float64 and stay finite at logits ±200', () => {
    const [lp, l1mp] = tf.tidy(() => {
      const ta = tf.tensor1d(a);
      const tb = tf.tensor1d(b);
      return [logPctcvr(ta, tb).dataSync(), logOneMinusPctcvr(ta, tb).dataSync()];
    });
    for (let i = 0; i < a.length; i++) {
      expect(Number.isFinite(lp[i]) && Number.isFinite(l1mp[i])).toBe(true);
      expect(lp[i]).toBeLessThanOrEqual(0);
      expect(l1mp[i]).toBeLessThanOrEqual(0);
      const refLp = logSig(a[i]) + logSig(b[i]);
      const refL1mp = log1mPRef(a[i], b[i]);
      // float32: relative 1e-6 on large magnitudes, absolute 1e-5 near 0.
      expect(Math.abs(lp[i] - refLp)).toBeLessThan(1e-5 + 1e-6 * Math.abs(refLp));
      expect(Math.abs(l1mp[i] - refL1mp)).toBeLessThan(1e-5 + 1e-6 * Math.abs(refL1mp));
    }
  });

  it('where the naive float32 log(1 − σ(a)σ(b)) is −Infinity, the log-space form is not', () => {
    const [naive, stable] = tf.tidy(() => {
      const ta = tf.tensor1d([20, 50]);
      const tb = tf.tensor1d([20, 50]);
      const naiveV = tf.log(tf.sub(1, tf.mul(tf.sigmoid(ta), tf.sigmoid(tb)))).dataSync();
      return [naiveV, logOneMinusPctcvr(ta, tb).dataSync()];
    });
    expect(naive[1]).toBe(-Infinity);
    expect(stable[0]).toBeCloseTo(log1mPRef(20, 20), 3); // −19.31
    expect(stable[1]).toBeCloseTo(-50 + Math.LN2, 4);
  });

  it('equals the float64 loss, finite for every label at extreme logits', () => {
    const value = tf.tidy(() => esmmLoss(tf.tensor1d(a), tf.tensor1d(b), tf.tensor1d(y), tf.tensor1d(t)).dataSync()[0]);
    const ref = a.reduce((s, _, i) => s + rowRef(i), 0) / a.length;
    expect(Number.isFinite(value)).toBe(true);
    expect(Math.abs(value - ref) / ref).toBeLessThan(1e-5);
    expect(esmmLossJs(a, b, y, t)).toBeCloseTo(ref, 8);
    expect(esmmLossJs(a, b, y, t, 0.25)).toBeCloseTo(a.reduce((s, _, i) => s + rowRef(i, 0.25), 0) / a.length, 8);
  });

  it('has the analytic gradients, finite everywhere; ∂/∂b is exactly 0 when the CTCVR weight is 0', () => {
    const grads = (w: number) =>
      tf.tidy(() => {
        const f = (ta: tf.Tensor, tb: tf.Tensor) => esmmLoss(ta as tf.Tensor1D, tb as tf.Tensor1D, tf.tensor1d(y), tf.tensor1d(t), w);
        const [ga, gb] = tf.grads(f)([tf.tensor1d(a), tf.tensor1d(b)]);
        return [ga.dataSync(), gb.dataSync()];
      });
    const [ga, gb] = grads(1);
    const n = a.length;
    const sig = (z: number) => 1 / (1 + Math.exp(-z));
    for (let i = 0; i < n; i++) {
      expect(Number.isFinite(ga[i]) && Number.isFinite(gb[i])).toBe(true);
      // Per row, with p = σ(a)σ(b): ∂ℓ/∂a = σ(a) − y + (p − t)(1 − σ(a))/(1 − p) (t = 0) or −(1 − σ(a)) (t = 1);
      // ∂ℓ/∂b the same with σ(b). Written via e^{log(1−σ)−log(1−p)} to stay exact in the tails.
      const pa = sig(a[i]);
      const pb = sig(b[i]);
      const r = (z: number) => Math.exp(logSig(-z) - log1mPRef(a[i], b[i])); // (1−σ(z))/(1−p)
      const ctcvrA = t[i] ? -(1 - pa) : Math.exp(logSig(a[i]) + logSig(b[i])) * r(a[i]);
      const ctcvrB = t[i] ? -(1 - pb) : Math.exp(logSig(a[i]) + logSig(b[i])) * r(b[i]);
      expect(ga[i] * n).toBeCloseTo(pa - y[i] + ctcvrA, 4);
      expect(gb[i] * n).toBeCloseTo(ctcvrB, 4);
    }
    const [ga0, gb0] = grads(0);
    for (let i = 0; i < n; i++) {
      expect(gb0[i]).toBe(0);
      expect(ga0[i] * n).toBeCloseTo(sig(a[i]) - y[i], 5);
    }
  });

  it('logit(pCTCVR) in float64: σ of it is σ(a)σ(b), finite at the extremes', () => {
    for (const [ai, bi] of [
      [0, 0],
      [2, -1],
      [-30, 4],
      [50, 50],
      [-200, -200],
      [200, -200],
    ]) {
      const z = ctcvrLogitJs(ai, bi);
      expect(Number.isFinite(z)).toBe(true);
      const logP = logSig(ai) + logSig(bi);
      expect(logSig(z)).toBeCloseTo(logP, 6);
    }
  });
});
