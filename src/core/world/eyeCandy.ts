/**
 * Eye-candy products: an eye-catching picture (appeal above the catalogue's average)
 * on a product of below-average value for money, the quadrant a click objective
 * drifts to. One definition for every step: the world summary (Step 1), the item map,
 * the dial and the lists (Step 4).
 */

/**
 * @param appeal per product, standard units (0 = the catalogue's average)
 * @param value per product, standard units
 * @returns 1 for an eye-candy product, else 0
 */
export function eyeCandyFlags(appeal: ArrayLike<number>, value: ArrayLike<number>): Uint8Array {
  return Uint8Array.from({ length: appeal.length }, (_, i) => (appeal[i] > 0 && value[i] < 0 ? 1 : 0));
}
