/**
 * The business metrics as a chart (PNG) for a slide: the business goal per policy
 * with its 95 % interval as bars. One button in Step 3's export group, beside
 * "Export results (JSON / CSV)": the CSV of these numbers is that group's CSV, so
 * there is no second, identical one here.
 */
import { useWhyT } from './useWhyT';
import type { ReplayResult } from '../../worker/protocol';
import { useBusinessExport } from '../../store/whySelectors';
import { intervalOf, orderedPolicies, type AnyPolicyResult, type IntervalMetric } from '../charts/policies';
import { axisOf, drawAxes, font, frameIn, haloText, INK, line, sy, type Draw } from './canvas/plot';
import { downloadPng } from './canvas/exportPng';
import { policyColor, policyName } from './names';
import { formatAmount, formatPercent, tickAmount } from '../format';
import { differenceOf, excludesZero } from '../../core/replay/differences';
import { differenceFacts } from '../differenceText';

/** The business metric of a result: ad minutes, or the shop's goal. */
export function businessMetric(result: ReplayResult): { metric: IntervalMetric; key: 'adMinutes' | 'purchases' | 'gmv' } {
  if (result.world === 'video') return { metric: 'adMinutesPer1k', key: 'adMinutes' };
  return result.goal === 'gmv' ? { metric: 'gmvPer1k', key: 'gmv' } : { metric: 'purchasesPer1k', key: 'purchases' };
}

/** The bars; the unit is in the page's subtitle, so the axis carries no title. */
function drawBars(result: ReplayResult, names: (id: string) => string): Draw {
  const { metric } = businessMetric(result);
  const rows = orderedPolicies(result).map((p) => ({ id: p.id, i: intervalOf(p, metric)! }));
  return (ctx, width, height) => {
    const f = frameIn(width, height, { top: 24, right: 16, bottom: 46, left: 72 });
    const y = axisOf([0, ...rows.map((r) => r.i.high)], '', tickAmount, [0, Infinity]);
    const x = { domain: [0, rows.length] as [number, number], ticks: [], format: () => '', label: '' };
    drawAxes(ctx, f, x, y);
    const band = f.width / rows.length;
    rows.forEach((r, k) => {
      const cx = f.left + band * (k + 0.5);
      const top = sy(f, y, r.i.mean);
      ctx.fillStyle = policyColor(r.id);
      ctx.fillRect(cx - band * 0.3, top, band * 0.6, f.top + f.height - top);
      ctx.strokeStyle = INK;
      ctx.lineWidth = 2;
      line(ctx, cx, sy(f, y, r.i.low), cx, sy(f, y, r.i.high));
      line(ctx, cx - 6, sy(f, y, r.i.high), cx + 6, sy(f, y, r.i.high));
      line(ctx, cx - 6, sy(f, y, r.i.low), cx + 6, sy(f, y, r.i.low));
      font(ctx, 14, 700);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      haloText(ctx, formatAmount(r.i.mean), cx, sy(f, y, r.i.high) - 4);
      font(ctx, 13, 600);
      ctx.textBaseline = 'top';
      ctx.fillStyle = INK;
      ctx.fillText(names(r.id), cx, f.top + f.height + 8, band - 6);
    });
  };
}

/**
 * Which learned model earns the most of the goal, said no more strongly than the
 * numbers allow: nothing where none earns anything, and "cannot tell apart" where the
 * 95 % interval of the paired difference between the leader and the runner-up (the
 * same users served by both) includes 0.
 * @param result the replay, for its paired differences
 * @param learned the policies to rank (the learned models)
 */
export function businessNotice(
  result: Pick<ReplayResult, 'policies' | 'differences'>,
  learned: readonly AnyPolicyResult[],
  metric: IntervalMetric,
  key: 'adMinutes' | 'purchases' | 'gmv',
  t: (k: string, p?: Record<string, unknown>) => string,
): string {
  const ranked = learned.map((p) => ({ p, i: intervalOf(p, metric) })).filter((r) => r.i !== undefined).sort((a, b) => b.i!.mean - a.i!.mean);
  const business = t(`offline.business.${key}`);
  if (!ranked.length) return '';
  const [best, second] = ranked;
  if (!(best.i!.mean > 0)) return t('business.none', { business });
  const facts = { policy: policyName(best.p.id), value: formatAmount(best.i!.mean), business, share: formatPercent(best.p.online.shareOfOracle, 0) };
  const d = second ? differenceOf(result, best.p.id, second.p.id, metric) : undefined;
  if (!d) return t('business.notice', facts);
  const gap = { other: policyName(second.p.id), otherValue: formatAmount(second.i!.mean), ...differenceFacts(d) };
  return t(excludesZero(d) ? 'business.noticeApart' : 'business.noticeWithinCi', { ...facts, ...gap });
}

/**
 * The "Export chart (PNG)" button.
 * @param available false while the results are out of date or being replaced (the button is then disabled)
 */
export function BusinessExport({ available }: { available: boolean }) {
  const t = useWhyT();
  const { result, report, scenarioId } = useBusinessExport();
  const title = t('business.title');
  const ready = available && result !== null;
  const download = () => {
    if (!result) return;
    const { key, metric } = businessMetric(result);
    const stem = `objective-lab-${report?.scenario ?? scenarioId}-seed${report?.seed ?? ''}-business-metrics`;
    const learned = result.policies.filter((p) => p.id !== 'random' && p.id !== 'oracle');
    const unit = t(`business.unit.${key}`);
    const notice = businessNotice(result, learned, metric, key, t as unknown as (k: string, p?: Record<string, unknown>) => string);
    downloadPng({ title, unit, notice, noticeLabel: t('notice'), draw: drawBars(result, (id) => policyName(id)), height: 420 }, `${stem}.png`);
  };
  return (
    <button type="button" className="button" data-testid="business-metrics.png" onClick={download} disabled={!ready}>
      {t('business.png')}
      {/* The visible words start the accessible name (axe: label-content-name-mismatch). */}
      <span className="visually-hidden">: {title}</span>
    </button>
  );
}
