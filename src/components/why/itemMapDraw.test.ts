import { describe, expect, it } from 'vitest';
import type { ItemMap } from '../../core/insights/types';
import { overlapArea } from './canvas/labelPlace';
import { cornerLabel, itemMapLayout, type ItemMapLabels } from './itemMapDraw';

const LABELS: ItemMapLabels = { world: 'shop', x: 'appeal', y: 'value', rows: ['', ''], corner: 'eye-candy: eye-catching, poor value', format: (v) => v.toFixed(1) };

/**
 * A shop map with items in rows two standard deviations apart (free bands between
 * them) and a crowd in the eye-candy corner's bottom-right, where its name used to go.
 */
function shopMap(): ItemMap<string> {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = -3; i <= 3; i++)
    for (const j of [-3, -1, 1, 3]) {
      xs.push(i);
      ys.push(j);
    }
  // A crowd at high appeal and low value.
  for (let k = 0; k < 12; k++) {
    xs.push(2.2 + (k % 4) * 0.15);
    ys.push(-3.3 - Math.floor(k / 4) * 0.15);
  }
  const n = xs.length;
  return {
    catalogueItems: n,
    itemIds: Int32Array.from({ length: n }, (_, i) => i),
    x: Float32Array.from(xs),
    y: Float32Array.from(ys),
    size: new Float32Array(n).fill(1),
    flagged: new Uint8Array(n),
    catalogueFlaggedShare: 0,
    policies: [],
  };
}

describe('the item map', () => {
  for (const [width, height] of [
    [560, 300],
    [920, 300],
    [1072, 420],
  ]) {
    it(`names the eye-candy corner inside it, on no item (${width}×${height})`, () => {
      const map = shopMap();
      const layout = itemMapLayout(map, LABELS, width, height);
      const { corner, box, lines } = cornerLabel(layout, map, LABELS.corner, (t) => t.length * 7.5);
      expect(lines.join(' ')).toBe(LABELS.corner);
      expect(box.x).toBeGreaterThanOrEqual(corner.x);
      expect(box.y).toBeGreaterThanOrEqual(corner.y);
      expect(box.x + box.w).toBeLessThanOrEqual(corner.x + corner.w);
      expect(box.y + box.h).toBeLessThanOrEqual(corner.y + corner.h);
      for (let i = 0; i < map.x.length; i++) {
        const r = layout.radius(i);
        const item = { x: layout.px(i) - r, y: layout.py(i) - r, w: 2 * r, h: 2 * r };
        expect(overlapArea(box, item), `item ${i} under the corner's name`).toBe(0);
      }
    });
  }
});
