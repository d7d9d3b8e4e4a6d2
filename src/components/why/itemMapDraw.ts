/**
 * The item map on a canvas: every item a point, the chosen policy's top-K items
 * filled in its colour (darker where more users saw it), the rest hollow grey.
 * Points are batched into a few paths (one per shade), so 5,000 items draw in a
 * few milliseconds and switching the policy never blocks the page.
 */
import type { ItemMap, ItemMapPolicy } from '../../core/insights/types';
import { boxAround, placeInRegion, type Rect } from './canvas/labelPlace';
import { axisOf, drawAxes, frameIn, haloText, font, INK_SOFT, sx, sy, wrapWith, type Axis, type Draw, type TickFormat } from './canvas/plot';

export interface ItemMapLabels {
  world: 'video' | 'shop';
  x: string;
  y: string;
  /** Video: the two rows' names (not clickbait, clickbait); shop: the eye-candy corner's name. */
  rows: [string, string];
  corner: string;
  /** Tick labels: the value and the digits after the point its axis needs. */
  format: TickFormat;
}

/** A stable pseudo-random offset in [−0.5, 0.5) per item id: spreads the video rows without randomness. */
export function jitter(id: number): number {
  let h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296 - 0.5;
}

const SHADES = 4;

/** The map's axes: video quality × clickbait rows; shop appeal × value. */
function axes(map: ItemMap<string>, l: ItemMapLabels): { x: Axis; y: Axis } {
  const xs = Array.from(map.x);
  const x = axisOf([Math.min(...xs), Math.max(...xs)], l.x, l.format, [-6, 6]);
  if (l.world === 'video') {
    // The rows name themselves; an axis title would collide with their long labels.
    const y: Axis = { domain: [-0.6, 1.6], ticks: [0, 1], format: (v) => (v === 1 ? l.rows[1] : l.rows[0]), label: '' };
    return { x, y };
  }
  const ys = Array.from(map.y);
  return { x, y: axisOf([Math.min(...ys), Math.max(...ys)], l.y, l.format, [-6, 6]) };
}

/** The map's frame, axes and where each item lands (centre and radius, CSS pixels) on a canvas of this size. */
export function itemMapLayout(map: ItemMap<string>, l: ItemMapLabels, width: number, height: number) {
  const f = frameIn(width, height, { top: 12, right: 16, bottom: 46, left: l.world === 'video' ? 104 : 64 });
  const { x, y } = axes(map, l);
  let maxSize = 0;
  for (let i = 0; i < map.size.length; i++) maxSize = Math.max(maxSize, map.size[i]);
  const px = (i: number) => sx(f, x, map.x[i]);
  const py = (i: number) => (l.world === 'video' ? sy(f, y, map.y[i] + 0.76 * jitter(map.itemIds[i])) : sy(f, y, map.y[i]));
  const radius = (i: number) => 2 + 6 * Math.sqrt(maxSize > 0 ? map.size[i] / maxSize : 0.5);
  return { f, x, y, px, py, radius };
}

/** Corner label text size, CSS pixels. */
const CORNER_PX = 13;

/** Corner label line height, CSS pixels. */
const CORNER_LINE = CORNER_PX + 4;

/**
 * The shop's eye-candy corner (appeal above average, value below: right of x = 0,
 * below y = 0) and its name: in lines that fit the corner's width, on a spot inside
 * the corner that no item covers where there is one (else the least covered).
 * @param measure a text's width at the label font, CSS pixels
 */
export function cornerLabel(layout: ReturnType<typeof itemMapLayout>, map: ItemMap<string>, text: string, measure: (text: string) => number): { corner: Rect; box: Rect; lines: string[] } {
  const { f, x, y, px, py, radius } = layout;
  const x0 = Math.min(Math.max(sx(f, x, 0), f.left), f.left + f.width);
  const y0 = Math.min(Math.max(sy(f, y, 0), f.top), f.top + f.height);
  const corner = { x: x0, y: y0, w: f.left + f.width - x0, h: f.top + f.height - y0 };
  const lines = wrapWith(measure, text, Math.max(40, corner.w - 14));
  const items: Rect[] = [];
  for (let i = 0; i < map.x.length; i++) items.push(boxAround(px(i), py(i), radius(i) + 1));
  const w = Math.max(...lines.map(measure)) + 6;
  return { corner, lines, box: placeInRegion(w, lines.length * CORNER_LINE + 2, corner, items, 6) };
}

/**
 * The drawing of one policy's highlight.
 * @param color the policy's colour
 */
export function drawItemMap(map: ItemMap<string>, policy: ItemMapPolicy<string>, color: string, l: ItemMapLabels): Draw {
  return (ctx, width, height) => {
    const layout = itemMapLayout(map, l, width, height);
    const { f, x, y, px, py, radius } = layout;
    drawAxes(ctx, f, x, y);
    font(ctx, CORNER_PX, 700);
    const corner = l.world === 'shop' ? cornerLabel(layout, map, l.corner, (t) => ctx.measureText(t).width) : null;
    if (corner) {
      // The eye-candy corner: appeal above average, value below.
      ctx.fillStyle = 'rgba(230, 159, 0, 0.12)';
      ctx.fillRect(corner.corner.x, corner.corner.y, corner.corner.w, corner.corner.h);
    }
    let maxCount = 1;
    for (let i = 0; i < policy.counts.length; i++) maxCount = Math.max(maxCount, policy.counts[i]);

    ctx.save();
    ctx.beginPath();
    ctx.rect(f.left, f.top, f.width, f.height);
    ctx.clip();
    // Items no user saw: hollow, quiet.
    ctx.beginPath();
    for (let i = 0; i < map.x.length; i++) {
      if (policy.counts[i] > 0) continue;
      const r = radius(i);
      ctx.moveTo(px(i) + r, py(i));
      ctx.arc(px(i), py(i), r, 0, Math.PI * 2);
    }
    ctx.strokeStyle = 'rgba(74, 82, 99, 0.45)';
    ctx.lineWidth = 1;
    ctx.stroke();
    // Shown items, in a few shades by how many users saw them (darker = more).
    for (let shade = 1; shade <= SHADES; shade++) {
      ctx.beginPath();
      for (let i = 0; i < map.x.length; i++) {
        const c = policy.counts[i];
        if (c === 0 || Math.min(SHADES, Math.ceil((c / maxCount) * SHADES)) !== shade) continue;
        const r = radius(i);
        ctx.moveTo(px(i) + r, py(i));
        ctx.arc(px(i), py(i), r, 0, Math.PI * 2);
      }
      ctx.globalAlpha = 0.3 + (0.7 * shade) / SHADES;
      ctx.fillStyle = color;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = INK_SOFT;
      ctx.lineWidth = 0.75;
      ctx.stroke();
    }
    ctx.restore();
    if (corner) {
      // The corner's name, on top, where it covers no point.
      font(ctx, CORNER_PX, 700);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      corner.lines.forEach((text, k) => haloText(ctx, text, corner.box.x + 3, corner.box.y + 2 + k * CORNER_LINE, '#8a5a00'));
    }
  };
}
