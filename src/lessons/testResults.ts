/**
 * Small hand-made replay results for the lesson tests: only the means the lessons
 * read are set; every interval is the mean itself.
 */
import type { ShopPolicyId, ShopReplayResult, VideoPolicyId, VideoReplayResult } from '../core/replay/types';

const iv = (mean: number) => ({ mean, low: mean, high: mean });

/** A video result from each policy's ad minutes and clicks per 1,000 impressions. */
export function videoResult(values: Partial<Record<VideoPolicyId, { ads: number; clicks: number }>>): VideoReplayResult {
  return {
    world: 'video',
    users: 10,
    candidatesPerUser: 20,
    topK: 5,
    differences: [],
    policies: Object.entries(values).map(([id, v]) => ({
      id: id as VideoPolicyId,
      online: {
        clicksPer1k: iv(v.clicks),
        watchMinutesPer1k: iv(v.ads * 5),
        adMinutesPer1k: iv(v.ads),
        shareOfOracle: 0.5,
        meanVideoMinutesShown: 10,
        clickbaitShareShown: 0.2,
        meanQualityShown: 0,
      },
    })),
  };
}

/** A shop result from each policy's purchases, GMV (yuan) and clicks per 1,000 impressions. */
export function shopResult(goal: 'purchases' | 'gmv', values: Partial<Record<ShopPolicyId, { purchases: number; gmv: number; clicks: number }>>): ShopReplayResult {
  return {
    world: 'shop',
    goal,
    cvrSpace: [],
    cvrTrainingImpressions: {},
    users: 10,
    candidatesPerUser: 20,
    topK: 5,
    differences: [],
    policies: Object.entries(values).map(([id, v]) => ({
      id: id as ShopPolicyId,
      online: {
        clicksPer1k: iv(v.clicks),
        purchasesPer1k: iv(v.purchases),
        gmvPer1k: iv(v.gmv),
        shareOfOracle: 0.5,
        meanPriceShown: 100,
        meanAppealShown: 0,
        meanValueShown: 0,
      },
    })),
  };
}
