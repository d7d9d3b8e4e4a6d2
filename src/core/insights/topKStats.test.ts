import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import { replayPolicies, sampleCandidates } from '../replay/replayEngine';
import { examineProbability } from '../replay/topK';
import { loadBundledScenario } from '../testing/bundledScenarios';
import { per1kMeans, perUserOutcome, shownMeans, topKCounts } from './topKStats';

const scenario = loadBundledScenario('video-e2e-small', 'video');
const world = { numUsers: scenario.users, numItems: scenario.items };
const ev = scenario.evaluation;
const cand = sampleCandidates(world, ev, scenario.seed);
const rng = new Rng(7);
const scores = Float32Array.from({ length: cand.pairItems.length }, () => rng.next());
const outcome = Float32Array.from({ length: cand.pairItems.length }, () => rng.next());
const itemStat = Float32Array.from({ length: world.numItems }, () => rng.next() * 10);

/** Each user's top K by sorting, best first: pair indices. */
function bruteTop(j: number): number[] {
  const from = j * cand.perUser;
  return Array.from({ length: cand.perUser }, (_, c) => from + c)
    .sort((a, b) => scores[b] - scores[a] || a - b)
    .slice(0, ev.topK);
}

describe('top-K statistics', () => {
  it('counts how often each item was shown: the brute-force counts, summing to users × K', () => {
    const counts = topKCounts(scores, cand, ev.topK, world.numItems);
    const brute = new Uint32Array(world.numItems);
    for (let j = 0; j < cand.users.length; j++) for (const i of bruteTop(j)) brute[cand.pairItems[i]]++;
    expect(Array.from(counts)).toEqual(Array.from(brute));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(cand.users.length * ev.topK);
  });

  it('gives each user the position-weighted outcome of their top K', () => {
    const perUser = perUserOutcome(scores, cand, ev.topK, outcome);
    for (const j of [0, 1, 17, cand.users.length - 1]) {
      const brute = bruteTop(j).reduce((s, i, k) => s + examineProbability(k) * outcome[i], 0);
      expect(perUser[j]).toBeCloseTo(brute, 12);
    }
  });

  it('computes the replay’s means per 1000 impressions and of what was shown, to the last bit', () => {
    const replay = replayPolicies([['x', () => scores]], cand, { o: outcome }, { s: itemStat }, ev, scenario.seed).policies[0].outcome;
    expect(per1kMeans(scores, cand, ev.topK, { o: outcome }).o).toBe(replay.per1k.o.mean);
    expect(shownMeans(scores, cand, ev.topK, { s: itemStat }).s).toBe(replay.shown.s);
  });
});
