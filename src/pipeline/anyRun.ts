/**
 * One entry to both case studies: the worker and the command line call these and
 * never branch on the world themselves.
 */
import { MessageError } from '../core/messages/message';
import type { Report } from '../core/report/report';
import { checkRunFits } from '../core/scale/estimateRunBytes';
import type { ShopReplayResult, VideoReplayResult } from '../core/replay/types';
import type { Scenario } from '../core/scenario/parseScenario';
import type { ShopWorldSummary } from '../core/world/shopSummary';
import type { VideoWorldSummary } from '../core/world/videoSummary';
import type { ModelId, TrainControl, TrainedModel } from '../models/types';
import { compareShopRun, generateShopRun, shopReport, trainShopModels, type ShopRun } from './shopPipeline';
import { compareVideoRun, generateVideoRun, trainVideoModels, videoReport, type VideoRun } from './videoPipeline';

export type AnyRun = { world: 'video'; run: VideoRun } | { world: 'shop'; run: ShopRun };
export type WorldSummary = VideoWorldSummary | ShopWorldSummary;
export type ReplayResult = VideoReplayResult | ShopReplayResult;
export type Models = Map<ModelId, TrainedModel>;

/**
 * Stage 1 of either world.
 * @throws before generating anything when the run would not fit in a browser tab's memory (`checkRunFits`)
 */
export function generateRun(scenario: Scenario): AnyRun {
  const fit = checkRunFits(scenario);
  if (!fit.ok) throw new MessageError(fit.said);
  return scenario.world === 'video' ? { world: 'video', run: generateVideoRun(scenario) } : { world: 'shop', run: generateShopRun(scenario) };
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
