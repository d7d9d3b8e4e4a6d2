/**
 * The dial's frontier on a canvas: one point per α (a line through them), the
 * current α ringed, its two ends named, and the oracles marked, each name beside
 * its own mark and clear of the others. Nothing here is recomputed when the dial
 * moves: the points were replayed in the worker.
 */
import { boxAround, placeLabels, type Rect } from './canvas/labelPlace';
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

/** Both axes count things per 1,000 impressions (clicks, ad minutes, purchases, GMV): none goes below 0. */
const NON_NEGATIVE: [number, number] = [0, Infinity];

/** Where the current point lands, CSS pixels, for a chart of this size (tests read it from the DOM). */
export function frontierLayout(c: FrontierChart, width: number, height: number) {
  const f = frameIn(width, height, { top: 16, right: 24, bottom: 48, left: 72 });
  const xs = [...c.points.map((p) => p.x), ...c.marks.map((m) => m.x)];
  const ys = [...c.points.map((p) => p.y), ...c.marks.map((m) => m.y)];
  // Some room around the points for the names beside the ends and marks, never below zero.
  const x = axisOf(padded(xs, 0.08), c.xLabel, c.format, NON_NEGATIVE);
  const y = axisOf(padded(ys, 0.14), c.yLabel, c.format, NON_NEGATIVE);
  return { f, x, y };
}

/** Label text size, CSS pixels. */
const LABEL_PX = 13;

/** A placed name: its text and box (the text is drawn from the box's top-left, inside its halo). */
export interface PlacedName {
  text: string;
  box: Rect;
}

/**
 * Where the oracles' and the ends' names go on a chart of this size: each beside
 * its own mark, clear of every point, diamond, the line and each other, inside the
 * chart (see `placeLabels`).
 * @param measure the width of a text at the labels' font, CSS pixels
 */
export function frontierNames(c: FrontierChart, width: number, height: number, measure: (text: string) => number): PlacedName[] {
  const { f, x, y } = frontierLayout(c, width, height);
  const at = (p: FrontierPoint) => ({ x: sx(f, x, p.x), y: sy(f, y, p.y) });
  const pts = c.points.map(at);
  const obstacles: Rect[] = [];
  // Every point may carry the current ring (radius 9), so names never move when the dial does.
  for (const p of pts) obstacles.push(boxAround(p.x, p.y, 10));
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 6);
    for (let k = 1; k < steps; k++) obstacles.push(boxAround(a.x + ((b.x - a.x) * k) / steps, a.y + ((b.y - a.y) * k) / steps, 3));
  }
  const diamonds = c.marks.map(at);
  for (const d of diamonds) obstacles.push(boxAround(d.x, d.y, 10));
  const ends = [pts[0], pts[pts.length - 1]];
  const texts = [...c.marks.map((m) => m.label), ...(ends[0] ? c.ends : [])];
  const anchors = [...diamonds, ...(ends[0] ? ends : [])];
  const requests = texts.map((text, i) => ({ w: measure(text) + 6, h: LABEL_PX + 5, anchor: anchors[i], gap: 12 }));
  const bounds = { x: f.left + 2, y: 0, w: width - f.left - 4, h: f.top + f.height - 2 };
  return placeLabels(requests, obstacles, bounds).map((box, i) => ({ text: texts[i], box }));
}

export function drawFrontier(c: FrontierChart): Draw {
  return (ctx, width, height) => {
    const { f, x, y } = frontierLayout(c, width, height);
    drawAxes(ctx, f, x, y);
    const px = (p: FrontierPoint) => sx(f, x, p.x);
    const py = (p: FrontierPoint) => sy(f, y, p.y);
    // The current point's guide lines to the axes, under everything else.
    const cur = c.points[c.current];
    if (cur) {
      ctx.save();
      ctx.setLineDash([4, 4]);
      ctx.strokeStyle = INK;
      ctx.lineWidth = 1;
      line(ctx, px(cur), py(cur), px(cur), f.top + f.height);
      line(ctx, px(cur), py(cur), f.left, py(cur));
      ctx.restore();
    }
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
    // The oracles: green diamonds.
    for (const m of c.marks) {
      ctx.fillStyle = '#009E73';
      mark(ctx, 'diamond', sx(f, x, m.x), sy(f, y, m.y), 7);
      ctx.fill();
      ctx.strokeStyle = INK;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    // The oracles' and the ends' names, each beside its own mark and clear of the others.
    font(ctx, LABEL_PX, 600);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    for (const n of frontierNames(c, width, height, (t) => ctx.measureText(t).width)) haloText(ctx, n.text, n.box.x + 3, n.box.y + 2);
    // The current point: a thick ring.
    if (cur) {
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
