/** Small text helpers of the lesson panel. */
import type { TFunction } from 'i18next';
import type { PolicyId } from '../../lessons/types';

/** The first letter in upper case (a no-op in Chinese): names start lower case inside sentences. */
export function cap(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** A policy's name as the lessons say it in a sentence ("ranking by clicks"). */
export function policyName(t: TFunction<'lessons'>, id: PolicyId): string {
  return t(`policy.${id}`);
}
