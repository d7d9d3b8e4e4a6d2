/**
 * The "what to notice" of the calibration view, from the bins on screen. Each claim
 * is made only where the numbers carry it:
 * - video: e^logit is read as "the odds E[T]/(1−P)" only where it lies within half
 *   the 1/(1−P) inflation of E[T]/(1−P); otherwise the model's own error is named;
 * - shop: the level of each CVR model where nobody clicked (both may miss it), the
 *   order of ESMM's CVR tower over every impression (what ranking uses: its level is
 *   never supervised, only pCTR × pCVR is), and the level of both pCTCVRs.
 */
import { overallMeans } from '../../core/insights/calibration';
import type { ShopInsights, VideoInsights } from '../../core/insights/types';
import type { ShopReplayResult } from '../../core/replay/types';
import { sentenceGap } from '../../i18n/spacing';
import { formatAmount, formatAuc, formatProbability } from '../format';
import { policyName } from './names';

/** The `why` namespace's translate function (with Chinese spacing, as `useWhyT` gives it). */
type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Mean predictions within 10 % of the truth read "about right". */
export const LEVEL_TOLERANCE = 0.1;
/** Entire-space CVR AUCs within this gap order the would-be buyers "about as well". */
export const ORDER_TIE = 0.005;

type Side = 'below' | 'above' | 'same';
const sideOf = (predicted: number, truth: number): Side =>
  Math.abs(predicted - truth) <= LEVEL_TOLERANCE * truth ? 'same' : predicted < truth ? 'below' : 'above';

/** "both under-predict" / "BASE under-predicts, ESMM is about right". */
function verdict(t: Translate, base: Side, ours: Side, esmm: string): string {
  return base === ours ? t(`cal.verdict.both.${base}`) : t('cal.verdict.each', { esmm, base: t(`cal.verdict.one.${base}`), ours: t(`cal.verdict.one.${ours}`) });
}

/** Video: the click model's level, then what e^logit's level says (or does not). */
export function videoCalibrationNotice(cal: VideoInsights['calibration'], t: Translate): string {
  const c = overallMeans(cal.pCtr);
  const m = overallMeans(cal.watch);
  const facts = { p: formatProbability(c.predicted), t: formatProbability(c.truth), e: formatAmount(m.predicted, 3), et: formatAmount(m.truth, 3), alt: formatAmount(m.truthAlt, 3) };
  const inflation = m.truthAlt === null ? NaN : m.truthAlt - m.truth;
  const error = m.truthAlt === null ? NaN : m.predicted - m.truthAlt;
  // The 1/(1−P) effect is visible only where the model's own error is small beside it.
  if (inflation > 0 && Math.abs(error) <= 0.5 * inflation) return t('cal.video.notice', facts);
  return t('cal.video.noticeNot', { ...facts, err: formatAmount(Math.abs(error), 2), infl: formatAmount(inflation, 2) });
}

/** Shop: where nobody clicked, the CVR levels; over every impression, the order; then pCTCVR. */
export function shopCalibrationNotice(cal: ShopInsights['calibration'], result: ShopReplayResult, t: Translate): string {
  const esmmId = cal.cvr.find((c) => c.model !== 'ctrXcvr')?.model ?? 'esmm';
  const esmm = policyName(esmmId);
  const cvr = (model: string) => overallMeans(cal.cvr.find((c) => c.model === model && c.space === 'unclicked')?.bins ?? []);
  const [b, e] = [cvr('ctrXcvr'), cvr(esmmId)];
  const level = t('cal.shop.level', {
    esmm,
    base: formatProbability(b.predicted),
    ours: formatProbability(e.predicted),
    truth: formatProbability(b.truth),
    verdict: verdict(t, sideOf(b.predicted, b.truth), sideOf(e.predicted, e.truth), esmm),
  });

  const aucOf = (id: string) => result.policies.find((p) => p.id === id)?.offline?.cvrAucEntireSpace ?? null;
  const [ab, ae] = [aucOf('ctrXcvr'), aucOf(esmmId)];
  const order =
    ab === null || ae === null
      ? t('cal.shop.orderUnknown')
      : t(`cal.shop.order.${Math.abs(ae - ab) < ORDER_TIE ? 'same' : ae > ab ? 'better' : 'worse'}`, { ours: formatAuc(ae), base: formatAuc(ab) });
  const tower = t('cal.shop.tower', { esmm, order });

  const ctcvr = (model: string) => overallMeans(cal.ctcvr.find((c) => c.model === model)?.bins ?? []);
  const [pb, pe] = [ctcvr('ctrXcvr'), ctcvr(esmmId)];
  const product = t('cal.shop.ctcvr', {
    esmm,
    base: formatProbability(pb.predicted),
    ours: formatProbability(pe.predicted),
    truth: formatProbability(pb.truth),
    verdict: verdict(t, sideOf(pb.predicted, pb.truth), sideOf(pe.predicted, pe.truth), esmm),
  });
  return [level, tower, product].join(sentenceGap());
}
