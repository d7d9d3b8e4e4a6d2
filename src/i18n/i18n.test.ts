import { describe, expect, it } from 'vitest';
import { resources } from './index';
import { linkLanguage, pickLanguage } from './language';

/** Every leaf of a string tree, as `path → value`. */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof tree !== 'object' || tree === null) return out.set(prefix, tree);
  for (const [k, v] of Object.entries(tree)) for (const [p, leaf] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, leaf);
  return out;
}

describe('translations', () => {
  for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
    it(`${ns}: Chinese has every English key, and no string is empty`, () => {
      const en = leaves(resources.en[ns]);
      const zh = leaves(resources.zh[ns]);
      expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [path, value] of [...en, ...zh]) {
        expect(typeof value, path).toBe('string');
        expect((value as string).trim().length, path).toBeGreaterThan(0);
      }
    });
  }
});

describe('one Chinese term per concept, in every step and lesson', () => {
  // The term kept → the words that said the same thing elsewhere.
  const retired: Record<string, RegExp> = {
    '看点 (what to notice)': /值得注意/,
    '全知排序 / 理论最优 (the oracle, the best possible)': /理想排序|理想值|理想成交额/,
    'GMV': /成交额(?!（)|元成交额/,
    '转化率模型 (the CVR model)': /CVR 模型|转化模型/,
    'no invisible characters (copied text carries them)': /\u200b|\u200c|\u200d|\u00ad|\ufeff/,
    'no space between two Chinese characters (a word replaced inside a sentence leaves one)': /[\u4e00-\u9fff\u3001\u3002\uff0c\uff1b\uff1a] [\u4e00-\u9fff]/,
  };
  it('no Chinese string uses a retired word', () => {
    for (const ns of Object.keys(resources.zh) as (keyof typeof resources.zh)[]) {
      for (const [path, value] of leaves(resources.zh[ns])) {
        for (const [term, word] of Object.entries(retired)) expect(String(value), `${ns}:${path} (use ${term})`).not.toMatch(word);
      }
    }
  });
});

describe('pickLanguage', () => {
  it('takes the link first, then the saved choice, then English', () => {
    expect(pickLanguage('?lang=zh', 'en')).toBe('zh');
    expect(pickLanguage('?lang=ZH', null)).toBe('zh');
    expect(pickLanguage('?lang=fr', 'zh')).toBe('zh');
    expect(pickLanguage('', null)).toBe('en');
    expect(pickLanguage('', 'klingon')).toBe('en');
  });

  it('opens in Chinese for a browser whose first language is Chinese, unless the link or a saved choice says otherwise', () => {
    expect(pickLanguage('', null, ['zh-CN', 'en-US'])).toBe('zh');
    expect(pickLanguage('', null, ['zh-TW'])).toBe('zh');
    expect(pickLanguage('', null, ['ZH'])).toBe('zh');
    expect(pickLanguage('', null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLanguage('', null, [])).toBe('en');
    expect(pickLanguage('', 'en', ['zh-CN'])).toBe('en');
    expect(pickLanguage('?lang=en', null, ['zh-CN'])).toBe('en');
  });
});

describe('linkLanguage', () => {
  it('is the language the link names, when the app speaks it', () => {
    expect(linkLanguage('?lang=EN')).toBe('en');
    expect(linkLanguage('?scenario=x&lang=zh')).toBe('zh');
    expect(linkLanguage('?lang=fr')).toBeUndefined();
    expect(linkLanguage('')).toBeUndefined();
  });
});
