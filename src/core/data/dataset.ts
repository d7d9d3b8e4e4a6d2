/**
 * The logged impressions as typed arrays: what every model learns from.
 *
 * Item features are stored once per item (not per row) because they are
 * properties of the item; a batch gathers its rows from `itemFeatures`.
 */
export interface Dataset {
  /** Number of rows (impressions). */
  size: number;
  /** User index of each row, in [0, numUsers). */
  userIds: Int32Array;
  /** Item index of each row, in [0, numItems). */
  itemIds: Int32Array;
  numUsers: number;
  numItems: number;
  /** Observable item features, row-major [numItems × numItemFeatures], roughly standardised. */
  itemFeatures: Float32Array;
  numItemFeatures: number;
  /** 1 when the impression was clicked, else 0. */
  click: Float32Array;
  /** Minutes watched after a click (video world); 0 when not clicked. */
  watchMinutes: Float32Array;
  /** 1 when the impression ended in a purchase (shop world; click × z*). */
  purchase?: Float32Array;
  /** The counterfactual purchase z* of every impression (shop world, simulator only). */
  purchaseIfClicked?: Float32Array;
}

/** Rows `rows` of a dataset, sharing its item feature table. */
export function takeRows(ds: Dataset, rows: Int32Array): Dataset {
  const pick = (a: Float32Array) => {
    const out = new Float32Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = a[rows[i]];
    return out;
  };
  const userIds = new Int32Array(rows.length);
  const itemIds = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    userIds[i] = ds.userIds[rows[i]];
    itemIds[i] = ds.itemIds[rows[i]];
  }
  return {
    ...ds,
    size: rows.length,
    userIds,
    itemIds,
    click: pick(ds.click),
    watchMinutes: pick(ds.watchMinutes),
    purchase: ds.purchase && pick(ds.purchase),
    purchaseIfClicked: ds.purchaseIfClicked && pick(ds.purchaseIfClicked),
  };
}
