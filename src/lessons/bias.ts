/**
 * The numbers behind lesson 2's second reveal, and what they support. Over every
 * held-out impression: which conversion estimate orders the would-be buyers better
 * (the CVR AUC against z*, what a ranking uses). On impressions nobody clicked:
 * each model's mean prediction against the true conversion there. Measured on the
 * default shop (seeds 1–3) both under-predict there by a third to a half while
 * ESMM orders better, so the reveal must not say that ESMM "fixes" the level:
 * its CVR tower is trained only through pCTR × pCVR.
 */
import type { ReplayResult } from '../worker/protocol';

/** Mean predictions within 10 % of the truth read "about right". */
export const LEVEL_TOLERANCE = 0.1;
/** AUC gaps under this read "about as well". */
export const ORDER_TIE = 0.005;

export type LevelSide = 'below' | 'above' | 'same';

export interface UnclickedCvr {
  /** Mean pCVR of BASE's CVR model on unclicked impressions, in [0, 1]. */
  base: number;
  /** Mean pCVR of ESMM (or ESMM-NS) there, in [0, 1]. */
  esmm: number;
  /** Mean true P(buy | click) there, from the ground truth, in [0, 1]. */
  truth: number;
  /** Each model's level against the truth there. */
  baseSide: LevelSide;
  esmmSide: LevelSide;
  /** The ESMM variant of the result. */
  esmmId: 'esmm' | 'esmmNs';
  /** CVR AUC against the would-be purchases over every held-out impression; null where undefined. */
  order: { base: number; esmm: number; verdict: 'better' | 'worse' | 'same' } | null;
}

const sideOf = (predicted: number, truth: number): LevelSide =>
  Math.abs(predicted - truth) <= LEVEL_TOLERANCE * truth ? 'same' : predicted < truth ? 'below' : 'above';

/** @returns undefined for a video result or a shop result without these points */
export function unclickedCvr(result: ReplayResult): UnclickedCvr | undefined {
  if (result.world !== 'shop') return undefined;
  const at = (ids: string[]) => result.cvrSpace.find((p) => p.space === 'unclicked' && ids.includes(p.policyId));
  const base = at(['ctrXcvr']);
  const esmm = at(['esmm', 'esmmNs']);
  if (!base || !esmm) return undefined;
  const esmmId = esmm.policyId === 'esmmNs' ? 'esmmNs' : 'esmm';
  const auc = (id: string) => result.policies.find((p) => p.id === id)?.offline?.cvrAucEntireSpace ?? null;
  const [ab, ae] = [auc('ctrXcvr'), auc(esmmId)];
  const truth = base.meanTrueCvr;
  return {
    base: base.meanPredictedCvr,
    esmm: esmm.meanPredictedCvr,
    truth,
    baseSide: sideOf(base.meanPredictedCvr, truth),
    esmmSide: sideOf(esmm.meanPredictedCvr, truth),
    esmmId,
    order: ab === null || ae === null ? null : { base: ab, esmm: ae, verdict: Math.abs(ae - ab) < ORDER_TIE ? 'same' : ae > ab ? 'better' : 'worse' },
  };
}
