/**
 * One entry to both case studies: the worker and the command line call these and
 * never branch on the world themselves.
 */
import { MessageError } from '../core/messages/message';
import type { Report } from '../core/report/report';
import { DEFAULT_CHUNK_ROWS, drain, type Steps } from '../core/progress/steps';
import { checkRunFits } from '../core/scale/estimateRunBytes';
import type { ShopReplayResult, VideoReplayResult } from '../core/replay/types';
import type { Scenario } from '../core/scenario/parseScenario';
import type { ShopWorldSummary } from '../core/world/shopSummary';
import type { VideoWorldSummary } from '../core/world/videoSummary';
import type { ModelId, TrainControl, TrainedModel } from '../models/types';
import { compareShopRun, generateShopRunSteps, shopReport, trainShopModels, type ShopRun } from './shopPipeline';
import { compareVideoRun, generateVideoRunSteps, trainVideoModels, videoReport, type VideoRun } from './videoPipeline';

export type AnyRun = { world: 'video'; run: VideoRun } | { world: 'shop'; run: ShopRun };
export type WorldSummary = VideoWorldSummary | ShopWorldSummary;
export type ReplayResult = VideoReplayResult | ShopReplayResult;
export type Models = Map<ModelId, TrainedModel>;

/**
 * Stage 1 of either world.
 * @throws before generating anything when the run would not fit in a browser tab's memory (`checkRunFits`)
 */
export function generateRun(scenario: Scenario): AnyRun {
  return drain(generateRunSteps(scenario));
}

/**
 * Stage 1 in chunks, for a caller that reports progress and may stop between two
 * chunks (the worker); the same run for a seed as `generateRun`.
 * @throws at the first `next()`, before generating anything, when the run would not fit (`checkRunFits`)
 */
export function* generateRunSteps(scenario: Scenario, chunkRows = DEFAULT_CHUNK_ROWS): Steps<AnyRun> {
  const fit = checkRunFits(scenario);
  if (!fit.ok) throw new MessageError(fit.said);
  if (scenario.world === 'video') return { world: 'video', run: yield* generateVideoRunSteps(scenario, chunkRows) };
  return { world: 'shop', run: yield* generateShopRunSteps(scenario, chunkRows) };
}

export function summaryOf(r: AnyRun): WorldSummary {
  return r.run.summary;
}

/** Trains the run's models in turn; the caller owns (and disposes) them. */
export function trainRun(r: AnyRun, control: TrainControl = {}): Promise<Models> {
  return r.world === 'video' ? trainVideoModels(r.run, control) : trainShopModels(r.run, control);
}

/** Offline metrics and the simulated A/B test of every policy. */
export function compareRun(r: AnyRun, models: Models): ReplayResult {
  return r.world === 'video' ? compareVideoRun(r.run, models) : compareShopRun(r.run, models);
}

/** The report of DESIGN 5.2. */
export function reportRun(r: AnyRun, backend: string, models: Models, result: ReplayResult, timings?: Report['timings']): Report {
  if (r.world === 'video' && result.world === 'video') return videoReport(r.run, backend, models, result, timings);
  if (r.world === 'shop' && result.world === 'shop') return shopReport(r.run, backend, models, result, timings);
  throw new Error(`a ${result.world} result cannot report a ${r.world} run`);
}
