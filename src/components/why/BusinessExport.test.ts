import { describe, expect, it } from 'vitest';
import type { VideoPolicyResult } from '../../core/replay/types';
import { say } from '../insightText';
import { businessNotice } from './BusinessExport';

const t = (key: string, params?: Record<string, unknown>) => say(`why:${key}`, params);
const p = (id: VideoPolicyResult['id'], ads: number, half: number): VideoPolicyResult => ({
  id,
  online: { clicksPer1k: { mean: 1, low: 1, high: 1 }, watchMinutesPer1k: { mean: 1, low: 1, high: 1 }, adMinutesPer1k: { mean: ads, low: ads - half, high: ads + half }, shareOfOracle: ads / 100, meanVideoMinutesShown: 1, clickbaitShareShown: 0, meanQualityShown: 0 },
});

describe('the business PNG’s what to notice', () => {
  it('names no winner where no model earns anything (no ads in the world)', () => {
    expect(businessNotice([p('ctr', 0, 0), p('watchTime', 0, 0)], 'adMinutesPer1k', 'adMinutes', t)).toBe('No learned model earns any ad minutes in this run.');
  });

  it('says when the runner-up is within the leader’s interval', () => {
    expect(businessNotice([p('ctr', 50, 3), p('watchTime', 52, 3)], 'adMinutesPer1k', 'adMinutes', t)).toContain('is within its 95 % interval');
    expect(businessNotice([p('ctr', 12, 1), p('watchTime', 89, 3)], 'adMinutesPer1k', 'adMinutes', t)).toBe(
      'Of the learned models, Rank by watch time earns the most ad minutes: 89.0 per 1,000 impressions, 89 % of the best possible.',
    );
  });
});
