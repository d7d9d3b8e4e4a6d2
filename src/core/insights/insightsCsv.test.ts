import { describe, expect, it } from 'vitest';
import { splitDataset } from '../data/split';
import { generateVideoLogs } from '../logs/videoLogs';
import { loadBundledScenario } from '../testing/bundledScenarios';
import { fakeVideoScorers } from '../testing/fakeModels';
import { generateVideoWorld } from '../world/videoWorld';
import { calibrationCsv, csvText, dialCsv, itemMapCsv, userListsCsv } from './insightsCsv';
import type { ShopListItem, UserLists, VideoListItem } from './types';
import { buildVideoInsights } from './videoInsights';

const scenario = loadBundledScenario('video-e2e-small', 'video');
const world = generateVideoWorld(scenario);
const { test } = splitDataset(generateVideoLogs(scenario, world), scenario.evaluation.testFraction, scenario.seed);
const scorers = fakeVideoScorers(world);
const insights = buildVideoInsights({
  world,
  evaluation: scenario.evaluation,
  seed: scenario.seed,
  scorers,
  test: { userIds: test.userIds, itemIds: test.itemIds, pCtr: scorers.ctr(test.userIds, test.itemIds), expLogit: scorers.watchTime(test.userIds, test.itemIds) },
});
const rows = (text: string) => text.trimEnd().split('\n').map((l) => l.split(','));

describe('csvText', () => {
  it('quotes cells with commas, quotes or line breaks, and leaves empty cells for missing values', () => {
    expect(csvText(['a', 'b'], [['x,y', 'say "hi"'], [null, 1.5], ['two\nlines', undefined]])).toBe('a,b\n"x,y","say ""hi"""\n,1.5\n"two\nlines",\n');
  });
});

describe('the views as CSV', () => {
  it('item map: a row per drawn item, a count column per policy that sums to users × K', () => {
    const r = rows(itemMapCsv(insights));
    expect(r[0]).toEqual(['item_id', 'quality_sd', 'clickbait', 'length_minutes', 'flagged_clickbait', 'in_top10_users_random', 'in_top10_users_ctr', 'in_top10_users_watchTime', 'in_top10_users_oracle']);
    expect(r).toHaveLength(1 + world.numItems);
    for (let c = 5; c < 9; c++) expect(r.slice(1).reduce((s, row) => s + Number(row[c]), 0)).toBe(insights.users * insights.topK);
    expect(Number(r[1 + 7][3])).toBeCloseTo(world.lengthMinutes[7], 4);
  });

  it('user lists: a row per policy and slot, with E[T] = P(click) × minutes and the slot’s examination probability', () => {
    const user = insights.userLists[0] as UserLists<VideoListItem | ShopListItem, string>;
    const r = rows(userListsCsv(insights, user));
    expect(r).toHaveLength(1 + 3 * insights.topK);
    const col = (name: string) => r[0].indexOf(name);
    for (const row of r.slice(1)) {
      expect(Number(row[col('expected_watch_minutes_ET')])).toBeCloseTo(Number(row[col('p_click')]) * Number(row[col('watch_minutes_if_clicked')]), 6);
      expect(Number(row[col('examine_probability')])).toBeCloseTo(1 / Math.log2(Number(row[col('slot')]) + 1), 12);
    }
  });

  it('dial: 21 blends from α = 0 to 1, then the two marks', () => {
    const r = rows(dialCsv(insights));
    expect(r[0].slice(0, 5)).toEqual(['point', 'alpha', 'clicks_per_1000', 'watch_minutes_per_1000', 'ad_minutes_per_1000']);
    expect(r.filter((row) => row[0] === 'blend').map((row) => Number(row[1]))).toEqual(insights.dial.alphas);
    expect(r.slice(-2).map((row) => row[0])).toEqual(['oracleClicks', 'oracleAdMinutes']);
  });

  it('calibration: every bin of both charts', () => {
    const r = rows(calibrationCsv(insights));
    expect(r).toHaveLength(1 + insights.calibration.pCtr.length + insights.calibration.watch.length);
    expect(r.filter((row) => row[0] === 'exp_logit_vs_ET_minutes').every((row) => row[7] !== '')).toBe(true);
  });
});
