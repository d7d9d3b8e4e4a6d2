/**
 * The item map's "what to notice": how a policy's share of slots on flagged items
 * (clickbait / eye-candy) compares with the catalogue's share, in words no stronger
 * than the ratio: "crowd" only at 1.5× or more, "stay out" only at none, and the
 * plain cases of a catalogue with no flagged item or nothing but flagged items.
 */
import type { ItemMapPolicy } from '../../core/insights/types';
import { formatPercent, formatTimes } from '../format';

/** The `why` namespace's translate function (with Chinese spacing, as `useWhyT` gives it). */
type Translate = (key: string, params?: Record<string, unknown>) => string;

export type MapNoticeKind = 'noneInCatalogue' | 'allInCatalogue' | 'none' | 'crowd' | 'more' | 'about' | 'less';

/** Ratios of slot share to catalogue share: "crowd" from 1.5×, "more" from 1.1×, "less" below 0.9×. */
export const CROWD = 1.5;
export const MORE = 1.1;
export const LESS = 0.9;

/** Which sentence fits a policy's slot share beside the catalogue's. */
export function mapNoticeKind(slotShare: number, catalogueShare: number): MapNoticeKind {
  if (catalogueShare <= 0) return 'noneInCatalogue';
  if (catalogueShare >= 1) return 'allInCatalogue';
  if (slotShare <= 0) return 'none';
  const ratio = slotShare / catalogueShare;
  return ratio >= CROWD ? 'crowd' : ratio >= MORE ? 'more' : ratio > LESS ? 'about' : 'less';
}

/** The sentence for `policy` (its display name `name`) on a map of world `w`. */
export function itemMapNotice(w: 'video' | 'shop', policy: Pick<ItemMapPolicy<string>, 'flaggedSlotShare'>, catalogueShare: number, name: string, t: Translate): string {
  const kind = mapNoticeKind(policy.flaggedSlotShare, catalogueShare);
  return t(`map.${w}.notice.${kind}`, {
    policy: name,
    flaggedSlots: formatPercent(policy.flaggedSlotShare, 0),
    catalogue: formatPercent(catalogueShare, 0),
    times: formatTimes(catalogueShare > 0 ? policy.flaggedSlotShare / catalogueShare : NaN),
  });
}
