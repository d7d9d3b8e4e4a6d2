/** A seeded train/test split of the logged impressions. */
import { Rng } from '../random/prng';
import { takeRows, type Dataset } from './dataset';

/**
 * Splits rows at random into train and test.
 * @param testFraction share of rows held out, in (0, 1)
 */
export function splitDataset(ds: Dataset, testFraction: number, seed: number): { train: Dataset; test: Dataset } {
  const rng = Rng.forStream(seed, 'split');
  const trainRows: number[] = [];
  const testRows: number[] = [];
  for (let i = 0; i < ds.size; i++) (rng.next() < testFraction ? testRows : trainRows).push(i);
  return { train: takeRows(ds, Int32Array.from(trainRows)), test: takeRows(ds, Int32Array.from(testRows)) };
}
