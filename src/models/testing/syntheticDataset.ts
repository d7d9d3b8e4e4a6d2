/**
 * Small synthetic data sets with a KNOWN per-item truth, for the model tests and
 * benchmarks (the real worlds live in src/core; these isolate what a model learns).
 */
import { Rng } from '../../core/random/prng';
import type { Dataset } from '../../core/data/dataset';

/** What to generate. */
export interface SyntheticSpec {
  users: number;
  items: number;
  /** Impressions in total; each picks a user and an item uniformly. */
  rows: number;
  seed: number;
  /** P(click) of an impression of item i, in [0, 1]. */
  clickProb: (item: number) => number;
  /** Mean watch minutes of item i given a click (minutes are uniform on [0, 2·mean]); default 0. */
  meanWatchMinutes?: (item: number) => number;
  /** Observable features per item (standard normal noise, no signal); default 0. */
  numItemFeatures?: number;
  /**
   * P(buy | click) of an impression of item i by user u, in [0, 1]. When given, the set
   * has the shop's `purchaseIfClicked` z* (drawn for every row) and `purchase` = click × z*.
   */
  buyProb?: (item: number, user: number) => number;
}

/** A data set drawn from `spec`, deterministic for its seed. */
export function syntheticDataset(spec: SyntheticSpec): Dataset {
  const rng = new Rng(spec.seed);
  const f = spec.numItemFeatures ?? 0;
  const ds: Dataset = {
    size: spec.rows,
    numUsers: spec.users,
    numItems: spec.items,
    numItemFeatures: f,
    userIds: new Int32Array(spec.rows),
    itemIds: new Int32Array(spec.rows),
    itemFeatures: new Float32Array(spec.items * f).map(() => rng.normal()),
    click: new Float32Array(spec.rows),
    watchMinutes: new Float32Array(spec.rows),
  };
  for (let r = 0; r < spec.rows; r++) {
    const item = rng.int(spec.items);
    ds.userIds[r] = rng.int(spec.users);
    ds.itemIds[r] = item;
    if (rng.next() < spec.clickProb(item)) {
      ds.click[r] = 1;
      ds.watchMinutes[r] = 2 * (spec.meanWatchMinutes?.(item) ?? 0) * rng.next();
    }
  }
  if (spec.buyProb) {
    // Its own stream, so that adding purchases leaves the clicks above unchanged.
    const buys = Rng.forStream(spec.seed, 'purchase');
    const z = new Float32Array(spec.rows);
    for (let r = 0; r < spec.rows; r++) z[r] = buys.next() < spec.buyProb(ds.itemIds[r], ds.userIds[r]) ? 1 : 0;
    ds.purchaseIfClicked = z;
    ds.purchase = z.map((zr, r) => zr * ds.click[r]);
  }
  return ds;
}
