import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../core/random/prng';
import { useCpuBackend } from '../testing/cpuBackend';
import { spearman } from '../testing/spearman';
import { syntheticDataset } from '../testing/syntheticDataset';
import { trainModel } from '../trainModel';
import { sigmoidJs } from '../logisticLoss';
import { clickedRows, cvrTrainingSet } from './cvrModel';
import type { ModelSettings } from '../types';

beforeAll(useCpuBackend);

/** P(click) 5–30 % and P(buy | click) 2–60 % per item, in unrelated orders. */
const clickProb = (i: number) => 0.05 + (0.25 * ((i * 7) % 30)) / 29;
const buyProb = (i: number) => 0.02 + (0.58 * ((i * 11) % 30)) / 29;
const data = syntheticDataset({ users: 40, items: 30, rows: 6000, seed: 31, clickProb, buyProb, numItemFeatures: 2 });
const settings: ModelSettings = { embeddingDim: 4, hiddenUnits: [16, 8], epochs: 2, batchSize: 128, learningRate: 0.01, embeddingLearningRate: 0.1 };
const clicks = data.click.reduce((s, c) => s + c, 0);

describe('cvr (BASE: trained on clicked impressions only)', () => {
  it('builds its training set from the clicked rows, labelled by purchase', () => {
    const rows = clickedRows(data);
    expect(rows.length).toBe(clicks);
    expect(clicks).toBeGreaterThan(500);
    const set = cvrTrainingSet(data);
    expect(set.size).toBe(clicks);
    for (let k = 0; k < set.size; k++) {
      expect(set.click[k]).toBe(1);
      expect(set.userIds[k]).toBe(data.userIds[rows[k]]);
      expect(set.itemIds[k]).toBe(data.itemIds[rows[k]]);
      expect(set.purchase![k]).toBe(data.purchase![rows[k]]);
    }
  });

  it('trains on the clicked rows only: stats count them, and unclicked rows change nothing', async () => {
    const model = await trainModel('cvr', data, settings, 4);
    expect(model.id).toBe('cvr');
    expect(model.stats.modelId).toBe('cvr');
    expect(model.stats.trainRows).toBe(clicks);
    expect(model.stats.examples).toBe(settings.epochs * clicks);
    expect(model.predictParts).toBeUndefined();

    // Scramble every unclicked row (other pairs, and a purchase label that would be a
    // strong signal): a model that read them would learn something else.
    const rng = new Rng(99);
    const scrambled = { ...data, userIds: data.userIds.slice(), itemIds: data.itemIds.slice(), purchase: data.purchase!.slice() };
    for (let i = 0; i < data.size; i++) {
      if (data.click[i] > 0.5) continue;
      scrambled.userIds[i] = rng.int(data.numUsers);
      scrambled.itemIds[i] = 0;
      scrambled.purchase[i] = 1;
    }
    const other = await trainModel('cvr', scrambled, settings, 4);
    const u = Int32Array.from({ length: 40 }, (_, i) => i);
    const v = Int32Array.from({ length: 40 }, (_, i) => i % 30);
    expect(other.predictLogits(u, v)).toEqual(model.predictLogits(u, v));

    // score = pCVR = σ(logit), in [0, 1].
    const z = model.predictLogits(u, v);
    model.score(u, v).forEach((p, i) => {
      expect(p).toBeCloseTo(sigmoidJs(z[i]), 6);
      expect(p >= 0 && p <= 1).toBe(true);
    });
    model.dispose();
    other.dispose();
  });

  it('reports the purchase AUC on the clicked test rows, and ranks items by P(buy | click)', async () => {
    const big = syntheticDataset({ users: 40, items: 30, rows: 20_000, seed: 33, clickProb, buyProb, numItemFeatures: 2 });
    const test = { ...syntheticDataset({ users: 40, items: 30, rows: 4000, seed: 32, clickProb, buyProb, numItemFeatures: 2 }), itemFeatures: big.itemFeatures };
    const aucs: number[] = [];
    const model = await trainModel('cvr', big, { ...settings, epochs: 3 }, 5, { onProgress: (p) => p.testAuc != null && aucs.push(p.testAuc) }, test);
    expect(aucs).toHaveLength(3);
    expect(aucs.at(-1)!).toBeGreaterThan(0.65);
    // Per item, the mean pCVR over users follows the true P(buy | click).
    const u = Int32Array.from({ length: 40 * 30 }, (_, k) => k % 40);
    const v = Int32Array.from({ length: 40 * 30 }, (_, k) => Math.floor(k / 40));
    const s = model.score(u, v);
    const perItem = Array.from({ length: 30 }, (_, i) => s.subarray(i * 40, (i + 1) * 40).reduce((a, b) => a + b, 0) / 40);
    expect(spearman(perItem, perItem.map((_, i) => buyProb(i)))).toBeGreaterThan(0.8);
    model.dispose();
  });

  it('finite with CTR 1 % and CVR 0.5 %, and a clear error without clicks or purchases', async () => {
    const rare = syntheticDataset({ users: 200, items: 100, rows: 20_000, seed: 8, clickProb: () => 0.01, buyProb: () => 0.005, numItemFeatures: 1 });
    const before = tf.memory().numTensors;
    const m = await trainModel('cvr', rare, { ...settings, batchSize: 1024 }, 1);
    expect(m.stats.trainRows).toBe(rare.click.reduce((s, c) => s + c, 0));
    for (const l of m.stats.lossHistory) expect(Number.isFinite(l)).toBe(true);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);

    const noClicks = { ...rare, click: new Float32Array(rare.size), purchase: new Float32Array(rare.size) };
    await expect(trainModel('cvr', noClicks, settings, 1)).rejects.toThrow(/clicked impressions/);
    const { purchase: _p, ...noPurchase } = rare;
    await expect(trainModel('cvr', noPurchase, settings, 1)).rejects.toThrow(/purchase label/);
  });
});
