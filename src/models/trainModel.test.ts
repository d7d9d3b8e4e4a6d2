import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainModel } from './trainModel';
import { weightedLogisticLossJs } from './logisticLoss';
import { syntheticDataset } from './testing/syntheticDataset';
import { useCpuBackend } from './testing/cpuBackend';
import type { ModelSettings } from './types';

beforeAll(useCpuBackend);

/** Items with click probabilities from 2 % to 40 %; users carry no signal. */
const clickProb = (item: number) => 0.02 + (0.38 * ((item * 7) % 30)) / 29;
const data = syntheticDataset({ users: 40, items: 30, rows: 6000, seed: 11, clickProb, meanWatchMinutes: () => 5, numItemFeatures: 2 });
const settings: ModelSettings = { embeddingDim: 4, hiddenUnits: [16, 8], epochs: 3, batchSize: 256, learningRate: 0.01, embeddingLearningRate: 0.1 };

describe('trainModel', () => {
  it('predicts one finite logit per pair; scores are pCTR for ctr and e^logit for watchTime', async () => {
    const users = Int32Array.from([0, 39, 5, 7, 7]);
    const items = Int32Array.from([29, 0, 3, 3, 12]);
    for (const id of ['ctr', 'watchTime'] as const) {
      const model = await trainModel(id, data, { ...settings, epochs: 1 }, 1);
      const logits = model.predictLogits(users, items);
      const scores = model.score(users, items);
      expect(logits).toBeInstanceOf(Float32Array);
      expect(logits.length).toBe(5);
      expect(model.predictLogits(new Int32Array(0), new Int32Array(0)).length).toBe(0);
      logits.forEach((z, i) => {
        expect(Number.isFinite(z)).toBe(true);
        const expected = id === 'ctr' ? 1 / (1 + Math.exp(-z)) : Math.exp(z);
        expect(scores[i]).toBeCloseTo(expected, 5);
      });
      expect(() => model.predictLogits(users, items.subarray(1))).toThrow();
      expect(model.stats.modelId).toBe(id);
      expect(model.stats.backend).toBe('cpu');
      expect(model.stats.examples).toBe(data.size);
      model.dispose();
      expect(() => model.predictLogits(users, items)).toThrow(/disposed/);
    }
  });

  it('lowers the loss below the base-rate loss, and ranks items by their click probability', async () => {
    const model = await trainModel('ctr', data, settings, 2);
    const { lossHistory } = model.stats;
    expect(lossHistory).toHaveLength(settings.epochs);
    expect(lossHistory.at(-1)!).toBeLessThan(lossHistory[0]);
    const rate = data.click.reduce((a, b) => a + b, 0) / data.size;
    const baseLoss = weightedLogisticLossJs(new Float32Array(data.size).fill(Math.log(rate / (1 - rate))), data.click);
    const trainedLoss = weightedLogisticLossJs(model.predictLogits(data.userIds, data.itemIds), data.click);
    expect(trainedLoss).toBeLessThan(baseLoss - 0.01);
    // Item 0 (2 %) must score below item 20 (≈ 28 %) for any user.
    const [low, high] = model.score(Int32Array.from([3, 3]), Int32Array.from([0, 20]));
    expect(low).toBeLessThan(high);
    model.dispose();
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const run = async (seed: number) => {
      const m = await trainModel('watchTime', data, { ...settings, epochs: 1 }, seed);
      const z = m.predictLogits(data.userIds.subarray(0, 200), data.itemIds.subarray(0, 200));
      m.dispose();
      return z;
    };
    const a = await run(7);
    expect(await run(7)).toEqual(a);
    expect(await run(8)).not.toEqual(a);
  });

  it('reports test AUC at each epoch end', async () => {
    const test = syntheticDataset({ users: 40, items: 30, rows: 2000, seed: 12, clickProb, numItemFeatures: 2 });
    const withTrainFeatures = { ...test, itemFeatures: data.itemFeatures };
    const aucs: number[] = [];
    const model = await trainModel('ctr', data, settings, 3, { onProgress: (p) => p.testAuc != null && aucs.push(p.testAuc) }, withTrainFeatures);
    expect(aucs).toHaveLength(settings.epochs);
    expect(aucs.at(-1)!).toBeGreaterThan(0.65);
    model.dispose();
  });

  it('leaks no tensors over repeated train + dispose', async () => {
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) {
      const m = await trainModel(i % 2 ? 'ctr' : 'watchTime', data, { ...settings, epochs: 1 }, i, undefined, data);
      m.score(data.userIds.subarray(0, 10), data.itemIds.subarray(0, 10));
      m.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
