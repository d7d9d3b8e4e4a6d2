/**
 * The logging policy: which (user, video) pairs the platform showed before any of
 * our models existed. A mix of uniform exposure and popularity, so that the logs
 * are biased the way real logs are, but every item gets some exposure.
 */
import { chunked, DEFAULT_CHUNK_ROWS, drain, type Steps } from '../progress/steps';
import { Rng } from '../random/prng';

/** Cumulative weights, for sampling an index in proportion to its weight. */
export function cumulative(weights: ArrayLike<number>): Float64Array {
  const cdf = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i];
    cdf[i] = sum;
  }
  return cdf;
}

/** Draws an index with probability proportional to its weight (binary search on the CDF). */
export function sampleIndex(cdf: Float64Array, rng: Rng): number {
  const target = rng.next() * cdf[cdf.length - 1];
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Exposure {
  userIds: Int32Array;
  itemIds: Int32Array;
  /** Slot on the logged page, 0-based. */
  positions: Int32Array;
}

/**
 * Draws `impressions` exposures in slates of `slateSize`.
 * @param popularityMix share of slots filled by popularity (Zipf over a random item order), in [0, 1]
 */
export function logExposures(
  seed: number,
  userActivity: Float32Array,
  numItems: number,
  impressions: number,
  popularityMix: number,
  slateSize: number,
): Exposure {
  return drain(exposureSteps(seed, userActivity, numItems, impressions, popularityMix, slateSize));
}

/**
 * `logExposures` in chunks of impressions (stage `exposure`, see `steps.ts`): the same
 * exposures for a seed whatever `chunkRows` is.
 * @param chunkRows impressions per chunk, ≥ 1
 */
export function* exposureSteps(
  seed: number,
  userActivity: Float32Array,
  numItems: number,
  impressions: number,
  popularityMix: number,
  slateSize: number,
  chunkRows = DEFAULT_CHUNK_ROWS,
): Steps<Exposure> {
  const rng = Rng.forStream(seed, 'exposure');
  const popRng = Rng.forStream(seed, 'popularity');
  const order = popRng.shuffle(Int32Array.from({ length: numItems }, (_, i) => i));
  const popularity = new Float64Array(numItems);
  for (let r = 0; r < numItems; r++) popularity[order[r]] = 1 / (r + 1);
  const userCdf = cumulative(userActivity);
  const itemCdf = cumulative(popularity);
  const userIds = new Int32Array(impressions);
  const itemIds = new Int32Array(impressions);
  const positions = new Int32Array(impressions);
  let user = 0;
  yield* chunked('exposure', impressions, chunkRows, (start, end) => {
    for (let i = start; i < end; i++) {
      const slot = i % slateSize;
      if (slot === 0) user = sampleIndex(userCdf, rng);
      userIds[i] = user;
      itemIds[i] = rng.next() < popularityMix ? sampleIndex(itemCdf, rng) : rng.int(numItems);
      positions[i] = slot;
    }
  });
  return { userIds, itemIds, positions };
}
