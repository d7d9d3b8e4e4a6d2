/**
 * Where a chart's text labels go so they cover neither the marks nor each other,
 * and stay inside the chart: a greedy placer over a few candidate spots around
 * each label's own mark (above, below, beside, diagonal, then farther out), and a
 * scan of a region for a label that names an area. Pure geometry in CSS pixels
 * (the caller measures the text), so it is unit-tested without a canvas.
 */

/** An axis-aligned box: left, top, width, height (CSS pixels, y grows downwards). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A label to place beside its mark. */
export interface LabelRequest {
  /** Text box size, CSS pixels (measured by the caller, halo included). */
  w: number;
  h: number;
  /** The mark the label names (its centre). */
  anchor: { x: number; y: number };
  /** Distance from the anchor to the label's nearest edge: the mark's radius and a little air. */
  gap: number;
}

/** The box of a square of half-size `r` around a point: a mark as an obstacle. */
export const boxAround = (x: number, y: number, r: number): Rect => ({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });

/** Area of the overlap of two boxes (0 when they do not touch). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Area of `r` outside `bounds`. */
export function outsideArea(r: Rect, bounds: Rect): number {
  return r.w * r.h - overlapArea(r, bounds);
}

/** Rounds away float dust (cos 90° is 6e-17), so a spot straight above a mark is exactly centred. */
const round = (v: number) => Math.round(v * 1000) / 1000;

/** Directions tried around a mark, degrees (0 = right, 90 = down), in order of preference: above, below, beside, then ever more slanted. */
const ANGLES_DEG = [-90, 90, 0, 180, -45, -135, 45, 135, -60, -120, 60, 120, -30, -150, 30, 150, -75, -105, 75, 105, -15, -165, 15, 165];

/**
 * The spots tried for one label, in order of preference: at the gap from the mark
 * in each direction (the box's edge or corner facing the mark at that distance),
 * then a little farther out, up to the gap plus 28 px.
 */
export function candidateSpots(req: LabelRequest): Rect[] {
  const { w, h, anchor: a } = req;
  const spots: Rect[] = [];
  for (const gap of [req.gap, req.gap + 8, req.gap + 16, req.gap + 28]) {
    for (const deg of ANGLES_DEG) {
      // The point at the gap in this direction lies on the box's side (or corner) that faces the mark.
      const cos = Math.cos((deg * Math.PI) / 180);
      const sin = Math.sin((deg * Math.PI) / 180);
      const fx = Math.max(-1, Math.min(1, 2 * cos));
      const fy = Math.max(-1, Math.min(1, 2 * sin));
      const px = a.x + gap * cos;
      const py = a.y + gap * sin;
      spots.push({ x: round(px - (w * (1 - fx)) / 2), y: round(py - (h * (1 - fy)) / 2), w, h });
    }
  }
  return spots;
}

/** How bad a spot is: area outside the bounds (weighted most), then area over marks and over labels placed before. */
function cost(r: Rect, obstacles: readonly Rect[], placed: readonly Rect[], bounds: Rect): number {
  let c = outsideArea(r, bounds) * 100;
  for (const o of obstacles) c += overlapArea(r, o);
  for (const p of placed) c += overlapArea(r, p) * 4;
  return c;
}

/**
 * Places labels one after another: each takes its first spot that is inside the
 * bounds and clear of every obstacle and of the labels placed before it, or, where
 * no spot is clear, the spot with the least overlap. Give every label's own mark as
 * an obstacle too, so no label sits on another label's mark.
 * @returns each label's box, in the order of `requests`
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Rect[], bounds: Rect): Rect[] {
  const placed: Rect[] = [];
  for (const req of requests) {
    let best: Rect | null = null;
    let bestCost = Infinity;
    for (const spot of candidateSpots(req)) {
      const c = cost(spot, obstacles, placed, bounds);
      if (c < bestCost) {
        best = spot;
        bestCost = c;
        if (c === 0) break;
      }
    }
    placed.push(best!);
  }
  return placed;
}

/** Above this many obstacles in a region, `placeInRegion` tries only its grid (a dense map has no free gap to find). */
const EDGE_SEARCH_MAX = 200;

/**
 * The places tried along one axis, from `hi` down to `lo`: every `step` pixels,
 * and (among few obstacles) just past each obstacle's edges, where the gaps are.
 */
function positions(lo: number, hi: number, step: number, edges: number[]): number[] {
  const out: number[] = [];
  for (let v = hi; v >= lo - 1e-9; v -= step) out.push(v);
  for (const e of edges) if (e >= lo && e <= hi) out.push(e);
  return [...new Set(out)].sort((a, b) => b - a);
}

/**
 * A spot for a label that names an area (e.g. a shaded corner): tries spots from
 * the region's bottom-right corner leftwards, row by row upwards (every `step`
 * pixels, and just beside each obstacle where there are few), and takes the first
 * spot clear of every obstacle, else the least covered.
 * @param w label width, CSS pixels
 * @param h label height, CSS pixels
 * @param region where the label may sit (it must fit: a smaller region returns its bottom-right corner)
 * @param inset space kept from the region's edges, CSS pixels
 */
export function placeInRegion(w: number, h: number, region: Rect, obstacles: readonly Rect[], step = 8, inset = 4): Rect {
  const right = region.x + region.w - inset - w;
  const bottom = region.y + region.h - inset - h;
  const left = region.x + inset;
  const top = region.y + inset;
  const fallback = { x: right, y: bottom, w, h };
  if (right < left || bottom < top) return fallback;
  const near = obstacles.filter((o) => overlapArea(o, region) > 0);
  const few = near.length <= EDGE_SEARCH_MAX;
  const xs = positions(left, right, step, few ? near.flatMap((o) => [o.x + o.w + 1, o.x - w - 1]) : []);
  const ys = positions(top, bottom, step, few ? near.flatMap((o) => [o.y + o.h + 1, o.y - h - 1]) : []);
  let best = fallback;
  let bestCost = Infinity;
  for (const y of ys) {
    for (const x of xs) {
      const spot = { x, y, w, h };
      let c = 0;
      for (const o of near) {
        c += overlapArea(spot, o);
        if (c >= bestCost) break;
      }
      if (c < bestCost) {
        best = spot;
        bestCost = c;
        if (c === 0) return best;
      }
    }
  }
  return best;
}

/**
 * Where to centre a tick label so it stays inside the canvas: on its tick, or
 * pushed in from an edge it would cross.
 * @param tickX the tick's place, CSS pixels
 * @param textWidth the label's width, CSS pixels
 * @param boxWidth the canvas width, CSS pixels
 * @param margin space kept from the canvas edge, CSS pixels
 */
export function tickLabelCenter(tickX: number, textWidth: number, boxWidth: number, margin = 2): number {
  const half = textWidth / 2;
  const lo = margin + half;
  const hi = boxWidth - margin - half;
  if (hi < lo) return boxWidth / 2;
  return Math.min(hi, Math.max(lo, tickX));
}
