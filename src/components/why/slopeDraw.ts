/**
 * Offline against online as a slope chart: each learned model's offline number on
 * the left axis, its business result on the right (from 0), a line between. Where
 * lines cross, the better offline model earns less; the axes keep small gaps small.
 */
import { font, GRID, haloText, INK, INK_SOFT, line, mark, scale, type Draw } from './canvas/plot';

export interface SlopeRow {
  id: string;
  name: string;
  color: string;
  left: number;
  right: number;
}

export interface SlopeChart {
  rows: SlopeRow[];
  leftTitle: string;
  rightTitle: string;
  formatLeft: (v: number) => string;
  formatRight: (v: number) => string;
}

/** The smallest span of the offline (AUC) axis: a 0.001 spread must not fill the axis and look like a crossing. */
export const MIN_LEFT_SPAN = 0.05;

/**
 * The offline axis: the values with 15 % room, at least `minSpan` wide, centred on
 * the values, so noise-sized gaps stay small on screen.
 */
export function leftDomain(values: number[], minSpan = MIN_LEFT_SPAN): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const mid = (lo + hi) / 2;
  const half = Math.max(((hi - lo) * 1.3) / 2, minSpan / 2);
  return [mid - half, mid + half];
}

/**
 * The business axis starts at 0, as a bar chart would: a 4 % gap then looks like one,
 * not like the whole height of the chart.
 */
export function rightDomain(values: number[]): [number, number] {
  const hi = Math.max(0, ...values);
  return [Math.min(0, ...values), hi > 0 ? hi * 1.1 : 1];
}

/**
 * Label positions for dots at `ys` (px): the same order, at least `gap` apart, kept
 * near their dots, so close values (2.74 and 2.60 on an axis from 0) stay readable.
 */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  // Clusters of labels that would touch, each centred on the dots it labels; merge until none overlap.
  type Cluster = { members: { y: number; i: number }[]; top: number };
  const clusters: Cluster[] = [];
  for (const o of order) {
    clusters.push({ members: [o], top: o.y });
    for (;;) {
      const last = clusters[clusters.length - 1];
      const prev = clusters[clusters.length - 2];
      if (!prev || prev.top + (prev.members.length - 1) * gap + gap <= last.top) break;
      const members = [...prev.members, ...last.members];
      const mean = members.reduce((s, m) => s + m.y, 0) / members.length;
      clusters.splice(-2, 2, { members, top: mean - ((members.length - 1) * gap) / 2 });
    }
  }
  const out = new Array<number>(ys.length);
  for (const c of clusters) c.members.forEach((m, k) => (out[m.i] = c.top + k * gap));
  return out;
}

export function drawSlope(c: SlopeChart): Draw {
  return (ctx, width, height) => {
    const top = 34;
    const bottom = height - 16;
    const xl = Math.max(70, width * 0.25);
    const xr = width - Math.max(70, width * 0.25);
    const dl = leftDomain(c.rows.map((r) => r.left));
    const dr = rightDomain(c.rows.map((r) => r.right));
    const yl = (v: number) => scale(v, dl, bottom, top);
    const yr = (v: number) => scale(v, dr, bottom, top);
    ctx.strokeStyle = GRID;
    ctx.lineWidth = 2;
    line(ctx, xl, top, xl, bottom);
    line(ctx, xr, top, xr, bottom);
    font(ctx, 13, 700);
    ctx.fillStyle = INK;
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'center';
    ctx.fillText(c.leftTitle, xl, top - 12);
    ctx.fillText(c.rightTitle, xr, top - 12);
    for (const r of c.rows) {
      ctx.strokeStyle = r.color;
      ctx.lineWidth = 3;
      line(ctx, xl, yl(r.left), xr, yr(r.right));
      ctx.fillStyle = r.color;
      mark(ctx, 'circle', xl, yl(r.left), 6);
      ctx.fill();
      mark(ctx, 'circle', xr, yr(r.right), 6);
      ctx.fill();
    }
    // Values beside the dots, in the dot's colour, never on top of each other; the names are in the legend and the table.
    const labelsLeft = spreadLabels(c.rows.map((r) => yl(r.left)), 18);
    const labelsRight = spreadLabels(c.rows.map((r) => yr(r.right)), 18);
    font(ctx, 14, 700);
    ctx.textBaseline = 'middle';
    c.rows.forEach((r, k) => {
      ctx.textAlign = 'right';
      haloText(ctx, c.formatLeft(r.left), xl - 12, labelsLeft[k], r.color);
      ctx.textAlign = 'left';
      haloText(ctx, c.formatRight(r.right), xr + 12, labelsRight[k], r.color);
    });
    font(ctx, 12);
    ctx.fillStyle = INK_SOFT;
  };
}
