import { describe, expect, it } from 'vitest';
import { boxAround, candidateSpots, overlapArea, placeInRegion, placeLabels, tickLabelCenter, type Rect } from './labelPlace';

const BOUNDS: Rect = { x: 0, y: 0, w: 400, h: 300 };
const inside = (r: Rect, b: Rect) => r.x >= b.x - 1e-9 && r.y >= b.y - 1e-9 && r.x + r.w <= b.x + b.w + 1e-9 && r.y + r.h <= b.y + b.h + 1e-9;

describe('placeLabels', () => {
  it('puts a label with room all round above its mark, centred', () => {
    const [box] = placeLabels([{ w: 80, h: 18, anchor: { x: 200, y: 150 }, gap: 12 }], [boxAround(200, 150, 8)], BOUNDS);
    expect(box).toEqual({ x: 160, y: 120, w: 80, h: 18 });
  });

  it('keeps a label near the right edge inside the chart, still beside its own mark', () => {
    const anchor = { x: 390, y: 150 };
    const [box] = placeLabels([{ w: 120, h: 18, anchor, gap: 12 }], [boxAround(anchor.x, anchor.y, 8)], BOUNDS);
    expect(inside(box, BOUNDS)).toBe(true);
    // Its nearest edge is within two gaps of the mark it names.
    const dx = Math.max(box.x - anchor.x, 0, anchor.x - (box.x + box.w));
    const dy = Math.max(box.y - anchor.y, 0, anchor.y - (box.y + box.h));
    expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(2 * 12 + 4);
  });

  it('moves a label off a mark that sits where it would go, and never onto another label', () => {
    const a = { x: 200, y: 150 };
    const b = { x: 200, y: 122 }; // a second mark right above the first
    const marks = [boxAround(a.x, a.y, 8), boxAround(b.x, b.y, 8)];
    const boxes = placeLabels(
      [
        { w: 100, h: 18, anchor: a, gap: 12 },
        { w: 100, h: 18, anchor: b, gap: 12 },
      ],
      marks,
      BOUNDS,
    );
    for (const box of boxes) for (const m of marks) expect(overlapArea(box, m)).toBe(0);
    expect(overlapArea(boxes[0], boxes[1])).toBe(0);
  });

  it('takes the least covered spot when every spot is covered', () => {
    const anchor = { x: 200, y: 150 };
    // A wall everywhere but a thin gap on the left.
    const wall = [{ x: 0, y: 0, w: 400, h: 300 }];
    const [box] = placeLabels([{ w: 60, h: 18, anchor, gap: 12 }], wall, BOUNDS);
    expect(candidateSpots({ w: 60, h: 18, anchor, gap: 12 })).toContainEqual(box);
  });
});

describe('placeInRegion', () => {
  it('takes the bottom-right corner when it is free', () => {
    const region = { x: 100, y: 100, w: 200, h: 100 };
    expect(placeInRegion(80, 18, region, [])).toEqual({ x: 216, y: 178, w: 80, h: 18 });
  });

  it('finds a free spot in the region when points cover the corner', () => {
    const region = { x: 100, y: 100, w: 200, h: 100 };
    const points = [boxAround(280, 190, 10), boxAround(250, 188, 10), boxAround(220, 192, 10)];
    const box = placeInRegion(80, 18, region, points);
    expect(inside(box, region)).toBe(true);
    for (const p of points) expect(overlapArea(box, p)).toBe(0);
  });
});

describe('tickLabelCenter', () => {
  it('leaves a label on its tick when it fits and pushes an edge label inside the canvas', () => {
    expect(tickLabelCenter(200, 30, 400)).toBe(200);
    // "30 %" on the last tick at the right edge: 36 px wide, tick at 398 of 400.
    const c = tickLabelCenter(398, 36, 400);
    expect(c + 18).toBeLessThanOrEqual(400);
    expect(tickLabelCenter(1, 36, 400) - 18).toBeGreaterThanOrEqual(0);
  });
});
