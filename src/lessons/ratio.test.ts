import { describe, expect, it } from 'vitest';
import { bucketOf, comparePair, metricOf, RATIO_BUCKETS } from './ratio';
import { shopResult, videoResult } from './testResults';

describe('bucketOf', () => {
  it('puts each ratio under the answer nearest to it on a log scale', () => {
    expect(bucketOf(1)).toBe('same');
    expect(bucketOf(1.2)).toBe('same');
    expect(bucketOf(1.25)).toBe('x1_5');
    expect(bucketOf(1.5)).toBe('x1_5');
    expect(bucketOf(1.8)).toBe('x2');
    expect(bucketOf(2.8)).toBe('x2');
    expect(bucketOf(2.9)).toBe('x4');
    expect(bucketOf(7.3)).toBe('x4');
    expect(bucketOf(Infinity)).toBe('x4');
    expect(bucketOf(Number.NaN)).toBe('same');
  });

  it('has boundaries at the geometric means of neighbouring answers, and no gaps', () => {
    for (let i = 1; i < RATIO_BUCKETS.length; i++) {
      const [lo, hi] = [RATIO_BUCKETS[i - 1], RATIO_BUCKETS[i]];
      expect(lo.to).toBe(hi.from);
      expect(hi.from).toBeCloseTo(Math.sqrt(lo.nominal * hi.nominal), 12);
    }
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
