import { describe, expect, it } from 'vitest';
import { buildItemMap, eyeCandyFlags, mapItemIds, mapPolicy } from './itemMap';

describe('mapItemIds', () => {
  it('draws every item of a small catalogue', () => {
    expect(Array.from(mapItemIds(5, 1))).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws a seeded sample of distinct ids, ascending, from a large one', () => {
    const ids = mapItemIds(20_000, 3, 5000);
    expect(ids).toHaveLength(5000);
    expect(new Set(ids).size).toBe(5000);
    for (let i = 1; i < ids.length; i++) expect(ids[i]).toBeGreaterThan(ids[i - 1]);
    expect(Array.from(mapItemIds(20_000, 3, 5000))).toEqual(Array.from(ids));
    expect(Array.from(mapItemIds(20_000, 4, 5000))).not.toEqual(Array.from(ids));
  });
});

describe('mapPolicy', () => {
  it('summarises the whole catalogue even where only part of it is drawn', () => {
    const counts = Uint32Array.from([3, 0, 2, 5, 0]);
    const flagged = [1, 1, 0, 0, 0];
    const p = mapPolicy('ctr', counts, flagged, Int32Array.from([1, 3]));
    expect(Array.from(p.counts)).toEqual([0, 5]);
    expect(p.distinctItems).toBe(3);
    expect(p.flaggedItemShare).toBeCloseTo(1 / 3, 12);
    expect(p.slots).toBe(10);
    expect(p.flaggedSlotShare).toBeCloseTo(0.3, 12);
  });

  it('reports 0, not NaN, for a policy that showed nothing', () => {
    const p = mapPolicy('x', new Uint32Array(3), [1, 0, 0], Int32Array.from([0, 1, 2]));
    expect([p.distinctItems, p.flaggedItemShare, p.flaggedSlotShare, p.slots]).toEqual([0, 0, 0, 0]);
  });
});

describe('buildItemMap and eyeCandyFlags', () => {
  it('keeps the drawn points aligned with their items', () => {
    const map = buildItemMap({ x: [1, 2, 3], y: [0, 1, 0], size: [5, 6, 7], flagged: [0, 1, 0] }, [{ id: 'a', counts: Uint32Array.from([1, 0, 2]) }], 1);
    expect(Array.from(map.x)).toEqual([1, 2, 3]);
    expect(Array.from(map.size)).toEqual([5, 6, 7]);
    expect(map.catalogueFlaggedShare).toBeCloseTo(1 / 3, 12);
    expect(map.policies[0].distinctItems).toBe(2);
  });

  it('flags eye-catching products of below-average value', () => {
    expect(Array.from(eyeCandyFlags([1, 1, -1, -1, 0], [-1, 1, -1, 1, -1]))).toEqual([1, 0, 0, 0, 0]);
  });
});
