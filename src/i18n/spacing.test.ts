import { describe, expect, it } from 'vitest';
import { spaceZh } from './spacing';

describe('spaceZh', () => {
  it('puts one gap between Chinese and Latin letters or numbers', () => {
    expect(spaceZh('按GMV排序')).toBe('按 GMV 排序');
    expect(spaceZh('达到理论最优的49%，按点击排序为18%。')).toBe('达到理论最优的 49%，按点击排序为 18%。');
    expect(spaceZh('第3/5轮')).toBe('第 3/5 轮');
    expect(spaceZh('ESMM  带来的')).toBe('ESMM 带来的');
    expect(spaceZh('每秒样本数：wasm 8.5万、cpu 2.9万')).toBe('每秒样本数：wasm 8.5万、cpu 2.9万');
    expect(spaceZh('ESMM在前10名中放了3件')).toBe('ESMM 在前 10 名中放了 3 件');
    expect(spaceZh('成交额¥5.27，达到理想值的36%。')).toBe('成交额 ¥5.27，达到理想值的 36%。');
    expect(spaceZh('P(点击) 12.3% · P(购买|点击) 0.24%')).toBe('P(点击) 12.3% · P(购买|点击) 0.24%');
  });

  it('leaves full-width punctuation without spaces and English untouched', () => {
    expect(spaceZh('结果 ：ESMM （共享嵌入） 。')).toBe('结果：ESMM（共享嵌入）。');
    expect(spaceZh('Ranking by clicks gets 49 % more clicks.')).toBe('Ranking by clicks gets 49 % more clicks.');
  });
});

describe('lesson sentences assembled in Chinese (the lesson panel spaces them as the other steps do)', () => {
  it('puts the gaps around names and numbers, and none inside a range', async () => {
    const { i18n } = await import('./index');
    await i18n.changeLanguage('zh');
    try {
      expect(spaceZh(i18n.t('lessons:reveal.yoursText', { winner: 'ESMM', size: i18n.t('lessons:predict.ratioInline.x4') }))).toBe('ESMM 会带来更多，是另一种排序的 2.8 倍或以上。');
      expect(spaceZh(i18n.t('lessons:predict.ratioLabels.x1_5'))).toBe('1.2～1.6 倍');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
