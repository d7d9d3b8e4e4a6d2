/**
 * Chunked generation is the one-shot generation cut into pieces: the same world,
 * logs, split and summary for a seed, bit for bit, whatever the chunk size; progress
 * comes stage by stage and reaches each stage's total; stopping half way leaves
 * nothing behind that changes the next generation.
 */
import { describe, expect, it } from 'vitest';
import { splitDataset, splitSteps } from '../data/split';
import { generateShopLogs, shopLogSteps } from '../logs/shopLogs';
import { generateVideoLogs, videoLogSteps } from '../logs/videoLogs';
import type { ShopScenario } from '../scenario/shopScenario';
import type { VideoScenario } from '../scenario/videoScenario';
import { loadBundledScenario, withChanges } from '../testing/bundledScenarios';
import { summariseShop, summariseShopSteps } from '../world/shopSummary';
import { generateShopWorld, shopWorldSteps } from '../world/shopWorld';
import { summariseVideo, summariseVideoSteps } from '../world/videoSummary';
import { generateVideoWorld, videoWorldSteps } from '../world/videoWorld';
import { chunked, drain, GENERATE_STAGES, type StageProgress, type Steps } from './steps';

/** Every typed array in a value, as its raw bytes keyed by path: equal bytes, equal bits (−0, NaN included). */
function bits(value: unknown, path = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (ArrayBuffer.isView(value)) out[path] = Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) bits(v, `${path}.${k}`, out);
  else out[path] = value;
  return out;
}

/** Drains steps while recording what they report. */
function record<T>(steps: Steps<T>): { result: T; reports: StageProgress[] } {
  const reports: StageProgress[] = [];
  let r = steps.next();
  while (!r.done) {
    reports.push(r.value);
    r = steps.next();
  }
  return { result: r.value, reports };
}

/** The video run in chunks of `chunkRows`, as the pipeline chains it. */
function* videoRun(s: VideoScenario, chunkRows: number) {
  const world = yield* videoWorldSteps(s, chunkRows);
  const logs = yield* videoLogSteps(s, world, chunkRows);
  const split = yield* splitSteps(logs, s.evaluation.testFraction, s.seed, chunkRows);
  const summary = yield* summariseVideoSteps(world, logs, chunkRows);
  return { world, logs, split, summary };
}

function* shopRun(s: ShopScenario, chunkRows: number) {
  const world = yield* shopWorldSteps(s, chunkRows);
  const logs = yield* shopLogSteps(s, world, chunkRows);
  const split = yield* splitSteps(logs, s.evaluation.testFraction, s.seed, chunkRows);
  const summary = yield* summariseShopSteps(world, logs, chunkRows);
  return { world, logs, split, summary };
}

// Small worlds with odd sizes, so that chunks never divide a stage evenly.
const video = withChanges(loadBundledScenario('video-e2e-small', 'video'), (s) => {
  s.users = 257;
  s.items = 101;
  s.logging.impressions = 12_345;
});
const shop = withChanges(loadBundledScenario('shop-e2e-small', 'shop'), (s) => {
  s.users = 263;
  s.items = 97;
  s.logging.impressions = 12_347;
});

function oneShotVideo(s: VideoScenario) {
  const world = generateVideoWorld(s);
  const logs = generateVideoLogs(s, world);
  return { world, logs, split: splitDataset(logs, s.evaluation.testFraction, s.seed), summary: summariseVideo(world, logs) };
}

function oneShotShop(s: ShopScenario) {
  const world = generateShopWorld(s);
  const logs = generateShopLogs(s, world);
  return { world, logs, split: splitDataset(logs, s.evaluation.testFraction, s.seed), summary: summariseShop(world, logs) };
}

describe('chunked generation', () => {
  it('gives the video run of the one-shot functions, bit for bit, for every chunk size', () => {
    const once = bits(oneShotVideo(video));
    for (const chunk of [1, 7, 1000, 1e9]) expect(bits(drain(videoRun(video, chunk))), `chunk ${chunk}`).toEqual(once);
  });

  it('gives the shop run of the one-shot functions, bit for bit, for every chunk size', () => {
    const once = bits(oneShotShop(shop));
    for (const chunk of [1, 7, 1000, 1e9]) expect(bits(drain(shopRun(shop, chunk))), `chunk ${chunk}`).toEqual(once);
  });

  it('reports every stage in order, each chunk once, up to its total', () => {
    const chunk = 1000;
    const { reports } = record(videoRun(video, chunk));
    const stages = [...new Set(reports.map((r) => r.stage))];
    expect(stages).toEqual([...GENERATE_STAGES]);
    const totals: Record<string, number> = { users: video.users, items: video.items, exposure: 12_345, labels: 12_345, split: 2 * 12_345, summary: 12_345 };
    for (const stage of GENERATE_STAGES) {
      const mine = reports.filter((r) => r.stage === stage);
      expect(mine.every((r) => r.total === totals[stage]), stage).toBe(true);
      expect(mine[mine.length - 1].done, stage).toBe(totals[stage]);
      for (let i = 1; i < mine.length; i++) expect(mine[i].done, stage).toBeGreaterThan(mine[i - 1].done);
      // No chunk is larger than asked.
      for (let i = 1; i < mine.length; i++) expect(mine[i].done - mine[i - 1].done, stage).toBeLessThanOrEqual(chunk);
    }
    // users: 257 rows in chunks of 1000 → one report; impressions: 13 reports per pass.
    expect(reports.filter((r) => r.stage === 'users')).toHaveLength(1);
    expect(reports.filter((r) => r.stage === 'labels')).toHaveLength(13);
  });

  it('stopped half way, leaves the next generation unchanged', () => {
    const fresh = bits(oneShotShop(shop));
    const steps = shopRun(shop, 500);
    for (let i = 0; i < 30; i++) expect(steps.next().done).toBe(false); // into the labels
    // Abandoned here, as the worker abandons a cancelled generation.
    expect(bits(oneShotShop(structuredClone(shop)))).toEqual(fresh);
  });
});

describe('chunked', () => {
  it('covers [0, total) once, in order, and yields after each chunk', () => {
    const seen: number[] = [];
    const { reports } = record(chunked('labels', 10, 4, (a, b) => seen.push(...Array.from({ length: b - a }, (_, i) => a + i))));
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(reports.map((r) => r.done)).toEqual([4, 8, 10]);
  });

  it('treats a chunk size below 1 as 1, and yields nothing for an empty range', () => {
    expect(record(chunked('labels', 3, 0, () => {})).reports).toHaveLength(3);
    expect(record(chunked('labels', 0, 4, () => {})).reports).toHaveLength(0);
  });
});
