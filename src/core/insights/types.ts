/**
 * What the "See why" views show, computed once per comparison in the worker and
 * sent to the main thread as plain numbers and typed arrays. The main thread only
 * looks values up (a policy's counts, the dial's point at α), so the views stay fast.
 */
import type { ShopPolicyId, VideoPolicyId } from '../replay/types';

/** One bin of a calibration (reliability) chart: equal-count bins by the prediction. */
export interface CalibrationBin {
  /** Held-out impressions in the bin. */
  count: number;
  /** Mean prediction of the model over the bin, in the model's own unit. */
  meanPredicted: number;
  /** Mean true value over the bin, from the ground truth, same unit. */
  meanTrue: number;
  /** A second true value where the view needs one (video: E[T]/(1−P), minutes); else absent. */
  meanTrueAlt?: number;
}

/** One policy on the item map. */
export interface ItemMapPolicy<P extends string> {
  id: P;
  /** Per drawn item (aligned with `ItemMap.itemIds`): how many replay users had it in their top K. */
  counts: Uint32Array;
  /** Distinct catalogue items in at least one user's top K. */
  distinctItems: number;
  /** Share of those distinct items that are flagged (clickbait / eye-candy), in [0, 1]. */
  flaggedItemShare: number;
  /** Share of all top-K slots that went to flagged items, in [0, 1]. */
  flaggedSlotShare: number;
  /** Top-K slots shown in the replay: users × K. */
  slots: number;
}

/**
 * Every item as a point. Video: x = hidden quality (s.d.), y = clickbait (0 or 1),
 * size = length (minutes). Shop: x = appeal (s.d.), y = value for money (s.d.),
 * size = price (yuan).
 */
export interface ItemMap<P extends string> {
  /** Items in the catalogue. */
  catalogueItems: number;
  /** Ids of the items drawn: all of them, or a seeded sample where the catalogue is very large. */
  itemIds: Int32Array;
  x: Float32Array;
  y: Float32Array;
  size: Float32Array;
  /** 1 for a clickbait video / an eye-candy product (appeal above 0, value below 0). */
  flagged: Uint8Array;
  /** Share of the whole catalogue that is flagged, in [0, 1]. */
  catalogueFlaggedShare: number;
  policies: ItemMapPolicy<P>[];
}

/** One point per α on a grid: a blended ranking replayed like the policies of the A/B test. */
export interface DialFrontier<O extends string, S extends string> {
  /** α from 0 to 1 (0.05 steps). */
  alphas: number[];
  /** Per α, each outcome per 1000 shown impressions. */
  per1k: Record<O, number[]>;
  /** Per α, each item statistic averaged over the shown items. */
  shown: Record<S, number[]>;
}

/** A reference ranking marked on the dial's chart. */
export interface DialMark<O extends string, M extends string> {
  id: M;
  per1k: Record<O, number>;
}

/** The video dial: score = pCTR^(1−α) · E[T]^α with the two models' scores. */
export interface VideoDial extends DialFrontier<'clicks' | 'watchMinutes' | 'adMinutes', 'clickbait' | 'lengthMinutes'> {
  /** The ranking by true P(click) and the ranking by true expected ad minutes (the replay's oracle). */
  marks: DialMark<'clicks' | 'watchMinutes' | 'adMinutes', 'oracleClicks' | 'oracleAdMinutes'>[];
}

/** The shop dial: score = ESMM's pCTCVR · price^α (α = 0 ranks for purchases, 1 for GMV). */
export interface ShopDial extends DialFrontier<'clicks' | 'purchases' | 'gmv', 'priceYuan' | 'eyeCandy'> {
  /** The ESMM variant whose scores the dial blends. */
  model: 'esmm' | 'esmmNs';
  /** The oracle for purchases and the oracle for GMV. */
  marks: DialMark<'clicks' | 'purchases' | 'gmv', 'oraclePurchases' | 'oracleGmv'>[];
}

/** A video in a user's list: the truth and both models' scores of showing it to that user. */
export interface VideoListItem {
  itemId: number;
  clickbait: boolean;
  lengthMinutes: number;
  /** True P(click), in (0, 1). */
  pClick: number;
  /** True expected minutes watched after a click. */
  watchMinutesIfClicked: number;
  /** True ad minutes of a view watched for the expected minutes. */
  adMinutesIfClicked: number;
  /** The click model's pCTR, in [0, 1]. */
  pCtr: number;
  /** The watch-time model's e^logit, minutes (≈ E[T]/(1−P)). */
  expLogit: number;
}

/** A product in a user's list: the truth and every model's scores of showing it to that user. */
export interface ShopListItem {
  itemId: number;
  priceYuan: number;
  eyeCandy: boolean;
  /** True P(click), in (0, 1). */
  pClick: number;
  /** True P(buy | click), in (0, 1). */
  pBuyIfClicked: number;
  /** The click model's pCTR. */
  ctrPctr: number;
  /** BASE's CVR model (learned on clicked impressions only): pCVR. */
  basePcvr: number;
  /** ESMM's CTR tower: pCTR. */
  esmmPctr: number;
  /** ESMM's CVR tower: pCVR (pCTCVR = esmmPctr · esmmPcvr). */
  esmmPcvr: number;
}

/** One user's top K under each policy, over the union of the items any of them shows. */
export interface UserLists<I, P extends string> {
  userId: number;
  /** True for "a typical user" (see `typicalUserIndex`). */
  typical: boolean;
  items: I[];
  /** Each policy's top K, best first, as indices into `items`. */
  lists: { policyId: P; items: number[] }[];
}

/** Everything the views need from a video run. */
export interface VideoInsights {
  world: 'video';
  topK: number;
  users: number;
  itemMap: ItemMap<VideoPolicyId>;
  /** Per-user lists for a capped sample of replay users, the typical user first. */
  userLists: UserLists<VideoListItem, VideoPolicyId>[];
  dial: VideoDial;
  calibration: {
    /** The click model's pCTR against the true P(click). */
    pCtr: CalibrationBin[];
    /** The watch-time model's e^logit against the true E[T] (and E[T]/(1−P) in `meanTrueAlt`), minutes. */
    watch: CalibrationBin[];
  };
}

/** Everything the views need from a shop run. */
export interface ShopInsights {
  world: 'shop';
  goal: 'purchases' | 'gmv';
  topK: number;
  users: number;
  itemMap: ItemMap<ShopPolicyId>;
  userLists: UserLists<ShopListItem, ShopPolicyId>[];
  dial: ShopDial;
  calibration: {
    /** The click model's pCTR against the true P(click). */
    pCtr: CalibrationBin[];
    /** pCVR against the true P(buy | click) of BASE's CVR model and ESMM's CVR tower, on clicked and unclicked held-out impressions. */
    cvr: { model: 'ctrXcvr' | 'esmm' | 'esmmNs'; space: 'clicked' | 'unclicked'; bins: CalibrationBin[] }[];
    /** pCTCVR = pCTR · pCVR (BASE: the click model × its CVR model; ESMM: its two towers) against the true P(click and buy), every held-out impression. */
    ctcvr: { model: 'ctrXcvr' | 'esmm' | 'esmmNs'; bins: CalibrationBin[] }[];
  };
}

export type RunInsights = VideoInsights | ShopInsights;
