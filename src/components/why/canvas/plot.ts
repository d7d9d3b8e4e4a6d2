/**
 * A few canvas drawing helpers shared by the "See why" charts: linear scales, axes
 * with round ticks, text and marks. Canvas rather than SVG or recharts: the item
 * map draws thousands of points, and a canvas redraw stays a few milliseconds.
 * Colours are the app's (CSS variables cannot reach a canvas), data colours Okabe–Ito.
 */
import { niceAxis } from '../../charts/niceAxis';
import { tickLabelCenter } from './labelPlace';

export const INK = '#1d2330';
export const INK_SOFT = '#4a5263';
export const GRID = '#e3e6ec';
export const PAPER = '#ffffff';
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans CJK SC', 'Liberation Sans', sans-serif";

/** Draws a chart into a box of width × height CSS pixels (the context is already scaled for the screen). */
export type Draw = (ctx: CanvasRenderingContext2D, width: number, height: number) => void;

export interface Axis {
  domain: [number, number];
  ticks: number[];
  /** Formats a tick (locale-aware). */
  format: (v: number) => string;
  /** Axis title with its unit. */
  label: string;
}

/**
 * Formats a tick given the digits after the point every tick of its axis needs, so
 * that one axis reads alike ("0.0 %, 0.5 %, 1.0 %" or "0, 50, 100", never "0.0 %" beside "10 %").
 */
export type TickFormat = (v: number, decimals: number) => string;

/** Round ticks around the values, formatted by `format` with the axis's one number of decimals. */
export function axisOf(values: number[], label: string, format: TickFormat, clamp?: [number, number], ticks = 5): Axis {
  const a = niceAxis(values, ticks, clamp);
  return { domain: a.domain, ticks: a.ticks, format: (v) => format(v, a.tickDecimals), label };
}

export interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
  /** The whole box the frame sits in (the canvas), CSS pixels: labels stay inside it. */
  boxWidth: number;
  boxHeight: number;
}

/** A plot frame inside a box, leaving room for the axes' ticks and titles. */
export function frameIn(width: number, height: number, margin = { top: 12, right: 16, bottom: 46, left: 64 }): Frame {
  return { left: margin.left, top: margin.top, width: Math.max(40, width - margin.left - margin.right), height: Math.max(40, height - margin.top - margin.bottom), boxWidth: width, boxHeight: height };
}

/** Maps a value of the domain onto [a, b]; a flat domain maps to the middle. */
export function scale(v: number, domain: readonly [number, number], a: number, b: number): number {
  const span = domain[1] - domain[0];
  if (!(span > 0)) return (a + b) / 2;
  return a + ((v - domain[0]) / span) * (b - a);
}

export const sx = (f: Frame, x: Axis, v: number) => scale(v, x.domain, f.left, f.left + f.width);
export const sy = (f: Frame, y: Axis, v: number) => scale(v, y.domain, f.top + f.height, f.top);

export function font(ctx: CanvasRenderingContext2D, px: number, weight = 400): void {
  ctx.font = `${weight} ${px}px ${FONT}`;
}

/** Grid lines, tick labels and axis titles of a frame. */
export function drawAxes(ctx: CanvasRenderingContext2D, f: Frame, x: Axis, y: Axis): void {
  ctx.save();
  ctx.lineWidth = 1;
  font(ctx, 13);
  ctx.fillStyle = INK_SOFT;
  ctx.setLineDash([3, 3]);
  ctx.strokeStyle = GRID;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of y.ticks) {
    const py = sy(f, y, t);
    line(ctx, f.left, py, f.left + f.width, py);
    ctx.fillText(y.format(t), f.left - 6, py);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of x.ticks) {
    const px = sx(f, x, t);
    line(ctx, px, f.top, px, f.top + f.height);
    // The last tick's label ("30 %", "10.0") would be cut in half at the canvas edge: it moves in.
    const text = x.format(t);
    ctx.fillText(text, tickLabelCenter(px, ctx.measureText(text).width, f.boxWidth), f.top + f.height + 6);
  }
  ctx.setLineDash([]);
  ctx.strokeStyle = INK_SOFT;
  line(ctx, f.left, f.top + f.height, f.left + f.width, f.top + f.height);
  line(ctx, f.left, f.top, f.left, f.top + f.height);
  font(ctx, 13, 600);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'bottom';
  ctx.fillText(x.label, f.left + f.width / 2, f.top + f.height + 44);
  ctx.save();
  ctx.translate(14, f.top + f.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = 'middle';
  ctx.fillText(y.label, 0, 0);
  ctx.restore();
  ctx.restore();
}

export function line(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number): void {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

/** A mark of a shape that stays readable without colour (circle, square, diamond, triangle). */
export type Shape = 'circle' | 'square' | 'diamond' | 'triangle';

export function mark(ctx: CanvasRenderingContext2D, shape: Shape, x: number, y: number, r: number): void {
  ctx.beginPath();
  if (shape === 'circle') ctx.arc(x, y, r, 0, Math.PI * 2);
  else if (shape === 'square') ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
  else if (shape === 'diamond') {
    ctx.moveTo(x, y - r * 1.2);
    ctx.lineTo(x + r * 1.2, y);
    ctx.lineTo(x, y + r * 1.2);
    ctx.lineTo(x - r * 1.2, y);
    ctx.closePath();
  } else {
    ctx.moveTo(x, y - r * 1.2);
    ctx.lineTo(x + r * 1.1, y + r * 0.8);
    ctx.lineTo(x - r * 1.1, y + r * 0.8);
    ctx.closePath();
  }
}

/** Text with a white halo, readable over points and lines. */
export function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, color = INK): void {
  ctx.save();
  ctx.lineWidth = 4;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.lineJoin = 'round';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
  ctx.restore();
}

/** Characters no line may start with (closing brackets, quotes and punctuation, CJK and Latin). */
const NO_LINE_START = new Set([...'）】」』》〉，。、；：！？”’)]},.;:!?%…']);
/** Characters no line may end with (opening brackets and quotes). */
const NO_LINE_END = new Set([...'（【「『《〈“‘([{']);

/**
 * Breaks text into lines of at most `maxWidth` px: Latin at spaces, Chinese between
 * characters, and never a line that starts with closing punctuation ("）", "，") or
 * ends with an opening one ("（"): such a character stays with its neighbour, the
 * way Chinese typesetting keeps it (a line may then run a character long).
 */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  return wrapWith((t) => ctx.measureText(t).width, text, maxWidth);
}

/** `wrapText` with any measure of a text's width (pure: tests pass their own). */
export function wrapWith(measure: (text: string) => number, text: string, maxWidth: number): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uFF00-\uFFEF]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    const next = current + token;
    const fits = measure(next.trimEnd()) <= maxWidth;
    if (!current || fits || NO_LINE_START.has(token.trimStart().charAt(0))) {
      current = next;
      continue;
    }
    // An opening bracket at the end of the line moves down with what it opens.
    let carry = '';
    while (current.length > 1 && NO_LINE_END.has(current.trimEnd().at(-1) ?? '')) {
      const trimmed = current.trimEnd();
      carry = trimmed.at(-1) + carry;
      current = trimmed.slice(0, -1);
    }
    lines.push(current.trimEnd());
    current = carry + token.trimStart();
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}
