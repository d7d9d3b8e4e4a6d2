/**
 * Names and colours of the policies in the "See why" views: the app's short names in
 * the current language and its colours (Okabe–Ito, colour-blind safe).
 */
import { POLICY_COLORS, POLICY_ORDER, POLICY_SHORT_LABELS, type PolicyId } from '../charts/palette';

export { POLICY_COLORS };
export type { PolicyId };

/** The policy's short name in the current language, e.g. "Rank by clicks"; read it during render. */
export const policyName = (id: string): string => POLICY_SHORT_LABELS[id as PolicyId] ?? id;

/** Sorts policy ids (or objects with an id) in the order every chart of the app uses. */
export function inPolicyOrder<T extends { id: string }>(world: 'video' | 'shop', items: readonly T[]): T[] {
  const order = POLICY_ORDER[world] as readonly string[];
  return [...items].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** A policy's colour; grey for an unknown id. */
export const policyColor = (id: string) => POLICY_COLORS[id as PolicyId] ?? '#8C8C8C';
