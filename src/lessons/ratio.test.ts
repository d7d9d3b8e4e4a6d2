import { describe, expect, it } from 'vitest';
import { bucketOf, comparePair, metricOf, RATIO_BUCKETS } from './ratio';
import { shopResult, videoResult } from './testResults';
import { lessonsEn } from '../i18n/locales/lessonsEn';
import { lessonsZh } from '../i18n/locales/lessonsZh';

describe('bucketOf', () => {
  it('places a ratio by the value the reveal shows (one decimal), at boundaries 1.2, 1.7 and 2.8', () => {
    expect(bucketOf(1)).toBe('same');
    expect(bucketOf(1.149)).toBe('same');
    expect(bucketOf(1.1499)).toBe('same');
    expect(bucketOf(1.15)).toBe('x1_5'); // shown as "1.2×": never "under 1.2×"
    expect(bucketOf(1.5)).toBe('x1_5');
    expect(bucketOf(1.64)).toBe('x1_5');
    expect(bucketOf(1.66)).toBe('x2'); // shown as "1.7×"
    expect(bucketOf(2.74)).toBe('x2');
    expect(bucketOf(2.76)).toBe('x4'); // shown as "2.8×": "2.8× or more"
    expect(bucketOf(7.3)).toBe('x4');
    expect(bucketOf(Infinity)).toBe('x4');
    expect(bucketOf(Number.NaN)).toBe('same');
  });

  it('has boundaries at the geometric means of neighbouring answers, to one decimal, and no gaps', () => {
    for (let i = 1; i < RATIO_BUCKETS.length; i++) {
      const [lo, hi] = [RATIO_BUCKETS[i - 1], RATIO_BUCKETS[i]];
      expect(lo.to).toBe(hi.from);
      expect(hi.from).toBe(Number(Math.sqrt(lo.nominal * hi.nominal).toFixed(1)));
    }
  });

  it('labels each answer with the ratios it covers, in both languages', () => {
    const range = (b: (typeof RATIO_BUCKETS)[number]) => [b.from, Number((b.to - 0.1).toFixed(1))];
    const [, x15, x2, x4] = RATIO_BUCKETS;
    expect(lessonsEn.predict.ratioLabels).toEqual({
      same: `About the same (under ${x15.from}×)`,
      x1_5: `${range(x15)[0]}× to ${range(x15)[1]}×`,
      x2: `${range(x2)[0]}× to ${range(x2)[1]}×`,
      x4: `${x4.from}× or more`,
    });
    expect(lessonsZh.predict.ratioLabels).toEqual({
      same: `差不多（不到 ${x15.from} 倍）`,
      x1_5: `${range(x15)[0]}～${range(x15)[1]} 倍`,
      x2: `${range(x2)[0]}～${range(x2)[1]} 倍`,
      x4: `${x4.from} 倍或以上`,
    });
  });
});

describe('comparePair and metricOf', () => {
  const r = videoResult({ ctr: { ads: 12.4, clicks: 99 }, watchTime: { ads: 58.6, clicks: 30.8 } });

  it('names the policy that earned more and the ratio', () => {
    expect(comparePair(r, 'adMinutesPer1k', ['ctr', 'watchTime'])).toEqual({
      metric: 'adMinutesPer1k',
      winner: 'watchTime',
      loser: 'ctr',
      winnerValue: 58.6,
      loserValue: 12.4,
      ratio: 58.6 / 12.4,
    });
    expect(comparePair(r, 'clicksPer1k', ['ctr', 'watchTime'])?.winner).toBe('ctr');
  });

  it('handles a zero and a missing metric', () => {
    const zero = videoResult({ ctr: { ads: 0, clicks: 1 }, watchTime: { ads: 3, clicks: 1 } });
    expect(comparePair(zero, 'adMinutesPer1k', ['ctr', 'watchTime'])?.ratio).toBe(Infinity);
    const both = videoResult({ ctr: { ads: 0, clicks: 1 }, watchTime: { ads: 0, clicks: 1 } });
    expect(comparePair(both, 'adMinutesPer1k', ['ctr', 'watchTime'])?.ratio).toBe(1);
    expect(comparePair(r, 'purchasesPer1k', ['ctr', 'watchTime'])).toBeUndefined();
  });

  it('reads ESMM-NS where a lesson asks for ESMM', () => {
    const s = shopResult('purchases', { ctr: { purchases: 2, gmv: 200, clicks: 40 }, esmmNs: { purchases: 3, gmv: 250, clicks: 30 } });
    expect(metricOf(s, 'esmm', 'purchasesPer1k')).toBe(3);
    expect(metricOf(s, 'ctrXcvr', 'purchasesPer1k')).toBeUndefined();
  });
});
