/**
 * The one training loop every model uses: seeded pre-shuffled minibatches, epochs,
 * progress about 10 times an epoch at fixed steps (so the curves are the same for a
 * seed, whatever the machine's speed), pause, cancel, and a NaN/Infinity guard.
 *
 * What a step does lives in `batchStep.ts`; what a model is lives in its `TrainSpec`.
 */
import * as tf from '@tensorflow/tfjs';
import { MessageError } from '../core/messages/message';
import { Rng } from '../core/random/prng';
import { BatchStep, type TrainRows, type TrainSpec } from './batchStep';
import type { BackendName, TrainControl, TrainProgress, TrainStats } from './types';
import { PREDICT_BATCH } from './predict';
import { checkWebglTextureFit } from './webglTextureFit';

/** Thrown when `control.isCancelled()` returned true between two steps. */
export class TrainingCancelled extends Error {
  constructor() {
    super('Training was cancelled.');
    this.name = 'TrainingCancelled';
  }
}

/** Thrown when a batch loss is NaN or ±Infinity; the message is meant for the user. */
export class NonFiniteLossError extends MessageError {
  /**
   * @param epoch 1-based epoch of the failing step
   * @param step 1-based step within that epoch
   * @param loss the non-finite value
   */
  constructor(
    readonly epoch: number,
    readonly step: number,
    readonly loss: number,
  ) {
    super({ code: 'nonFiniteLoss', what: Number.isNaN(loss) ? 'NaN' : 'infinite', epoch, step });
    this.name = 'NonFiniteLossError';
  }
}

/** Loop settings (a subset of `ModelSettings`). */
export interface LoopSettings {
  /** Passes over the rows, ≥ 1. */
  epochs: number;
  /** Rows per step, ≥ 1. */
  batchSize: number;
  /** Adam step size of the dense variables. */
  learningRate: number;
}

/**
 * Ordinary snapshots sent to `onProgress` per epoch, at fixed step multiples: time
 * is never used, so two runs with one seed draw the same curve points.
 */
export const PROGRESS_POINTS_PER_EPOCH = 10;
/** Work between yields to the event loop, so a worker can receive pause/cancel. */
const YIELD_INTERVAL_MS = 50;
/** Work between two `onPace` reports, ms (after the first step, which always reports). */
export const PACE_INTERVAL_MS = 1000;

/**
 * Trains `spec` on `rows` and returns where it ended.
 * @param seed seeds the batch order (stream 'batches'); weights are seeded by the model
 * @throws TrainingCancelled when cancelled; NonFiniteLossError on a NaN/Infinity loss
 */
