/**
 * The contract between the models, the pipeline, the worker and the CLI.
 * Nothing here imports tfjs, so the worker protocol and the UI can use these types.
 */

/** Backends a user can pick; `auto` calibrates and takes the fastest. */
export type BackendChoice = 'auto' | 'webgl' | 'wasm' | 'cpu';
export type BackendName = Exclude<BackendChoice, 'auto'>;

/**
 * Model ids of DESIGN 2. `cvr` is BASE's conversion model (trained on clicked rows
 * only; the pipeline pairs it with `ctr` as the `ctrXcvr` policy); `esmm` shares its
 * embeddings between the CTR and CVR towers, `esmmNs` does not (the paper's ESMM-NS).
 */
export type ModelId = 'ctr' | 'watchTime' | 'cvr' | 'esmm' | 'esmmNs';

/** Hyper-parameters shared by the models (a scenario's `model` section). */
export interface ModelSettings {
  /** Width of the user and item ID embeddings, 4–32. */
  embeddingDim: number;
  /** Units of each hidden ReLU layer of the tower, e.g. [64, 32]. */
  hiddenUnits: number[];
  /** Passes over the training rows, 1–20. */
  epochs: number;
  /** Rows per training step, 64–8192. */
  batchSize: number;
  /** Adam step size of the dense tower, e.g. 0.003. */
  learningRate: number;
  /** Adagrad step size of the sparse embedding rows, e.g. 0.05. */
  embeddingLearningRate: number;
}

/** A training progress snapshot, sent at most about 10 times a second. */
export interface TrainProgress {
  modelId: ModelId;
  /** The epoch running (or just finished), 1-based, 1..epochs. */
  epoch: number;
  epochs: number;
  /** Steps done so far over all epochs, 0..totalSteps (progress = step / totalSteps). */
  step: number;
  /** epochs × steps per epoch. */
  totalSteps: number;
  /**
   * Mean training loss per row over the steps since the last snapshot, nats: the
   * model's (weighted) logistic loss; for ESMM the sum of its CTR and CTCVR terms.
   */
  loss: number;
  /**
   * Test-set AUC at the end of an epoch, when known: of the click label by the
   * model's logit, except `cvr`: of the purchase label on the clicked test rows.
   */
  testAuc?: number | null;
  /** At the end of an epoch: the mean training loss per row over the whole epoch, nats (what `TrainStats.lossHistory` keeps). */
  epochMeanLoss?: number;
  examplesSeen: number;
  /** Training throughput so far, excluding pauses and test evaluation. */
  examplesPerSec: number;
  /** Training time so far, ms, excluding pauses and test evaluation. */
  elapsedMs: number;
}

/** Where a training run ended. */
export interface TrainStats {
  modelId: ModelId;
  backend: BackendName;
  ms: number;
  /** Rows seen over all epochs (epochs × trainRows). */
  examples: number;
  /** Rows of the training set the model learned from (for `cvr`: the clicked impressions only). */
  trainRows: number;
  examplesPerSec: number;
  epochs: number;
  finalLoss: number;
  /** Loss per epoch, for the curves. */
  lossHistory: number[];
}

/** Control hooks of the shared training loop. */
/**
 * How far a training is, without a curve point: sent about once a second of work
 * between the ~10 snapshots an epoch (`TrainProgress`), so that a slow training
 * shows its pace and time left long before its first snapshot. Time-based, so it
 * never feeds the curves (which stay the same for a seed on every machine).
 */
export type TrainPace = Pick<TrainProgress, 'modelId' | 'epoch' | 'epochs' | 'step' | 'totalSteps' | 'examplesSeen' | 'examplesPerSec' | 'elapsedMs'>;

export interface TrainControl {
  onProgress?: (p: TrainProgress) => void;
  /** The pace after the first step and then about once a second of work (see `TrainPace`). */
  onPace?: (p: TrainPace) => void;
  /** Polled between steps; true stops training with a `TrainingCancelled` error. */
  isCancelled?: () => boolean;
  /** Awaited between steps; resolves when the user is not pausing. */
  whilePaused?: () => Promise<void>;
}

/** A trained model that can score (user, item) pairs. */
export interface TrainedModel {
  id: ModelId;
  stats: TrainStats;
  /**
   * Raw logits of pairs (userIds[i], itemIds[i]); the IDs must be within the
   * training set's numUsers / numItems.
   * @returns one logit per pair
   */
  predictLogits(userIds: Int32Array, itemIds: Int32Array): Float32Array;
  /**
   * The model's ranking score per pair: pCTR for `ctr`, e^logit ≈ expected watch
   * minutes per impression for `watchTime`, pCVR = P(buy | click) for `cvr`,
   * pCTCVR = pCTR·pCVR for `esmm` and `esmmNs`.
   */
  score(userIds: Int32Array, itemIds: Int32Array): Float32Array;
  /**
   * The two-tower models (`esmm`, `esmmNs`) only: both towers' logits and
   * probabilities per pair. For the other models, undefined.
   */
  predictParts?(userIds: Int32Array, itemIds: Int32Array): ConversionParts;
  /** Frees the tensors; the model is unusable afterwards. */
  dispose(): void;
}

/**
 * What ESMM predicts for each pair i (all Float32Array of the pairs' length).
 * Always 0 ≤ pCtcvr[i] ≤ pCtr[i] ≤ 1 and 0 ≤ pCvr[i] ≤ 1.
 */
export interface ConversionParts {
  /** Logit of the CTR tower, a = logit P(click). */
  ctrLogit: Float32Array;
  /** Logit of the CVR tower, b = logit P(buy | click). */
  cvrLogit: Float32Array;
  /** pCTR = σ(a). */
  pCtr: Float32Array;
  /** pCVR = σ(b), the post-click conversion rate, meant over the entire space. */
  pCvr: Float32Array;
  /** pCTCVR = pCTR·pCVR = P(click and buy); multiply by the price for a GMV goal. */
  pCtcvr: Float32Array;
}
