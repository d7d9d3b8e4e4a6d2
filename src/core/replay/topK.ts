/** Top-K selection by score, for ranking one user's candidates. */

/**
 * Indices of the k highest scores in `scores[from, from + n)`, best first, relative to `from`.
 * Ties keep the earlier candidate first, so rankings are deterministic.
 */
export function topKIndices(scores: ArrayLike<number>, from: number, n: number, k: number): Int32Array {
  const kk = Math.min(k, n);
  const best = new Int32Array(kk).fill(-1);
  let filled = 0;
  for (let i = 0; i < n; i++) {
    const s = scores[from + i];
    if (filled === kk && !(s > scores[from + best[kk - 1]])) continue;
    // Insertion into a short sorted list: K is small (≤ 50), candidates are many.
    let j = filled < kk ? filled++ : kk - 1;
    while (j > 0 && s > scores[from + best[j - 1]]) {
      best[j] = best[j - 1];
      j--;
    }
    best[j] = i;
  }
  return best;
}

/** Examination probability of slot k (0-based): 1 / log2(k + 2), the DCG discount. */
export function examineProbability(slot: number): number {
  return 1 / Math.log2(slot + 2);
}
