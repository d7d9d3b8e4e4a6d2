/**
 * Names and colours of the policies in the "See why" views, in the current
 * language. Colours are the app's (Okabe–Ito, colour-blind safe); the names live in
 * the `why` namespace so these views never show an untranslated label.
 */
import type { TFunction } from 'i18next';
import { POLICY_COLORS, POLICY_ORDER, type PolicyId } from '../charts/palette';

export { POLICY_COLORS };
export type { PolicyId };

/** The policy's short name, e.g. "Rank by clicks". */
export const policyName = (t: TFunction<'why'>, id: string) => t(`policy.${id as PolicyId}`);

/** Sorts policy ids (or objects with an id) in the order every chart of the app uses. */
export function inPolicyOrder<T extends { id: string }>(world: 'video' | 'shop', items: readonly T[]): T[] {
  const order = POLICY_ORDER[world] as readonly string[];
  return [...items].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** A policy's colour; grey for an unknown id. */
export const policyColor = (id: string) => POLICY_COLORS[id as PolicyId] ?? '#8C8C8C';
