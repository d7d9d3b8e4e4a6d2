/**
 * A calibration (reliability) panel: mean prediction across, mean truth up, one
 * line per series, the diagonal where prediction equals truth. Both axes share
 * one range so the diagonal sits at 45°.
 */
import type { CalibrationBin } from '../../core/insights/types';
import { axisOf, drawAxes, frameIn, INK_SOFT, line, mark, sx, sy, type Draw, type Shape, type TickFormat } from './canvas/plot';

export interface CalibrationSeries {
  bins: CalibrationBin[];
  /** Which true value to plot: `meanTrue`, or `meanTrueAlt` (video: E[T]/(1−P)). */
  truth: 'meanTrue' | 'meanTrueAlt';
  color: string;
  shape: Shape;
  dashed?: boolean;
}

export interface CalibrationPanel {
  series: CalibrationSeries[];
  xLabel: string;
  yLabel: string;
  /** Tick labels: the value and the digits after the point its axis needs. */
  format: TickFormat;
}

const valueOf = (b: CalibrationBin, s: CalibrationSeries) => (s.truth === 'meanTrueAlt' ? (b.meanTrueAlt ?? NaN) : b.meanTrue);

export function drawCalibration(p: CalibrationPanel): Draw {
  return (ctx, width, height) => {
    const f = frameIn(width, height, { top: 10, right: 14, bottom: 46, left: 62 });
    const values = p.series.flatMap((s) => s.bins.flatMap((b) => [b.meanPredicted, valueOf(b, s)]));
    const x = axisOf([0, ...values], p.xLabel, p.format, [0, Infinity], 4);
    const y = { ...x, label: p.yLabel };
    drawAxes(ctx, f, x, y);
    ctx.save();
    ctx.setLineDash([6, 5]);
    ctx.strokeStyle = INK_SOFT;
    ctx.lineWidth = 1.5;
    line(ctx, sx(f, x, x.domain[0]), sy(f, y, y.domain[0]), sx(f, x, x.domain[1]), sy(f, y, y.domain[1]));
    ctx.restore();
    for (const s of p.series) {
      const pts = s.bins.map((b) => ({ x: sx(f, x, b.meanPredicted), y: sy(f, y, valueOf(b, s)) })).filter((q) => Number.isFinite(q.y));
      ctx.save();
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 2.5;
      if (s.dashed) ctx.setLineDash([7, 4]);
      ctx.beginPath();
      pts.forEach((q, i) => (i ? ctx.lineTo(q.x, q.y) : ctx.moveTo(q.x, q.y)));
      ctx.stroke();
      ctx.restore();
      for (const q of pts) {
        ctx.fillStyle = '#ffffff';
        mark(ctx, s.shape, q.x, q.y, 5);
        ctx.fill();
        ctx.strokeStyle = s.color;
        ctx.lineWidth = 2;
        ctx.stroke();
      }
    }
  };
}
