/**
 * The shop of DESIGN 1.2: the hidden ground truth of the e-commerce case.
 * Products have a price, an appeal (how eye-catching the picture is) and a value
 * for money; appeal pulls clicks, value (and price) decide purchases.
 */
import { chunked, DEFAULT_CHUNK_ROWS, drain, type Steps } from '../progress/steps';
import { Rng } from '../random/prng';
import type { ShopScenario, ShopWorldSettings } from '../scenario/shopScenario';
import { scaledDot, sigmoid } from './math';

export interface ShopWorld {
  settings: ShopWorldSettings;
  numUsers: number;
  numItems: number;
  topicDim: number;
  /** Taste vectors, row-major [numUsers × topicDim]. */
  userTaste: Float32Array;
  /** Relative activity of each user (mean 1). */
  userActivity: Float32Array;
  /** Price sensitivity ρ_u > 0 (log-normal, median 1). */
  priceSensitivity: Float32Array;
  /** Category vectors, row-major [numItems × topicDim]. */
  itemTopic: Float32Array;
  /** Price in yuan. */
  priceYuan: Float32Array;
  /** Appeal of the picture, standard normal. */
  appeal: Float32Array;
  /** Value for the price, standard normal, corr(appeal, value) set by the scenario. */
  value: Float32Array;
  /** Geometric mean price p̄, yuan: the reference of log(p / p̄). */
  referencePriceYuan: number;
}

/** Generates the shop from the scenario seed; each part has its own random stream. */
export function generateShopWorld(scenario: ShopScenario): ShopWorld {
  return drain(shopWorldSteps(scenario));
}

/**
 * `generateShopWorld` in chunks of shoppers, then of products (see `steps.ts`): the
 * same shop for a seed whatever `chunkRows` is.
 * @param chunkRows shoppers or products per chunk, ≥ 1
 */
export function* shopWorldSteps(scenario: ShopScenario, chunkRows = DEFAULT_CHUNK_ROWS): Steps<ShopWorld> {
  const s = scenario.shop;
  const d = s.topicDim;
  const users = Rng.forStream(scenario.seed, 'users');
  const items = Rng.forStream(scenario.seed, 'items');
  const prices = Rng.forStream(scenario.seed, 'items.price');
  const looks = Rng.forStream(scenario.seed, 'items.appeal');
  const userTaste = new Float32Array(scenario.users * d);
  const userActivity = new Float32Array(scenario.users);
  const priceSensitivity = new Float32Array(scenario.users);
  yield* chunked('users', scenario.users, chunkRows, (start, end) => {
    for (let u = start; u < end; u++) {
      for (let k = 0; k < d; k++) userTaste[u * d + k] = users.normal();
      userActivity[u] = Math.exp(0.6 * users.normal() - 0.18);
      priceSensitivity[u] = Math.exp(s.priceSensitivitySpread * users.normal());
    }
  });
  const n = scenario.items;
  const itemTopic = new Float32Array(n * d);
  const priceYuan = new Float32Array(n);
  const appeal = new Float32Array(n);
  const value = new Float32Array(n);
  const r = s.appealValueCorrelation;
  let logPriceSum = 0;
  yield* chunked('items', n, chunkRows, (start, end) => {
    for (let i = start; i < end; i++) {
      for (let k = 0; k < d; k++) itemTopic[i * d + k] = items.normal();
      priceYuan[i] = Math.max(0.01, s.priceMedianYuan * Math.exp(s.priceSpread * prices.normal()));
      logPriceSum += Math.log(priceYuan[i]);
      appeal[i] = looks.normal();
      // Correlated by construction: value = r·appeal + √(1−r²)·independent noise.
      value[i] = r * appeal[i] + Math.sqrt(1 - r * r) * looks.normal();
    }
  });
  return {
    settings: s,
    numUsers: scenario.users,
    numItems: n,
    topicDim: d,
    userTaste,
    userActivity,
    priceSensitivity,
    itemTopic,
    priceYuan,
    appeal,
    value,
    referencePriceYuan: Math.exp(logPriceSum / n),
  };
}

/** Taste match m_ui = θ_u·φ_i / √d × matchScale. */
export function shopMatch(w: ShopWorld, u: number, i: number): number {
  return scaledDot(w.userTaste, u, w.itemTopic, i, w.topicDim, w.settings.matchScale);
}

/** P(click | u, i) in (0, 1). */
export function shopClickProbability(w: ShopWorld, u: number, i: number, m = shopMatch(w, u, i)): number {
  const c = w.settings.click;
  return sigmoid(c.base + c.match * m + c.appeal * w.appeal[i]);
}

/** P(buy | click, u, i) in (0, 1): the true post-click conversion rate. */
export function shopBuyProbability(w: ShopWorld, u: number, i: number, m = shopMatch(w, u, i)): number {
  const b = w.settings.buy;
  const logRelPrice = Math.log(w.priceYuan[i] / w.referencePriceYuan);
  return sigmoid(b.base + b.match * m + b.value * w.value[i] - b.priceSensitivity * w.priceSensitivity[u] * logRelPrice);
}
