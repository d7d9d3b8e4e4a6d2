/**
 * One bundled scenario through the real app (`index.html` of the production build)
 * with the `auto` backend, as a workshop runs it: Generate, Train, Compare by click.
 * Records the wall time of each stage, the main thread's long tasks while training
 * (PerformanceObserver 'longtask', installed before the app loads) and the main
 * page's JS heap after a forced garbage collection, before and after.
 */
import type { Browser, Page } from '@playwright/test';
import type { BackendName } from '../../models/types';
import type { EndToEndRow } from '../types';

declare global {
  interface Window {
    __benchLongTasks?: { start: number; ms: number }[];
  }
}

/** Generous: the whole run must fit in the bench's budget anyway. */
const STAGE_TIMEOUT_MS = 300_000;

export async function endToEnd(browser: Browser, baseUrl: string, scenario: string): Promise<EndToEndRow> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.addInitScript(() => {
      const tasks: { start: number; ms: number }[] = [];
      window.__benchLongTasks = tasks;
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push({ start: e.startTime, ms: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // no long-task timing here
      }
    });
    await page.goto(new URL(`?scenario=${scenario}&backend=auto`, baseUrl).href);
    await page.getByTestId('world.generate').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const jsHeapBeforeBytes = await heap();
    const now = () => page.evaluate(() => performance.now());

    const t0 = await now();
    await page.getByTestId('world.generate').click();
    await page.getByTestId('world.summary').waitFor({ timeout: STAGE_TIMEOUT_MS });
    const t1 = await now();
    await page.getByTestId('train.start').click();
    await page.getByTestId('train.stats').waitFor({ timeout: STAGE_TIMEOUT_MS });
    const t2 = await now();
    await page.getByTestId('compare.start').click();
    await page.getByTestId('results-ready').waitFor({ timeout: STAGE_TIMEOUT_MS });
    const t3 = await now();

    const state = await page.evaluate(() => {
      const s = window.objectiveLab!.getState();
      return { backend: s.activeBackend as string, note: s.backendNote as string | undefined | null };
    });
    const longest = await longestTaskBetween(page, t1, t2);
    const jsHeapAfterBytes = await heap();
    return {
      scenario,
      backend: state.backend as BackendName,
      ms: t3 - t0,
      generateMs: t1 - t0,
      trainMs: t2 - t1,
      compareMs: t3 - t2,
      ...(state.note ? { backendNote: state.note } : {}),
      mainThreadLongestTaskMs: longest,
      jsHeapBeforeBytes,
      jsHeapAfterBytes,
    };
  } finally {
    await page.close();
  }
}

/** Longest long task that overlaps [from, to] (page time, ms); 0 when none. */
function longestTaskBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(([a, b]) => Math.max(0, ...(window.__benchLongTasks ?? []).filter((t) => t.start + t.ms >= a && t.start <= b).map((t) => t.ms)), [from, to] as const);
}
