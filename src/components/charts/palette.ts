/**
 * Colours and names of the policies and models of both cases. Okabe–Ito colours
 * stay distinct for the common forms of colour blindness and on a washed-out
 * projector. Roles keep their colour across the cases: the references are quiet
 * (random grey, oracle green), ranking by clicks is always vermillion, and the
 * objective the paper recommends (watch time, ESMM) is always blue.
 */
import type { ShopPolicyId, VideoPolicyId } from '../../core/replay/types';
import type { ModelId } from '../../models/types';
import type { World } from '../../store/models';

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#8C8C8C',
} as const;

/** A policy of either case. */
export type PolicyId = VideoPolicyId | ShopPolicyId;

/** The order policies appear in every chart and table: the two references bracket the objectives. */
export const POLICY_ORDER: Record<World, readonly PolicyId[]> = {
  video: ['random', 'ctr', 'watchTime', 'oracle'],
  shop: ['random', 'ctr', 'ctrXcvr', 'esmm', 'esmmNs', 'oracle'],
};

export const POLICY_COLORS: Record<PolicyId, string> = {
  random: OKABE_ITO.grey,
  ctr: OKABE_ITO.vermillion,
  watchTime: OKABE_ITO.blue,
  ctrXcvr: OKABE_ITO.reddishPurple,
  esmm: OKABE_ITO.blue,
  esmmNs: OKABE_ITO.skyBlue,
  oracle: OKABE_ITO.bluishGreen,
};

export const POLICY_LABELS: Record<PolicyId, string> = {
  random: 'Random',
  ctr: 'Rank by clicks',
  watchTime: 'Rank by watch time',
  ctrXcvr: 'CTR × CVR, CVR learned on clicks (BASE)',
  esmm: 'ESMM',
  esmmNs: 'ESMM-NS',
  oracle: 'Oracle (best possible)',
};

/** Short names for chart axes and meters, where the full name does not fit. */
export const POLICY_SHORT_LABELS: Record<PolicyId, string> = {
  ...POLICY_LABELS,
  ctrXcvr: 'CTR × CVR (BASE)',
  oracle: 'Oracle',
};

/** One line per policy for legends and tooltips; the oracle's depends on the case. */
export const POLICY_HINTS: Record<PolicyId, string> = {
  random: 'picks at random: the floor',
  ctr: 'the click model, ranked by predicted click probability',
  watchTime: 'the weighted model, ranked by e^logit ≈ expected minutes',
  ctrXcvr: 'the paper’s BASE: pCTR × pCVR, with a CVR model trained on clicked impressions only',
  esmm: 'Entire Space Multi-task Model: pCTR × pCVR learned together over every impression, embeddings shared',
  esmmNs: 'ESMM whose CTR and CVR towers keep separate embeddings (the paper’s ESMM-NS)',
  oracle: 'knows the true expected value of the business goal: the ceiling',
};

/** Model colours in the training charts match their policies (the CVR model is BASE's half). */
export const MODEL_COLORS: Record<ModelId, string> = {
  ctr: POLICY_COLORS.ctr,
  watchTime: POLICY_COLORS.watchTime,
  cvr: POLICY_COLORS.ctrXcvr,
  esmm: POLICY_COLORS.esmm,
  esmmNs: POLICY_COLORS.esmmNs,
};

/** The colour of the ground truth where a chart sets predictions beside it. */
export const TRUTH_COLOR = OKABE_ITO.black;
