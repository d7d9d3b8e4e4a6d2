/**
 * Logged impressions of the shop: exposure from the logging policy, clicks, and
 * for EVERY impression the counterfactual purchase z* ~ P(buy | click) — what
 * would have happened had the user clicked. The observed purchase is click × z*;
 * only a simulator has z*, and it makes "entire-space CVR" measurable.
 */
import type { Dataset } from '../data/dataset';
import { chunked, DEFAULT_CHUNK_ROWS, drain, type Steps } from '../progress/steps';
import { Rng } from '../random/prng';
import type { ShopScenario } from '../scenario/shopScenario';
import { shopBuyProbability, shopClickProbability, shopMatch, type ShopWorld } from '../world/shopWorld';
import { standardise } from '../world/math';
import { exposureSteps } from './loggingPolicy';

/** Observable product features: the standardised log price (shoppers see the price). */
export function shopItemFeatures(world: ShopWorld): { table: Float32Array; count: number } {
  return { table: standardise(Array.from(world.priceYuan, Math.log)), count: 1 };
}

/** Generates the logged impressions with clicks, purchases and the counterfactual z*. */
export function generateShopLogs(scenario: ShopScenario, world: ShopWorld): ShopLogs {
  return drain(shopLogSteps(scenario, world));
}

/** The logs of the shop: a dataset that also records each impression's slot on the page. */
export type ShopLogs = Dataset & { positions: Int32Array };

/**
 * `generateShopLogs` in chunks of impressions (stages `exposure`, then `labels`; see
 * `steps.ts`): the same logs for a seed whatever `chunkRows` is.
 * @param chunkRows impressions per chunk, ≥ 1
 */
export function* shopLogSteps(scenario: ShopScenario, world: ShopWorld, chunkRows = DEFAULT_CHUNK_ROWS): Steps<ShopLogs> {
  const { impressions, popularityMix, slateSize } = scenario.logging;
  const exposure = yield* exposureSteps(scenario.seed, world.userActivity, world.numItems, impressions, popularityMix, slateSize, chunkRows);
  const clicks = Rng.forStream(scenario.seed, 'labels');
  // Its own stream, so that the click draws do not depend on the purchase draws.
  const buys = Rng.forStream(scenario.seed, 'labels.purchase');
  const click = new Float32Array(impressions);
  const purchase = new Float32Array(impressions);
  const purchaseIfClicked = new Float32Array(impressions);
  yield* chunked('labels', impressions, chunkRows, (start, end) => {
    for (let i = start; i < end; i++) {
      const u = exposure.userIds[i];
      const v = exposure.itemIds[i];
      const m = shopMatch(world, u, v);
      const c = clicks.next() < shopClickProbability(world, u, v, m) ? 1 : 0;
      const z = buys.next() < shopBuyProbability(world, u, v, m) ? 1 : 0;
      click[i] = c;
      purchaseIfClicked[i] = z;
      purchase[i] = c * z;
    }
  });
  const features = shopItemFeatures(world);
  return {
    size: impressions,
    userIds: exposure.userIds,
    itemIds: exposure.itemIds,
    positions: exposure.positions,
    numUsers: world.numUsers,
    numItems: world.numItems,
    itemFeatures: features.table,
    numItemFeatures: features.count,
    click,
    // The shop has no watch time; a zero column keeps one Dataset shape for every world.
    watchMinutes: new Float32Array(impressions),
    purchase,
    purchaseIfClicked,
  };
}
