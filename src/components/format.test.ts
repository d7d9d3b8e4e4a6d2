import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { formatAmount, formatCount, formatDecimal, formatDuration, formatPercent, formatRate, formatTimes } from './format';

afterAll(() => i18n.changeLanguage('en'));

describe('number formats follow the language', () => {
  it('English: "3.1 %", "2.3×", "850 ms", "85k"', async () => {
    await i18n.changeLanguage('en');
    expect(formatCount(1234567.4)).toBe('1,234,567');
    expect(formatAmount(56.78)).toBe('56.8');
    expect(formatAmount(0.12345)).toBe('0.123');
    expect(formatPercent(0.0312)).toBe('3.1 %');
    expect(formatTimes(2.345)).toBe('2.3×');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatRate(85_432)).toBe('85k');
    expect(formatRate(9_500)).toBe('9,500');
    expect(formatDecimal(0.7345, 3)).toBe('0.735');
    expect(formatPercent(null)).toBe('–');
  });

  it('never rounds a share that is not all or none to "100 %" or "0 %"', async () => {
    await i18n.changeLanguage('en');
    expect(formatPercent(0.999, 0)).toBe('99.9 %');
    expect(formatPercent(0.99996, 0)).toBe('99.996 %');
    expect(formatPercent(0.0004, 0)).toBe('0.04 %');
    expect(formatPercent(0.00004, 1)).toBe('0.004 %');
    expect(formatPercent(1, 0)).toBe('100 %');
    expect(formatPercent(0, 0)).toBe('0 %');
    expect(formatPercent(0.994, 0)).toBe('99 %');
    expect(formatPercent(0.12, 0)).toBe('12 %');
  });

  it('Chinese: the same digits, Chinese words and units ("3.1%", "2.3 倍", "850 毫秒", "8.5万")', async () => {
    await i18n.changeLanguage('zh');
    expect(formatCount(1234567.4)).toBe('1,234,567');
    expect(formatAmount(56.78)).toBe('56.8');
    expect(formatPercent(0.0312)).toBe('3.1%');
    expect(formatTimes(2.345)).toBe('2.3 倍');
    expect(formatDuration(850)).toBe('850 毫秒');
    expect(formatDuration(12_345)).toBe('12.3 秒');
    expect(formatRate(85_432)).toBe('8.5万');
    expect(formatRate(123_456)).toBe('12.3万');
  });
});
