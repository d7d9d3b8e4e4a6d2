/** The worlds of the scaling table: a bundled scenario with more impressions and users. */
import type { Scenario } from '../core/scenario/parseScenario';

/** Impressions and users of each row of the scaling table (issue 7). */
export const SCALE_SIZES: readonly { impressions: number; users: number }[] = [
  { impressions: 50_000, users: 1_000 },
  { impressions: 200_000, users: 10_000 },
  { impressions: 1_000_000, users: 50_000 },
];

/** A copy of `base` with `impressions` logged impressions and `users` users (everything else unchanged). */
export function scaledScenario<S extends Scenario>(base: S, size: { impressions: number; users: number }): S {
  const s = structuredClone(base);
  s.users = size.users;
  s.logging.impressions = size.impressions;
  s.id = `${base.id}-${size.impressions}x${size.users}`;
  return s;
}
