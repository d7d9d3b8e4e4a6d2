import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import { monteCarloViews } from '../testing/monteCarloViews';
import { adMinutesForView, expectedAdMinutesForView } from './ads';

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

describe('expectedAdMinutesForView', () => {
  // [mean minutes m, length L, noise s, rule]: mid-rolls far from the cap; the last mid-roll at exactly L (9 = 3·3);
  // heavy noise; the knob's maximum noise with a 2-minute interval on every video; a video of exactly the minimum
  // length; one too short for mid-rolls; a clickbait view of seconds.
  const cases: [number, number, number, typeof ads][] = [
    [10, 30, 0.3, ads],
    [8.5, 9, 0.3, { ...ads, midRollMinVideoMinutes: 9 }],
    [2.5, 9, 1, ads],
    [20, 60, 2, { ...ads, midRollEveryMinutes: 2, midRollMinVideoMinutes: 0 }],
    [7.5, 8, 0.6, ads],
    [5, 7.9, 0.5, ads],
    [0.3, 15, 0.3, ads],
  ];

  it('agrees with the ads of views drawn with the logs’ sampler', () => {
    // 200 000 views per case: measured |exact − Monte Carlo| / s.e. ≤ 2.70 over these cases (seeds 31–37;
    // 4 000 000 views of that worst case on three other seeds: ≤ 0.98).
    cases.forEach(([m, length, noise, rule], i) => {
      const mc = monteCarloViews(31 + i, 200_000, m, length, noise, (x) => adMinutesForView(rule, x, length));
      const exact = expectedAdMinutesForView(rule, m, length, noise);
      expect(Math.abs(exact - mc.mean)).toBeLessThan(4 * mc.se + 1e-9);
    });
  });

  it('is not the ads of a view of average length when the noise straddles a mid-roll', () => {
    // m = 6 sits on the second mid-roll: about half the views miss it, and some reach the third.
    const exact = expectedAdMinutesForView(ads, 6, 30, 0.3);
    expect(adMinutesForView(ads, 6, 30)).toBeCloseTo(1.1, 12);
    expect(Math.abs(exact - 1.1)).toBeGreaterThan(0.1);
  });

  it('reduces to adMinutesForView of the mean minutes, bit for bit, with no noise', () => {
    const rng = new Rng(41);
    for (let i = 0; i < 10_000; i++) {
      const length = 1 + 59 * rng.next();
      const m = length * rng.next();
      const rule = { ...ads, midRollEveryMinutes: 1 + 5 * rng.next(), midRollMinVideoMinutes: 20 * rng.next() };
      expect(expectedAdMinutesForView(rule, m, length, 0)).toBe(adMinutesForView(rule, m, length));
    }
    // Exactly on a mid-roll: it plays.
    expect(expectedAdMinutesForView(ads, 6, 30, 0)).toBe(adMinutesForView(ads, 6, 30));
  });

  it('earns only the pre-roll on videos shorter than the mid-roll minimum, whatever the noise', () => {
    expect(expectedAdMinutesForView(ads, 7, 7.99, 1)).toBe(0.1);
  });
});
