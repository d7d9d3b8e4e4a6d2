/**
 * The "See why" views under load: a bundled scenario with 2,000 items through the
 * real app (`run=1`, backend auto), then, with a long-task observer running
 * (PerformanceObserver 'longtask', installed before the app loads), the item map's
 * policy switched round every policy several times and the objective dial moved
 * from one end to the other and back by keyboard. Reports the longest main-thread
 * task of each interaction (0: none over 50 ms) and, finer, the longest input-to-paint
 * time of a click or key press (Event Timing, 'event' entries over 16 ms; 0: all faster).
 * Measured, never asserted.
 */
import type { Browser, Page } from '@playwright/test';
import type { WhyViewsRow } from '../types';

/** Items of the world the views are measured on (the "2,000 items"). */
export const WHY_BENCH_ITEMS = 2000;
const ROUNDS = 3;
const RUN_TIMEOUT_MS = 300_000;

declare global {
  interface Window {
    __whyLongTasks?: { start: number; ms: number }[];
    __whyEvents?: { start: number; ms: number }[];
  }
}

/** Longest long task overlapping [from, to] (page time, ms) and how many there were. */
function longTasksBetween(page: Page, from: number, to: number): Promise<{ longest: number; count: number }> {
  return page.evaluate(([a, b]) => {
    const hits = (window.__whyLongTasks ?? []).filter((t) => t.start + t.ms >= a && t.start <= b);
    return { longest: Math.max(0, ...hits.map((t) => t.ms)), count: hits.length };
  }, [from, to] as const);
}

/** Longest input-to-paint time of an event in [from, to] (page time, ms); 0 when all took under 16 ms. */
function longestEventBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(([a, b]) => Math.max(0, ...(window.__whyEvents ?? []).filter((e) => e.start >= a && e.start <= b).map((e) => e.ms)), [from, to] as const);
}

/** Two animation frames: whatever an interaction triggered has been painted. */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

export async function whyViews(browser: Browser, baseUrl: string, scenario: string, items = WHY_BENCH_ITEMS): Promise<WhyViewsRow> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.addInitScript(() => {
      const tasks: { start: number; ms: number }[] = [];
      window.__whyLongTasks = tasks;
      const events: { start: number; ms: number }[] = [];
      window.__whyEvents = events;
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push({ start: e.startTime, ms: e.duration });
        }).observe({ type: 'longtask', buffered: true });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (/^(click|keydown|pointerdown|pointerup|input|change)$/.test(e.name)) events.push({ start: e.startTime, ms: e.duration });
        }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
      } catch {
        // no long-task or event timing here
      }
    });
    await page.goto(new URL(`?scenario=${scenario}&items=${items}&backend=auto&run=1`, baseUrl).href);
    await page.getByTestId('results-ready').waitFor({ timeout: RUN_TIMEOUT_MS });
    const now = () => page.evaluate(() => performance.now());

    await page.getByTestId('why.tab.map').click();
    await page.getByTestId('item-map').waitFor();
    const drawn = Number(await page.getByTestId('item-map').getAttribute('data-items'));
    const policies = await page.locator('[data-testid^="item-map.policy."]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('item-map.policy.', '')));
    await settle(page);
    const m0 = await now();
    let switches = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const id of policies) {
        await page.getByTestId(`item-map.policy.${id}`).click();
        await page.locator(`[data-testid="item-map"][data-policy="${id}"]`).waitFor();
        await settle(page);
        switches++;
      }
    }
    const m1 = await now();

    await page.getByTestId('why.tab.dial').click();
    const slider = page.getByTestId('objective-dial.slider');
    await slider.waitFor();
    await settle(page);
    const steps = Math.round(1 / 0.05);
    await slider.focus();
    const d0 = await now();
    for (const key of ['ArrowRight', 'ArrowLeft'] as const) {
      for (let i = 0; i < steps; i++) {
        await page.keyboard.press(key);
        await settle(page);
      }
    }
    const d1 = await now();
    // Event entries arrive after the paint they measure.
    await page.waitForTimeout(300);
    const map = await longTasksBetween(page, m0, m1);
    const dial = await longTasksBetween(page, d0, d1);
    return {
      scenario,
      items,
      itemsDrawn: drawn,
      policySwitches: switches,
      dialSteps: 2 * steps,
      mapLongestTaskMs: map.longest,
      mapLongTasks: map.count,
      mapLongestInteractionMs: await longestEventBetween(page, m0, m1),
      dialLongestTaskMs: dial.longest,
      dialLongTasks: dial.count,
      dialLongestInteractionMs: await longestEventBetween(page, d0, d1),
      longestTaskMs: Math.max(map.longest, dial.longest),
    };
  } finally {
    await page.close();
  }
}
