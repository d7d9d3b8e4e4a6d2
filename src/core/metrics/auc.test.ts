import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import { auc } from './auc';

/** O(n²) definition: share of (positive, negative) pairs ranked right, ties counting half. */
function bruteForceAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  let pairs = 0;
  let wins = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    for (let j = 0; j < scores.length; j++) {
      if (labels[j] !== 0) continue;
      pairs++;
      if (scores[i] > scores[j]) wins += 1;
      else if (scores[i] === scores[j]) wins += 0.5;
    }
  }
  return pairs ? wins / pairs : null;
}

describe('auc', () => {
  it('equals the pairwise count on random data with many ties', () => {
    const rng = new Rng(17);
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + rng.int(300);
      const levels = 1 + rng.int(12); // few distinct scores → many ties
      const positiveRate = rng.next();
      const scores = Float32Array.from({ length: n }, () => rng.int(levels) / levels);
      // Make labels depend on scores a bit so the AUC is not always near 0.5.
      const labels = Float32Array.from(scores, (s) => (rng.next() < 0.5 * positiveRate + 0.5 * s * positiveRate ? 1 : 0));
      const expected = bruteForceAuc(scores, labels);
      const got = auc(scores, labels);
      if (expected === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(expected, 10);
    }
  });

  it('equals the pairwise count with continuous scores, negative values and unsorted input', () => {
    const rng = new Rng(5);
    const scores = Array.from({ length: 500 }, () => rng.normal() * 3);
    const labels = scores.map((s) => (rng.next() < 1 / (1 + Math.exp(-s)) ? 1 : 0));
    expect(auc(scores, labels)).toBeCloseTo(bruteForceAuc(scores, labels)!, 10);
  });

  it('is undefined (null) when a class is missing', () => {
    expect(auc([0.1, 0.5, 0.9], [1, 1, 1])).toBeNull();
    expect(auc([0.1, 0.5, 0.9], [0, 0, 0])).toBeNull();
    expect(auc([], [])).toBeNull();
  });

  it('is 1 for a perfect ranking, 0 for a reversed one and 0.5 for all ties', () => {
    const labels = [0, 0, 1, 0, 1, 1];
    const perfect = labels.map((l, i) => l * 10 + i);
    expect(auc(perfect, labels)).toBe(1);
    expect(auc(perfect.map((s) => -s), labels)).toBe(0);
    expect(auc(labels.map(() => 0.3), labels)).toBe(0.5);
  });

  it('does not depend on the row order', () => {
    const scores = [0.2, 0.8, 0.5, 0.5, 0.1, 0.9];
    const labels = [0, 1, 1, 0, 0, 1];
    const order = [3, 0, 5, 1, 4, 2];
    expect(auc(order.map((i) => scores[i]), order.map((i) => labels[i]))).toBe(auc(scores, labels));
  });
});
