/**
 * No dead knobs in the shop: each knob of `shop` and `logging` (and the sizes),
 * changed by a meaningful step with the same seed, moves at least one statistic
 * of the generated world or its logs by at least 10 %. The statistics are plain
 * ones a facilitator would look at: rates, prices, and how clicks and purchases
 * lean towards eye-catching, good-value and well-matched products. Measured
 * (seed 1): the smallest largest-change is the seed's, +16 %; most knobs move
 * their own statistic by 50 % to several times.
 */
import { describe, expect, it } from 'vitest';
import { generateShopLogs } from '../logs/shopLogs';
import { KNOBS, getAt } from '../scenario/knobs';
import type { ShopScenario } from '../scenario/shopScenario';
import { loadBundledScenario, withChanges } from '../testing/bundledScenarios';
import { summariseShop } from './shopSummary';
import { generateShopWorld, shopMatch } from './shopWorld';

const base = loadBundledScenario('shop-conversion', 'shop');

/** Mean of `value` over rows where `weight` is set, divided by its mean over all rows: how much the selected rows lean. */
function lift(values: ArrayLike<number>, weight: ArrayLike<number>): number {
  let all = 0;
  let sel = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    all += values[i];
    sel += values[i] * weight[i];
    n += weight[i];
  }
  return n > 0 ? sel / n - all / values.length : 0;
}

function statistics(scenario: ShopScenario): Record<string, number> {
  const world = generateShopWorld(scenario);
  const logs = generateShopLogs(scenario, world);
  const s = summariseShop(world, logs);
  const n = logs.size;
  const match = new Float64Array(n);
  const appeal = new Float64Array(n);
  const value = new Float64Array(n);
  const logPrice = new Float64Array(n);
  const priceSens = new Float64Array(n);
  const itemCount = new Float64Array(world.numItems);
  for (let r = 0; r < n; r++) {
    const u = logs.userIds[r];
    const i = logs.itemIds[r];
    match[r] = shopMatch(world, u, i);
    appeal[r] = world.appeal[i];
    value[r] = world.value[i];
    logPrice[r] = Math.log(world.priceYuan[i]);
    priceSens[r] = world.priceSensitivity[u] * logPrice[r];
    itemCount[i]++;
  }
  const clicked = logs.click;
  const boughtIfClicked = logs.purchaseIfClicked!;
  const sortedCounts = Array.from(itemCount).sort((a, b) => b - a);
  const top = sortedCounts.slice(0, Math.ceil(world.numItems / 100)).reduce((a, b) => a + b, 0) / n;
  // How far apart two products' categories point: smaller with more dimensions.
  let cos = 0;
  const d = world.topicDim;
  for (let i = 0; i + 1 < world.numItems; i++) {
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let k = 0; k < d; k++) {
      const a = world.itemTopic[i * d + k];
      const b = world.itemTopic[(i + 1) * d + k];
      dot += a * b;
      na += a * a;
      nb += b * b;
    }
    cos += Math.abs(dot) / Math.sqrt(na * nb);
  }
  const prices = Float64Array.from(world.priceYuan).sort();
  return {
    users: world.numUsers,
    products: world.numItems,
    impressions: n,
    ctr: s.ctr,
    cvr: s.cvr ?? 0,
    meanPriceBought: s.purchases ? s.gmvYuan / s.purchases : 0,
    medianPrice: s.medianPriceYuan,
    priceP90overP10: prices[Math.floor(0.9 * prices.length)] / prices[Math.floor(0.1 * prices.length)],
    matchLiftOfClicks: lift(match, clicked),
    matchLiftOfWouldBuy: lift(match, boughtIfClicked),
    appealLiftOfClicks: lift(appeal, clicked),
    valueLiftOfWouldBuy: lift(value, boughtIfClicked),
    appealLiftOfWouldBuy: lift(appeal, boughtIfClicked),
    priceLiftOfWouldBuy: lift(logPrice, boughtIfClicked),
    sensitivityLiftOfWouldBuy: lift(priceSens, boughtIfClicked),
    exposureOfTop1Percent: top,
    sameUserAsPreviousRow: Array.from(logs.userIds).filter((u, r) => r > 0 && u === logs.userIds[r - 1]).length / n,
    categoryCosine: cos / (world.numItems - 1),
  };
}

/** The step each knob takes from the default shop. */
const STEPS: Record<string, number> = {
  seed: 2,
  users: 1500,
  items: 1500,
  'shop.topicDim': 2,
  'shop.matchScale': 2,
  'shop.priceMedianYuan': 300,
  'shop.priceSpread': 1.5,
  'shop.appealValueCorrelation': 0.5,
  'shop.click.base': -2.5,
  'shop.click.match': 2,
  'shop.click.appeal': 0.3,
  'shop.buy.base': -1.5,
  'shop.buy.match': 2,
  'shop.buy.value': 0.5,
  'shop.buy.priceSensitivity': 2,
  'shop.priceSensitivitySpread': 1.2,
  'logging.impressions': 100_000,
  'logging.popularityMix': 0.9,
  'logging.slateSize': 1,
};

const setAt = (s: ShopScenario, path: string, value: number) => {
  const keys = path.split('.');
  let target = s as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
  target[keys[keys.length - 1]] = value;
};

const baseline = statistics(base);

describe('no dead knobs in the shop', () => {
  it('has a step for every number knob of the shop, the sizes, the seed and the logging', () => {
    const paths = KNOBS.shop.filter((k) => (k.kind === 'number' || k.kind === 'integer') && !k.path.startsWith('model.') && !k.path.startsWith('evaluation.')).map((k) => k.path);
    expect(Object.keys(STEPS).sort()).toEqual(paths.sort());
  });

  it('gives the same statistics for the same scenario', () => {
    expect(statistics(base)).toEqual(baseline);
  });

  it.each(Object.entries(STEPS))('%s → %s moves a statistic by at least 10 %', (path, value) => {
    expect(getAt(base, path)).not.toBe(value);
    const moved = statistics(withChanges(base, (s) => setAt(s, path, value)));
    const changes = Object.entries(moved).map(([k, v]) => [k, Math.abs(v - baseline[k]) / Math.max(Math.abs(baseline[k]), 1e-9)] as const);
    const [stat, change] = changes.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(change, `largest change: ${stat}`).toBeGreaterThanOrEqual(0.1);
  });
});
