/**
 * What the training worker does with each message. The same handler runs inside the
 * Web Worker (`trainingWorker.ts`) and, where no worker can start, on the main
 * thread (`client.ts`), so the two paths cannot drift apart.
 *
 * Jobs (generate, train, compare) run one after another in the order they arrive;
 * pause, resume and cancel act at once on the job in progress. A generate or train
 * that arrives while training cancels that training first.
 *
 * Generation runs in chunks (`generateRunSteps`), with a turn of the event loop
 * between two, so that progress goes out and a `cancel` gets in. A cancelled
 * generation leaves the worker as it was: the previous run and its trained models stay.
 */
import { generateFraction, generateWork } from '../core/progress/generateWork';
import { compareRun, generateRunSteps, reportRun, trainRun, type AnyRun } from '../pipeline/anyRun';
import { MessageError } from '../core/messages/message';
import { insightsRun } from '../pipeline/whyInsights';
import { selectBackend, type TrainedModel } from '../models';
import type { BackendChoice, BackendName, ModelId } from '../models/types';
import { nextTask } from './nextTask';
import { ProgressThrottle } from './progressThrottle';
import type { FromWorker, ToWorker } from './protocol';

/** Sends one message to the main thread. */
export type Post = (msg: FromWorker) => void;

export interface HandlerOptions {
  /** The tfjs wasm binaries' URLs, in `setWasmPaths` map format. */
  wasmPaths?: Record<string, string>;
  /** Rows per generation chunk (tests make it small); the core's default otherwise. */
  chunkRows?: number;
}

/** Least time between two generation progress messages, ms: about 10 a second (DESIGN 4). */
const GENERATE_PROGRESS_INTERVAL_MS = 100;

type Stage = Extract<FromWorker, { type: 'error' }>['during'];

/** Creates the message handler; `post` receives every reply. */
export function createHandler(post: Post, options: HandlerOptions = {}): (msg: ToWorker) => void {
  let run: AnyRun | null = null;
  let models: Map<ModelId, TrainedModel> | null = null;
  let backend: { choice: BackendChoice; name: BackendName } | null = null;
  let timings = { generateMs: 0, trainMs: 0, compareMs: 0 };
  let queue: Promise<void> = Promise.resolve();
  let training = false;
  let cancelled = false;
  let generating = false;
  let generateCancelled = false;
  let pause: { promise: Promise<void>; resume: () => void } | null = null;

  const disposeModels = () => {
    if (models) for (const m of models.values()) m.dispose();
    models = null;
  };
  const fail = (during: Stage, e: unknown) =>
    post({ type: 'error', during, message: e instanceof Error ? e.message : String(e), ...(e instanceof MessageError ? { said: e.said } : {}) });
  const enqueue = (during: Stage, job: () => Promise<void> | void) => {
    queue = queue.then(job).catch((e) => fail(during, e));
  };
  const stopTraining = () => {
    if (!training) return;
    cancelled = true;
    pause?.resume();
  };

  async function generate(msg: Extract<ToWorker, { type: 'generate' }>) {
    const t0 = performance.now();
    const work = generateWork(msg.scenario);
    const steps = generateRunSteps(msg.scenario, options.chunkRows);
    generating = true;
    generateCancelled = false;
    let made: AnyRun;
    try {
      let lastPostMs = -Infinity;
      for (;;) {
        const r = steps.next();
        if (r.done) {
          made = r.value;
          break;
        }
        const now = performance.now();
        if (now - lastPostMs >= GENERATE_PROGRESS_INTERVAL_MS) {
          lastPostMs = now;
          post({ type: 'generateProgress', progress: { ...r.value, fraction: generateFraction(work, r.value) }, elapsedMs: now - t0 });
        }
        await nextTask();
        if (generateCancelled) {
          post({ type: 'generateCancelled' });
          return;
        }
      }
    } finally {
      generating = false;
      generateCancelled = false;
    }
    // Only a finished generation replaces the run; the old models belong to the old logs.
    disposeModels();
    run = made;
    timings = { generateMs: performance.now() - t0, trainMs: 0, compareMs: 0 };
    post({ type: 'generated', summary: run.run.summary, ms: timings.generateMs });
  }

  async function train(msg: Extract<ToWorker, { type: 'train' }>) {
    if (!run) throw new MessageError({ code: 'generateFirst' });
    disposeModels();
    if (run.world === 'shop' && msg.sharedEmbeddings !== undefined && run.run.scenario.model.sharedEmbeddings !== msg.sharedEmbeddings) {
      const { scenario } = run.run;
      run = { world: 'shop', run: { ...run.run, scenario: { ...scenario, model: { ...scenario.model, sharedEmbeddings: msg.sharedEmbeddings } } } };
    }
    if (!backend || backend.choice !== msg.backend || msg.backend === 'auto') {
      // `auto` calibrates each time: the fastest backend can change once WebGL has warmed up.
      const selection = await selectBackend(msg.backend, { wasmPaths: options.wasmPaths });
      backend = { choice: msg.backend, name: selection.backend };
      post({ type: 'backend', backend: selection.backend, ...(selection.note ? { note: selection.note, notes: selection.notes } : {}) });
    } else {
      post({ type: 'backend', backend: backend.name });
    }
    const throttle = new ProgressThrottle((progress) => post({ type: 'progress', progress }));
    training = true;
    cancelled = false;
    const t0 = performance.now();
    try {
      models = await trainRun(run, {
        onProgress: (p) => throttle.offer(p),
        onPace: (pace) => post({ type: 'trainPace', pace }),
        isCancelled: () => cancelled,
        whilePaused: () => pause?.promise ?? Promise.resolve(),
      });
    } catch (e) {
      if (cancelled) {
        post({ type: 'cancelled' });
        return;
      }
      throw e;
    } finally {
      training = false;
      pause = null;
    }
    timings.trainMs = performance.now() - t0;
    post({ type: 'trained', stats: [...models.values()].map((m) => m.stats) });
  }

  async function compare(msg: Extract<ToWorker, { type: 'compare' }>) {
    if (!run || !models || !backend) throw new MessageError({ code: 'trainFirst' });
    if (msg.goal && run.world === 'shop' && run.run.scenario.goal !== msg.goal) {
      // Only the ranking (and the oracle) use the goal; the world, the logs and the models stay.
      run = { world: 'shop', run: { ...run.run, scenario: { ...run.run.scenario, goal: msg.goal } } };
    }
    const t0 = performance.now();
    const result = compareRun(run, models);
    timings.compareMs = performance.now() - t0;
    const report = reportRun(run, backend.name, models, result, { ...timings });
    const t1 = performance.now();
    const insights = insightsRun(run, models);
    post({ type: 'compared', result, report, ms: timings.compareMs, insights, insightsMs: performance.now() - t1 });
  }

  return (msg: ToWorker) => {
    switch (msg.type) {
      case 'generate':
        stopTraining();
        enqueue('generate', () => generate(msg));
        return;
      case 'train':
        stopTraining();
        enqueue('train', () => train(msg));
        return;
      case 'compare':
        enqueue('compare', () => compare(msg));
        return;
      case 'pause':
        if (training && !pause) {
          let resume = () => {};
          const promise = new Promise<void>((r) => (resume = r));
          pause = { promise, resume };
        }
        return;
      case 'resume':
        pause?.resume();
        pause = null;
        return;
      case 'cancel':
        stopTraining();
        if (generating) generateCancelled = true;
        return;
      default: {
        const unknown: never = msg;
        throw new Error(`Unknown message ${JSON.stringify(unknown)}`);
      }
    }
  };
}
