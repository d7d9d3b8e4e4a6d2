/**
 * Ad minutes, the revenue proxy of the video case: a pre-roll for every started
 * view, plus a mid-roll every `midRollEveryMinutes` watched minutes, but only on
 * videos at least `midRollMinVideoMinutes` long (YouTube's 8-minute rule).
 */
import type { VideoWorldSettings } from '../scenario/videoScenario';
import { watchedAtLeastProbability } from './watchMinutes';

/**
 * Ad minutes earned by one view.
 * @param watchMinutes minutes of the video watched, ≥ 0
 * @param videoMinutes length of the video, minutes
 */
export function adMinutesForView(ads: VideoWorldSettings['ads'], watchMinutes: number, videoMinutes: number): number {
  const midRolls = videoMinutes >= ads.midRollMinVideoMinutes ? Math.floor(watchMinutes / ads.midRollEveryMinutes) : 0;
  return ads.preRollMinutes + ads.midRollMinutes * midRolls;
}

/**
 * The exact expected ad minutes of a started view whose minutes follow the logs'
 * noise (`watchMinutes.ts`). The count of mid-rolls is a step function of the minutes
 * watched, so this is not `adMinutesForView` of the expected minutes: the k-th mid-roll
 * plays with probability P(min(L, X) ≥ k·every), and the expected count is their sum.
 * With no noise it is `adMinutesForView` of the mean minutes, to the last bit.
 * @param meanMinutes the mean minutes before the cap (watch fraction × length)
 * @param videoMinutes length of the video, minutes
 * @param noise the log-normal standard deviation of the minutes watched, ≥ 0
 */
export function expectedAdMinutesForView(ads: VideoWorldSettings['ads'], meanMinutes: number, videoMinutes: number, noise: number): number {
  if (noise <= 0) return adMinutesForView(ads, Math.min(videoMinutes, meanMinutes), videoMinutes);
  if (videoMinutes < ads.midRollMinVideoMinutes) return ads.preRollMinutes;
  // A view capped at the end plays floor(L / every) mid-rolls, and none plays more.
  const most = Math.floor(videoMinutes / ads.midRollEveryMinutes);
  let midRolls = 0;
  for (let k = 1; k <= most; k++) {
    midRolls += watchedAtLeastProbability(meanMinutes, videoMinutes, noise, Math.min(videoMinutes, k * ads.midRollEveryMinutes));
  }
  return ads.preRollMinutes + ads.midRollMinutes * midRolls;
}
