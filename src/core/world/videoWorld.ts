/**
 * The video platform of DESIGN 1.1: the hidden ground truth every model is judged
 * against. Users have tastes, videos have topics, a length, a quality and maybe a
 * clickbait thumbnail that lures clicks and is abandoned early.
 */
import { chunked, DEFAULT_CHUNK_ROWS, drain, type Steps } from '../progress/steps';
import { Rng } from '../random/prng';
import type { VideoScenario, VideoWorldSettings } from '../scenario/videoScenario';
import { clamp, scaledDot, sigmoid } from './math';
import { expectedCappedWatchMinutes } from './watchMinutes';

export interface VideoWorld {
  settings: VideoWorldSettings;
  numUsers: number;
  numItems: number;
  topicDim: number;
  /** Taste vectors, row-major [numUsers × topicDim]. */
  userTaste: Float32Array;
  /** Relative activity of each user (mean 1): how many impressions they get in the logs. */
  userActivity: Float32Array;
  /** Topic vectors, row-major [numItems × topicDim]. */
  itemTopic: Float32Array;
  /** Video length, minutes, in [1, 60]. */
  lengthMinutes: Float32Array;
  /** Hidden quality, standard normal. */
  quality: Float32Array;
  /** 1 for a clickbait video, else 0. */
  clickbait: Uint8Array;
}

const MIN_LENGTH_MINUTES = 1;
const MAX_LENGTH_MINUTES = 60;

/** Generates the world from the scenario seed; each part has its own random stream. */
export function generateVideoWorld(scenario: VideoScenario): VideoWorld {
  return drain(videoWorldSteps(scenario));
}

/**
 * `generateVideoWorld` in chunks of users, then of videos (see `steps.ts`): the same
 * world for a seed whatever `chunkRows` is.
 * @param chunkRows users or videos per chunk, ≥ 1
 */
export function* videoWorldSteps(scenario: VideoScenario, chunkRows = DEFAULT_CHUNK_ROWS): Steps<VideoWorld> {
  const s = scenario.video;
  const d = s.topicDim;
  const users = Rng.forStream(scenario.seed, 'users');
  const items = Rng.forStream(scenario.seed, 'items');
  const userTaste = new Float32Array(scenario.users * d);
  const userActivity = new Float32Array(scenario.users);
  yield* chunked('users', scenario.users, chunkRows, (start, end) => {
    for (let u = start; u < end; u++) {
      for (let k = 0; k < d; k++) userTaste[u * d + k] = users.normal();
      // Log-normal with mean 1: a few heavy users, many light ones.
      userActivity[u] = Math.exp(0.6 * users.normal() - 0.18);
    }
  });
  const itemTopic = new Float32Array(scenario.items * d);
  const lengthMinutes = new Float32Array(scenario.items);
  const quality = new Float32Array(scenario.items);
  const clickbait = new Uint8Array(scenario.items);
  // Separate streams so that changing the clickbait share does not redraw lengths or topics.
  const lengths = Rng.forStream(scenario.seed, 'items.length');
  const bait = Rng.forStream(scenario.seed, 'items.clickbait');
  yield* chunked('items', scenario.items, chunkRows, (start, end) => {
    for (let v = start; v < end; v++) {
      for (let k = 0; k < d; k++) itemTopic[v * d + k] = items.normal();
      quality[v] = items.normal();
      const len = s.lengthMedianMinutes * Math.exp(s.lengthSpread * lengths.normal());
      lengthMinutes[v] = clamp(len, MIN_LENGTH_MINUTES, MAX_LENGTH_MINUTES);
      clickbait[v] = bait.next() < s.clickbaitShare ? 1 : 0;
    }
  });
  return {
    settings: s,
    numUsers: scenario.users,
    numItems: scenario.items,
    topicDim: d,
    userTaste,
    userActivity,
    itemTopic,
    lengthMinutes,
    quality,
    clickbait,
  };
}

/** Taste match a_uv = θ_u·φ_v / √d × affinityScale (about standard normal × scale). */
export function affinity(w: VideoWorld, u: number, v: number): number {
  return scaledDot(w.userTaste, u, w.itemTopic, v, w.topicDim, w.settings.affinityScale);
}

/** P(click | u, v) in (0, 1). */
export function clickProbability(w: VideoWorld, u: number, v: number, a = affinity(w, u, v)): number {
  const c = w.settings.click;
  return sigmoid(c.base + c.affinity * a + c.clickbait * w.clickbait[v] + c.quality * w.quality[v]);
}

/** Expected share of the video watched after a click, in (0, 1). */
export function watchFraction(w: VideoWorld, u: number, v: number, a = affinity(w, u, v)): number {
  const c = w.settings.watch;
  return sigmoid(c.base + c.affinity * a + c.quality * w.quality[v] - c.clickbait * w.clickbait[v]);
}

/**
 * Mean minutes watched after a click before the cap at the video's length: the
 * centre the logs' log-normal noise is drawn around (`watchMinutes.ts`).
 */
export function uncappedWatchMinutes(w: VideoWorld, u: number, v: number, a = affinity(w, u, v)): number {
  return watchFraction(w, u, v, a) * w.lengthMinutes[v];
}

/** Expected minutes watched after a click, exactly: the noisy minutes capped at the video's length, as the logs record them. */
export function expectedWatchMinutes(w: VideoWorld, u: number, v: number, a = affinity(w, u, v)): number {
  return expectedCappedWatchMinutes(uncappedWatchMinutes(w, u, v, a), w.lengthMinutes[v], w.settings.watch.noise);
}
