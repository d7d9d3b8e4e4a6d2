import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { tickAmount, tickPercent } from '../../format';
import { axisOf, wrapText } from './plot';

/** A measuring context where every character is 10 px wide. */
const ctx = { measureText: (s: string) => ({ width: [...s].length * 10 }) } as unknown as CanvasRenderingContext2D;

describe('wrapText', () => {
  it('never starts a line with closing punctuation, nor ends one with an opening bracket', () => {
    const text = '按点击排序带来的购买最多（每千次曝光 2.86 次），差距超出置信区间。';
    for (let width = 40; width <= 300; width += 10) {
      const lines = wrapText(ctx, text, width);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      for (const line of lines) {
        expect('）】」』》，。、；：！？”’)'.includes(line.charAt(0)), `"${line}" at ${width} px`).toBe(false);
        expect('（【「『《“‘('.includes(line.at(-1) ?? ''), `"${line}" at ${width} px`).toBe(false);
      }
    }
  });

  it('still breaks English at spaces', () => {
    expect(wrapText(ctx, 'one two three', 80)).toEqual(['one two', 'three']);
  });
});

describe('axis ticks read alike on one axis', () => {
  it('a percentage axis has one number of decimals for every tick', async () => {
    await i18n.changeLanguage('en');
    const small = axisOf([0, 0.012], '', tickPercent, [0, Infinity], 4);
    expect(small.ticks.map(small.format)).toEqual(['0.0 %', '0.5 %', '1.0 %', '1.5 %']);
    const big = axisOf([0, 0.24], '', tickPercent, [0, Infinity], 4);
    expect(big.ticks.map(big.format)).toEqual(['0 %', '10 %', '20 %', '30 %']);
  });

  it('an amount axis too ("80" beside "100", not "80.0")', () => {
    const a = axisOf([0, 104], '', tickAmount, [0, Infinity], 5);
    expect(a.ticks.map(a.format)).toEqual(['0', '20', '40', '60', '80', '100', '120']);
  });
});
