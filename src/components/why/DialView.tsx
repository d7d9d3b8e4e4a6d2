/**
 * The objective dial: a slider that blends the two objectives (video: score =
 * pCTR^(1−α) · E[T]^α; shop: ESMM's pCTCVR · price^α, purchases ↔ GMV), and the
 * frontier the blend traces, with the current point and the oracles marked. The
 * frontier was replayed in the worker; moving the dial only looks a point up.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { useWhyT } from './useWhyT';
import { nearestAlphaIndex } from '../../core/insights/dial';
import { dialCsv } from '../../core/insights/insightsCsv';
import type { RunInsights } from '../../core/insights/types';
import { POLICY_COLORS } from '../charts/palette';
import { SrTable } from '../charts/SrTable';
import { CanvasChart } from './canvas/CanvasChart';
import { sx, sy } from './canvas/plot';
import { drawFrontier, frontierLayout, type FrontierChart } from './dialDraw';
import { formatAmount, formatDecimal, formatPercent, formatTimes, tickAmount } from '../format';
import { ViewFrame } from './ViewFrame';
import { policyName } from './names';

const HEIGHT = 340;

/** The dial's two axes, the shown statistics and the marks of either world, as plain series. */
function series(insights: RunInsights) {
  if (insights.world === 'video') {
    const d = insights.dial;
    const oracle = d.marks.find((m) => m.id === 'oracleAdMinutes')!;
    return {
      x: d.per1k.clicks,
      y: d.per1k.adMinutes,
      extra: d.per1k.watchMinutes,
      flagged: d.shown.clickbait,
      size: d.shown.lengthMinutes,
      marks: d.marks.map((m) => ({ id: m.id, x: m.per1k.clicks, y: m.per1k.adMinutes })),
      oracleY: oracle.per1k.adMinutes,
      color: POLICY_COLORS.watchTime,
    };
  }
  const d = insights.dial;
  const oracle = d.marks.find((m) => m.id === 'oracleGmv')!;
  return {
    x: d.per1k.purchases,
    y: d.per1k.gmv,
    extra: d.per1k.clicks,
    flagged: d.shown.eyeCandy,
    size: d.shown.priceYuan,
    marks: d.marks.map((m) => ({ id: m.id, x: m.per1k.purchases, y: m.per1k.gmv })),
    oracleY: oracle.per1k.gmv,
    color: POLICY_COLORS[d.model],
  };
}

