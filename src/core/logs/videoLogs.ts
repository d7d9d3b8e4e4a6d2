/**
 * Logged impressions of the video world: exposure from the logging policy, then
 * clicks and watch minutes drawn from the ground truth. The models see only IDs,
 * the observable video length, and these labels.
 */
import type { Dataset } from '../data/dataset';
import { chunked, DEFAULT_CHUNK_ROWS, drain, type Steps } from '../progress/steps';
import { Rng } from '../random/prng';
import type { VideoScenario } from '../scenario/videoScenario';
import { affinity, clickProbability, uncappedWatchMinutes, type VideoWorld } from '../world/videoWorld';
import { sampleWatchMinutes } from '../world/watchMinutes';
import { standardise } from '../world/math';
import { exposureSteps } from './loggingPolicy';

/** Observable features of each video: standardised log length, and whether it may carry mid-rolls. */
export function videoItemFeatures(world: VideoWorld): { table: Float32Array; count: number } {
  const count = 2;
  const n = world.numItems;
  const logLength = standardise(Array.from(world.lengthMinutes, Math.log));
  const table = new Float32Array(n * count);
  for (let v = 0; v < n; v++) {
    table[v * count] = logLength[v];
    table[v * count + 1] = world.lengthMinutes[v] >= world.settings.ads.midRollMinVideoMinutes ? 1 : 0;
  }
  return { table, count };
}

/** Generates the logged impressions with their click and watch-minute labels. */
export function generateVideoLogs(scenario: VideoScenario, world: VideoWorld): VideoLogs {
  return drain(videoLogSteps(scenario, world));
}

/** The logs of the video world: a dataset that also records each impression's slot on the page. */
export type VideoLogs = Dataset & { positions: Int32Array };

/**
 * `generateVideoLogs` in chunks of impressions (stages `exposure`, then `labels`; see
 * `steps.ts`): the same logs for a seed whatever `chunkRows` is.
 * @param chunkRows impressions per chunk, ≥ 1
 */
export function* videoLogSteps(scenario: VideoScenario, world: VideoWorld, chunkRows = DEFAULT_CHUNK_ROWS): Steps<VideoLogs> {
  const { impressions, popularityMix, slateSize } = scenario.logging;
  const exposure = yield* exposureSteps(scenario.seed, world.userActivity, world.numItems, impressions, popularityMix, slateSize, chunkRows);
  const labels = Rng.forStream(scenario.seed, 'labels');
  const click = new Float32Array(impressions);
  const watchMinutes = new Float32Array(impressions);
  const noise = world.settings.watch.noise;
  yield* chunked('labels', impressions, chunkRows, (start, end) => {
    for (let i = start; i < end; i++) {
      const u = exposure.userIds[i];
      const v = exposure.itemIds[i];
      const a = affinity(world, u, v);
      if (labels.next() >= clickProbability(world, u, v, a)) continue;
      click[i] = 1;
      // Log-normal noise with mean 1 around the uncapped mean minutes, never past the end of the video.
      watchMinutes[i] = sampleWatchMinutes(uncappedWatchMinutes(world, u, v, a), world.lengthMinutes[v], noise, labels.normal());
    }
  });
  const features = videoItemFeatures(world);
  return {
    size: impressions,
    userIds: exposure.userIds,
    itemIds: exposure.itemIds,
    positions: exposure.positions,
    numUsers: world.numUsers,
    numItems: world.numItems,
    itemFeatures: features.table,
    numItemFeatures: features.count,
    click,
    watchMinutes,
  };
}
