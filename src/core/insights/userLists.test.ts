import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import { sampleCandidates } from '../replay/replayEngine';
import { loadBundledScenario } from '../testing/bundledScenarios';
import { listUserIndices, MAX_LIST_USERS, typicalUserIndex, userLists } from './userLists';

describe('typicalUserIndex', () => {
  const rng = new Rng(11);
  const outcomes = [0, 1, 2].map(() => Float64Array.from({ length: 301 }, () => rng.next() ** 2 * 5));

  it('picks the user nearest the median user, as a brute force does, every time', () => {
    const median = (a: Float64Array) => [...a].sort((x, y) => x - y)[(a.length - 1) / 2];
    const centre = outcomes.map(median);
    const mad = outcomes.map((o, p) => median(o.map((x) => Math.abs(x - centre[p]))));
    const distance = (u: number) => outcomes.reduce((s, o, p) => s + ((o[u] - centre[p]) / mad[p]) ** 2, 0);
    let best = 0;
    for (let u = 1; u < 301; u++) if (distance(u) < distance(best)) best = u;
    expect(typicalUserIndex(outcomes)).toBe(best);
    expect(typicalUserIndex(outcomes.map((o) => Float64Array.from(o)))).toBe(best);
  });

  it('breaks ties towards the earlier user and copes with no spread or no users', () => {
    expect(typicalUserIndex([Float64Array.from([1, 3, 3, 1])])).toBe(0);
    expect(typicalUserIndex([Float64Array.from([2, 2, 2])])).toBe(0);
    expect(typicalUserIndex([new Float64Array(0)])).toBe(-1);
    expect(typicalUserIndex([])).toBe(-1);
  });
});

describe('listUserIndices', () => {
  it('puts the typical user first, then the others in replay order, capped', () => {
    expect(listUserIndices(5, 3)).toEqual([3, 0, 1, 2, 4]);
    expect(listUserIndices(500, 42)).toHaveLength(MAX_LIST_USERS);
    expect(listUserIndices(500, 42).slice(0, 3)).toEqual([42, 0, 1]);
    expect(new Set(listUserIndices(500, 42)).size).toBe(MAX_LIST_USERS);
    expect(listUserIndices(3, -1)).toEqual([0, 1, 2]);
  });
});

describe('userLists', () => {
  const s = loadBundledScenario('video-e2e-small', 'video');
  const cand = sampleCandidates({ numUsers: s.users, numItems: s.items }, s.evaluation, s.seed);
  const rng = new Rng(5);
  const a = Float32Array.from(cand.pairItems, () => rng.next());
  const b = Float32Array.from(cand.pairItems, () => rng.next());

  it('lists each policy’s top K, best first, over the union of the items shown', () => {
    const j = 7;
    const r = userLists(cand, 10, j, [{ id: 'a', scores: a }, { id: 'b', scores: b }], (pair) => pair);
    const from = j * cand.perUser;
    for (const [k, scores] of [a, b].entries()) {
      const brute = Array.from({ length: cand.perUser }, (_, c) => from + c).sort((x, y) => scores[y] - scores[x] || x - y).slice(0, 10);
      expect(r.lists[k].items.map((idx) => r.items[idx])).toEqual(brute);
    }
    expect(new Set(r.items).size).toBe(r.items.length);
    expect(r.items.length).toBeLessThanOrEqual(20);
    expect(r.items.every((pair) => cand.pairUsers[pair] === cand.users[j])).toBe(true);
  });
});
