/**
 * The typed messages between the main thread and the training worker.
 * Discriminated unions on `type`; both sides switch exhaustively.
 */
import type { Message } from '../core/messages/message';
import type { Scenario } from '../core/scenario/parseScenario';
import type { ReplayResult, WorldSummary } from '../pipeline/anyRun';
import type { BackendChoice, BackendName, ModelId, TrainPace, TrainProgress, TrainStats } from '../models/types';
import type { GenerateProgress } from '../core/progress/generateWork';
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
  /** Stops the generation or the training in progress; the worker keeps what it had before. */
  | { type: 'cancel' }
  /**
   * `goal` (shop only) ranks for this business goal instead of the generated
   * scenario's: no model learns the goal, so a new goal needs no new training.
   */
  | { type: 'compare'; goal?: ShopGoal };

export type FromWorker =
  /** Sent once when the worker's modules have loaded; until then the client queues its messages. */
  | { type: 'ready' }
  /** How far the generation in progress is; about 10 a second, the first at once. */
  | { type: 'generateProgress'; progress: GenerateProgress; elapsedMs: number }
  | { type: 'generated'; summary: WorldSummary; ms: number }
  /** The generation was cancelled: the worker still has the run (and models) it had before it. */
  | { type: 'generateCancelled' }
  /** `note`: English, for logs; `notes`: the same as messages, which the page words in its language. */
  | { type: 'backend'; backend: BackendName; note?: string; notes?: Message[] }
  | { type: 'progress'; progress: TrainProgress }
  /** The training's pace between two snapshots (no curve point): after its first step, then about once a second. */
  | { type: 'trainPace'; pace: TrainPace }
  | { type: 'trained'; stats: TrainStats[] }
  /** `insights`: the data of the "See why" views of this comparison; `insightsMs` the time it took. */
  | { type: 'compared'; result: ReplayResult; report: Report; ms: number; insights?: RunInsights; insightsMs?: number }
  /** The training was cancelled. */
  | { type: 'cancelled' }
  /** `message`: English; `said`: the message, when the error was meant for people (the page words it). */
  | { type: 'error'; during: 'generate' | 'train' | 'compare'; message: string; said?: Message };

export type { GenerateProgress, ModelId, ReplayResult, RunInsights, WorldSummary };
