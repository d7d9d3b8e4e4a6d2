import { describe, expect, it } from 'vitest';
import { splitSteps } from '../data/split';
import { videoLogSteps } from '../logs/videoLogs';
import { loadBundledScenario, withChanges } from '../testing/bundledScenarios';
import { summariseVideoSteps } from '../world/videoSummary';
import { videoWorldSteps } from '../world/videoWorld';
import { generateFraction, generateWork } from './generateWork';
import { GENERATE_STAGES, type StageProgress } from './steps';

const scenario = withChanges(loadBundledScenario('video-e2e-small', 'video'), (s) => (s.logging.impressions = 5000));

/** Every report of a whole video generation, in order. */
function reports(chunkRows: number): StageProgress[] {
  const out: StageProgress[] = [];
  const run = (function* () {
    const world = yield* videoWorldSteps(scenario, chunkRows);
    const logs = yield* videoLogSteps(scenario, world, chunkRows);
    yield* splitSteps(logs, scenario.evaluation.testFraction, scenario.seed, chunkRows);
    yield* summariseVideoSteps(world, logs, chunkRows);
  })();
  for (let r = run.next(); !r.done; r = run.next()) out.push(r.value);
  return out;
}

describe('generateFraction', () => {
  it('rises from near 0 to exactly 1 over a whole generation, never backwards', () => {
    const work = generateWork(scenario);
    const fractions = reports(100).map((p) => generateFraction(work, p));
    expect(fractions[0]).toBeGreaterThan(0);
    expect(fractions[0]).toBeLessThan(0.05);
    expect(fractions[fractions.length - 1]).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
  });

  it('gives each stage its share of the work', () => {
    const work = generateWork(scenario);
    const total = GENERATE_STAGES.reduce((sum, s) => sum + work[s], 0);
    // The end of the labels is the end of the world and the logs.
    const endOfLabels = generateFraction(work, { stage: 'labels', done: 5000, total: 5000 });
    expect(endOfLabels).toBeCloseTo((work.users + work.items + work.exposure + work.labels) / total, 12);
    // Half way through the split.
    const halfSplit = generateFraction(work, { stage: 'split', done: 5000, total: 10_000 });
    expect(halfSplit).toBeCloseTo(endOfLabels + work.split / 2 / total, 12);
  });

  it('weighs a row of labels by the latent dimension, which sets its cost', () => {
    const wide = withChanges(scenario, (s) => (s.video.topicDim = 32));
    expect(generateWork(wide).labels).toBeGreaterThan(generateWork(scenario).labels * 2);
    expect(generateWork(wide).exposure).toBe(generateWork(scenario).exposure);
  });

  it('stays in [0, 1] for a report past its total', () => {
    expect(generateFraction(generateWork(scenario), { stage: 'summary', done: 9e9, total: 5000 })).toBe(1);
  });
});
