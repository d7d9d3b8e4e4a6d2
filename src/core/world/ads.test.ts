import { describe, expect, it } from 'vitest';
import { adMinutesForView } from './ads';

// The default scenario's rule: a 6-second pre-roll, a 30-second mid-roll every 3 watched minutes on videos ≥ 8 minutes.
const ads = { preRollMinutes: 0.1, midRollMinutes: 0.5, midRollEveryMinutes: 3, midRollMinVideoMinutes: 8 };

describe('adMinutesForView', () => {
  it('earns only the pre-roll on videos shorter than the mid-roll minimum, however long the view', () => {
    for (const videoMinutes of [1, 5, 7.99]) {
      for (const watchMinutes of [0, 1, 3, 7.99]) {
        if (watchMinutes > videoMinutes) continue;
        expect(adMinutesForView(ads, watchMinutes, videoMinutes)).toBe(0.1);
      }
    }
  });

  it('adds a mid-roll per full interval watched on videos at least the minimum long', () => {
    // [watched minutes, expected mid-rolls] with N = 3: floor(watch / 3).
    const cases: [number, number][] = [
      [0, 0],
      [2.99, 0],
      [3, 1],
      [5.99, 1],
      [6, 2],
      [8, 2],
      [9, 3],
      [30, 10],
    ];
    for (const [watch, midRolls] of cases) {
      expect(adMinutesForView(ads, watch, 30)).toBeCloseTo(0.1 + 0.5 * midRolls, 12);
    }
    // The threshold is inclusive: a video of exactly 8 minutes carries mid-rolls.
    expect(adMinutesForView(ads, 8, 8)).toBeCloseTo(0.1 + 0.5 * 2, 12);
  });

  it('follows each knob', () => {
    expect(adMinutesForView({ ...ads, preRollMinutes: 0 }, 6, 30)).toBeCloseTo(1, 12);
    expect(adMinutesForView({ ...ads, midRollMinutes: 1 }, 6, 30)).toBeCloseTo(2.1, 12);
    expect(adMinutesForView({ ...ads, midRollEveryMinutes: 2 }, 6, 30)).toBeCloseTo(1.6, 12);
    expect(adMinutesForView({ ...ads, midRollMinVideoMinutes: 31 }, 6, 30)).toBe(0.1);
  });

  it('never decreases with more minutes watched', () => {
    let last = -Infinity;
    for (let w = 0; w <= 60; w += 0.25) {
      const a = adMinutesForView(ads, w, 60);
      expect(a).toBeGreaterThanOrEqual(last);
      last = a;
    }
  });
});
