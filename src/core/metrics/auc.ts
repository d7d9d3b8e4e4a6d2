/**
 * Area under the ROC curve over a whole evaluation set (never averaged over
 * batches), with ties counted as half. Undefined (null) when a class is missing:
 * neither 0.5 nor NaN, because no ranking was tested.
 */

/**
 * @param scores any real scores, higher means more likely positive
 * @param labels 1 (positive) or 0 (negative) per row
 * @returns AUC in [0, 1], or null when there are no positives or no negatives
 */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSumPositives = 0;
  let i = 0;
  while (i < n) {
    // A run of tied scores shares the mean of its ranks (1-based).
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const meanRank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]] > 0.5) {
        positives++;
        rankSumPositives += meanRank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}
