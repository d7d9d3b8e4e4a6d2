import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainModel } from './trainModel';
import { NonFiniteLossError, TrainingCancelled } from './trainLoop';
import { syntheticDataset } from './testing/syntheticDataset';
import { useCpuBackend } from './testing/cpuBackend';
import type { ModelSettings, TrainPace, TrainProgress } from './types';

beforeAll(useCpuBackend);

const data = syntheticDataset({ users: 20, items: 10, rows: 3000, seed: 4, clickProb: (i) => 0.05 + 0.03 * i, meanWatchMinutes: () => 3, numItemFeatures: 2 });
const settings: ModelSettings = { embeddingDim: 4, hiddenUnits: [8], epochs: 2, batchSize: 100, learningRate: 0.01, embeddingLearningRate: 0.1 };

describe('trainLoop guards', () => {
  it('stops with a readable NonFiniteLossError on a NaN feature, leaking nothing', async () => {
    const bad = { ...data, itemFeatures: data.itemFeatures.slice() };
    bad.itemFeatures[2 * 7] = NaN; // item 7's first feature
    const before = tf.memory().numTensors;
    const err = await trainModel('ctr', bad, settings, 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NonFiniteLossError);
    const e = err as NonFiniteLossError;
    expect(e.epoch).toBe(1);
    expect(e.step).toBe(1); // 100 random rows surely include item 7
    expect(e.message).toBe('Training stopped: the loss became NaN at epoch 1, step 1. Try a smaller learning rate.');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops with NonFiniteLossError when the learning rate is absurd', async () => {
    const err = await trainModel('watchTime', data, { ...settings, learningRate: 1e30, embeddingLearningRate: 1e30 }, 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NonFiniteLossError);
    expect((err as Error).message).toMatch(/^Training stopped: the loss became (NaN|infinite) at epoch \d+, step \d+\. Try a smaller learning rate\.$/);
  });

  it('throws TrainingCancelled when cancelled, leaking nothing', async () => {
    const before = tf.memory().numTensors;
    let polls = 0;
    const err = await trainModel('ctr', data, settings, 1, { isCancelled: () => ++polls > 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrainingCancelled);
    expect(polls).toBe(6);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('awaits whilePaused before every step', async () => {
    let waits = 0;
    const model = await trainModel('ctr', data, settings, 1, {
      whilePaused: async () => {
        waits++;
        await new Promise((r) => setTimeout(r, 0));
      },
    });
    expect(waits).toBe(settings.epochs * Math.ceil(data.size / settings.batchSize));
    expect(model.stats.examples).toBe(settings.epochs * data.size);
    model.dispose();
  });

  it('reports its pace after the first step without changing the snapshots (time-based paces carry no curve point)', async () => {
    const plain: TrainProgress[] = [];
    const withPace: TrainProgress[] = [];
    const paces: TrainPace[] = [];
    const a = await trainModel('ctr', data, settings, 1, { onProgress: (p) => plain.push(p) });
    const b = await trainModel('ctr', data, settings, 1, { onProgress: (p) => withPace.push(p), onPace: (p) => paces.push(p) });
    a.dispose();
    b.dispose();
    expect(paces[0]).toMatchObject({ modelId: 'ctr', step: 1, epoch: 1, examplesSeen: settings.batchSize });
    expect(paces[0]).not.toHaveProperty('loss');
    for (let i = 1; i < paces.length; i++) expect(paces[i].step).toBeGreaterThan(paces[i - 1].step);
    const curve = (r: TrainProgress[]) => r.map((p) => [p.step, p.loss, p.testAuc]);
    expect(curve(withPace)).toEqual(curve(plain));
  });

  it('reports progress about 10 times an epoch at fixed steps, and once at every epoch end', async () => {
    const reports: TrainProgress[] = [];
    // 111 steps an epoch, a snapshot every 12: the one at step 108 would leave a 3-step window.
    const big = syntheticDataset({ users: 50, items: 20, rows: 3_540, seed: 9, clickProb: () => 0.1, numItemFeatures: 1 });
    const model = await trainModel('ctr', big, { ...settings, epochs: 2, batchSize: 32 }, 1, { onProgress: (p) => reports.push(p) });
    const stepsPerEpoch = Math.ceil(big.size / 32);
    const every = Math.ceil(stepsPerEpoch / 10);
    const ends = reports.filter((p) => p.step % stepsPerEpoch === 0);
    expect(ends.map((p) => p.epoch)).toEqual([1, 2]);
    expect(reports.at(-1)!.step).toBe(reports.at(-1)!.totalSteps);
    const mid = reports.filter((p) => p.step % stepsPerEpoch !== 0);
    // Every `every` steps, but none that would leave the epoch's last window under half a window.
    const perEpoch = Array.from({ length: stepsPerEpoch }, (_, s) => s + 1).filter((s) => s % every === 0 && stepsPerEpoch - s >= every / 2).length;
    expect(perEpoch).toBe(8);
    expect(mid.length).toBe(2 * perEpoch);
    for (const p of mid) expect((p.step % stepsPerEpoch) % every).toBe(0);
    for (const p of mid) expect(stepsPerEpoch - (p.step % stepsPerEpoch)).toBeGreaterThanOrEqual(every / 2);
    // The epoch's end carries the mean over the whole epoch, as the stats keep it.
    expect(ends.map((p) => p.epochMeanLoss)).toEqual(model.stats.lossHistory);
    for (const p of mid) expect(p.epochMeanLoss).toBeUndefined();
    for (const p of reports) {
      expect(Number.isFinite(p.loss)).toBe(true);
      expect(p.examplesPerSec).toBeGreaterThan(0);
      expect(p.modelId).toBe('ctr');
    }
    expect(model.stats.lossHistory).toHaveLength(2);
    model.dispose();
  });

  it('draws the same curve points for the same seed, however fast the machine runs', async () => {
    const curve = async (stepDelayMs: number) => {
      const points: [number, number][] = [];
      const model = await trainModel('ctr', data, settings, 7, {
        onProgress: (p) => points.push([p.step, p.loss]),
        whilePaused: () => new Promise((r) => setTimeout(r, stepDelayMs)),
      });
      const history = model.stats.lossHistory;
      model.dispose();
      return { points, history };
    };
    const fast = await curve(0);
    const slow = await curve(3);
    expect(slow.points).toEqual(fast.points);
    expect(slow.history).toEqual(fast.history);
    expect(fast.points.length).toBeGreaterThan(4);
  });
});
