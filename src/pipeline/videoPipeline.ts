/**
 * The whole video case in three stages, shared by the worker and the command line:
 * generate (world → logs → split), train (ctr and watchTime on one backend),
 * compare (offline metrics on the held-out logs, then the online replay).
 */
import type { Dataset } from '../core/data/dataset';
import { splitSteps } from '../core/data/split';
import { videoLogSteps } from '../core/logs/videoLogs';
import { DEFAULT_CHUNK_ROWS, drain, type Steps } from '../core/progress/steps';
import { auc } from '../core/metrics/auc';
import { logloss } from '../core/metrics/logloss';
import { buildVideoReport, type Report, type ReportTrain } from '../core/report/report';
import type { VideoReplayResult } from '../core/replay/types';
import { replayVideo } from '../core/replay/videoReplay';
import type { VideoScenario } from '../core/scenario/videoScenario';
import { summariseVideoSteps, type VideoWorldSummary } from '../core/world/videoSummary';
import { videoWorldSteps, type VideoWorld } from '../core/world/videoWorld';
import { trainModel, type TrainedModel } from '../models';
import type { ModelId, TrainControl } from '../models/types';
import { trainInTurn } from './trainInTurn';

export interface VideoRun {
  scenario: VideoScenario;
  world: VideoWorld;
  train: Dataset;
  test: Dataset;
  summary: VideoWorldSummary;
}

/** The models of the video case, in the order they train and show. */
export const VIDEO_MODELS: readonly ModelId[] = ['ctr', 'watchTime'];

/** Stage 1: the world, its logs and the held-out split. */
export function generateVideoRun(scenario: VideoScenario): VideoRun {
  return drain(generateVideoRunSteps(scenario));
}

/** Stage 1 in chunks (see `core/progress/steps.ts`): the same run for a seed whatever `chunkRows` is. */
export function* generateVideoRunSteps(scenario: VideoScenario, chunkRows = DEFAULT_CHUNK_ROWS): Steps<VideoRun> {
  const world = yield* videoWorldSteps(scenario, chunkRows);
  const logs = yield* videoLogSteps(scenario, world, chunkRows);
  const { train, test } = yield* splitSteps(logs, scenario.evaluation.testFraction, scenario.seed, chunkRows);
  const summary = yield* summariseVideoSteps(world, logs, chunkRows);
  return { scenario, world, train, test, summary };
}

/** Stage 2: trains each model in turn; the caller owns the returned models and must dispose them. */
export function trainVideoModels(run: VideoRun, control: TrainControl = {}): Promise<Map<ModelId, TrainedModel>> {
  const { model, seed } = run.scenario;
  return trainInTurn(VIDEO_MODELS, (id) => trainModel(id, run.train, model, seed, control, run.test));
}

/** Stage 3: offline metrics of the click label on the held-out logs, then the replay. */
export function compareVideoRun(run: VideoRun, models: Map<ModelId, TrainedModel>): VideoReplayResult {
  const scorers: Partial<Record<ModelId, (u: Int32Array, v: Int32Array) => Float32Array>> = {};
  for (const [id, m] of models) scorers[id] = (u, v) => m.score(u, v);
  const result = replayVideo(run.world, run.scenario.evaluation, run.scenario.seed, scorers);
  for (const p of result.policies) {
    const model = models.get(p.id as ModelId);
    if (!model) continue;
    const logits = model.predictLogits(run.test.userIds, run.test.itemIds);
    // Both models are logistic in the click label; σ(logit) is the pCTR the model implies.
    const pClick = logits.map((z) => 1 / (1 + Math.exp(-z)));
    p.offline = { ctrAuc: auc(logits, run.test.click), ctrLogloss: logloss(pClick, run.test.click) };
  }
  return result;
}

/** The report of DESIGN 5.2 for a finished run. */
export function videoReport(run: VideoRun, backend: string, models: Map<ModelId, TrainedModel>, replay: VideoReplayResult, timings?: Report['timings']): Report {
  const train: Partial<Record<string, ReportTrain>> = {};
  for (const [id, m] of models) {
    const s = m.stats;
    train[id] = { ms: s.ms, examples: s.examples, examplesPerSec: s.examplesPerSec, epochs: s.epochs };
  }
  return buildVideoReport({ scenario: run.scenario, backend, summary: run.summary, replay, train, timings });
}
