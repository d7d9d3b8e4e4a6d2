/**
 * Test-only stand-ins for trained models: the ground truth with seeded
 * multiplicative noise, so the core's insight code can be tested without tfjs.
 * A noisy score is truth · (1 − spread/2 + spread · u), u uniform, per pair.
 */
import type { ShopModelParts } from '../insights/shopInsights';
import { Rng } from '../random/prng';
import type { Scorer } from '../replay/replayEngine';
import { shopPairTruth } from '../replay/shopReplay';
import { videoPairTruth } from '../replay/videoTruth';
import type { ShopGoal } from '../scenario/shopScenario';
import type { ShopWorld } from '../world/shopWorld';
import type { VideoWorld } from '../world/videoWorld';

/** Seeded noise per pair, the same for the same (user, item) whatever the call. */
function noise(u: number, v: number, stream: string, spread: number): number {
  return 1 - spread / 2 + spread * Rng.forStream(u * 100_003 + v, stream).next();
}

const noisy = (truth: Float32Array, u: Int32Array, v: Int32Array, stream: string, spread = 0.6) =>
  truth.map((x, i) => x * noise(u[i], v[i], stream, spread));

/** A click model (pCTR) and a watch-time model (e^logit ≈ E[T]/(1−P), minutes) that know the truth up to noise. */
export function fakeVideoScorers(world: VideoWorld): { ctr: Scorer; watchTime: Scorer } {
  return {
    ctr: (u, v) => noisy(videoPairTruth(world, u, v).pClick, u, v, 'fake.ctr'),
    watchTime: (u, v) => {
      const t = videoPairTruth(world, u, v);
      return noisy(t.pClick.map((p, i) => (p * t.watchMinutesIfClicked[i]) / (1 - p)), u, v, 'fake.watch');
    },
  };
}

/** Every shop model's outputs: the truth up to noise (BASE's CVR noisier, as if it learned from few clicks). */
export function fakeShopParts(world: ShopWorld): (u: Int32Array, v: Int32Array) => ShopModelParts {
  return (u, v) => {
    const t = shopPairTruth(world, u, v);
    return {
      ctrPctr: noisy(t.pClick, u, v, 'fake.ctr'),
      basePcvr: noisy(t.pBuyIfClicked, u, v, 'fake.base', 1.5),
      esmmPctr: noisy(t.pClick, u, v, 'fake.esmmCtr'),
      esmmPcvr: noisy(t.pBuyIfClicked, u, v, 'fake.esmmCvr'),
    };
  };
}

/** The shop's learned policies ranked for `goal`, as the pipeline builds them from the parts. */
export function fakeShopScorers(world: ShopWorld, goal: ShopGoal): { ctr: Scorer; ctrXcvr: Scorer; esmm: Scorer } {
  const parts = fakeShopParts(world);
  const money = (v: Int32Array, i: number) => (goal === 'gmv' ? world.priceYuan[v[i]] : 1);
  return {
    ctr: (u, v) => parts(u, v).ctrPctr,
    ctrXcvr: (u, v) => {
      const p = parts(u, v);
      return p.ctrPctr.map((c, i) => c * p.basePcvr[i] * money(v, i));
    },
    esmm: (u, v) => {
      const p = parts(u, v);
      return p.esmmPctr.map((c, i) => c * p.esmmPcvr[i] * money(v, i));
    },
  };
}
