/**
 * The words and numbers of one item in a user's list: what it is, what really
 * happens when it is shown (the truth), and the score the policy ranked it by,
 * beside the truth it stands for. Shared by the table on screen and its PNG.
 */
import type { TFunction } from 'i18next';
import { examineProbability } from '../../core/replay/topK';
import type { ShopListItem, VideoListItem } from '../../core/insights/types';
import { formatAmount, formatCount, formatProbability } from '../format';

export type ListMode = 'truth' | 'model';

/** Expected watch minutes of one impression, E[T] = P(click) · E[minutes | click]. */
export const expectedMinutes = (it: VideoListItem) => it.pClick * it.watchMinutesIfClicked;

export function videoCell(t: TFunction<'why'>, policy: string, it: VideoListItem, mode: ListMode): { title: string; badge: string | null; detail: string } {
  const et = expectedMinutes(it);
  const title = t('lists.video.item', { id: it.itemId, minutes: formatAmount(it.lengthMinutes, 2) });
  const badge = it.clickbait ? t('lists.video.badge') : null;
  if (mode === 'truth') return { title, badge, detail: t('lists.video.truth', { p: formatProbability(it.pClick), et: formatAmount(et, 2), ads: formatAmount(it.pClick * it.adMinutesIfClicked, 2) }) };
  const detail =
    policy === 'ctr'
      ? t('lists.video.ctr', { p: formatProbability(it.pCtr), truth: formatProbability(it.pClick) })
      : policy === 'watchTime'
        ? t('lists.video.watchTime', { e: formatAmount(it.expLogit, 2), et: formatAmount(et, 2), alt: formatAmount(et / (1 - it.pClick), 2) })
        : t('lists.video.oracle', { ads: formatAmount(it.pClick * it.adMinutesIfClicked, 2) });
  return { title, badge, detail };
}

export function shopCell(t: TFunction<'why'>, policy: string, it: ShopListItem, mode: ListMode, goal: 'purchases' | 'gmv'): { title: string; badge: string | null; detail: string } {
  const title = t('lists.shop.item', { id: it.itemId, price: formatAmount(it.priceYuan, 3) });
  const badge = it.eyeCandy ? t('lists.shop.badge') : null;
  const truthBuy = it.pClick * it.pBuyIfClicked;
  if (mode === 'truth') return { title, badge, detail: t('lists.shop.truth', { click: formatProbability(it.pClick), buy: formatProbability(it.pBuyIfClicked) }) };
  const price = goal === 'gmv' ? t('lists.shop.timesPrice', { price: formatAmount(it.priceYuan, 3) }) : '';
  let detail: string;
  if (policy === 'ctr') detail = t('lists.shop.ctr', { p: formatProbability(it.ctrPctr), truth: formatProbability(it.pClick) });
  else if (policy === 'ctrXcvr') detail = t('lists.shop.base', { ctr: formatProbability(it.ctrPctr), cvr: formatProbability(it.basePcvr), ctcvr: formatProbability(it.ctrPctr * it.basePcvr), truth: formatProbability(truthBuy), price });
  else if (policy === 'oracle') detail = goal === 'gmv' ? t('lists.shop.oracleGmv', { gmv: formatAmount(truthBuy * it.priceYuan, 2) }) : t('lists.shop.oracle', { p: formatProbability(truthBuy) });
  else detail = t('lists.shop.esmm', { ctr: formatProbability(it.esmmPctr), cvr: formatProbability(it.esmmPcvr), ctcvr: formatProbability(it.esmmPctr * it.esmmPcvr), truth: formatProbability(truthBuy), price });
  return { title, badge, detail };
}

/** What one user's list is expected to bring: Σ over slots of P(slot seen) × the item's expected outcome. */
export function listTotals(items: readonly (VideoListItem | ShopListItem)[], slots: readonly number[]): { clicks: number; watch: number; ads: number; purchases: number; gmv: number; flagged: number } {
  const out = { clicks: 0, watch: 0, ads: 0, purchases: 0, gmv: 0, flagged: 0 };
  slots.forEach((idx, k) => {
    const it = items[idx];
    const seen = examineProbability(k);
    out.clicks += seen * it.pClick;
    if ('watchMinutesIfClicked' in it) {
      out.watch += seen * expectedMinutes(it);
      out.ads += seen * it.pClick * it.adMinutesIfClicked;
      out.flagged += it.clickbait ? 1 : 0;
    } else {
      const buy = it.pClick * it.pBuyIfClicked;
      out.purchases += seen * buy;
      out.gmv += seen * buy * it.priceYuan;
      out.flagged += it.eyeCandy ? 1 : 0;
    }
  });
  return out;
}

/** The expected totals of a list as one line. */
export function totalsLine(t: TFunction<'why'>, world: 'video' | 'shop', totals: ReturnType<typeof listTotals>): string {
  return world === 'video'
    ? t('lists.video.totals', { clicks: formatAmount(totals.clicks, 2), watch: formatAmount(totals.watch, 2), ads: formatAmount(totals.ads, 2), bait: formatCount(totals.flagged) })
    : t('lists.shop.totals', { purchases: formatAmount(totals.purchases, 2), gmv: formatAmount(totals.gmv, 3), eye: formatCount(totals.flagged) });
}
