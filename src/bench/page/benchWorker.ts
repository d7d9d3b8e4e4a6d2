/**
 * The bench page's worker: times training on a chosen backend, repeats retraining to
 * count leaked tensors, and runs whole (large) scenarios, all off the page's main
 * thread exactly as the app's training worker does.
 */
import * as tf from '@tensorflow/tfjs';
import { validateScenario } from '../../core/scenario/parseScenario';
import { selectBackend, trainModel } from '../../models';
import { BENCH_SETTINGS, BENCH_SHAPE, benchDataset } from '../../models/testing/benchData';
import { wasmAssetUrls } from '../../models/wasmAssetUrls';
import type { BackendName, ModelId } from '../../models/types';
import { compareRun, generateRun, trainRun } from '../../pipeline/anyRun';
import { fitExamplesPerSec } from './fitReference';
import type { BenchReply, BenchRequest, LeakResult, ScaleResult, TrainingRow } from './protocol';

const scope = self as unknown as { postMessage(msg: BenchReply): void; onmessage: ((e: MessageEvent<BenchRequest>) => void) | null };

async function use(backend: BackendName | 'auto') {
  const selection = await selectBackend(backend, { wasmPaths: wasmAssetUrls, recalibrate: true });
  if (backend !== 'auto' && selection.backend !== backend) throw new Error(`${backend} did not start: ${selection.note ?? ''}`);
  return selection;
}

async function training(backend: BackendName, rows: number, models: ModelId[]): Promise<BenchReply> {
  await use(backend);
  const data = benchDataset(rows);
  const settings = { ...BENCH_SETTINGS, epochs: 1 };
  // Warm-up: the first steps on a backend compile kernels (shaders on WebGL).
  (await trainModel('ctr', benchDataset(BENCH_SETTINGS.batchSize * 2), settings, 1)).dispose();
  // The CVR model learns from clicked rows only (about one in eight): it gets a
  // dataset whose clicked rows are as many as the others' rows, so that every model
  // is timed on the same work. (On 8,192 rows WebGL timed one odd-shaped batch of
  // 999 clicked rows, shader compilation and all, and read 1,000 examples/s.)
  const clicked = data.click.reduce((n, c) => n + c, 0);
  const cvrData = models.includes('cvr') ? benchDataset(Math.ceil((rows * rows) / Math.max(clicked, 1))) : data;
  const out: TrainingRow[] = [];
  for (const model of models) {
    const trained = await trainModel(model, model === 'cvr' ? cvrData : data, settings, 1);
    const { examplesPerSec, trainRows } = trained.stats;
    trained.dispose();
    const inputWidth = 2 * BENCH_SETTINGS.embeddingDim + BENCH_SHAPE.itemFeatures;
    const towers = model === 'esmm' || model === 'esmmNs' ? 2 : 1;
    const fit = await fitExamplesPerSec({ inputWidth, hiddenUnits: BENCH_SETTINGS.hiddenUnits, towers, batchSize: BENCH_SETTINGS.batchSize }, Math.max(trainRows, BENCH_SETTINGS.batchSize));
    out.push({ model, backend, examplesPerSec, trainRows, fitExamplesPerSec: fit, ratioToFit: examplesPerSec / fit });
  }
  const maxTextureSize = backend === 'webgl' ? tf.env().getNumber('WEBGL_MAX_TEXTURE_SIZE') : undefined;
  return { type: 'training', rows: out, ...(maxTextureSize ? { maxTextureSize } : {}) };
}

async function leak(retrains: number, rows: number): Promise<LeakResult> {
  const { backend } = await use('wasm');
  const data = benchDataset(rows);
  const models: ModelId[] = ['ctr', 'watchTime', 'cvr', 'esmm'];
  const settings = { ...BENCH_SETTINGS, epochs: 1 };
  const tensorsBefore = tf.memory().numTensors;
  let tensorsAfterFirst = tensorsBefore;
  for (let i = 0; i < retrains; i++) {
    for (const id of models) {
      const m = await trainModel(id, data, settings, i + 1);
      m.score(data.userIds, data.itemIds);
      m.dispose();
    }
    if (i === 0) tensorsAfterFirst = tf.memory().numTensors;
  }
  const tensorsAfterLast = tf.memory().numTensors;
  return { backend, retrains, models, tensorsBefore, tensorsAfterFirst, tensorsAfterLast, leaked: tensorsAfterLast - tensorsAfterFirst };
}

async function scale(input: unknown, backend: BackendName | 'auto'): Promise<ScaleResult> {
  const parsed = validateScenario(input);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const selection = await use(backend);
  const t0 = performance.now();
  const run = generateRun(parsed.scenario);
  const t1 = performance.now();
  const models = await trainRun(run);
  const t2 = performance.now();
  compareRun(run, models);
  const t3 = performance.now();
  const examplesPerSec: ScaleResult['examplesPerSec'] = {};
  for (const [id, m] of models) examplesPerSec[id] = m.stats.examplesPerSec;
  for (const m of models.values()) m.dispose();
  const s = parsed.scenario;
  return { backend: selection.backend, impressions: s.logging.impressions, users: s.users, generateMs: t1 - t0, trainMs: t2 - t1, compareMs: t3 - t2, examplesPerSec };
}

async function handle(req: BenchRequest): Promise<BenchReply> {
  switch (req.type) {
    case 'training':
      return training(req.backend, req.rows, req.models);
    case 'auto': {
      const t0 = performance.now();
      const s = await use('auto');
      return { type: 'auto', pick: s.backend, calibration: s.calibration ?? {}, ...(s.note ? { note: s.note } : {}), ms: performance.now() - t0 };
    }
    case 'leak':
      return { type: 'leak', result: await leak(req.retrains, req.rows) };
    case 'scale':
      return { type: 'scale', result: await scale(req.scenario, req.backend) };
    default: {
      const unknown: never = req;
      throw new Error(`Unknown bench request ${JSON.stringify(unknown)}`);
    }
  }
}

scope.onmessage = (e) => {
  handle(e.data).then(
    (reply) => scope.postMessage(reply),
    (err: unknown) => scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
};
