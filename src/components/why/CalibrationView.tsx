/**
 * Calibration: each model's mean prediction against the truth, in equal-count
 * bins of held-out impressions. Video: pCTR against P(click), and the watch-time
 * model's e^logit against E[T] and E[T]/(1−P), the 1/(1−P) inflation made visible.
 * Shop: pCTR, both CVR models on clicked and on unclicked impressions, and both
 * pCTCVRs (what the ranking multiplies out) over every impression.
 */
import { useCallback } from 'react';
import { useWhyT } from './useWhyT';
import { calibrationCsv } from '../../core/insights/insightsCsv';
import type { CalibrationBin, RunInsights } from '../../core/insights/types';
import { OKABE_ITO, POLICY_COLORS, TRUTH_COLOR } from '../charts/palette';
import { SrTable } from '../charts/SrTable';
import { CanvasChart } from './canvas/CanvasChart';
import { font, wrapText, type Draw } from './canvas/plot';
import { drawCalibration, type CalibrationPanel, type CalibrationSeries } from './calibrationDraw';
import { formatAmount, formatCount, formatProbability, tickAmount, tickPercent } from '../format';
import type { ReplayResult } from '../../worker/protocol';
import { shopCalibrationNotice, videoCalibrationNotice } from './calibrationNotice';
import { ViewFrame } from './ViewFrame';

interface Panel {
  id: string;
  title: string;
  panel: CalibrationPanel;
  legend: { label: string; color: string; dashed?: boolean }[];
  /** Screen-reader rows: one per series and bin. */
  sr: { label: string; cells: string[] }[];
}


function srRows(label: string, bins: CalibrationBin[], fmt: (v: number) => string, alt = false) {
  return bins.map((b, k) => ({ label: `${label} ${k + 1}`, cells: [formatCount(b.count), fmt(b.meanPredicted), fmt(alt ? (b.meanTrueAlt ?? NaN) : b.meanTrue)] }));
}

function PanelChart({ p }: { p: Panel }) {
  const draw = useCallback((ctx: CanvasRenderingContext2D, w: number, h: number) => drawCalibration(p.panel)(ctx, w, h), [p.panel]);
  return (
    <div className="why-panel" data-testid={`calibration.${p.id}`}>
      <div className="why-panel__title">{p.title}</div>
      <ul className="why-legend" aria-hidden="true">
        {p.legend.map((l) => (
          <li key={l.label}>
            <span className={`why-legend__line${l.dashed ? ' why-legend__line--dashed' : ''}`} style={{ borderColor: l.color }} />
            {l.label}
          </li>
        ))}
      </ul>
      <CanvasChart draw={draw} height={270} />
    </div>
  );
}

