import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset';
import { splitDataset } from './split';

/** A dataset whose clicked rows carry their row number in watchMinutes, so mix-ups show. */
function numberedDataset(size: number): Dataset {
  return {
    size,
    userIds: Int32Array.from({ length: size }, (_, i) => i % 97),
    itemIds: Int32Array.from({ length: size }, (_, i) => (i * 7) % 53),
    numUsers: 97,
    numItems: 53,
    itemFeatures: new Float32Array(53),
    numItemFeatures: 1,
    click: Float32Array.from({ length: size }, (_, i) => (i % 3 === 0 ? 1 : 0)),
    watchMinutes: Float32Array.from({ length: size }, (_, i) => (i % 3 === 0 ? i + 0.5 : 0)),
    purchase: Float32Array.from({ length: size }, (_, i) => (i % 6 === 0 ? 1 : 0)),
  };
}

/** One string per row with every column, to compare rows as a multiset. */
const rowKeys = (ds: Dataset) =>
  Array.from({ length: ds.size }, (_, i) => `${ds.userIds[i]}|${ds.itemIds[i]}|${ds.click[i]}|${ds.watchMinutes[i]}|${ds.purchase?.[i]}`);

describe('splitDataset', () => {
  const ds = numberedDataset(20_000);

  it('splits every row into exactly one side, rows intact', () => {
    const { train, test } = splitDataset(ds, 0.2, 1);
    expect(train.size + test.size).toBe(ds.size);
    expect([...rowKeys(train), ...rowKeys(test)].sort()).toEqual(rowKeys(ds).sort());
    // watchMinutes encodes the row number on clicked rows: no row lands on both sides.
    const trainRows = new Set(Array.from(train.watchMinutes).filter((m) => m > 0));
    expect(Array.from(test.watchMinutes).filter((m) => m > 0 && trainRows.has(m))).toEqual([]);
  });

  it('holds out about the test fraction', () => {
    for (const f of [0.05, 0.2, 0.5]) {
      const { test } = splitDataset(ds, f, 3);
      // s.e. of the share with 20 000 rows ≤ 0.0036; measured |share − f| ≤ 0.007 on seeds 1–10.
      expect(Math.abs(test.size / ds.size - f)).toBeLessThan(0.015);
    }
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const a = splitDataset(ds, 0.2, 1);
    const b = splitDataset(ds, 0.2, 1);
    const c = splitDataset(ds, 0.2, 2);
    expect(b.test.userIds).toEqual(a.test.userIds);
    expect(b.test.watchMinutes).toEqual(a.test.watchMinutes);
    expect(c.test.watchMinutes).not.toEqual(a.test.watchMinutes);
  });
});
