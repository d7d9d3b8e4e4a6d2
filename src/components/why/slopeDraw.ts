/**
 * Offline against online as a slope chart: each learned model's offline number on
 * the left axis, its business result on the right, a line between. Where lines
 * cross, the better offline model earns less.
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

/** A domain around the values with 10 % room, so the labels do not sit on the frame. */
function pad(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const room = hi > lo ? (hi - lo) * 0.15 : Math.abs(hi) * 0.1 || 1;
  return [lo - room, hi + room];
}

export function drawSlope(c: SlopeChart): Draw {
  return (ctx, width, height) => {
    const top = 34;
    const bottom = height - 16;
    const xl = Math.max(70, width * 0.25);
    const xr = width - Math.max(70, width * 0.25);
    const dl = pad(c.rows.map((r) => r.left));
    const dr = pad(c.rows.map((r) => r.right));
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
      // Values beside the dots; the names are in the legend (colour) and the table.
      font(ctx, 14, 700);
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'right';
      haloText(ctx, c.formatLeft(r.left), xl - 12, yl(r.left), INK);
      ctx.textAlign = 'left';
      haloText(ctx, c.formatRight(r.right), xr + 12, yr(r.right), INK);
    }
    font(ctx, 12);
    ctx.fillStyle = INK_SOFT;
  };
}
