/**
 * Messages between the bench page (`bench.html`) and its worker, and the rows they
 * carry back to `npm run bench`. Types only, shared by the page, the worker and Node.
 */
import type { BackendChoice, BackendName, ModelId } from '../../models/types';

/** One model's training speed on one backend, measured in the browser worker. */
export interface TrainingRow {
  model: ModelId;
  backend: BackendName;
  /** Our training loop (sparse embeddings + towers + Adam), one epoch. */
  examplesPerSec: number;
  /** Rows trained (for `cvr`: the clicked rows only). */
  trainRows: number;
  /** Plain `model.fit` on the equivalent dense model, same rows and batch. */
  fitExamplesPerSec: number;
  /** examplesPerSec / fitExamplesPerSec. */
  ratioToFit: number;
}

/** What the page asks the worker. */
export type BenchRequest =
  | { type: 'training'; backend: BackendName; rows: number; models: ModelId[] }
  | { type: 'auto' }
  | { type: 'leak'; retrains: number; rows: number }
  | { type: 'scale'; scenario: unknown; backend: BackendChoice };

/** tf.memory() tensor counts around repeated retraining. */
export interface LeakResult {
  backend: BackendName;
  retrains: number;
  /** Models trained, predicted with and disposed in each retrain. */
  models: ModelId[];
  tensorsBefore: number;
  tensorsAfterFirst: number;
  tensorsAfterLast: number;
  /** tensorsAfterLast − tensorsAfterFirst: 0 when nothing leaks. */
  leaked: number;
}

/** A whole run of a (large) scenario in the worker. */
export interface ScaleResult {
  backend: BackendName;
  impressions: number;
  users: number;
  generateMs: number;
  trainMs: number;
  compareMs: number;
  examplesPerSec: Partial<Record<ModelId, number>>;
}

/** What the worker answers. */
export type BenchReply =
  | { type: 'training'; rows: TrainingRow[]; note?: string; maxTextureSize?: number }
  | { type: 'auto'; pick: BackendName; calibration: Partial<Record<BackendName, number>>; note?: string; ms: number }
  | { type: 'leak'; result: LeakResult }
  | { type: 'scale'; result: ScaleResult }
  | { type: 'error'; message: string };
