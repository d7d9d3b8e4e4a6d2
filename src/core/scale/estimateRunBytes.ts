/**
 * How much memory one run (generate → train → compare) of a scenario needs, so that a
 * world too large for a browser tab is refused with numbers BEFORE it is generated,
 * instead of crashing the tab half way.
 *
 * The per-row constants are upper bounds from measuring `generateRun` in Node
 * (1,000,000 impressions, 50,000 users: 42 MB of typed arrays for the video world,
 * 58 MB for the shop) plus what training and comparing add (the shuffled order,
 * label and weight columns, the CVR model's clicked subset, the test-set logits).
 */
import { messageEnglish, type Message } from '../messages/message';
import type { Scenario } from '../scenario/parseScenario';

/** Bytes per logged impression over the whole run (logs, split, training columns, test logits). */
export const BYTES_PER_IMPRESSION = 96;
/** Models that keep their own embedding tables at once (shop: ctr, cvr, esmm). */
const MODELS_AT_ONCE = 3;
/** Arrays per replay candidate (ids, truth, one score per policy), 4 bytes each. */
const VALUES_PER_CANDIDATE = 10;

/**
 * What a browser worker may hold for one run, bytes (1 GiB). A 64-bit Chromium tab
 * usually gets more, but a workshop laptop with many tabs open may not; above this
 * the run is refused rather than risked.
 */
export const MAX_RUN_BYTES = 1024 ** 3;

/**
 * Estimated peak memory of a run of `scenario`, bytes.
 * @returns an upper-bound estimate, > 0
 */
export function estimateRunBytes(scenario: Scenario): number {
  const latentDim = scenario.world === 'video' ? scenario.video.topicDim : scenario.shop.topicDim;
  const { embeddingDim } = scenario.model;
  const entities = scenario.users + scenario.items;
  // The world's latent vectors and per-entity scalars, as float64 in the worst case.
  const worldBytes = entities * (latentDim + 4) * 8;
  // Each model's embedding rows plus their Adagrad accumulators, float32.
  const embeddingBytes = entities * embeddingDim * 2 * 4 * MODELS_AT_ONCE;
  const logBytes = scenario.logging.impressions * BYTES_PER_IMPRESSION;
  const { replayUsers, candidatesPerUser } = scenario.evaluation;
  const replayBytes = replayUsers * candidatesPerUser * VALUES_PER_CANDIDATE * 4;
  return worldBytes + embeddingBytes + logBytes + replayBytes;
}

/** The answer of `checkRunFits`: when it does not fit, why, in English (`reason`) and as a message for the page (`said`). */
export type RunFit = { ok: true; bytes: number } | { ok: false; bytes: number; reason: string; said: Message };

/**
 * Whether a run of `scenario` fits in `limitBytes`, with a reason for people when not.
 * @param limitBytes the memory one run may use, bytes (default `MAX_RUN_BYTES`)
 */
export function checkRunFits(scenario: Scenario, limitBytes = MAX_RUN_BYTES): RunFit {
  const bytes = estimateRunBytes(scenario);
  if (bytes <= limitBytes) return { ok: true, bytes };
  const said: Message = { code: 'runTooBig', bytes, limitBytes, impressions: scenario.logging.impressions, bytesPerImpression: BYTES_PER_IMPRESSION };
  return { ok: false, bytes, reason: messageEnglish(said), said };
}
