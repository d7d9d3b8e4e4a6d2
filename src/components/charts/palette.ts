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
import { i18n } from '../../i18n';

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

/**
 * A record whose every read gives the current language's string: `POLICY_LABELS.ctr`
 * read during a render is "Rank by clicks" or "按点击排序". Read it at render time,
 * never once at module load.
 */
function translated<K extends string>(keys: readonly K[], text: (key: K) => string): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(record, key, { get: () => text(key), enumerable: true });
  return record;
}

const POLICY_IDS: readonly PolicyId[] = ['random', 'ctr', 'watchTime', 'ctrXcvr', 'esmm', 'esmmNs', 'oracle'];

/** Policy names in the current language. */
export const POLICY_LABELS = translated(POLICY_IDS, (id) => i18n.t(`charts:policies.label.${id}`));

/** Short names for chart axes and meters, where the full name does not fit. */
export const POLICY_SHORT_LABELS = translated(POLICY_IDS, (id) =>
  id === 'ctrXcvr' || id === 'oracle' ? i18n.t(`charts:policies.short.${id}`) : i18n.t(`charts:policies.label.${id}`),
);

/** One line per policy for legends and tooltips; the oracle's depends on the case. */
export const POLICY_HINTS = translated(POLICY_IDS, (id) => i18n.t(`charts:policies.hint.${id}`));

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
