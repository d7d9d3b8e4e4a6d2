import { describe, expect, it } from 'vitest';
import { overlapArea, type Rect } from './canvas/labelPlace';
import { sx, sy } from './canvas/plot';
import { frontierLayout, frontierNames, type FrontierChart } from './dialDraw';

/** The video dial of the small e2e world as the testers saw it (clicks, ad minutes per 1,000 impressions). */
const FRONTIER: [number, number][] = [
  [99, 12.4], [94, 20], [88, 25], [79, 33.5], [67, 41.5], [55, 48], [44, 52.5], [37, 55], [33, 57], [31.5, 57.5],
  [31.2, 57.8], [31.1, 58], [31, 58], [31, 58.1], [30.9, 58.2], [30.9, 58.2], [30.8, 58.3], [30.8, 58.3], [30.8, 58.4], [30.8, 58.4], [30.8, 58.4],
];

function chart(points: [number, number][], marks: { x: number; y: number; label: string }[]): FrontierChart {
  return {
    points: points.map(([x, y]) => ({ x, y })),
    current: 0,
    ends: ['α = 0: rank by clicks', 'α = 1: rank by watch time'],
    marks,
    xLabel: 'clicks per 1,000 impressions',
    yLabel: 'ad minutes per 1,000 impressions',
    color: '#0072B2',
    format: (v) => v.toFixed(1),
  };
}

const VIDEO = chart(FRONTIER, [
  { x: 107, y: 13, label: 'oracle for clicks' },
  { x: 36, y: 68, label: 'oracle for ad minutes' },
]);
/** About the width of a 13 px bold label. */
const measure = (text: string) => text.length * 7.5;
/** Distance between a box and a point, CSS pixels (0 inside). */
const distance = (b: Rect, p: { x: number; y: number }) => Math.hypot(Math.max(b.x - p.x, 0, p.x - (b.x + b.w)), Math.max(b.y - p.y, 0, p.y - (b.y + b.h)));

describe('the dial chart', () => {
  it('never draws an axis of a count below zero', () => {
    // Ad minutes near zero at α = 0: padding the range used to take the axis to −20.
    const low = chart(
      FRONTIER.map(([x, y], i) => [x, i === 0 ? 0.5 : y]),
      [{ x: 107, y: 0.8, label: 'oracle for clicks' }],
    );
    for (const c of [VIDEO, low]) {
      const { x, y } = frontierLayout(c, 800, 340);
      expect(x.domain[0]).toBeGreaterThanOrEqual(0);
      expect(y.domain[0]).toBeGreaterThanOrEqual(0);
      expect(Math.min(...x.ticks, ...y.ticks)).toBeGreaterThanOrEqual(0);
    }
    expect(frontierLayout(low, 800, 340).y.domain[0]).toBe(0);
  });

  for (const [width, height] of [
    [480, 340],
    [640, 340],
    [950, 340],
    [1072, 460],
  ]) {
    it(`names each oracle and end beside its own mark, clear of every mark and each other (${width}×${height})`, () => {
      const names = frontierNames(VIDEO, width, height, measure);
      expect(names.map((n) => n.text)).toEqual(['oracle for clicks', 'oracle for ad minutes', 'α = 0: rank by clicks', 'α = 1: rank by watch time']);
      const { f, x, y } = frontierLayout(VIDEO, width, height);
      const at = (p: { x: number; y: number }) => ({ x: sx(f, x, p.x), y: sy(f, y, p.y) });
      const points = VIDEO.points.map(at);
      const diamonds = VIDEO.marks.map(at);
      // The diamonds (radius 8.4) and the current ring (radius 9, at any α).
      const marks: Rect[] = [...diamonds, ...points].map((p) => ({ x: p.x - 9, y: p.y - 9, w: 18, h: 18 }));
      names.forEach((n, i) => {
        expect(n.box.x).toBeGreaterThanOrEqual(0);
        expect(n.box.y).toBeGreaterThanOrEqual(0);
        expect(n.box.x + n.box.w).toBeLessThanOrEqual(width);
        expect(n.box.y + n.box.h).toBeLessThanOrEqual(f.top + f.height);
        for (const m of marks) expect(overlapArea(n.box, m), `${n.text} over a mark`).toBe(0);
        names.forEach((o, j) => {
          if (j !== i) expect(overlapArea(n.box, o.box), `${n.text} over ${o.text}`).toBe(0);
        });
      });
      // Each name is close to its own mark (the old oracle-for-clicks name ran left over the α = 0 point).
      const anchors = [diamonds[0], diamonds[1], points[0], points[points.length - 1]];
      names.forEach((n, i) => expect(distance(n.box, anchors[i]), `${n.text} beside its own mark`).toBeLessThanOrEqual(12 + 28));
    });
  }
});
