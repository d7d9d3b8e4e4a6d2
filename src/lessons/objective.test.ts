import { describe, expect, it } from 'vitest';
import { choicesComplete, judgeObjective } from './objective';
import { shopResult, videoResult } from './testResults';

const shop = (goal: 'purchases' | 'gmv') =>
  shopResult(goal, {
    random: { purchases: 1.6, gmv: 172, clicks: 18 },
    ctr: { purchases: 2.74, gmv: 290, clicks: 44 },
    ctrXcvr: { purchases: 2.6, gmv: 302, clicks: 46 },
    esmm: { purchases: 3.64, gmv: 398, clicks: 38 },
    oracle: { purchases: 10.2, gmv: 904, clicks: 44 },
  });

describe('choicesComplete', () => {
  it('needs a goal, an objective of its world and a reason', () => {
    expect(choicesComplete({ goal: 'adRevenue', objective: 'watchTime', reason: 'measuresGoal' })).toBe(true);
    expect(choicesComplete({ goal: 'adRevenue', objective: 'esmm', reason: 'measuresGoal' })).toBe(false);
    expect(choicesComplete({ goal: 'gmv', objective: 'esmm' })).toBe(false);
    expect(choicesComplete({ objective: 'ctr', reason: 'easiest' })).toBe(false);
  });
});

describe('judgeObjective', () => {
  it('a pick that earned the most of the goal, among the learned objectives only (not the oracle)', () => {
    const o = judgeObjective({ goal: 'purchases', objective: 'esmm', reason: 'measuresGoal' }, shop('purchases'))!;
    expect(o).toMatchObject({ picked: 'esmm', best: 'esmm', pickedWasBest: true, ratio: 1, matchingWon: true, metric: 'purchasesPer1k' });
    expect(o.ranking.map((r) => r.policy)).toEqual(['esmm', 'ctr', 'ctrXcvr']);
  });

  it('a pick that did not: how many times more the best earned', () => {
    const o = judgeObjective({ goal: 'gmv', objective: 'ctr', reason: 'mostData' }, shop('gmv'))!;
    expect(o).toMatchObject({ picked: 'ctr', pickedValue: 290, best: 'esmm', bestValue: 398, pickedWasBest: false });
    expect(o.ratio).toBeCloseTo(398 / 290, 9);
    const v = judgeObjective({ goal: 'adRevenue', objective: 'ctr', reason: 'easiest' }, videoResult({ ctr: { ads: 12, clicks: 99 }, watchTime: { ads: 60, clicks: 30 } }))!;
    expect(v).toMatchObject({ best: 'watchTime', metric: 'adMinutesPer1k', matchingWon: true });
    expect(v.ratio).toBe(5);
  });

  it('says when the objective that follows the goal did not win this run', () => {
    const flipped = shopResult('purchases', { ctr: { purchases: 2, gmv: 1, clicks: 1 }, ctrXcvr: { purchases: 3, gmv: 1, clicks: 1 }, esmm: { purchases: 2.5, gmv: 1, clicks: 1 } });
    expect(judgeObjective({ goal: 'purchases', objective: 'esmm', reason: 'measuresGoal' }, flipped)).toMatchObject({ best: 'ctrXcvr', matchingWon: false, pickedWasBest: false });
  });

  it('refuses a result that ranked for another goal or world, and incomplete choices', () => {
    expect(judgeObjective({ goal: 'gmv', objective: 'esmm', reason: 'measuresGoal' }, shop('purchases'))).toBeUndefined();
    expect(judgeObjective({ goal: 'adRevenue', objective: 'ctr', reason: 'easiest' }, shop('purchases'))).toBeUndefined();
    expect(judgeObjective({ goal: 'purchases', objective: 'esmm' }, shop('purchases'))).toBeUndefined();
  });
});
