/**
 * The dial's frontier on a canvas: one point per α (a line through them), the
 * current α ringed, its two ends named, and the oracles marked. Nothing here is
 * recomputed when the dial moves: the points were replayed in the worker.
 */
import { axisOf, drawAxes, font, frameIn, haloText, INK, line, mark, sx, sy, type Draw, type TickFormat } from './canvas/plot';

export interface FrontierPoint {
  x: number;
  y: number;
}

export interface FrontierChart {
  points: FrontierPoint[];
  current: number;
  /** Names of the two ends (α = 0, α = 1). */
  ends: [string, string];
  marks: { x: number; y: number; label: string }[];
  xLabel: string;
  yLabel: string;
  color: string;
  /** Tick labels: the value and the digits after the point its axis needs. */
  format: TickFormat;
}

/** The values' range widened by `share` of itself on both sides. */
function padded(values: number[], share: number): number[] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const room = (hi - lo) * share;
  return [lo - room, hi + room];
}

/** Where the current point lands, CSS pixels, for a chart of this size (tests read it from the DOM). */
export function frontierLayout(c: FrontierChart, width: number, height: number) {
  const f = frameIn(width, height, { top: 16, right: 24, bottom: 48, left: 72 });
  const xs = [...c.points.map((p) => p.x), ...c.marks.map((m) => m.x)];
  const ys = [...c.points.map((p) => p.y), ...c.marks.map((m) => m.y)];
  // Room around the points, so the names beside the ends and marks stay inside the frame.
  const x = axisOf(padded(xs, 0.08), c.xLabel, c.format);
  const y = axisOf(padded(ys, 0.14), c.yLabel, c.format);
  return { f, x, y };
}

export function drawFrontier(c: FrontierChart): Draw {
  return (ctx, width, height) => {
    const { f, x, y } = frontierLayout(c, width, height);
    drawAxes(ctx, f, x, y);
    const px = (p: FrontierPoint) => sx(f, x, p.x);
    const py = (p: FrontierPoint) => sy(f, y, p.y);
    ctx.strokeStyle = c.color;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    c.points.forEach((p, i) => (i ? ctx.lineTo(px(p), py(p)) : ctx.moveTo(px(p), py(p))));
    ctx.stroke();
    ctx.fillStyle = c.color;
    for (const p of c.points) {
      mark(ctx, 'circle', px(p), py(p), 3);
      ctx.fill();
    }
    font(ctx, 13, 600);
    ctx.textBaseline = 'middle';
    // The oracles: green diamonds.
    for (const m of c.marks) {
      ctx.fillStyle = '#009E73';
      mark(ctx, 'diamond', sx(f, x, m.x), sy(f, y, m.y), 7);
      ctx.fill();
      ctx.strokeStyle = INK;
      ctx.lineWidth = 1;
      ctx.stroke();
      // Above the diamond, leaning into the frame.
      const right = sx(f, x, m.x) < f.left + f.width * 0.5;
      ctx.textAlign = right ? 'left' : 'right';
      ctx.textBaseline = 'bottom';
      haloText(ctx, m.label, sx(f, x, m.x) + (right ? -6 : 6), sy(f, y, m.y) - 10);
    }
    // The two ends, named beside them.
    const ends = [c.points[0], c.points[c.points.length - 1]];
    // The two ends, named beside them: α = 0 below its point, α = 1 above, leaning into the frame.
    ends.forEach((p, i) => {
      if (!p) return;
      const right = px(p) < f.left + f.width * 0.5;
      ctx.textAlign = right ? 'left' : 'right';
      ctx.textBaseline = i ? 'bottom' : 'top';
      haloText(ctx, c.ends[i], px(p) + (right ? -4 : 4), py(p) + (i ? -12 : 12));
    });
    // The current point: a thick ring and guide lines to the axes.
    const cur = c.points[c.current];
    if (cur) {
      ctx.save();
      ctx.setLineDash([4, 4]);
      ctx.strokeStyle = INK;
      ctx.lineWidth = 1;
      line(ctx, px(cur), py(cur), px(cur), f.top + f.height);
      line(ctx, px(cur), py(cur), f.left, py(cur));
      ctx.restore();
      ctx.fillStyle = '#ffffff';
      mark(ctx, 'circle', px(cur), py(cur), 9);
      ctx.fill();
      ctx.strokeStyle = INK;
      ctx.lineWidth = 3;
      ctx.stroke();
      ctx.fillStyle = c.color;
      mark(ctx, 'circle', px(cur), py(cur), 5);
      ctx.fill();
    }
  };
}
