/**
 * A view as a PNG for slides and handouts: its title, what the numbers are, the
 * chart drawn again at print size, and its "what to notice" sentence. Everything
 * is drawn onto a canvas here (no dependency, nothing leaves the browser).
 */
import { FONT, INK, INK_SOFT, PAPER, font, line, mark, wrapText, type Draw } from './plot';
import { downloadBlob } from '../../download';

/** One entry of a PNG's legend: a filled dot, a hollow dot, a line (solid or dashed) or text alone. */
export interface LegendEntry {
  label: string;
  color?: string;
  kind?: 'dot' | 'hollow' | 'line' | 'dashed' | 'text';
}

export interface PngPage {
  title: string;
  unit: string;
  /** The "what to notice" sentence and its label. */
  notice: string;
  noticeLabel: string;
  draw: Draw;
  /** What the colours and marks mean (the screen shows it in HTML beside the canvas). */
  legend?: LegendEntry[];
  /** Chart size in CSS pixels (the PNG is drawn at twice that). */
  width?: number;
  height?: number;
}

const PAD = 28;
const SCALE = 2;

/** Draws the page onto a new canvas. */
/** Lays the legend out in rows across the page; returns each entry's place and the height used. */
function legendLayout(ctx: CanvasRenderingContext2D, legend: readonly LegendEntry[], maxWidth: number) {
  font(ctx, 14);
  const places: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const e of legend) {
    const w = (e.kind === 'text' ? 0 : 30) + ctx.measureText(e.label).width + 22;
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      y += 22;
    }
    places.push({ x, y });
    x += w;
  }
  return { places, height: legend.length ? y + 22 + 8 : 0 };
}

function drawLegend(ctx: CanvasRenderingContext2D, legend: readonly LegendEntry[], places: { x: number; y: number }[], left: number, top: number): void {
  font(ctx, 14);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  legend.forEach((e, i) => {
    const x = left + places[i].x;
    const y = top + places[i].y + 9;
    const color = e.color ?? INK_SOFT;
    if (e.kind === 'line' || e.kind === 'dashed') {
      ctx.save();
      ctx.strokeStyle = color;
      ctx.lineWidth = 3;
      if (e.kind === 'dashed') ctx.setLineDash([6, 4]);
      line(ctx, x, y, x + 22, y);
      ctx.restore();
    } else if (e.kind !== 'text') {
      mark(ctx, 'circle', x + 10, y, 6);
      if (e.kind === 'hollow') {
        ctx.strokeStyle = color;
        ctx.lineWidth = 1.5;
        ctx.stroke();
      } else {
        ctx.fillStyle = color;
        ctx.fill();
      }
    }
    ctx.fillStyle = INK_SOFT;
    ctx.fillText(e.label, x + (e.kind === 'text' ? 0 : 30), y);
  });
}

export function renderPng({ title, unit, notice, noticeLabel, draw, legend = [], width = 1100, height = 460 }: PngPage): HTMLCanvasElement {
  const measure = document.createElement('canvas').getContext('2d')!;
  font(measure, 24, 700);
  const titleLines = wrapText(measure, title, width - 2 * PAD);
  font(measure, 17);
  const noticeLines = wrapText(measure, notice, width - 2 * PAD);
  font(measure, 15);
  const unitLines = wrapText(measure, unit, width - 2 * PAD);
  const titleHeight = titleLines.length * 30;
  const legendBox = legendLayout(measure, legend, width - 2 * PAD);
  const legendTop = PAD + titleHeight + 4 + unitLines.length * 20 + 10;
  const head = legendTop + legendBox.height + 6;
  const foot = 16 + 22 + noticeLines.length * 24 + PAD;
  const total = head + height + foot;
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = total * SCALE;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, total);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  font(ctx, 24, 700);
  titleLines.forEach((l, i) => ctx.fillText(l, PAD, PAD + i * 30));
  font(ctx, 15);
  ctx.fillStyle = INK_SOFT;
  unitLines.forEach((l, i) => ctx.fillText(l, PAD, PAD + titleHeight + 4 + i * 20));
  drawLegend(ctx, legend, legendBox.places, PAD, legendTop);
  // The chart sits inside the page's margins.
  ctx.save();
  ctx.translate(PAD / 2, head);
  draw(ctx, width - PAD, height);
  ctx.restore();
  const y = head + height + 16;
  ctx.fillStyle = '#fff7e0';
  ctx.fillRect(PAD - 10, y - 6, width - 2 * PAD + 20, 22 + noticeLines.length * 24 + 8);
  ctx.fillStyle = '#e69f00';
  ctx.fillRect(PAD - 10, y - 6, 4, 22 + noticeLines.length * 24 + 8);
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#8a5a00';
  ctx.font = `700 13px ${FONT}`;
  ctx.fillText(noticeLabel.toUpperCase(), PAD, y);
  ctx.fillStyle = INK;
  font(ctx, 17);
  noticeLines.forEach((l, i) => ctx.fillText(l, PAD, y + 22 + i * 24));
  return canvas;
}

/** Renders the page and saves it as `fileName` (a .png). */
export function downloadPng(page: PngPage, fileName: string): void {
  renderPng(page).toBlob((blob) => {
    if (blob) downloadBlob(blob, fileName);
  }, 'image/png');
}
