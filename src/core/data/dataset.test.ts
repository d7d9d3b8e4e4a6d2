import { describe, expect, it } from 'vitest';
import { takeRows, type Dataset } from './dataset';

/** A small dataset whose every column encodes its row number, so mix-ups show. */
function numberedDataset(size: number, withShop = false): Dataset {
  return {
    size,
    userIds: Int32Array.from({ length: size }, (_, i) => i % 97),
    itemIds: Int32Array.from({ length: size }, (_, i) => (i * 7) % 53),
    numUsers: 97,
    numItems: 53,
    itemFeatures: Float32Array.from({ length: 53 * 2 }, (_, i) => i / 10),
    numItemFeatures: 2,
    click: Float32Array.from({ length: size }, (_, i) => i % 3 === 0 ? 1 : 0),
    watchMinutes: Float32Array.from({ length: size }, (_, i) => (i % 3 === 0 ? i + 0.5 : 0)),
    ...(withShop
      ? {
          purchase: Float32Array.from({ length: size }, (_, i) => (i % 6 === 0 ? 1 : 0)),
          purchaseIfClicked: Float32Array.from({ length: size }, (_, i) => (i % 2 === 0 ? 1 : 0)),
        }
      : {}),
  };
}

describe('takeRows', () => {
  it('takes the given rows intact, in the given order, repeats allowed', () => {
    const ds = numberedDataset(100, true);
    const rows = Int32Array.from([5, 0, 99, 42, 42, 3]);
    const out = takeRows(ds, rows);
    expect(out.size).toBe(rows.length);
    rows.forEach((r, i) => {
      expect(out.userIds[i]).toBe(ds.userIds[r]);
      expect(out.itemIds[i]).toBe(ds.itemIds[r]);
      expect(out.click[i]).toBe(ds.click[r]);
      expect(out.watchMinutes[i]).toBe(ds.watchMinutes[r]);
      expect(out.purchase![i]).toBe(ds.purchase![r]);
      expect(out.purchaseIfClicked![i]).toBe(ds.purchaseIfClicked![r]);
    });
    // Item features are per item, shared, not copied per row.
    expect(out.itemFeatures).toBe(ds.itemFeatures);
    expect(out.numUsers).toBe(ds.numUsers);
    expect(out.numItems).toBe(ds.numItems);
    expect(out.numItemFeatures).toBe(ds.numItemFeatures);
  });

  it('does not alias the source columns', () => {
    const ds = numberedDataset(10);
    const out = takeRows(ds, Int32Array.from([1, 2]));
    out.click[0] = 7;
    out.userIds[0] = 7;
    expect(ds.click[1]).toBe(0);
    expect(ds.userIds[1]).toBe(1);
  });

  it('leaves the shop columns absent on a video dataset and handles no rows', () => {
    const out = takeRows(numberedDataset(10), new Int32Array(0));
    expect(out.size).toBe(0);
    expect(out.purchase).toBeUndefined();
    expect(out.purchaseIfClicked).toBeUndefined();
    expect(out.click.length).toBe(0);
  });
});
