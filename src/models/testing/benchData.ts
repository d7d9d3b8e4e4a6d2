/**
 * The data and settings every training benchmark uses (the Node script
 * `benchTraining.ts` and the browser bench of `npm run bench`), so their numbers compare.
 * Data: synthetic impressions of 2,000 users and 500 items with 4 item features, CTR
 * 2–22 % and P(buy | click) 1–31 % per item; model: dim 8, towers [64, 32], batch 1024
 * (the sizes DESIGN 2 aims at).
 */
import type { Dataset } from '../../core/data/dataset';
import type { ModelSettings } from '../types';
import { syntheticDataset } from './syntheticDataset';

/** Model settings of the benchmarks; `epochs` is set per run. */
export const BENCH_SETTINGS: Omit<ModelSettings, 'epochs'> = { embeddingDim: 8, hiddenUnits: [64, 32], batchSize: 1024, learningRate: 0.003, embeddingLearningRate: 0.05 };
/** Users, items and item features of the benchmark data. */
export const BENCH_SHAPE = { users: 2000, items: 500, itemFeatures: 4 } as const;

/**
 * The benchmark data set, deterministic.
 * @param rows impressions, ≥ 1
 */
export function benchDataset(rows: number): Dataset {
  return syntheticDataset({
    users: BENCH_SHAPE.users,
    items: BENCH_SHAPE.items,
    rows,
    seed: 7,
    clickProb: (i) => 0.02 + (0.2 * ((i * 37) % 500)) / 500,
    meanWatchMinutes: (i) => 1 + ((i * 11) % 30),
    buyProb: (i) => 0.01 + (0.3 * ((i * 53) % 500)) / 500,
    numItemFeatures: BENCH_SHAPE.itemFeatures,
  });
}
