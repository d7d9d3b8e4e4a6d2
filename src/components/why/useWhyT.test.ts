import { describe, expect, it } from 'vitest';
import { spaceCjk } from './useWhyT';

describe('spaceCjk', () => {
  it('puts a space between Chinese and Latin letters or digits, and nowhere else', () => {
    expect(spaceCjk('ESMM在前10名中放了3件')).toBe('ESMM 在前 10 名中放了 3 件');
    expect(spaceCjk('点击 AUC更好（0.675 对 0.379）')).toBe('点击 AUC 更好（0.675 对 0.379）');
    expect(spaceCjk('成交额¥5.27，达到理想值的36%。')).toBe('成交额 ¥5.27，达到理想值的 36%。');
    expect(spaceCjk('P(点击) 12.3% · P(购买|点击) 0.24%')).toBe('P(点击) 12.3% · P(购买|点击) 0.24%');
    expect(spaceCjk('Rank by clicks gives 95%')).toBe('Rank by clicks gives 95%');
  });
});
