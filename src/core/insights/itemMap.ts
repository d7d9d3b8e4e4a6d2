/**
 * The item map's data: every item as a point, and for each policy how often each
 * item made a user's top K. Summaries (distinct items shown, the flagged share)
 * are computed over the whole catalogue; only the drawing is capped.
 */
import { Rng } from '../random/prng';
import type { ItemMap, ItemMapPolicy } from './types';

/** Points drawn at most: a canvas draws this many in a few milliseconds; more is a seeded sample. */
export const MAX_MAP_ITEMS = 5000;

/**
 * Ids of the items to draw, ascending: all of them, or a seeded uniform sample of `max`.
 * @param seed the scenario seed (its own stream, so the sample never shifts other draws)
 */
export function mapItemIds(numItems: number, seed: number, max = MAX_MAP_ITEMS): Int32Array {
  const all = Int32Array.from({ length: numItems }, (_, i) => i);
  if (numItems <= max) return all;
  return Rng.forStream(seed, 'insights.itemMap').shuffle(all).slice(0, max).sort();
}

/** A policy's row of the map from its counts over the catalogue. */
export function mapPolicy<P extends string>(id: P, catalogueCounts: Uint32Array, flagged: ArrayLike<number>, itemIds: Int32Array): ItemMapPolicy<P> {
  let distinct = 0;
  let distinctFlagged = 0;
  let slots = 0;
  let flaggedSlots = 0;
  for (let v = 0; v < catalogueCounts.length; v++) {
    const c = catalogueCounts[v];
    slots += c;
    if (flagged[v]) flaggedSlots += c;
    if (c > 0) {
      distinct++;
      if (flagged[v]) distinctFlagged++;
    }
  }
  return {
    id,
    counts: Uint32Array.from(itemIds, (v) => catalogueCounts[v]),
    distinctItems: distinct,
    flaggedItemShare: distinct ? distinctFlagged / distinct : 0,
    flaggedSlotShare: slots ? flaggedSlots / slots : 0,
    slots,
  };
}

/**
 * Builds the map.
 * @param x, y, size, flagged per catalogue item (see `ItemMap` for each world's meaning)
 * @param policies each policy's top-K counts over the catalogue (`topKCounts`)
 */
export function buildItemMap<P extends string>(
  world: { x: ArrayLike<number>; y: ArrayLike<number>; size: ArrayLike<number>; flagged: ArrayLike<number> },
  policies: readonly { id: P; counts: Uint32Array }[],
  seed: number,
): ItemMap<P> {
  const n = world.x.length;
  const itemIds = mapItemIds(n, seed);
  let flaggedTotal = 0;
  for (let v = 0; v < n; v++) flaggedTotal += world.flagged[v] ? 1 : 0;
  return {
    catalogueItems: n,
    itemIds,
    x: Float32Array.from(itemIds, (v) => world.x[v]),
    y: Float32Array.from(itemIds, (v) => world.y[v]),
    size: Float32Array.from(itemIds, (v) => world.size[v]),
    flagged: Uint8Array.from(itemIds, (v) => (world.flagged[v] ? 1 : 0)),
    catalogueFlaggedShare: n ? flaggedTotal / n : 0,
    policies: policies.map((p) => mapPolicy(p.id, p.counts, world.flagged, itemIds)),
  };
}

export { eyeCandyFlags } from '../world/eyeCandy';