export function CalibrationView({ insights, result, fileStem }: { insights: RunInsights; result: ReplayResult; fileStem: string }) {
  const t = useWhyT();
  const tr = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const w = insights.world;
  const diagonal = { label: t('cal.diagonal'), color: '#4a5263', dashed: true };
  const ctrSeries: CalibrationSeries = { bins: insights.calibration.pCtr, truth: 'meanTrue', color: POLICY_COLORS.ctr, shape: 'circle' };
  const panels: Panel[] = [
    {
      id: 'pctr',
      title: t('cal.pctr.title'),
      panel: { series: [ctrSeries], xLabel: t('cal.pctr.x'), yLabel: t('cal.pctr.y'), format: tickPercent },
      legend: [{ label: t('cal.pctr.series'), color: POLICY_COLORS.ctr }, diagonal],
      sr: srRows(t('cal.bin'), insights.calibration.pCtr, formatProbability),
    },
  ];
  let notice: string;
  if (insights.world === 'video') {
    const bins = insights.calibration.watch;
    panels.push({
      id: 'watch',
      title: t('cal.watch.title'),
      panel: {
        series: [
          { bins, truth: 'meanTrue', color: TRUTH_COLOR, shape: 'circle' },
          { bins, truth: 'meanTrueAlt', color: OKABE_ITO.orange, shape: 'square', dashed: true },
        ],
        xLabel: t('cal.watch.x'),
        yLabel: t('cal.watch.y'),
        format: tickAmount,
      },
      legend: [{ label: t('cal.watch.truth'), color: TRUTH_COLOR }, { label: t('cal.watch.alt'), color: OKABE_ITO.orange, dashed: true }, diagonal],
      sr: [...srRows(t('cal.watch.truthShort'), bins, (v) => formatAmount(v, 3)), ...srRows(t('cal.watch.altShort'), bins, (v) => formatAmount(v, 3), true)],
    });
    notice = videoCalibrationNotice(insights.calibration, tr);
  } else {
    const cvr = insights.calibration.cvr;
    const part = (model: string, space: string) => cvr.find((c) => c.model === model && c.space === space)?.bins ?? [];
    const esmm = cvr.find((c) => c.model !== 'ctrXcvr')?.model ?? 'esmm';
    for (const space of ['clicked', 'unclicked'] as const) {
      const base = part('ctrXcvr', space);
      const e = part(esmm, space);
      panels.push({
        id: `cvr-${space}`,
        title: t(`cal.cvr.${space}`),
        panel: {
          series: [
            { bins: base, truth: 'meanTrue', color: POLICY_COLORS.ctrXcvr, shape: 'square' },
            { bins: e, truth: 'meanTrue', color: POLICY_COLORS[esmm], shape: 'circle' },
          ],
          xLabel: t('cal.cvr.x'),
          yLabel: t('cal.cvr.y'),
          format: tickPercent,
        },
        legend: [{ label: t('cal.cvr.base'), color: POLICY_COLORS.ctrXcvr }, { label: t(`cal.cvr.${esmm}`), color: POLICY_COLORS[esmm] }, diagonal],
        sr: [...srRows(t('cal.cvr.base'), base, formatProbability), ...srRows(t(`cal.cvr.${esmm}`), e, formatProbability)],
      });
    }
    // What the ranking uses: the product pCTR × pCVR, over every impression.
    const product = (model: string) => insights.calibration.ctcvr.find((c) => c.model === model)?.bins ?? [];
    panels.push({
      id: 'ctcvr',
      title: t('cal.ctcvr.title'),
      panel: {
        series: [
          { bins: product('ctrXcvr'), truth: 'meanTrue', color: POLICY_COLORS.ctrXcvr, shape: 'square' },
          { bins: product(esmm), truth: 'meanTrue', color: POLICY_COLORS[esmm], shape: 'circle' },
        ],
        xLabel: t('cal.ctcvr.x'),
        yLabel: t('cal.ctcvr.y'),
        format: tickPercent,
      },
      legend: [{ label: t('cal.ctcvr.base'), color: POLICY_COLORS.ctrXcvr }, { label: t(`cal.ctcvr.${esmm}`), color: POLICY_COLORS[esmm] }, diagonal],
      sr: [...srRows(t('cal.ctcvr.base'), product('ctrXcvr'), formatProbability), ...srRows(t(`cal.ctcvr.${esmm}`), product(esmm), formatProbability)],
    });
    notice = result.world === 'shop' ? shopCalibrationNotice(insights.calibration, result, tr) : '';
  }

  const pngDraw: Draw = (ctx, width, height) => {
    const gap = 24;
    const each = (width - gap * (panels.length - 1)) / panels.length;
    panels.forEach((p, k) => {
      ctx.save();
      ctx.translate(k * (each + gap), 0);
      font(ctx, 15, 700);
      ctx.fillStyle = '#1d2330';
      ctx.textBaseline = 'top';
      ctx.textAlign = 'left';
      const lines = wrapText(ctx, p.title, each - 40).slice(0, 2);
      lines.forEach((l, i) => ctx.fillText(l, 28, i * 19));
      ctx.translate(0, 44);
      drawCalibration(p.panel)(ctx, each, height - 44);
      ctx.restore();
    });
  };

  return (
    <ViewFrame
      testId="calibration"
      title={t('cal.title')}
      unit={t(`cal.${w}.unit`)}
      notice={notice}
      fileStem={`${fileStem}-calibration`}
      csv={() => calibrationCsv(insights)}
      png={() => ({
        draw: pngDraw,
        height: 440,
        width: panels.length * 430,
        // Every panel's legend once: the series are named alike across panels.
        legend: [...new Map(panels.flatMap((p) => p.legend).map((l) => [l.label, { label: l.label, color: l.color, kind: l.dashed ? ('dashed' as const) : ('line' as const) }])).values()],
      })}
      data={{ panels: panels.length, bins: insights.calibration.pCtr.length }}
      srTable={panels.map((p) => (
        <SrTable key={p.id} caption={p.title} rowHeader={t('cal.bin')} columns={[t('cal.col.count'), t('cal.col.predicted'), t('cal.col.true')]} rows={p.sr} />
      ))}
    >
      <div className={`why-panels why-panels--${panels.length}`}>
        {panels.map((p) => (
          <PanelChart key={p.id} p={p} />
        ))}
      </div>
    </ViewFrame>
  );
}
