import { describe, expect, it } from 'vitest';
import type { TrainProgress } from '../models/types';
import { ProgressThrottle } from './progressThrottle';

const snap = (step: number, loss: number, extra: Partial<TrainProgress> = {}): TrainProgress => ({
  modelId: 'ctr',
  epoch: 1,
  epochs: 2,
  step,
  totalSteps: 40,
  loss,
  examplesSeen: step * 100,
  examplesPerSec: 1000,
  elapsedMs: step,
  ...extra,
});

describe('ProgressThrottle', () => {
  it('passes one ordinary snapshot per tenth of an epoch, by steps, and folds the skipped losses in', () => {
    // 20 steps per epoch, 10 points per epoch: one every 2 steps.
    const sent: TrainProgress[] = [];
    const throttle = new ProgressThrottle((p) => sent.push(p), 10);
    throttle.offer(snap(1, 1)); // skipped (1 step since the start)
    throttle.offer(snap(2, 3)); // sent: mean over steps 1..2 = (1 + 3) / 2
    throttle.offer(snap(3, 6)); // skipped
    throttle.offer(snap(5, 2)); // sent: mean over steps 3..5 = (6 + 2·2) / 3
    expect(sent.map((p) => p.step)).toEqual([2, 5]);
    expect(sent[0].loss).toBeCloseTo(2);
    expect(sent[1].loss).toBeCloseTo(10 / 3);
  });

  it('does not look at the clock: the same snapshots give the same points', () => {
    const run = () => {
      const sent: TrainProgress[] = [];
      const throttle = new ProgressThrottle((p) => sent.push(p), 4);
      for (let s = 1; s <= 40; s++) throttle.offer(snap(s, 1 / s, s % 20 === 0 ? { epoch: s / 20, testAuc: 0.7 } : {}));
      return sent.map((p) => [p.step, p.loss]);
    };
    expect(run()).toEqual(run());
    expect(run().length).toBe(8);
  });

  it('always passes epoch ends (they carry the AUC) and the last step', () => {
    const sent: TrainProgress[] = [];
    const throttle = new ProgressThrottle((p) => sent.push(p), 1);
    throttle.offer(snap(1, 1, { testAuc: 0.7 }));
    throttle.offer(snap(40, 1, { epoch: 2, testAuc: 0.71 }));
    expect(sent.map((p) => p.testAuc)).toEqual([0.7, 0.71]);
  });

  it('starts afresh for the next model', () => {
    const sent: TrainProgress[] = [];
    const throttle = new ProgressThrottle((p) => sent.push(p), 10);
    throttle.offer(snap(40, 5, { testAuc: 0.6 }));
    throttle.offer(snap(1, 2, { modelId: 'watchTime' }));
    throttle.offer(snap(2, 4, { modelId: 'watchTime' }));
    expect(sent.map((p) => [p.modelId, p.loss])).toEqual([
      ['ctr', 5],
      ['watchTime', 3],
    ]);
  });
});
