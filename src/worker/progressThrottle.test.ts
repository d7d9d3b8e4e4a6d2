import { describe, expect, it } from 'vitest';
import type { TrainProgress } from '../models/types';
import { ProgressThrottle } from './progressThrottle';

const snap = (step: number, loss: number, extra: Partial<TrainProgress> = {}): TrainProgress => ({
  modelId: 'ctr',
  epoch: 1,
  epochs: 2,
  step,
  totalSteps: 20,
  loss,
  examplesSeen: step * 100,
  examplesPerSec: 1000,
  elapsedMs: step,
  ...extra,
});

describe('ProgressThrottle', () => {
  it('passes at most one ordinary snapshot per interval and folds the skipped losses in', () => {
    let t = 0;
    const sent: TrainProgress[] = [];
    const throttle = new ProgressThrottle((p) => sent.push(p), 100, () => t);
    throttle.offer(snap(1, 1)); // sent at t=0
    t = 30;
    throttle.offer(snap(2, 3)); // skipped
    t = 60;
    throttle.offer(snap(4, 6)); // skipped (2 steps)
    t = 120;
    throttle.offer(snap(5, 2)); // sent: mean over steps 2..5 = (3 + 6·2 + 2) / 4
    expect(sent.map((p) => p.step)).toEqual([1, 5]);
    expect(sent[1].loss).toBeCloseTo(17 / 4);
  });

  it('always passes epoch ends (they carry the AUC) and the last step', () => {
    let t = 0;
    const sent: TrainProgress[] = [];
    const throttle = new ProgressThrottle((p) => sent.push(p), 100, () => t);
    throttle.offer(snap(1, 1));
    t = 1;
    throttle.offer(snap(10, 1, { testAuc: 0.7 }));
    t = 2;
    throttle.offer(snap(20, 1, { epoch: 2, testAuc: 0.71 }));
    expect(sent.map((p) => p.testAuc)).toEqual([undefined, 0.7, 0.71]);
  });

  it('starts afresh for the next model', () => {
    let t = 0;
    const sent: TrainProgress[] = [];
    const throttle = new ProgressThrottle((p) => sent.push(p), 100, () => t);
    throttle.offer(snap(20, 5, { testAuc: 0.6 }));
    t = 1;
    throttle.offer(snap(1, 2, { modelId: 'watchTime' }));
    t = 200;
    throttle.offer(snap(2, 4, { modelId: 'watchTime' }));
    expect(sent.map((p) => [p.modelId, p.loss])).toEqual([
      ['ctr', 5],
      ['watchTime', 3],
    ]);
  });
});
