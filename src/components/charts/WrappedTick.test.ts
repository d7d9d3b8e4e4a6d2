import { describe, expect, it } from 'vitest';
import { labelWidth, splitLabel } from './WrappedTick';

describe('splitLabel', () => {
  it('splits English at the space nearest the middle', () => {
    expect(splitLabel('Rank by watch time')).toEqual(['Rank by', 'watch time']);
    expect(splitLabel('Random')).toEqual(['Random']);
  });

  it('splits Chinese between characters near the middle, never inside a Latin word', () => {
    expect(splitLabel('全知排序')).toEqual(['全知', '排序']);
    expect(splitLabel('好看不实用的商品')).toEqual(['好看不实', '用的商品']);
    expect(splitLabel('CTR模型')).toEqual(['CTR', '模型']);
    // A ranking's name breaks before its final 排序, without an invisible mark in the text.
    expect(splitLabel('按点击排序')).toEqual(['按点击', '排序']);
    expect(splitLabel('按观看时长排序')).toEqual(['按观看时长', '排序']);
    expect(labelWidth('按点击排序')).toBe(10);
  });

  it('counts a Chinese character as two Latin ones', () => {
    expect(labelWidth('ESMM')).toBe(4);
    expect(labelWidth('按点击排序')).toBe(10);
  });
});
