/**
 * The "See why" data of a video run, from the world, the replay's candidates and
 * the two models' scores: the item map, per-user lists, the objective dial
 * (pCTR^(1−α) · E[T]^α) and the calibration of both models on held-out logs.
 *
 * E[T] throughout is the expected watch minutes per impression: P(click) · E[minutes | click].
 */
import { oracleScorer, randomScorer, sampleCandidates, type Scorer } from '../replay/videoReplay';
import type { VideoPolicyId } from '../replay/types';
import { videoPairTruth } from '../replay/videoTruth';
import type { EvaluationSettings } from '../scenario/common';
import type { VideoWorld } from '../world/videoWorld';
import { calibrationBins } from './calibration';
import { dialFrontier } from './dial';
import { buildItemMap } from './itemMap';
import { per1kMeans, perUserOutcome, topKCounts } from './topKStats';
import type { VideoInsights, VideoListItem } from './types';
import { listUserIndices, typicalUserIndex, userLists } from './userLists';

export interface VideoInsightInputs {
  world: VideoWorld;
  evaluation: EvaluationSettings;
  /** The scenario seed: the replay's candidates and random order derive from it. */
  seed: number;
  /** The two learned policies, as the replay ranked with them: pCTR and e^logit. */
  scorers: { ctr: Scorer; watchTime: Scorer };
  /** Held-out impressions and both models' scores of them (pCTR; e^logit, minutes). */
  test: { userIds: Int32Array; itemIds: Int32Array; pCtr: Float32Array; expLogit: Float32Array };
}

export function buildVideoInsights({ world, evaluation, seed, scorers, test }: VideoInsightInputs): VideoInsights {
  const cand = sampleCandidates(world, evaluation, seed);
  const k = evaluation.topK;
  const truth = videoPairTruth(world, cand.pairUsers, cand.pairItems);
  // The replay's outcome arrays, built the same way (Float32 products), so the means agree to the last bit.
  const outcomes = {
    clicks: truth.pClick,
    watchMinutes: truth.pClick.map((p, i) => p * truth.watchMinutesIfClicked[i]),
    adMinutes: truth.pClick.map((p, i) => p * truth.adMinutesIfClicked[i]),
  };
  const ctr = scorers.ctr(cand.pairUsers, cand.pairItems);
  const watchTime = scorers.watchTime(cand.pairUsers, cand.pairItems);
  const policies: { id: VideoPolicyId; scores: Float32Array }[] = [
    { id: 'random', scores: randomScorer(seed)(cand.pairUsers, cand.pairItems) },
    { id: 'ctr', scores: ctr },
    { id: 'watchTime', scores: watchTime },
    { id: 'oracle', scores: oracleScorer(world)(cand.pairUsers, cand.pairItems) },
  ];

  const itemMap = buildItemMap(
    { x: world.quality, y: world.clickbait, size: world.lengthMinutes, flagged: world.clickbait },
    policies.map((p) => ({ id: p.id, counts: topKCounts(p.scores, cand, k, world.numItems) })),
    seed,
  );

  const learned = policies.filter((p) => p.id === 'ctr' || p.id === 'watchTime');
  const typical = typicalUserIndex(learned.map((p) => perUserOutcome(p.scores, cand, k, outcomes.adMinutes)));
  const describe = (i: number): VideoListItem => {
    const v = cand.pairItems[i];
    return {
      itemId: v,
      clickbait: world.clickbait[v] === 1,
      lengthMinutes: world.lengthMinutes[v],
      pClick: truth.pClick[i],
      watchMinutesIfClicked: truth.watchMinutesIfClicked[i],
      adMinutesIfClicked: truth.adMinutesIfClicked[i],
      pCtr: ctr[i],
      expLogit: watchTime[i],
    };
  };
  const listed = policies.filter((p) => p.id !== 'random');
  const lists = listUserIndices(cand.users.length, typical).map((j) => ({
    userId: cand.users[j],
    typical: j === typical,
    ...userLists(cand, k, j, listed, describe),
  }));

  const dial = dialFrontier(cand, k, ctr, watchTime, outcomes, { clickbait: world.clickbait, lengthMinutes: world.lengthMinutes });
  const marks = [
    { id: 'oracleClicks' as const, per1k: per1kMeans(truth.pClick, cand, k, outcomes) },
    { id: 'oracleAdMinutes' as const, per1k: per1kMeans(policies[3].scores, cand, k, outcomes) },
  ];

  const t = videoPairTruth(world, test.userIds, test.itemIds);
  const expectedMinutes = t.pClick.map((p, i) => p * t.watchMinutesIfClicked[i]);
  // What the weighted logistic regression's odds converge to: E[T] / (1 − P).
  const inflatedMinutes = expectedMinutes.map((m, i) => m / (1 - t.pClick[i]));

  return {
    world: 'video',
    topK: Math.min(k, cand.perUser),
    users: cand.users.length,
    itemMap,
    userLists: lists,
    dial: { ...dial, marks },
    calibration: {
      pCtr: calibrationBins(test.pCtr, t.pClick),
      watch: calibrationBins(test.expLogit, expectedMinutes, undefined, undefined, inflatedMinutes),
    },
  };
}
