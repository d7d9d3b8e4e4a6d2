/**
 * Training speed on this machine, per backend:
 *   npx tsx src/models/testing/benchTraining.ts [cpu,wasm,auto] [epochs] [models]
 * e.g. `... cpu,wasm 2 esmm,esmmNs,cvr` (default: every model).
 * Data and model: 100k rows of `benchData.ts` (shared with `npm run bench`). `cvr` trains on
 * the clicked rows only (about 12k), so its epoch is much shorter than the others'.
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../backend';
import { trainModel } from '../trainModel';
import { BENCH_SETTINGS, benchDataset } from './benchData';
import type { BackendChoice, ModelId, ModelSettings } from '../types';

tf.env().set('PROD', true); // no tfjs-node banner
const backends = (process.argv[2] ?? 'cpu,wasm').split(',') as BackendChoice[];
const epochs = Number(process.argv[3] ?? 2);
const models = (process.argv[4] ?? 'ctr,watchTime,cvr,esmm,esmmNs').split(',') as ModelId[];
const data = benchDataset(100_000);
const settings: ModelSettings = { ...BENCH_SETTINGS, epochs };

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
