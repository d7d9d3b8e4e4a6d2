import { describe, expect, it } from 'vitest';
import { loadBundledScenario } from '../core/testing/bundledScenarios';
import type { ModelId, TrainProgress } from '../models/types';
import { trainFraction, trainWork } from './trainWork';

const shop = loadBundledScenario('shop-e2e-small', 'shop');
const models: ModelId[] = ['ctr', 'cvr', 'esmm'];
const summary = { impressions: 40_000, clicks: 1600 };

const at = (modelId: ModelId, step: number, totalSteps = 100): TrainProgress => ({
  modelId,
  epoch: 1,
  epochs: shop.model.epochs,
  step,
  totalSteps,
  loss: 0.3,
  examplesSeen: 0,
  examplesPerSec: 0,
  elapsedMs: 0,
});

describe('trainWork and trainFraction', () => {
  it('weighs each model by the rows it reads and the towers it runs', () => {
    const [ctr, cvr, esmm] = trainWork(models, summary, shop);
    // The CVR model reads the clicked rows only; ESMM reads every row with two towers.
    expect(cvr / ctr).toBeCloseTo(1600 / 40_000, 12);
    expect(esmm / ctr).toBeCloseTo(1.7, 12);
  });

  it('counts the work of the models before, and the share done of the one training', () => {
    const work = trainWork(models, summary, shop);
    const total = work[0] + work[1] + work[2];
    expect(trainFraction(at('ctr', 50), models, work)).toBeCloseTo(work[0] / 2 / total, 12);
    // The CVR model is quick: at its end, not two thirds but little more than a third is done.
    expect(trainFraction(at('cvr', 100), models, work)).toBeCloseTo((work[0] + work[1]) / total, 12);
    expect(trainFraction(at('cvr', 100), models, work)).toBeLessThan(0.4);
    expect(trainFraction(at('esmm', 100), models, work)).toBe(1);
  });

  it('rises over a whole training and knows nothing before the first snapshot', () => {
    const work = trainWork(models, summary, shop);
    expect(trainFraction(null, models, work)).toBeNull();
    expect(trainFraction(at('watchTime', 10), models, work)).toBeNull(); // not a model of this training
    const seq = models.flatMap((id) => [0, 25, 50, 100].map((step) => trainFraction(at(id, step), models, work)!));
    for (let i = 1; i < seq.length; i++) expect(seq[i]).toBeGreaterThanOrEqual(seq[i - 1]);
  });
});
