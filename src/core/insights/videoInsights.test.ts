import { describe, expect, it } from 'vitest';
import { splitDataset } from '../data/split';
import { generateVideoLogs } from '../logs/videoLogs';
import { sampleCandidates } from '../replay/replayEngine';
import type { VideoPolicyId } from '../replay/types';
import { replayVideo } from '../replay/videoReplay';
import { videoPairTruth } from '../replay/videoTruth';
import { loadBundledScenario } from '../testing/bundledScenarios';
import { fakeVideoScorers } from '../testing/fakeModels';
import { generateVideoWorld } from '../world/videoWorld';
import { per1kMeans } from './topKStats';
import { buildVideoInsights } from './videoInsights';
import { MAX_LIST_USERS } from './userLists';

const scenario = loadBundledScenario('video-e2e-small', 'video');
const world = generateVideoWorld(scenario);
const { test: split } = splitDataset(generateVideoLogs(scenario, world), scenario.evaluation.testFraction, scenario.seed);
const scorers = fakeVideoScorers(world);
const test = { userIds: split.userIds, itemIds: split.itemIds, pCtr: scorers.ctr(split.userIds, split.itemIds), expLogit: scorers.watchTime(split.userIds, split.itemIds) };
const build = () => buildVideoInsights({ world, evaluation: scenario.evaluation, seed: scenario.seed, scorers, test });
const insights = build();
const replay = replayVideo(world, scenario.evaluation, scenario.seed, scorers);
const online = (id: VideoPolicyId) => replay.policies.find((p) => p.id === id)!.online;
const K = scenario.evaluation.topK;

describe('video insights: the item map', () => {
  it('counts every policy’s top-K slots (users × K) and agrees with what the replay says was shown', () => {
    const { itemMap } = insights;
    expect(itemMap.policies.map((p) => p.id)).toEqual(['random', 'ctr', 'watchTime', 'oracle']);
    expect(itemMap.itemIds).toHaveLength(world.numItems);
    for (const p of itemMap.policies) {
      const counts = Array.from(p.counts);
      expect(counts.reduce((a, b) => a + b, 0), p.id).toBe(insights.users * K);
      expect(p.slots).toBe(insights.users * K);
      // The share of slots given to clickbait and the mean length shown, from the counts, are the replay's.
      expect(p.flaggedSlotShare, p.id).toBeCloseTo(online(p.id).clickbaitShareShown, 12);
      const length = counts.reduce((s, c, i) => s + c * world.lengthMinutes[itemMap.itemIds[i]], 0) / p.slots;
      expect(length, p.id).toBeCloseTo(online(p.id).meanVideoMinutesShown, 4);
      expect(p.distinctItems).toBe(counts.filter((c) => c > 0).length);
    }
    expect(itemMap.catalogueFlaggedShare).toBeCloseTo(world.clickbait.reduce((a, b) => a + b, 0) / world.numItems, 12);
  });
});

describe('video insights: the objective dial', () => {
  const { dial } = insights;

  it('runs α from 0 to 1 in steps of 0.05', () => {
    expect(dial.alphas).toHaveLength(21);
    expect(dial.alphas[0]).toBe(0);
    expect(dial.alphas[20]).toBe(1);
    expect(dial.alphas[7]).toBeCloseTo(0.35, 12);
  });

  it('ends where the replay’s click policy (α = 0) and watch-time policy (α = 1) are', () => {
    const last = dial.alphas.length - 1;
    for (const [i, id] of [[0, 'ctr'], [last, 'watchTime']] as const) {
      expect(dial.per1k.clicks[i], id).toBe(online(id).clicksPer1k.mean);
      expect(dial.per1k.watchMinutes[i], id).toBe(online(id).watchMinutesPer1k.mean);
      expect(dial.per1k.adMinutes[i], id).toBe(online(id).adMinutesPer1k.mean);
      expect(dial.shown.clickbait[i], id).toBeCloseTo(online(id).clickbaitShareShown, 12);
    }
  });

  it('ranks by pCTR^(1−α) · E[T]^α in between (brute force with pow)', () => {
    const cand = sampleCandidates(world, scenario.evaluation, scenario.seed);
    const a = scorers.ctr(cand.pairUsers, cand.pairItems);
    const b = scorers.watchTime(cand.pairUsers, cand.pairItems);
    const t = videoPairTruth(world, cand.pairUsers, cand.pairItems);
    const outcomes = { ads: t.pClick.map((p, i) => p * t.adMinutesIfClicked[i]) };
    for (const i of [4, 10, 15]) {
      const alpha = dial.alphas[i];
      const blended = Float64Array.from(a, (x, j) => x ** (1 - alpha) * b[j] ** alpha);
      expect(dial.per1k.adMinutes[i]).toBeCloseTo(per1kMeans(blended, cand, K, outcomes).ads, 9);
    }
  });

  it('marks the replay’s oracle and the best click ranking, which bound the frontier', () => {
    const ads = dial.marks.find((m) => m.id === 'oracleAdMinutes')!;
    const clicks = dial.marks.find((m) => m.id === 'oracleClicks')!;
    expect(ads.per1k.adMinutes).toBe(online('oracle').adMinutesPer1k.mean);
    for (let i = 0; i < dial.alphas.length; i++) {
      expect(dial.per1k.adMinutes[i]).toBeLessThanOrEqual(ads.per1k.adMinutes * (1 + 1e-12));
      expect(dial.per1k.clicks[i]).toBeLessThanOrEqual(clicks.per1k.clicks * (1 + 1e-12));
    }
  });
});

describe('video insights: per-user lists', () => {
  it('offers a capped sample of replay users, the typical one first, each with every policy’s top K', () => {
    const lists = insights.userLists;
    expect(lists.length).toBe(Math.min(MAX_LIST_USERS, insights.users));
    expect(lists[0].typical).toBe(true);
    expect(lists.filter((u) => u.typical)).toHaveLength(1);
    expect(new Set(lists.map((u) => u.userId)).size).toBe(lists.length);
    for (const u of lists.slice(0, 5)) {
      expect(u.lists.map((l) => l.policyId)).toEqual(['ctr', 'watchTime', 'oracle']);
      for (const l of u.lists) expect(l.items).toHaveLength(K);
      // The click model's list is its K highest pCTR, best first.
      const ctr = u.lists[0].items.map((i) => u.items[i].pCtr);
      expect(ctr).toEqual([...ctr].sort((x, y) => y - x));
      const truth = videoPairTruth(world, Int32Array.from(u.items, () => u.userId), Int32Array.from(u.items, (it) => it.itemId));
      u.items.forEach((it, i) => expect(it.pClick).toBe(truth.pClick[i]));
    }
  });

  it('is the same for the same run', () => {
    expect(build().userLists.map((u) => u.userId)).toEqual(insights.userLists.map((u) => u.userId));
  });
});

describe('video insights: calibration', () => {
  it('bins every held-out impression, and the watch-time odds sit above E[T] by the 1/(1−P) factor', () => {
    const { pCtr, watch } = insights.calibration;
    expect(pCtr.reduce((s, b) => s + b.count, 0)).toBe(split.size);
    expect(watch.reduce((s, b) => s + b.count, 0)).toBe(split.size);
    for (const b of watch) expect(b.meanTrueAlt!).toBeGreaterThan(b.meanTrue);
  });
});
