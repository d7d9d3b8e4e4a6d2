/** Exact expected outcomes of showing video v to user u, from the ground truth. */
import { expectedAdMinutesForView } from '../world/ads';
import { affinity, clickProbability, uncappedWatchMinutes, type VideoWorld } from '../world/videoWorld';
import { expectedCappedWatchMinutes } from '../world/watchMinutes';

export interface VideoPairTruth {
  /** P(click), in (0, 1). */
  pClick: Float32Array;
  /** Expected minutes watched if clicked: the mean of the logs' noisy, capped minutes. */
  watchMinutesIfClicked: Float32Array;
  /** Expected ad minutes if clicked, over the same noise (not the ads of a view of average length). */
  adMinutesIfClicked: Float32Array;
}

/** Ground truth for each (userIds[i], itemIds[i]) pair. */
export function videoPairTruth(world: VideoWorld, userIds: Int32Array, itemIds: Int32Array): VideoPairTruth {
  const n = userIds.length;
  const pClick = new Float32Array(n);
  const watchMinutesIfClicked = new Float32Array(n);
  const adMinutesIfClicked = new Float32Array(n);
  const noise = world.settings.watch.noise;
  for (let i = 0; i < n; i++) {
    const u = userIds[i];
    const v = itemIds[i];
    const a = affinity(world, u, v);
    pClick[i] = clickProbability(world, u, v, a);
    const mean = uncappedWatchMinutes(world, u, v, a);
    const length = world.lengthMinutes[v];
    watchMinutesIfClicked[i] = expectedCappedWatchMinutes(mean, length, noise);
    adMinutesIfClicked[i] = expectedAdMinutesForView(world.settings.ads, mean, length, noise);
  }
  return { pClick, watchMinutesIfClicked, adMinutesIfClicked };
}
