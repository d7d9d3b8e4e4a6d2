/**
 * A view as a PNG for slides and handouts: its title, what the numbers are, the
 * chart drawn again at print size, and its "what to notice" sentence. Everything
 * is drawn onto a canvas here (no dependency, nothing leaves the browser).
 */
import { FONT, INK, INK_SOFT, PAPER, font, wrapText, type Draw } from './plot';

export interface PngPage {
  title: string;
  unit: string;
  /** The "what to notice" sentence and its label. */
  notice: string;
  noticeLabel: string;
  draw: Draw;
  /** Chart size in CSS pixels (the PNG is drawn at twice that). */
  width?: number;
  height?: number;
}

const PAD = 28;
const SCALE = 2;

/** Draws the page onto a new canvas. */
export function renderPng({ title, unit, notice, noticeLabel, draw, width = 1100, height = 460 }: PngPage): HTMLCanvasElement {
  const measure = document.createElement('canvas').getContext('2d')!;
  font(measure, 17);
  const noticeLines = wrapText(measure, notice, width - 2 * PAD);
  font(measure, 15);
  const unitLines = wrapText(measure, unit, width - 2 * PAD);
  const head = PAD + 30 + unitLines.length * 20 + 14;
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
  ctx.fillText(title, PAD, PAD);
  font(ctx, 15);
  ctx.fillStyle = INK_SOFT;
  unitLines.forEach((l, i) => ctx.fillText(l, PAD, PAD + 34 + i * 20));
  ctx.save();
  ctx.translate(0, head);
  draw(ctx, width, height);
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
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Revoked later: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, 'image/png');
}
