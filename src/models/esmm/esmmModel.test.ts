import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng, subSeed } from '../../core/random/prng';
import { generateShopWorld } from '../../core/world/shopWorld';
import { generateShopLogs } from '../../core/logs/shopLogs';
import type { ShopScenario } from '../../core/scenario/shopScenario';
import { takeRows, type Dataset } from '../../core/data/dataset';
import { useCpuBackend } from '../testing/cpuBackend';
import { spearman } from '../testing/spearman';
import { syntheticDataset } from '../testing/syntheticDataset';
import { trainModel } from '../trainModel';
import { NonFiniteLossError } from '../trainLoop';
import { BatchStep, type TrainSpec } from '../batchStep';
import { createFeatureBlock } from '../featureBlock';
import { Tower } from '../tower';
import { sigmoidJs } from '../logisticLoss';
import { esmmLoss, esmmLossJs } from './esmmLoss';
import { ctcvrLabel, trainEsmmModel, type EsmmModel } from './esmmModel';
import type { ConversionParts, ModelSettings } from '../types';

beforeAll(useCpuBackend);

/** Items with P(click) 5–30 % and P(buy | click) 2–60 % in unrelated orders. */
const clickProb = (i: number) => 0.05 + (0.25 * ((i * 7) % 30)) / 29;
const buyProb = (i: number) => 0.02 + (0.58 * ((i * 11) % 30)) / 29;
const data = syntheticDataset({ users: 40, items: 30, rows: 6000, seed: 21, clickProb, buyProb, numItemFeatures: 2 });
const settings: ModelSettings = { embeddingDim: 4, hiddenUnits: [16, 8], epochs: 2, batchSize: 256, learningRate: 0.01, embeddingLearningRate: 0.1 };

/** n random (user, item) pairs of `ds`, seeded. */
function randomPairs(ds: Dataset, n: number, seed: number): [Int32Array, Int32Array] {
  const rng = new Rng(seed);
  return [Int32Array.from({ length: n }, () => rng.int(ds.numUsers)), Int32Array.from({ length: n }, () => rng.int(ds.numItems))];
}

function expectValidParts(parts: ConversionParts, n: number): void {
  const { ctrLogit, cvrLogit, pCtr, pCvr, pCtcvr } = parts;
  for (const a of [ctrLogit, cvrLogit, pCtr, pCvr, pCtcvr]) expect(a.length).toBe(n);
  for (let i = 0; i < n; i++) {
    expect(Number.isFinite(ctrLogit[i]) && Number.isFinite(cvrLogit[i])).toBe(true);
    expect(pCtcvr[i]).toBeGreaterThanOrEqual(0);
    expect(pCtcvr[i]).toBeLessThanOrEqual(pCtr[i]);
    expect(pCtr[i]).toBeLessThanOrEqual(1);
    expect(pCvr[i]).toBeGreaterThanOrEqual(0);
    expect(pCvr[i]).toBeLessThanOrEqual(1);
  }
}

/** Copies of every value of the model's dense variables. */
const snapshot = (tower: Tower) => tower.variables.map((v) => v.dataSync().slice());