export async function trainLoop(
  spec: TrainSpec,
  rows: TrainRows,
  settings: LoopSettings,
  seed: number,
  control: TrainControl = {},
): Promise<TrainStats> {
  if (rows.size < 1) throw new Error('Cannot train on an empty data set.');
  if (!(Number.isInteger(settings.epochs) && settings.epochs >= 1)) throw new Error(`epochs must be a whole number ≥ 1, got ${settings.epochs}`);
  if (!(settings.learningRate > 0 && Number.isFinite(settings.learningRate))) throw new Error(`learningRate must be > 0, got ${settings.learningRate}`);
  const batchSize = Math.max(1, Math.min(Math.floor(settings.batchSize), rows.size));
  assertFitsWebglTextures(spec, batchSize);
  const stepsPerEpoch = Math.ceil(rows.size / batchSize);
  const totalSteps = stepsPerEpoch * settings.epochs;
  const reportEvery = Math.max(1, Math.ceil(stepsPerEpoch / PROGRESS_POINTS_PER_EPOCH));
  const order = new Int32Array(rows.size);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const rng = Rng.forStream(seed, 'batches');
  const optimizer = tf.train.adam(settings.learningRate);
  const step = new BatchStep(spec, rows, batchSize, optimizer);
  const backend = tf.getBackend() as BackendName;

  const lossHistory: number[] = [];
  let examplesSeen = 0;
  let stepsDone = 0;
  let activeMs = 0; // wall time minus pauses
  let sinceReportLoss = 0;
  let sinceReportRows = 0;
  let lastTick = now();
  let lastYield = lastTick;
  let lastPace = lastTick;

  const progress = (epoch: number, testAuc?: number | null, epochMeanLoss?: number): TrainProgress => ({
    modelId: spec.modelId,
    epoch,
    epochs: settings.epochs,
    step: stepsDone,
    totalSteps,
    loss: sinceReportRows > 0 ? sinceReportLoss / sinceReportRows : (lossHistory.at(-1) ?? NaN),
    ...(testAuc !== undefined ? { testAuc } : {}),
    ...(epochMeanLoss !== undefined ? { epochMeanLoss } : {}),
    examplesSeen,
    examplesPerSec: activeMs > 0 ? (examplesSeen * 1000) / activeMs : 0,
    elapsedMs: activeMs,
  });
  const report = (p: TrainProgress) => {
    control.onProgress?.(p);
    sinceReportLoss = 0;
    sinceReportRows = 0;
  };

  try {
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      rng.shuffle(order);
      let epochLoss = 0;
      for (let s = 0; s < stepsPerEpoch; s++) {
        if (control.whilePaused) {
          activeMs += now() - lastTick;
          await control.whilePaused();
          lastTick = now();
        }
        if (control.isCancelled?.()) throw new TrainingCancelled();

        const start = s * batchSize;
        const end = Math.min(start + batchSize, rows.size);
        const loss = step.run(order, start, end);
        if (!Number.isFinite(loss)) throw new NonFiniteLossError(epoch, s + 1, loss);
        const n = end - start;
        epochLoss += loss * n;
        sinceReportLoss += loss * n;
        sinceReportRows += n;
        examplesSeen += n;
        stepsDone++;

        const t = now();
        activeMs += t - lastTick;
        lastTick = t;
        // No snapshot that would leave the epoch's last one with under half a window of
        // steps: a short last window is noisy and made the curves' end jump.
        if ((s + 1) % reportEvery === 0 && stepsPerEpoch - (s + 1) >= reportEvery / 2) report(progress(epoch));
        if (control.onPace && (stepsDone === 1 || t - lastPace >= PACE_INTERVAL_MS)) {
          lastPace = t;
          control.onPace({ modelId: spec.modelId, epoch, epochs: settings.epochs, step: stepsDone, totalSteps, examplesSeen, examplesPerSec: activeMs > 0 ? (examplesSeen * 1000) / activeMs : 0, elapsedMs: activeMs });
        }
        if (t - lastYield >= YIELD_INTERVAL_MS) {
          await yieldToEventLoop();
          lastYield = lastTick = now();
        }
      }
      lossHistory.push(epochLoss / rows.size);
      // Evaluation time is not training time: keep it out of examples/s.
      activeMs += now() - lastTick;
      const testAuc = spec.evaluate ? spec.evaluate() : undefined;
      report(progress(epoch, testAuc, lossHistory.at(-1)));
      lastTick = now();
    }
  } finally {
    optimizer.dispose();
  }

  return {
    modelId: spec.modelId,
    backend,
    ms: activeMs,
    examples: examplesSeen,
    trainRows: rows.size,
    examplesPerSec: activeMs > 0 ? (examplesSeen * 1000) / activeMs : 0,
    epochs: settings.epochs,
    finalLoss: lossHistory.at(-1) ?? NaN,
    lossHistory,
  };
}

/**
 * On WebGL, refuses before the first step a model whose tensors cannot fit in one
 * texture of this GPU (see `webglTextureFit.ts`), with what to change.
 */
function assertFitsWebglTextures(spec: TrainSpec, batchSize: number): void {
  if (tf.getBackend() !== 'webgl') return;
  const maxTextureSize = tf.env().getNumber('WEBGL_MAX_TEXTURE_SIZE');
  const widestLayer = Math.max(1, ...spec.variables.map((v) => (v.shape.length === 2 ? v.shape[1] : 1)));
  const fit = checkWebglTextureFit(maxTextureSize, { batchSize, predictBatch: PREDICT_BATCH, inputWidths: spec.blocks.map((b) => b.width), widestLayer });
  if (!fit.ok) throw new MessageError(fit.said);
}

function now(): number {
  return performance.now();
}

let channel: { port: MessagePort; waiting: (() => void)[] } | null = null;

/**
 * Lets queued tasks (a worker's pause/cancel messages) run. A resolved promise is
 * not enough: it is a microtask and runs before any message. `setTimeout(0)` is
 * clamped to ≥ 4 ms when nested in browsers, so a MessageChannel is used there;
 * Node has `setImmediate` (an open MessageChannel port would keep Node alive).
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    if (!channel) {
      const ch = new MessageChannel();
      const waiting: (() => void)[] = [];
      ch.port1.onmessage = () => waiting.shift()?.();
      channel = { port: ch.port2, waiting };
    }
    const c = channel;
    return new Promise((resolve) => {
      c.waiting.push(resolve);
      c.port.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
