/**
 * The preset `shop-gmv-vs-purchases` must tell its story: the ranking that sells
 * the most orders is not the one that brings in the most money. Checked on the
 * ground truth alone (the oracle ranking for each goal), so no training is needed.
 * Measured (seed 1): the purchases oracle sells 16.8 orders and 636 yuan per 1000
 * impressions, the GMV oracle 11.4 orders and 975 yuan.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledScenario } from '../testing/bundledScenarios';
import { generateShopWorld } from '../world/shopWorld';
import { replayShop } from './shopReplay';

function oracleFor(id: string, goal: 'purchases' | 'gmv') {
  const scenario = loadBundledScenario(id, 'shop');
  const world = generateShopWorld(scenario);
  const result = replayShop(world, scenario.evaluation, goal, scenario.seed, {});
  const oracle = result.policies.find((p) => p.id === 'oracle')!.online;
  return { purchases: oracle.purchasesPer1k.mean, gmv: oracle.gmvPer1k.mean, price: oracle.meanPriceShown };
}

describe('shop-gmv-vs-purchases', () => {
  it('is a GMV preset', () => {
    expect(loadBundledScenario('shop-gmv-vs-purchases', 'shop').goal).toBe('gmv');
  });

  it('ranking for GMV and ranking for purchases disagree by at least a fifth on each other\'s goal', () => {
    const forPurchases = oracleFor('shop-gmv-vs-purchases', 'purchases');
    const forGmv = oracleFor('shop-gmv-vs-purchases', 'gmv');
    expect(forGmv.purchases).toBeLessThan(0.8 * forPurchases.purchases);
    expect(forPurchases.gmv).toBeLessThan(0.8 * forGmv.gmv);
    // Cheap best-sellers against expensive items.
    expect(forGmv.price).toBeGreaterThan(3 * forPurchases.price);
  });
});