export function DialView({ insights, fileStem }: { insights: RunInsights; fileStem: string }) {
  const t = useWhyT();
  const w = insights.world;
  const alphas = insights.dial.alphas;
  // The shop dial starts at the goal the replay ranked for; the video dial at ranking by clicks.
  const [alpha, setAlpha] = useState(insights.world === 'shop' && insights.goal === 'gmv' ? 1 : 0);
  const sliderId = useId();
  const i = nearestAlphaIndex(alphas, alpha);
  const s = useMemo(() => series(insights), [insights]);
  const last = alphas.length - 1;
  // The shop dial blends the ESMM variant that trained: its name, where the words say whose scores.
  const esmm = insights.world === 'shop' ? policyName(insights.dial.model) : '';

  const chart: FrontierChart = useMemo(
    () => ({
      points: alphas.map((_, k) => ({ x: s.x[k], y: s.y[k] })),
      current: i,
      ends: [t(`dial.${w}.end0`, { esmm }), t(`dial.${w}.end1`, { esmm })],
      marks: s.marks.map((m) => ({ x: m.x, y: m.y, label: t(`dial.mark.${m.id}`) })),
      xLabel: t(`dial.${w}.x`),
      yLabel: t(`dial.${w}.y`),
      color: s.color,
      format: tickAmount,
    }),
    [alphas, s, i, t, w, esmm],
  );
  const draw = useCallback((ctx: CanvasRenderingContext2D, width: number, height: number) => drawFrontier(chart)(ctx, width, height), [chart]);
  // The current point's place on a chart of the default width, for tests and assistive tech alike.
  const layout = frontierLayout(chart, 800, HEIGHT);

  const a = formatDecimal(alphas[i], 2);
  const now = {
    alpha: a,
    oneMinus: formatDecimal(1 - alphas[i], 2),
    x: formatAmount(s.x[i], 3),
    y: formatAmount(s.y[i], 3),
    extra: formatAmount(s.extra[i], 3),
    share: formatPercent(s.oracleY > 0 ? s.y[i] / s.oracleY : NaN, 0),
    flagged: formatPercent(s.flagged[i], 0),
    size: formatAmount(s.size[i], 3),
  };
  const gain = s.y[0] > 0 ? s.y[last] / s.y[0] : NaN;
  const loss = s.x[0] > 0 ? 1 - s.x[last] / s.x[0] : NaN;
  const notice =
    s.y[last] > s.y[0]
      ? t(loss <= 0.005 ? `dial.${w}.noticeBoth` : gain >= 1.5 ? `dial.${w}.notice` : `dial.${w}.noticePct`, {
          loss: formatPercent(loss, 0),
          gain: formatTimes(gain),
          gainNum: formatAmount(gain, 2),
          gainPct: formatPercent(gain - 1, 0),
          // "With dearer products" only where the mean price shown did rise.
          dearer: s.size[last] > s.size[0] ? t('dial.shop.dearer') : '',
          ...now,
        })
      : t(`dial.${w}.noticeFlat`, { ...now, y0: formatAmount(s.y[0], 3), y1: formatAmount(s.y[last], 3) });

  return (
    <ViewFrame
      testId="objective-dial"
      title={t('dial.title')}
      unit={t(`dial.${w}.unit`, { esmm })}
      notice={notice}
      fileStem={`${fileStem}-objective-dial`}
      csv={() => dialCsv(insights)}
      png={() => ({ draw, height: 460 })}
      data={{ alpha: alphas[i], x: s.x[i], y: s.y[i] }}
      controls={
        <div className="why-dial">
          <label className="why-field why-dial__field" htmlFor={sliderId}>
            <span className="why-field__label">{t(`dial.${w}.slider`)}</span>
            <input
              id={sliderId}
              type="range"
              min={0}
              max={1}
              step={alphas[1] - alphas[0] || 0.05}
              value={alphas[i]}
              data-testid="objective-dial.slider"
              aria-valuetext={t(`dial.${w}.valueText`, now)}
              onChange={(e) => setAlpha(Number(e.target.value))}
            />
            <span className="why-dial__ends" aria-hidden="true">
              <span>{t(`dial.${w}.left`)}</span>
              <span>{t(`dial.${w}.right`)}</span>
            </span>
          </label>
          <output className="why-dial__readout" htmlFor={sliderId} data-testid="objective-dial.readout" aria-live="polite">
            <strong>{t(`dial.${w}.formula`, now)}</strong>
            <span>{t(`dial.${w}.readout`, now)}</span>
          </output>
        </div>
      }
      srTable={
        <SrTable
          caption={t('dial.srCaption')}
          rowHeader="α"
          columns={[t(`dial.${w}.x`), t(`dial.${w}.y`), t(`dial.${w}.flagged`), t(`dial.${w}.size`)]}
          rows={[
            ...alphas.map((al, k) => ({ label: formatDecimal(al, 2), cells: [formatAmount(s.x[k], 3), formatAmount(s.y[k], 3), formatPercent(s.flagged[k], 0), formatAmount(s.size[k], 3)] })),
            ...s.marks.map((m) => ({ label: t(`dial.mark.${m.id}`), cells: [formatAmount(m.x, 3), formatAmount(m.y, 3), '', ''] })),
          ]}
        />
      }
    >
      <CanvasChart
        draw={draw}
        height={HEIGHT}
        testId="objective-dial.chart"
        data={{ alpha: alphas[i], 'current-x': Math.round(sx(layout.f, layout.x, s.x[i])), 'current-y': Math.round(sy(layout.f, layout.y, s.y[i])) }}
      />
    </ViewFrame>
  );
}
