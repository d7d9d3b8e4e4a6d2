/**
 * Shapes of the online replay (the simulated A/B test of DESIGN 3).
 */

/** Policies of the video case: two references and the two learned objectives. */
export type VideoPolicyId = 'random' | 'ctr' | 'watchTime' | 'oracle';

/** A mean with a 95 % bootstrap confidence interval over users. */
export interface Interval {
  mean: number;
  low: number;
  high: number;
}

/**
 * The difference a − b of two policies' online metric, with a paired 95 % bootstrap
 * interval: both policies served the same users, and every resample draws the same
 * users for both. This, not whether two intervals overlap, says whether the A/B test
 * tells the two apart: the difference is clear when its interval excludes 0.
 */
export interface PolicyDifference<P extends string, M extends string> {
  a: P;
  b: P;
  metric: M;
  difference: Interval;
}

/** The video metrics that carry intervals. */
export type VideoIntervalMetric = 'clicksPer1k' | 'watchMinutesPer1k' | 'adMinutesPer1k';

/** What a policy earned and what it put on screen, per 1000 shown impressions. */
export interface VideoOnlineMetrics {
  /** Expected clicks per 1000 impressions (position-weighted). */
  clicksPer1k: Interval;
  /** Expected minutes watched per 1000 impressions. */
  watchMinutesPer1k: Interval;
  /** Expected ad minutes (pre-rolls + mid-rolls) per 1000 impressions: the revenue proxy. */
  adMinutesPer1k: Interval;
  /** This policy's ad minutes as a share of the oracle's, in [0, 1] (can exceed 1 only by noise). */
  shareOfOracle: number;
  /** Mean length of the videos in the top K, minutes. */
  meanVideoMinutesShown: number;
  /** Share of clickbait videos in the top K, in [0, 1]. */
  clickbaitShareShown: number;
  /** Mean true quality of the videos in the top K (world units, about −2 to 2). */
  meanQualityShown: number;
}

/** Offline metrics on the held-out logs; null where undefined (one class missing). */
export interface OfflineMetrics {
  ctrAuc: number | null;
  ctrLogloss: number | null;
}

export interface VideoPolicyResult {
  id: VideoPolicyId;
  online: VideoOnlineMetrics;
  offline?: OfflineMetrics;
}

/** Everything the Compare view shows. */
export interface VideoReplayResult {
  world: 'video';
  users: number;
  candidatesPerUser: number;
  topK: number;
  policies: VideoPolicyResult[];
  /** Every pair of policies, once (a listed before b), for each metric with an interval. */
  differences: PolicyDifference<VideoPolicyId, VideoIntervalMetric>[];
}

/** Policies of the shop case. */
export type ShopPolicyId = 'random' | 'ctr' | 'ctrXcvr' | 'esmm' | 'esmmNs' | 'oracle';

/** The shop metrics that carry intervals. */
export type ShopIntervalMetric = 'clicksPer1k' | 'purchasesPer1k' | 'gmvPer1k';

/** What a shop policy earned and what it put on screen, per 1000 shown impressions. */
export interface ShopOnlineMetrics {
  clicksPer1k: Interval;
  /** Expected purchases (orders) per 1000 impressions. */
  purchasesPer1k: Interval;
  /** Expected gross merchandise value per 1000 impressions, yuan. */
  gmvPer1k: Interval;
  /** This policy's value of the business goal (purchases or GMV) as a share of the oracle's. */
  shareOfOracle: number;
  /** Mean price of the products in the top K, yuan. */
  meanPriceShown: number;
  /** Mean appeal (eye-catching picture) of the products in the top K, standard units. */
  meanAppealShown: number;
  /** Mean value for money of the products in the top K, standard units. */
  meanValueShown: number;
}

/** Offline metrics of the shop models; null where undefined or not applicable. */
export interface ShopOfflineMetrics extends OfflineMetrics {
  /** CVR AUC on clicked test impressions (the paper's protocol). */
  cvrAuc: number | null;
  /** CVR AUC over every test impression against the counterfactual z* (simulator only). */
  cvrAucEntireSpace: number | null;
  /** AUC of pCTR·pCVR against click∧purchase over every test impression. */
  ctcvrAuc: number | null;
}

export interface ShopPolicyResult {
  id: ShopPolicyId;
  online: ShopOnlineMetrics;
  offline?: ShopOfflineMetrics;
}

/**
 * A CVR model's mean predicted conversion against the true one over one part of
 * the held-out impressions: the clicked ones (where BASE learned) or the unclicked
 * ones (where it is also used to rank).
 */
export interface CvrSpacePoint {
  policyId: ShopPolicyId;
  space: 'clicked' | 'unclicked';
  /** Held-out impressions in this space. */
  impressions: number;
  /** Mean pCVR of the model over them, in [0, 1]. */
  meanPredictedCvr: number;
  /** Mean true P(buy | click) over them, from the ground truth, in [0, 1]. */
  meanTrueCvr: number;
  /** AUC of pCVR against the counterfactual purchase z* in this space; null with one class. */
  aucVsCounterfactual: number | null;
}

export interface ShopReplayResult {
  world: 'shop';
  /** How each CVR model does where it learned and where it is used (filled by the pipeline). */
  cvrSpace: CvrSpacePoint[];
  /** Training impressions each CVR model learned its conversion from. */
  cvrTrainingImpressions: Partial<Record<ShopPolicyId, number>>;
  goal: 'purchases' | 'gmv';
  users: number;
  candidatesPerUser: number;
  topK: number;
  policies: ShopPolicyResult[];
  /** Every pair of policies, once (a listed before b), for each metric with an interval. */
  differences: PolicyDifference<ShopPolicyId, ShopIntervalMetric>[];
}
