import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { say } from '../insightText';
import { itemMapNotice, mapNoticeKind } from './itemMapNotice';

const t = (key: string, params?: Record<string, unknown>) => say(`why:${key}`, params);
afterAll(() => i18n.changeLanguage('en'));

describe('item map notice', () => {
  it('picks words no stronger than the ratio', () => {
    expect(mapNoticeKind(0.49, 0.41)).toBe('more'); // 1.2×: ESMM, not "crowding"
    expect(mapNoticeKind(0.32, 0.41)).toBe('less'); // the oracle: 32 % is not "staying out"
    expect(mapNoticeKind(0.999, 0.2)).toBe('crowd');
    expect(mapNoticeKind(0.42, 0.41)).toBe('about');
    expect(mapNoticeKind(0, 0.41)).toBe('none');
    expect(mapNoticeKind(1, 1)).toBe('allInCatalogue');
    expect(mapNoticeKind(0, 0)).toBe('noneInCatalogue');
  });

  it('clickbaitShare = 1: every slot is clickbait, never "the lower row"', async () => {
    await i18n.changeLanguage('en');
    const text = itemMapNotice('video', { flaggedSlotShare: 1 }, 1, 'Rank by watch time', t);
    expect(text).toBe('Every video in this catalogue is clickbait, so every slot of Rank by watch time goes to clickbait: all points sit in the clickbait row.');
  });

  it('99.9 % of slots is said as 99.9 %, not 100 %', async () => {
    await i18n.changeLanguage('en');
    expect(itemMapNotice('video', { flaggedSlotShare: 0.999 }, 0.2, 'Rank by clicks', t)).toBe(
      'Rank by clicks gives clickbait 99.9 % of its slots, 5.0× its share of the catalogue (20 %): the filled points crowd the clickbait row.',
    );
  });

  it('the shop oracle with 32 % of slots on eye-candy (41 % of the catalogue) is not said to stay out of the corner', async () => {
    await i18n.changeLanguage('en');
    const text = itemMapNotice('shop', { flaggedSlotShare: 0.32 }, 0.41, 'Oracle', t);
    expect(text).toBe('Oracle gives eye-candy products 32 % of its slots, less than their share of the catalogue (41 %).');
  });

  it('in Chinese', async () => {
    await i18n.changeLanguage('zh');
    expect(itemMapNotice('shop', { flaggedSlotShare: 0.49 }, 0.41, 'ESMM', t)).toBe('ESMM 把 49% 的推荐位给了“好看不实用”的商品，略高于其在全部商品中的占比（41%）。');
  });
});
