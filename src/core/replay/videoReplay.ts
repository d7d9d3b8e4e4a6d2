/**
 * The simulated A/B test of the video world: clicks, watch minutes and ad
 * minutes per 1000 impressions, and what each policy put on screen.
 */
import type { EvaluationSettings } from '../scenario/common';
import type { VideoWorld } from '../world/videoWorld';
import { policyLineup, replayPolicies, sampleCandidates, type Scorer } from './replayEngine';
import type { VideoIntervalMetric, VideoPolicyId, VideoPolicyResult, VideoReplayResult } from './types';
import { videoPairTruth } from './videoTruth';

/** The result's name of each replay outcome. */
const METRIC_OF = { clicks: 'clicksPer1k', watch: 'watchMinutesPer1k', ads: 'adMinutesPer1k' } as const satisfies Record<string, VideoIntervalMetric>;

export { randomScorer, sampleCandidates, type ReplayCandidates, type Scorer } from './replayEngine';

/** The `oracle` reference: ranks by the true expected ad minutes of showing the video. */
export function oracleScorer(world: VideoWorld): Scorer {
  return (userIds, itemIds) => {
    const t = videoPairTruth(world, userIds, itemIds);
    return t.pClick.map((p, i) => p * t.adMinutesIfClicked[i]);
  };
}

/**
 * Replays every policy on the same users and candidates.
 * @param scorers the learned policies (ctr, watchTime); random and oracle are added here
 */
export function replayVideo(world: VideoWorld, ev: EvaluationSettings, seed: number, scorers: Partial<Record<VideoPolicyId, Scorer>>): VideoReplayResult {
  const cand = sampleCandidates(world, ev, seed);
  const t = videoPairTruth(world, cand.pairUsers, cand.pairItems);
  const outcomes = {
    clicks: t.pClick,
    watch: t.pClick.map((p, i) => p * t.watchMinutesIfClicked[i]),
    ads: t.pClick.map((p, i) => p * t.adMinutesIfClicked[i]),
  };
  const stats = { length: world.lengthMinutes, clickbait: world.clickbait, quality: world.quality };
  const all = policyLineup<VideoPolicyId>(seed, ['ctr', 'watchTime'], scorers, oracleScorer(world));
  const replay = replayPolicies(all, cand, outcomes, stats, ev, seed);
  const policies: VideoPolicyResult[] = replay.policies.map(({ id, outcome: r }) => ({
    id,
    online: {
      clicksPer1k: r.per1k.clicks,
      watchMinutesPer1k: r.per1k.watch,
      adMinutesPer1k: r.per1k.ads,
      shareOfOracle: 0, // set below, once the oracle is known
      meanVideoMinutesShown: r.shown.length,
      clickbaitShareShown: r.shown.clickbait,
      meanQualityShown: r.shown.quality,
    },
  }));
  const differences = replay.differences.map((d) => ({ a: d.a, b: d.b, metric: METRIC_OF[d.outcome], difference: d.difference }));
  const oracleAds = policies[policies.length - 1].online.adMinutesPer1k.mean;
  for (const p of policies) p.online.shareOfOracle = oracleAds > 0 ? p.online.adMinutesPer1k.mean / oracleAds : 0;
  return { world: 'video', users: cand.users.length, candidatesPerUser: cand.perUser, topK: Math.min(ev.topK, cand.perUser), policies, differences };
}
