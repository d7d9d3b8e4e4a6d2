/** A seeded train/test split of the logged impressions. */
import { DEFAULT_CHUNK_ROWS, drain, type Steps } from '../progress/steps';
import { Rng } from '../random/prng';
import type { Dataset } from './dataset';

/**
 * Splits rows at random into train and test.
 * @param testFraction share of rows held out, in (0, 1)
 */
export function splitDataset(ds: Dataset, testFraction: number, seed: number): { train: Dataset; test: Dataset } {
  return drain(splitSteps(ds, testFraction, seed));
}

/**
 * `splitDataset` in chunks of rows (stage `split`, see `steps.ts`): first each row
 * draws its side, then the rows are copied. `done` counts both passes, so `total` is
 * twice the rows. The same split for a seed whatever `chunkRows` is.
 * @param chunkRows rows per chunk, ≥ 1
 */
export function* splitSteps(ds: Dataset, testFraction: number, seed: number, chunkRows = DEFAULT_CHUNK_ROWS): Steps<{ train: Dataset; test: Dataset }> {
  const size = Math.max(1, Math.floor(chunkRows));
  const total = 2 * ds.size;
  const rng = Rng.forStream(seed, 'split');
  const trainRows = new Int32Array(ds.size);
  const testRows = new Int32Array(ds.size);
  let trainCount = 0;
  let testCount = 0;
  for (let start = 0; start < ds.size; start += size) {
    const end = Math.min(ds.size, start + size);
    for (let i = start; i < end; i++) {
      if (rng.next() < testFraction) testRows[testCount++] = i;
      else trainRows[trainCount++] = i;
    }
    yield { stage: 'split', done: end, total };
  }
  const train = emptyLike(ds, trainCount);
  const test = emptyLike(ds, testCount);
  let copied = 0;
  for (const [out, rows] of [
    [train, trainRows],
    [test, testRows],
  ] as const) {
    for (let start = 0; start < out.size; start += size) {
      const end = Math.min(out.size, start + size);
      copyRows(ds, rows, out, start, end);
      copied += end - start;
      yield { stage: 'split', done: ds.size + copied, total };
    }
  }
  return { train, test };
}

/** A dataset of `size` zero rows with the columns `ds` has, sharing its item feature table. */
function emptyLike(ds: Dataset, size: number): Dataset {
  return {
    ...ds,
    size,
    userIds: new Int32Array(size),
    itemIds: new Int32Array(size),
    click: new Float32Array(size),
    watchMinutes: new Float32Array(size),
    purchase: ds.purchase && new Float32Array(size),
    purchaseIfClicked: ds.purchaseIfClicked && new Float32Array(size),
  };
}

/** Copies rows `rows[start..end)` of `ds` into rows start..end of `out`. */
function copyRows(ds: Dataset, rows: Int32Array, out: Dataset, start: number, end: number): void {
  for (let j = start; j < end; j++) {
    const i = rows[j];
    out.userIds[j] = ds.userIds[i];
    out.itemIds[j] = ds.itemIds[i];
    out.click[j] = ds.click[i];
    out.watchMinutes[j] = ds.watchMinutes[i];
    if (out.purchase) out.purchase[j] = ds.purchase![i];
    if (out.purchaseIfClicked) out.purchaseIfClicked[j] = ds.purchaseIfClicked![i];
  }
}
