/**
 * The typed messages between the main thread and the training worker.
 * Discriminated unions on `type`; both sides switch exhaustively.
 */
import type { Scenario } from '../core/scenario/parseScenario';
import type { ReplayResult, WorldSummary } from '../pipeline/anyRun';
import type { BackendChoice, BackendName, ModelId, TrainProgress, TrainStats } from '../models/types';
import type { Report } from '../core/report/report';
import type { ShopGoal } from '../core/scenario/shopScenario';
import type { RunInsights } from '../core/insights/types';

export type ToWorker =
  | { type: 'generate'; scenario: Scenario }
  /**
   * `sharedEmbeddings` (shop only) trains ESMM with or without shared embeddings
   * instead of the generated scenario's choice: the logs do not depend on it.
   */
  | { type: 'train'; backend: BackendChoice; sharedEmbeddings?: boolean }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'cancel' }
  /**
   * `goal` (shop only) ranks for this business goal instead of the generated
   * scenario's: no model learns the goal, so a new goal needs no new training.
   */
  | { type: 'compare'; goal?: ShopGoal };

export type FromWorker =
  /** Sent once when the worker's modules have loaded; until then the client queues its messages. */
  | { type: 'ready' }
  | { type: 'generated'; summary: WorldSummary; ms: number }
  | { type: 'backend'; backend: BackendName; note?: string }
  | { type: 'progress'; progress: TrainProgress }
  | { type: 'trained'; stats: TrainStats[] }
  /** `insights`: the data of the "See why" views of this comparison; `insightsMs` the time it took. */
  | { type: 'compared'; result: ReplayResult; report: Report; ms: number; insights?: RunInsights; insightsMs?: number }
  | { type: 'cancelled' }
  | { type: 'error'; during: 'generate' | 'train' | 'compare'; message: string };

export type { ModelId, ReplayResult, RunInsights, WorldSummary };
