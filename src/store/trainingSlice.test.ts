import { describe, expect, it } from 'vitest';
import type { TrainProgress } from '../models/types';
import { applyPace, applyProgress, emptyTraining, overallPercent } from './trainingSlice';
import type { TrainingSlice } from './types';

const snap = (extra: Partial<TrainProgress>): TrainProgress => ({
  modelId: 'ctr',
  epoch: 1,
  epochs: 2,
  step: 5,
  totalSteps: 10,
  loss: 0.5,
  examplesSeen: 500,
  examplesPerSec: 1000,
  elapsedMs: 500,
  ...extra,
});

describe('training slice', () => {
  it('counts each model as an equal share of the bar', () => {
    expect(overallPercent(snap({ step: 5 }), ['ctr', 'watchTime'])).toBeCloseTo(25);
    expect(overallPercent(snap({ modelId: 'watchTime', step: 10 }), ['ctr', 'watchTime'])).toBeCloseTo(100);
    // The shop trains three models: the CVR model's half-way point is half of the middle third.
    expect(overallPercent(snap({ modelId: 'cvr', step: 5 }), ['ctr', 'cvr', 'esmm'])).toBeCloseTo(50);
  });

  it('weighs each model by its expected work when known', () => {
    // ctr 10 units, cvr 1 (clicked rows only), esmm 17: cvr half done = (10 + 0.5) / 28.
    expect(overallPercent(snap({ modelId: 'cvr', step: 5 }), ['ctr', 'cvr', 'esmm'], [10, 1, 17])).toBeCloseTo((10.5 / 28) * 100);
    expect(overallPercent(snap({ modelId: 'esmm', step: 10 }), ['ctr', 'cvr', 'esmm'], [10, 1, 17])).toBeCloseTo(100);
  });

  it('appends loss points in fractional epochs and AUC rows per epoch', () => {
    let s: TrainingSlice = emptyTraining(['ctr', 'watchTime'], 'video');
    const apply = (p: TrainProgress) => (s = { ...s, ...applyProgress(s, p) });
    apply(snap({ step: 5, loss: 0.6 }));
    apply(snap({ step: 10, epoch: 2, loss: 0.4, testAuc: 0.7 }));
    apply(snap({ modelId: 'watchTime', step: 10, epoch: 2, loss: 0.8, testAuc: 0.6 }));
    expect(s.lossCurves.ctr).toEqual([
      { epochs: 1, loss: 0.6 },
      { epochs: 2, loss: 0.4 },
    ]);
    expect(s.aucByEpoch).toEqual([{ epoch: 2, ctr: 0.7, watchTime: 0.6 }]);
    expect(s.progressPercent).toBeCloseTo(100);
  });

  it('leaves a non-finite loss out of the curve and a null AUC out of the chart', () => {
    const s = emptyTraining();
    const patch = applyProgress(s, snap({ loss: NaN, testAuc: null }));
    expect(patch.lossCurves).toBeUndefined();
    expect(patch.aucByEpoch).toBeUndefined();
  });

  it('moves the bar and the shown pace on a pace report between snapshots, without a curve point, and never back', () => {
    let s: TrainingSlice = emptyTraining(['ctr', 'watchTime'], 'video');
    s = { ...s, ...applyProgress(s, snap({ step: 2, loss: 0.6 })) };
    const { loss: _loss, ...pace } = snap({ step: 3, examplesPerSec: 900 });
    s = { ...s, ...applyPace(s, pace) };
    expect(s.progress).toMatchObject({ step: 3, examplesPerSec: 900, loss: 0.6 });
    expect(s.progressPercent).toBeCloseTo(15);
    expect(s.lossCurves.ctr).toHaveLength(1);
    // A pace behind the shown snapshot changes nothing.
    expect(applyPace({ ...s, ...applyProgress(s, snap({ step: 4, loss: 0.5 })) }, { ...pace, step: 3 })).toEqual({});
  });
});