describe('esmm', () => {
  it('keeps 0 ≤ pCTCVR ≤ pCTR ≤ 1 and 0 ≤ pCVR ≤ 1 on random pairs, untrained, trained and at logits ±50', async () => {
    const [u, v] = randomPairs(data, 500, 1);
    // "Untrained": one batch at a learning rate that cannot move anything.
    const untrained = await trainEsmmModel(takeRows(data, Int32Array.of(0)), { ...settings, epochs: 1, learningRate: 1e-12, embeddingLearningRate: 1e-12 }, 3);
    const trained = await trainEsmmModel(data, settings, 3);
    for (const m of [untrained, trained]) {
      const parts = m.predictParts(u, v);
      expectValidParts(parts, u.length);
      for (let i = 0; i < u.length; i++) {
        expect(parts.pCtr[i]).toBeCloseTo(sigmoidJs(parts.ctrLogit[i]), 6);
        expect(parts.pCvr[i]).toBeCloseTo(sigmoidJs(parts.cvrLogit[i]), 6);
      }
      expect(m.score(u, v)).toEqual(parts.pCtcvr);
      const logits = m.predictLogits(u, v);
      logits.forEach((z, i) => expect(sigmoidJs(z)).toBeCloseTo(parts.pCtcvr[i], 6));
    }
    // Saturate both towers: output biases +50 / −50 in all four combinations.
    const outBias = (m: EsmmModel, tower: 'ctrTower' | 'cvrTower') => m.params[tower].variables.at(-1)!;
    for (const [ca, cb] of [
      [50, 50],
      [50, -50],
      [-50, 50],
      [-50, -50],
    ]) {
      outBias(trained, 'ctrTower').assign(tf.tensor1d([ca]));
      outBias(trained, 'cvrTower').assign(tf.tensor1d([cb]));
      const parts = trained.predictParts(u, v);
      expectValidParts(parts, u.length);
      trained.predictLogits(u, v).forEach((z) => expect(Number.isFinite(z)).toBe(true));
    }
    untrained.dispose();
    trained.dispose();
  });

  it('moves the CVR tower only through the CTCVR loss: exactly unchanged when its weight is 0', async () => {
    const seed = 5;
    const initial = new Tower(createFeatureBlock(data, settings, seed, 'esmm').width, settings.hiddenUnits, subSeed(seed, 'esmm.cvrTower'));
    const init = snapshot(initial);
    initial.dispose();
    const initialCtr = new Tower(createFeatureBlock(data, settings, seed, 'esmm').width, settings.hiddenUnits, subSeed(seed, 'esmm.ctrTower'));
    const initCtr = snapshot(initialCtr);
    initialCtr.dispose();

    const on = await trainEsmmModel(data, { ...settings, epochs: 1 }, seed, { ctcvrWeight: 1 });
    const off = await trainEsmmModel(data, { ...settings, epochs: 1 }, seed, { ctcvrWeight: 0 });
    const onCvr = snapshot(on.params.cvrTower);
    const offCvr = snapshot(off.params.cvrTower);
    // Every CVR variable moved with the CTCVR loss on; none moved by a single bit with it off.
    onCvr.forEach((vals, k) => expect(vals).not.toEqual(init[k]));
    offCvr.forEach((vals, k) => expect(vals).toEqual(init[k]));
    // The CTR tower trains either way.
    snapshot(off.params.ctrTower).forEach((vals, k) => expect(vals).not.toEqual(initCtr[k]));
    on.dispose();
    off.dispose();

    // ESMM-NS with the weight 0: the CVR tower's own embedding tables stay as initialised too.
    const ns = await trainEsmmModel(data, { ...settings, epochs: 1 }, seed, { sharedEmbeddings: false, ctcvrWeight: 0 });
    const freshCvrBlock = createFeatureBlock(data, settings, seed, 'esmmNs.cvr');
    expect(ns.params.cvrBlock.user.weights).toEqual(freshCvrBlock.user.weights);
    expect(ns.params.cvrBlock.item.weights).toEqual(freshCvrBlock.item.weights);
    expect(ns.params.ctrBlock.user.weights).not.toEqual(createFeatureBlock(data, settings, seed, 'esmmNs.ctr').user.weights);
    ns.dispose();
  });

  it('esmmNs gives each tower its own embedding tables; esmm shares one block', async () => {
    const shared = (await trainModel('esmm', data, { ...settings, epochs: 1 }, 2)) as EsmmModel;
    const ns = (await trainModel('esmmNs', data, { ...settings, epochs: 1 }, 2)) as EsmmModel;
    expect(shared.id).toBe('esmm');
    expect(shared.stats.modelId).toBe('esmm');
    expect(shared.params.cvrBlock).toBe(shared.params.ctrBlock);
    expect(ns.id).toBe('esmmNs');
    expect(ns.stats.modelId).toBe('esmmNs');
    const { ctrBlock, cvrBlock } = ns.params;
    expect(cvrBlock).not.toBe(ctrBlock);
    expect(cvrBlock.user).not.toBe(ctrBlock.user);
    expect(cvrBlock.item).not.toBe(ctrBlock.item);
    expect(cvrBlock.user.weights).not.toBe(ctrBlock.user.weights);
    expect(cvrBlock.user.weights).not.toEqual(ctrBlock.user.weights);
    expect(cvrBlock.item.weights).not.toEqual(ctrBlock.item.weights);
    // Both variants predict through the generic TrainedModel interface.
    for (const m of [shared, ns]) expectValidParts(m.predictParts!(data.userIds.subarray(0, 50), data.itemIds.subarray(0, 50)), 50);
    shared.dispose();
    ns.dispose();
  });

  it('lowers its loss on a small synthetic shop, below the loss of the base rates', async () => {
    const scenario: ShopScenario = {
      id: 'tiny-shop',
      title: 'Tiny shop',
      story: '',
      world: 'shop',
      seed: 3,
      users: 300,
      items: 80,
      goal: 'purchases',
      shop: {
        topicDim: 4,
        matchScale: 1,
        priceMedianYuan: 100,
        priceSpread: 0.8,
        appealValueCorrelation: -0.5,
        click: { base: -2, match: 1, appeal: 1 },
        buy: { base: -1.5, match: 0.8, value: 1.5, priceSensitivity: 0.6 },
        priceSensitivitySpread: 0.5,
      },
      logging: { impressions: 16_000, popularityMix: 0.3, slateSize: 10 },
      model: { embeddingDim: 4, hiddenUnits: [16, 8], epochs: 3, batchSize: 256, learningRate: 0.01, embeddingLearningRate: 0.1, sharedEmbeddings: true },
      evaluation: { testFraction: 0.2, replayUsers: 50, candidatesPerUser: 20, topK: 5, bootstrapSamples: 20 },
    };
    const logs = generateShopLogs(scenario, generateShopWorld(scenario));
    const aucs: number[] = [];
    const model = await trainEsmmModel(logs, scenario.model, 4, {}, { onProgress: (p) => p.testAuc != null && aucs.push(p.testAuc) }, logs);
    const { lossHistory } = model.stats;
    expect(lossHistory).toHaveLength(3);
    expect(lossHistory[2]).toBeLessThan(lossHistory[0]);
    expect(aucs).toHaveLength(3);

    const t = ctcvrLabel(logs);
    const mean = (a: Float32Array) => a.reduce((s, x) => s + x, 0) / a.length;
    const ctr = mean(logs.click);
    const cvr = mean(t) / ctr;
    const logit = (p: number) => Math.log(p / (1 - p));
    const base = esmmLossJs(new Float32Array(logs.size).fill(logit(ctr)), new Float32Array(logs.size).fill(logit(cvr)), logs.click, t);
    const parts = model.predictParts(logs.userIds, logs.itemIds);
    const trained = esmmLossJs(parts.ctrLogit, parts.cvrLogit, logs.click, t);
    expect(trained).toBeLessThan(base - 0.01);
    model.dispose();
  });

  it('learns P(buy | click) with no direct CVR loss: per item, mean pCVR follows the truth', async () => {
    const big = syntheticDataset({ users: 40, items: 30, rows: 20_000, seed: 33, clickProb, buyProb, numItemFeatures: 2 });
    const model = await trainEsmmModel(big, { ...settings, epochs: 3 }, 5);
    const u = Int32Array.from({ length: 40 * 30 }, (_, k) => k % 40);
    const v = Int32Array.from({ length: 40 * 30 }, (_, k) => Math.floor(k / 40));
    const { pCvr } = model.predictParts(u, v);
    const perItem = Array.from({ length: 30 }, (_, i) => pCvr.subarray(i * 40, (i + 1) * 40).reduce((a, b) => a + b, 0) / 40);
    expect(spearman(perItem, perItem.map((_, i) => buyProb(i)))).toBeGreaterThan(0.75);
    model.dispose();
  });

  it('keeps finite losses at CTR 1 % and CVR 0.5 %', async () => {
    const rare = syntheticDataset({ users: 200, items: 100, rows: 20_000, seed: 8, clickProb: () => 0.01, buyProb: () => 0.005, numItemFeatures: 1 });
    for (const shared of [true, false]) {
      const m = await trainEsmmModel(rare, { ...settings, batchSize: 1024 }, 1, { sharedEmbeddings: shared });
      for (const l of m.stats.lossHistory) expect(Number.isFinite(l)).toBe(true);
      expectValidParts(m.predictParts(...randomPairs(rare, 200, 2)), 200);
      m.dispose();
    }
  });

  it('takes a finite training step when both towers output ±50', () => {
    const seed = 9;
    const block = createFeatureBlock(data, settings, seed, 'esmm');
    const ctrTower = new Tower(block.width, [8], 1);
    const cvrTower = new Tower(block.width, [8], 2);
    const optimizer = tf.train.adam(0.01);
    const order = Int32Array.from({ length: 512 }, (_, i) => i);
    const t = ctcvrLabel(data);
    try {
      for (const [ca, cb] of [
        [50, 50],
        [50, -50],
        [-50, 50],
        [-50, -50],
      ]) {
        // Zero kernels and a ±50 bias: every row's logit is exactly ±50.
        for (const [tower, c] of [
          [ctrTower, ca],
          [cvrTower, cb],
        ] as const) {
          const vars = tower.variables;
          vars.forEach((v) => v.assign(tf.zerosLike(v)));
          vars.at(-1)!.assign(tf.tensor1d([c]));
        }
        const spec: TrainSpec = {
          modelId: 'esmm',
          blocks: [block],
          variables: [...ctrTower.variables, ...cvrTower.variables],
          columns: [data.click, t],
          loss: ([x], [y, ct]) => esmmLoss(ctrTower.forward(x), cvrTower.forward(x), y, ct),
        };
        const loss = new BatchStep(spec, data, 512, optimizer).run(order, 0, 512);
        const n = 512;
        const expected = esmmLossJs(new Float32Array(n).fill(ca), new Float32Array(n).fill(cb), data.click.subarray(0, n), t.subarray(0, n));
        expect(Number.isFinite(loss)).toBe(true);
        expect(loss).toBeCloseTo(expected, 2); // ~50 nats per clicked row
        for (const v of spec.variables) expect(v.dataSync().every(Number.isFinite)).toBe(true);
        expect(block.user.weights.every(Number.isFinite)).toBe(true);
      }
    } finally {
      optimizer.dispose();
      ctrTower.dispose();
      cvrTower.dispose();
    }
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const small = takeRows(data, Int32Array.from({ length: 2000 }, (_, i) => i));
    const run = async (seed: number) => {
      const m = await trainEsmmModel(small, { ...settings, epochs: 1 }, seed);
      const p = m.predictParts(small.userIds.subarray(0, 100), small.itemIds.subarray(0, 100));
      m.dispose();
      return p;
    };
    const a = await run(7);
    expect(await run(7)).toEqual(a);
    const b = await run(8);
    expect(b.ctrLogit).not.toEqual(a.ctrLogit);
    expect(b.cvrLogit).not.toEqual(a.cvrLogit);
  });

  it('leaks no tensors over repeated training + prediction + dispose, nor when training fails', async () => {
    const before = tf.memory().numTensors;
    for (let i = 0; i < 4; i++) {
      const m = await trainModel(i % 2 ? 'esmm' : 'esmmNs', data, { ...settings, epochs: 1 }, i, undefined, data);
      m.score(data.userIds.subarray(0, 10), data.itemIds.subarray(0, 10));
      m.predictLogits(data.userIds.subarray(0, 10), data.itemIds.subarray(0, 10));
      m.predictParts!(data.userIds.subarray(0, 10), data.itemIds.subarray(0, 10));
      m.dispose();
      expect(() => m.score(data.userIds, data.itemIds)).toThrow(/disposed/);
    }
    const bad = { ...data, itemFeatures: data.itemFeatures.slice() };
    bad.itemFeatures[0] = NaN;
    await expect(trainEsmmModel(bad, settings, 1)).rejects.toBeInstanceOf(NonFiniteLossError);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('needs a purchase label', async () => {
    const { purchase: _p, ...noPurchase } = data;
    await expect(trainModel('esmm', noPurchase, settings, 1)).rejects.toThrow(/purchase label/);
  });
});
