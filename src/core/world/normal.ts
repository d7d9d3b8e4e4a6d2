/**
 * The standard normal CDF Φ, for the exact expectations of the log-normal watch
 * noise (see `watchMinutes.ts`). JavaScript has no erf, so this is the Chebyshev
 * fit of erfc in Numerical Recipes (2nd ed., §6.2, `erfcc`): fractional error
 * below 1.2e-7 everywhere, so the tails keep their relative accuracy too.
 */

/** The complementary error function erfc(x) = 1 − erf(x), relative error < 1.2e-7. */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(-z * z + poly);
  return x >= 0 ? r : 2 - r;
}

/** Φ(x) = P(Z ≤ x) for a standard normal Z; 1 − Φ(x) is best taken as Φ(−x) to keep the tail's accuracy. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}
