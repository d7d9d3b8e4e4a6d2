/** What the Generate step shows: the size and the behaviour of the generated platform. */
import type { Dataset } from '../data/dataset';
import { chunked, DEFAULT_CHUNK_ROWS, drain, type Steps } from '../progress/steps';
import type { VideoWorld } from './videoWorld';

export interface VideoWorldSummary {
  world: 'video';
  users: number;
  videos: number;
  impressions: number;
  clicks: number;
  /** Clicks per impression, in [0, 1]. */
  ctr: number;
  /** Minutes watched over all logged impressions. */
  watchMinutes: number;
  /** Mean minutes watched per click. */
  watchMinutesPerClick: number;
  /** Share of videos that are clickbait, in [0, 1]. */
  clickbaitShare: number;
  /** Click-through rate of clickbait videos and of the others, in [0, 1]. */
  ctrClickbait: number | null;
  ctrOther: number | null;
  /** Mean share of a video watched after a click: clickbait vs others, in [0, 1]. */
  watchedShareClickbait: number | null;
  watchedShareOther: number | null;
  meanVideoMinutes: number;
}

export function summariseVideo(world: VideoWorld, logs: Dataset): VideoWorldSummary {
  return drain(summariseVideoSteps(world, logs));
}

/**
 * `summariseVideo` in chunks of impressions (stage `summary`, see `steps.ts`).
 * @param chunkRows impressions per chunk, ≥ 1
 */
export function* summariseVideoSteps(world: VideoWorld, logs: Dataset, chunkRows = DEFAULT_CHUNK_ROWS): Steps<VideoWorldSummary> {
  let clicks = 0;
  let minutes = 0;
  const shown = [0, 0];
  const clicked = [0, 0];
  const watchedShare = [0, 0];
  yield* chunked('summary', logs.size, chunkRows, (start, end) => {
    for (let i = start; i < end; i++) {
      const v = logs.itemIds[i];
      const b = world.clickbait[v];
      shown[b]++;
      if (logs.click[i] > 0) {
        clicks++;
        clicked[b]++;
        minutes += logs.watchMinutes[i];
        watchedShare[b] += logs.watchMinutes[i] / world.lengthMinutes[v];
      }
    }
  });
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  let baitItems = 0;
  let totalLength = 0;
  for (let v = 0; v < world.numItems; v++) {
    baitItems += world.clickbait[v];
    totalLength += world.lengthMinutes[v];
  }
  return {
    world: 'video',
    users: world.numUsers,
    videos: world.numItems,
    impressions: logs.size,
    clicks,
    ctr: logs.size ? clicks / logs.size : 0,
    watchMinutes: minutes,
    watchMinutesPerClick: clicks ? minutes / clicks : 0,
    clickbaitShare: baitItems / world.numItems,
    ctrClickbait: ratio(clicked[1], shown[1]),
    ctrOther: ratio(clicked[0], shown[0]),
    watchedShareClickbait: ratio(watchedShare[1], clicked[1]),
    watchedShareOther: ratio(watchedShare[0], clicked[0]),
    meanVideoMinutes: totalLength / world.numItems,
  };
}
