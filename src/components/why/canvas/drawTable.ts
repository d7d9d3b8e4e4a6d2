/**
 * A table drawn on a canvas, for the PNG of the views whose screen form is a table
 * (per-user lists, offline vs online): a header row, then rows of text, columns
 * sized to fit the page.
 */
import { GRID, INK, INK_SOFT, font, type Draw } from './plot';

export interface CanvasTable {
  columns: string[];
  /** Each cell may hold several lines. */
  rows: string[][][];
  /** Colour of a swatch before each column's header (e.g. the policy's), or null. */
  swatches?: (string | null)[];
}

const LINE = 18;

/** Height a table needs, CSS pixels. */
export function tableHeight(t: CanvasTable): number {
  const rows = t.rows.reduce((s, r) => s + Math.max(1, ...r.map((c) => c.length)) * LINE + 8, 0);
  return 30 + rows + 8;
}

/** Draws the table across the page width (first column narrower when there are many). */
export function drawTable(t: CanvasTable): Draw {
  return (ctx, width) => {
    const pad = 28;
    const n = t.columns.length;
    // The first column (names) as wide as its longest entry, up to a third of the page; the rest share what is left.
    font(ctx, 14, 600);
    const names = [t.columns[0], ...t.rows.map((r) => r[0]?.[0] ?? '')];
    const firstW = Math.min((width - 2 * pad) / 3, Math.max(...names.map((s) => ctx.measureText(s).width)) + 16);
    const unit = (width - 2 * pad - firstW) / Math.max(1, n - 1);
    const colX = (c: number) => pad + (c === 0 ? 0 : firstW + unit * (c - 1));
    const colW = (c: number) => (c === 0 ? firstW : unit) - 10;
    const clip = (text: string, w: number) => {
      if (ctx.measureText(text).width <= w) return text;
      let s = text;
      while (s.length > 1 && ctx.measureText(`${s}…`).width > w) s = s.slice(0, -1);
      return `${s}…`;
    };
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    font(ctx, 14, 700);
    ctx.fillStyle = INK;
    t.columns.forEach((c, i) => {
      const sw = t.swatches?.[i];
      let x = colX(i);
      if (sw) {
        ctx.fillStyle = sw;
        ctx.fillRect(x, 3, 12, 12);
        ctx.fillStyle = INK;
        x += 18;
      }
      ctx.fillText(clip(c, colW(i) - (sw ? 18 : 0)), x, 0);
    });
    let y = 26;
    ctx.strokeStyle = GRID;
    for (const row of t.rows) {
      ctx.beginPath();
      ctx.moveTo(pad, y - 4);
      ctx.lineTo(width - pad, y - 4);
      ctx.stroke();
      const lines = Math.max(1, ...row.map((c) => c.length));
      row.forEach((cell, i) =>
        cell.forEach((text, k) => {
          font(ctx, k === 0 ? 14 : 12, k === 0 ? 600 : 400);
          ctx.fillStyle = k === 0 ? INK : INK_SOFT;
          ctx.fillText(clip(text, colW(i)), colX(i), y + k * LINE);
        }),
      );
      y += lines * LINE + 8;
    }
  };
}
