/**
 * The numbers behind lesson 2's second reveal: on held-out impressions nobody
 * clicked, what BASE's conversion model (learned on clicks only) and ESMM's
 * predicted on average, against the true conversion rate there.
 */
import type { ReplayResult } from '../worker/protocol';

export interface UnclickedCvr {
  /** Mean pCVR of BASE's CVR model on unclicked impressions, in [0, 1]. */
  base: number;
  /** Mean pCVR of ESMM (or ESMM-NS) there, in [0, 1]. */
  esmm: number;
  /** Mean true P(buy | click) there, from the ground truth, in [0, 1]. */
  truth: number;
}

/** @returns undefined for a video result or a shop result without these points */
export function unclickedCvr(result: ReplayResult): UnclickedCvr | undefined {
  if (result.world !== 'shop') return undefined;
  const at = (ids: string[]) => result.cvrSpace.find((p) => p.space === 'unclicked' && ids.includes(p.policyId));
  const base = at(['ctrXcvr']);
  const esmm = at(['esmm', 'esmmNs']);
  if (!base || !esmm) return undefined;
  return { base: base.meanPredictedCvr, esmm: esmm.meanPredictedCvr, truth: base.meanTrueCvr };
}
