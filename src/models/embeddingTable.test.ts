import { describe, expect, it } from 'vitest';
import { EmbeddingTable } from './embeddingTable';

const make = (seed = 1) => new EmbeddingTable({ rows: 5, dim: 3, learningRate: 0.1, seed });

describe('EmbeddingTable', () => {
  it('initialises from its seed', () => {
    expect(make(1).weights).toEqual(make(1).weights);
    expect(make(1).weights).not.toEqual(make(2).weights);
    const w = make(1).weights;
    expect(Math.max(...w.map(Math.abs))).toBeLessThan(0.3);
  });

  it('gathers rows at a stride and offset', () => {
    const t = make();
    const out = new Float32Array(2 * 7).fill(-1);
    t.gather(Int32Array.from([4, 0]), 2, out, 7, 2);
    expect(Array.from(out.subarray(2, 5))).toEqual(Array.from(t.weights.subarray(12, 15)));
    expect(Array.from(out.subarray(9, 12))).toEqual(Array.from(t.weights.subarray(0, 3)));
    expect(out[0]).toBe(-1);
    expect(() => t.gather(Int32Array.from([5]), 1, out, 7, 0)).toThrow(RangeError);
  });

  it('sums the gradients of a repeated id into ONE Adagrad step and leaves other rows alone', () => {
    const a = make();
    const b = make();
    const before = a.weights.slice();
    // Row 2 appears twice in a; b sees the summed gradient once.
    const grad = Float32Array.from([0.5, -1, 2, 0.25, 1, -1]);
    a.applyGradient(Int32Array.from([2, 2]), 2, grad, 3, 0, 2);
    b.applyGradient(Int32Array.from([2]), 1, Float32Array.from([0.75, 0, 1]), 3, 0, 2);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    for (let r = 0; r < 5; r++) {
      if (r === 2) continue;
      expect(Array.from(a.weights.subarray(r * 3, r * 3 + 3))).toEqual(Array.from(before.subarray(r * 3, r * 3 + 3)));
    }
    // Adagrad with accumulator 0.1: Δ = −lr·g/√(0.1 + g²), g = 2·0.75 = 1.5 on the first value.
    expect(a.weights[6] - before[6]).toBeCloseTo((-0.1 * 1.5) / Math.sqrt(0.1 + 1.5 * 1.5), 6);
    expect(a.weights[7]).toBe(before[7]); // zero gradient, no move
  });
});
