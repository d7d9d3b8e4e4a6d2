/** Spearman rank correlation of two equally long series (for tests; ties are not averaged). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const ranks = (x: readonly number[]) => {
    const r = new Array<number>(x.length);
    x.map((val, i) => [val, i] as const)
      .sort((p, q) => p[0] - q[0])
      .forEach(([, i], k) => (r[i] = k));
    return r;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  return 1 - (6 * ra.reduce((sum, r, i) => sum + (r - rb[i]) ** 2, 0)) / (n * (n * n - 1));
}
