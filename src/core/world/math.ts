/** Small numeric helpers shared by the worlds and the metrics. */

/** The logistic function, stable for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Clamps x into [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** (x − mean) / s.d. of each value; all zeros when the values do not vary. */
export function standardise(values: ArrayLike<number>): Float32Array {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i] / n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (values[i] - mean) ** 2 / n;
  const sd = Math.sqrt(variance) || 1;
  return Float32Array.from(values, (x) => (x - mean) / sd);
}

/**
 * Taste match of row `u` of `a` and row `v` of `b` (both row-major with `d` columns):
 * their dot product / √d × `scale`, about standard normal × scale for normal vectors.
 */
export function scaledDot(a: Float32Array, u: number, b: Float32Array, v: number, d: number, scale: number): number {
  let dot = 0;
  for (let k = 0; k < d; k++) dot += a[u * d + k] * b[v * d + k];
  return (dot / Math.sqrt(d)) * scale;
}
