/** What the Generate step shows for the shop: its size and its funnel. */
import type { Dataset } from '../data/dataset';
import { chunked, DEFAULT_CHUNK_ROWS, drain, type Steps } from '../progress/steps';
import { eyeCandyFlags } from './eyeCandy';
import type { ShopWorld } from './shopWorld';

export interface ShopWorldSummary {
  world: 'shop';
  users: number;
  products: number;
  impressions: number;
  clicks: number;
  purchases: number;
  /** Clicks per impression, in [0, 1]. */
  ctr: number;
  /** Purchases per click (post-click conversion), in [0, 1]; null without clicks. */
  cvr: number | null;
  /** Purchases per impression, in [0, 1]. */
  ctcvr: number;
  /** Gross merchandise value of the logged purchases, yuan. */
  gmvYuan: number;
  /** Median price of the catalogue, yuan. */
  medianPriceYuan: number;
  /** Would-be conversion (z*) of clicked vs unclicked impressions: the gap that biases a CVR model trained on clicks. */
  cvrIfClickedOnClicked: number | null;
  cvrIfClickedOnUnclicked: number | null;
  /** Share of the catalogue that is eye-candy (eye-catching picture, below-average value; `eyeCandyFlags`), in [0, 1]. */
  eyeCandyShare: number;
  /** CTR and CVR of eye-candy products vs the other products, in [0, 1]; null where one kind has no impressions (or clicks). */
  ctrEyeCandy: number | null;
  ctrOtherProducts: number | null;
  cvrEyeCandy: number | null;
  cvrOtherProducts: number | null;
}

export function summariseShop(world: ShopWorld, logs: Dataset): ShopWorldSummary {
  return drain(summariseShopSteps(world, logs));
}

/**
 * `summariseShop` in chunks of impressions (stage `summary`, see `steps.ts`).
 * @param chunkRows impressions per chunk, ≥ 1
 */
export function* summariseShopSteps(world: ShopWorld, logs: Dataset, chunkRows = DEFAULT_CHUNK_ROWS): Steps<ShopWorldSummary> {
  const purchase = logs.purchase ?? new Float32Array(logs.size);
  const z = logs.purchaseIfClicked ?? new Float32Array(logs.size);
  const eyeCandy = eyeCandyFlags(world.appeal, world.value);
  let clicks = 0;
  let purchases = 0;
  let gmv = 0;
  const zBy = [0, 0];
  const nBy = [0, 0];
  const shown = [0, 0];
  const clicked = [0, 0];
  const bought = [0, 0];
  yield* chunked('summary', logs.size, chunkRows, (start, end) => {
    for (let i = start; i < end; i++) {
      const c = logs.click[i] > 0 ? 1 : 0;
      const top = eyeCandy[logs.itemIds[i]];
      clicks += c;
      purchases += purchase[i];
      gmv += purchase[i] * world.priceYuan[logs.itemIds[i]];
      zBy[c] += z[i];
      nBy[c]++;
      shown[top]++;
      clicked[top] += c;
      bought[top] += purchase[i];
    }
  });
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  const prices = Float32Array.from(world.priceYuan).sort();
  return {
    world: 'shop',
    users: world.numUsers,
    products: world.numItems,
    impressions: logs.size,
    clicks,
    purchases,
    ctr: logs.size ? clicks / logs.size : 0,
    cvr: ratio(purchases, clicks),
    ctcvr: logs.size ? purchases / logs.size : 0,
    gmvYuan: gmv,
    medianPriceYuan: prices[Math.floor(prices.length / 2)],
    cvrIfClickedOnClicked: ratio(zBy[1], nBy[1]),
    cvrIfClickedOnUnclicked: ratio(zBy[0], nBy[0]),
    eyeCandyShare: world.numItems ? eyeCandy.reduce((a, b) => a + b, 0) / world.numItems : 0,
    ctrEyeCandy: ratio(clicked[1], shown[1]),
    ctrOtherProducts: ratio(clicked[0], shown[0]),
    cvrEyeCandy: ratio(bought[1], clicked[1]),
    cvrOtherProducts: ratio(bought[0], clicked[0]),
  };
}
