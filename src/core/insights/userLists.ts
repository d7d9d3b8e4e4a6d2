/**
 * Per-user lists: which replay users the view offers, which one is "a typical
 * user", and each policy's top K for a user over the same candidates the A/B test
 * used.
 */
import type { ReplayCandidates } from '../replay/replayEngine';
import { topKIndices } from '../replay/topK';

/** At most this many users (the typical one included) travel to the main thread. */
export const MAX_LIST_USERS = 100;

function median(values: Float64Array): number {
  const s = Float64Array.from(values).sort();
  const n = s.length;
  if (!n) return 0;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/**
 * The typical user: the one whose business outcome under every policy is closest
 * to the median user's, distance Σ_p ((x_p(u) − median_p) / MAD_p)² (MAD: median
 * absolute deviation, 1 where it is 0). Ties go to the earlier user, so the choice
 * is deterministic.
 * @param outcomes per policy, one value per replay user (e.g. that user's expected ad minutes)
 * @returns an index into the replay users; -1 with no users
 */
export function typicalUserIndex(outcomes: readonly Float64Array[]): number {
  const n = outcomes[0]?.length ?? 0;
  if (!n) return -1;
  const centre = outcomes.map(median);
  const spread = outcomes.map((o, p) => median(o.map((x) => Math.abs(x - centre[p]))) || 1);
  let best = 0;
  let bestDistance = Infinity;
  for (let u = 0; u < n; u++) {
    let d = 0;
    for (let p = 0; p < outcomes.length; p++) d += ((outcomes[p][u] - centre[p]) / spread[p]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = u;
    }
  }
  return best;
}

/**
 * The users the view offers: the typical user first, then the first replay users
 * (the replay's users are already a seeded shuffle) up to `max` in all.
 * @returns indices into the replay users
 */
export function listUserIndices(users: number, typical: number, max = MAX_LIST_USERS): number[] {
  const out = typical >= 0 ? [typical] : [];
  for (let j = 0; j < users && out.length < max; j++) if (j !== typical) out.push(j);
  return out;
}

/**
 * One user's top K under each policy, over the union of the items they show.
 * @param j the user's index into the replay users
 * @param policies each policy's scores of every candidate pair
 * @param describe builds the view's record of pair i (truth and model scores)
 */
export function userLists<I, P extends string>(
  cand: ReplayCandidates,
  topK: number,
  j: number,
  policies: readonly { id: P; scores: ArrayLike<number> }[],
  describe: (pair: number) => I,
): { items: I[]; lists: { policyId: P; items: number[] }[] } {
  const from = j * cand.perUser;
  const items: I[] = [];
  const slotOf = new Map<number, number>();
  const lists = policies.map(({ id, scores }) => {
    const top = topKIndices(scores, from, cand.perUser, topK);
    return {
      policyId: id,
      items: Array.from(top, (c) => {
        const pair = from + c;
        let slot = slotOf.get(pair);
        if (slot === undefined) {
          slot = items.length;
          slotOf.set(pair, slot);
          items.push(describe(pair));
        }
        return slot;
      }),
    };
  });
  return { items, lists };
}
