/** Exact expected outcomes of showing video v to user u, from the ground truth. */
import { adMinutesForView } from '../world/ads';
import { affinity, clickProbability, watchFraction, type VideoWorld } from '../world/videoWorld';

export interface VideoPairTruth {
  /** P(click), in (0, 1). */
  pClick: Float32Array;
  /** Expected minutes watched if clicked. */
  watchMinutesIfClicked: Float32Array;
  /** Ad minutes earned by a view watched for the expected minutes. */
  adMinutesIfClicked: Float32Array;
}

/** Ground truth for each (userIds[i], itemIds[i]) pair. */
export function videoPairTruth(world: VideoWorld, userIds: Int32Array, itemIds: Int32Array): VideoPairTruth {
  const n = userIds.length;
  const pClick = new Float32Array(n);
  const watchMinutesIfClicked = new Float32Array(n);
  const adMinutesIfClicked = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const u = userIds[i];
    const v = itemIds[i];
    const a = affinity(world, u, v);
    pClick[i] = clickProbability(world, u, v, a);
    const minutes = watchFraction(world, u, v, a) * world.lengthMinutes[v];
    watchMinutesIfClicked[i] = minutes;
    adMinutesIfClicked[i] = adMinutesForView(world.settings.ads, minutes, world.lengthMinutes[v]);
  }
  return { pClick, watchMinutesIfClicked, adMinutesIfClicked };
}
