/** Mean binary cross-entropy, with probabilities clipped so that log(0) never happens. */

const EPS = 1e-7;

/**
 * @param probs predicted probabilities in [0, 1]
 * @param labels 1 or 0 per row
 * @returns mean logloss in nats, or null for an empty set
 */
export function logloss(probs: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  const n = probs.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = Math.min(1 - EPS, Math.max(EPS, probs[i]));
    sum -= labels[i] > 0.5 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / n;
}
