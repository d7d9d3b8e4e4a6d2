/**
 * Training speed on this machine, per backend:
 *   npx tsx src/models/testing/benchTraining.ts [cpu,wasm,auto] [epochs] [models]
 * e.g. `... cpu,wasm 2 esmm,esmmNs,cvr` (default: every model).
 * Data: 100k synthetic impressions, 2,000 users, 500 items, 4 item features, CTR
 * 2–22 % and P(buy | click) 1–31 % per item (the shop's purchase labels); model:
 * dim 8, towers [64, 32], batch 1024 (the sizes DESIGN 2 aims at). `cvr` trains on
 * the clicked rows only (about 12k), so its epoch is much shorter than the others'.
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../backend';
import { trainModel } from '../trainModel';
import { syntheticDataset } from './syntheticDataset';
import type { BackendChoice, ModelId, ModelSettings } from '../types';

tf.env().set('PROD', true); // no tfjs-node banner
const backends = (process.argv[2] ?? 'cpu,wasm').split(',') as BackendChoice[];
const epochs = Number(process.argv[3] ?? 2);
const models = (process.argv[4] ?? 'ctr,watchTime,cvr,esmm,esmmNs').split(',') as ModelId[];
const data = syntheticDataset({
  users: 2000,
  items: 500,
  rows: 100_000,
  seed: 7,
  clickProb: (i) => 0.02 + (0.2 * ((i * 37) % 500)) / 500,
  meanWatchMinutes: (i) => 1 + ((i * 11) % 30),
  buyProb: (i) => 0.01 + (0.3 * ((i * 53) % 500)) / 500,
  numItemFeatures: 4,
});
const settings: ModelSettings = { embeddingDim: 8, hiddenUnits: [64, 32], epochs, batchSize: 1024, learningRate: 0.003, embeddingLearningRate: 0.05 };

for (const choice of backends) {
  const sel = await selectBackend(choice);
  console.log(`${choice} → ${sel.backend}${sel.note ? ` (${sel.note})` : ''}`);
  for (const id of models) {
    const model = await trainModel(id, data, settings, 1);
    const t0 = performance.now();
    if (model.predictParts) model.predictParts(data.userIds, data.itemIds);
    else model.predictLogits(data.userIds, data.itemIds);
    const predictMs = performance.now() - t0;
    const { examplesPerSec, lossHistory, trainRows } = model.stats;
    console.log(
      `  ${id.padEnd(9)} train ${Math.round(examplesPerSec).toLocaleString('en')} examples/s on ${trainRows.toLocaleString('en')} rows, ` +
        `predict ${Math.round((data.size / predictMs) * 1000).toLocaleString('en')} rows/s, loss by epoch ${lossHistory.map((l) => l.toFixed(4)).join(' ')}`,
    );
    model.dispose();
  }
}
