/**
 * Ad minutes, the revenue proxy of the video case: a pre-roll for every started
 * view, plus a mid-roll every `midRollEveryMinutes` watched minutes, but only on
 * videos at least `midRollMinVideoMinutes` long (YouTube's 8-minute rule).
 */
import type { VideoWorldSettings } from '../scenario/videoScenario';

/**
 * Ad minutes earned by one view.
 * @param watchMinutes minutes of the video watched, ≥ 0
 * @param videoMinutes length of the video, minutes
 */
export function adMinutesForView(ads: VideoWorldSettings['ads'], watchMinutes: number, videoMinutes: number): number {
  const midRolls = videoMinutes >= ads.midRollMinVideoMinutes ? Math.floor(watchMinutes / ads.midRollEveryMinutes) : 0;
  return ads.preRollMinutes + ads.midRollMinutes * midRolls;
}
