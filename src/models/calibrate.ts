/**
 * Measures how fast the CURRENT tfjs backend runs our training step, so that
 * `selectBackend('auto')` can pick the fastest one on this machine.
 *
 * It times the real step (`BatchStep`: sparse embeddings + an MLP tower + Adam) on
 * a small synthetic data set, because a matMul micro-benchmark would miss what
 * dominates here: per-op overhead, uploads and the one read-back per step.
 */
import * as tf from '@tensorflow/tfjs';
import { Rng } from '../core/random/prng';
import { BatchStep, type TrainSpec } from './batchStep';
import { EmbeddingTable } from './embeddingTable';
import { FeatureBlock } from './featureBlock';
import { weightedLogisticLoss } from './logisticLoss';
import { Tower } from './tower';

/** The calibration model: the default body of DESIGN 2 at a typical batch size. */
const SHAPE = { users: 1000, items: 300, features: 4, dim: 8, hidden: [64, 32], batch: 1024, batches: 8 };

/**
 * Training examples per second of the current backend.
 * @param budgetMs wall time of the timed steps, ms (warm-up steps are not counted, but
 *   always run: the first steps of WebGL compile shaders)
 * @returns examples/s, > 0
 * @throws whatever the backend throws when it cannot run the step
 */
export function calibrateBackend(budgetMs = 300): number {
  const rng = new Rng(12345);
  const rows = SHAPE.batch * SHAPE.batches;
  const userIds = new Int32Array(rows).map(() => rng.int(SHAPE.users));
  const itemIds = new Int32Array(rows).map(() => rng.int(SHAPE.items));
  const itemFeatures = new Float32Array(SHAPE.items * SHAPE.features).map(() => rng.normal());
  const click = new Float32Array(rows).map(() => (rng.bernoulli(0.1) ? 1 : 0));
  const table = (n: number, seed: number) => new EmbeddingTable({ rows: n, dim: SHAPE.dim, learningRate: 0.05, seed });
  const block = new FeatureBlock(table(SHAPE.users, 1), table(SHAPE.items, 2), itemFeatures, SHAPE.features);
  const tower = new Tower(block.width, SHAPE.hidden, 3);
  const spec: TrainSpec = {
    modelId: 'ctr',
    blocks: [block],
    variables: tower.variables,
    columns: [click],
    loss: ([x], [y]) => weightedLogisticLoss(tower.forward(x), y),
  };
  const optimizer = tf.train.adam(0.001);
  try {
    const step = new BatchStep(spec, { size: rows, userIds, itemIds }, SHAPE.batch, optimizer);
    const order = new Int32Array(rows).map((_, i) => i);
    let batch = 0;
    const runOne = () => {
      const start = (batch++ % SHAPE.batches) * SHAPE.batch;
      step.run(order, start, start + SHAPE.batch);
    };
    runOne();
    runOne();
    const t0 = performance.now();
    let timed = 0;
    do {
      runOne();
      timed++;
    } while (performance.now() - t0 < budgetMs);
    const ms = Math.max(performance.now() - t0, 1e-3);
    return (timed * SHAPE.batch * 1000) / ms;
  } finally {
    optimizer.dispose();
    tower.dispose();
  }
}
