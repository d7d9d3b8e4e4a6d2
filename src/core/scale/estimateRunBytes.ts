/**
 * How much memory one run (generate → train → compare) of a scenario needs, so that a
 * world too large for a browser tab is refused with numbers BEFORE it is generated,
 * instead of crashing the tab half way; and which part of the scenario takes the
 * most, so the refusal names the knobs that actually help.
 *
 * The per-row constants are upper bounds from measuring `generateRun` in Node
 * (1,000,000 impressions, 50,000 users: 42 MB of typed arrays for the video world,
 * 58 MB for the shop) plus what training and comparing add (the shuffled order,
 * label and weight columns, the CVR model's clicked subset, the test-set logits).
 */
import { messageEnglish, type MemoryCause, type Message } from '../messages/message';
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
 * the run is refused rather than risked. The command line keeps to the same limit,
 * so a scenario that runs there also runs in the app.
 */
export const MAX_RUN_BYTES = 1024 ** 3;

/**
 * The A/B test's size as it runs: it serves at most every user of the world and
 * offers each at most the whole catalogue (see `sampleCandidates`).
 */
export function replaySize(scenario: Scenario): { users: number; candidates: number } {
  return { users: Math.min(scenario.evaluation.replayUsers, scenario.users), candidates: Math.min(scenario.evaluation.candidatesPerUser, scenario.items) };
}

/** Each part of a run's memory, bytes, with the numbers that size it. */
export function runMemoryParts(scenario: Scenario): MemoryCause[] {
  const latentDim = scenario.world === 'video' ? scenario.video.topicDim : scenario.shop.topicDim;
  const { embeddingDim } = scenario.model;
  const entities = scenario.users + scenario.items;
  // The world's latent vectors and per-entity scalars (float64 in the worst case), and
  // each model's embedding rows plus their Adagrad accumulators (float32).
  const entityBytes = entities * (latentDim + 4) * 8 + entities * embeddingDim * 2 * 4 * MODELS_AT_ONCE;
  const { impressions } = scenario.logging;
  const replay = replaySize(scenario);
  return [
    { part: 'replay', bytes: replay.users * replay.candidates * VALUES_PER_CANDIDATE * 4, users: replay.users, candidates: replay.candidates },
    { part: 'logs', bytes: impressions * BYTES_PER_IMPRESSION, impressions, bytesPerImpression: BYTES_PER_IMPRESSION },
    { part: 'entities', bytes: entityBytes, users: scenario.users, items: scenario.items },
  ];
}

/**
 * Estimated peak memory of a run of `scenario`, bytes.
 * @returns an upper-bound estimate, > 0
 */
export function estimateRunBytes(scenario: Scenario): number {
  return runMemoryParts(scenario).reduce((sum, p) => sum + p.bytes, 0);
}

/**
 * The parts to shrink, largest first: as many as it takes until what is left of the
 * others fits in `limitBytes` (usually one), so the advice names what actually helps.
 */
export function partsToShrink(parts: readonly MemoryCause[], limitBytes: number): MemoryCause[] {
  const sorted = [...parts].sort((a, b) => b.bytes - a.bytes);
  let rest = sorted.reduce((sum, p) => sum + p.bytes, 0);
  const out: MemoryCause[] = [];
  for (const p of sorted) {
    if (rest <= limitBytes) break;
    out.push(p);
    rest -= p.bytes;
  }
  return out;
}

/** The fields of a scenario that size a memory part (the first is the one a problem line names). */
export const MEMORY_FIELDS: Record<MemoryCause['part'], readonly string[]> = {
  replay: ['evaluation.replayUsers', 'evaluation.candidatesPerUser'],
  logs: ['logging.impressions'],
  entities: ['users', 'items'],
};

/** The answer of `checkRunFits`: when it does not fit, why, in English (`reason`) and as a message for the page (`said`). */
export type RunFit = { ok: true; bytes: number } | { ok: false; bytes: number; reason: string; said: Extract<Message, { code: 'runTooBig' }> };

/**
 * Whether a run of `scenario` fits in `limitBytes`, with a reason for people when not.
 * @param limitBytes the memory one run may use, bytes (default `MAX_RUN_BYTES`)
 */
export function checkRunFits(scenario: Scenario, limitBytes = MAX_RUN_BYTES): RunFit {
  const parts = runMemoryParts(scenario);
  const bytes = parts.reduce((sum, p) => sum + p.bytes, 0);
  if (bytes <= limitBytes) return { ok: true, bytes };
  const said = { code: 'runTooBig' as const, bytes, limitBytes, causes: partsToShrink(parts, limitBytes) };
  return { ok: false, bytes, reason: messageEnglish(said), said };
}
