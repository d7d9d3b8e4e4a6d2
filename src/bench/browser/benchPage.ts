/**
 * Drives `bench.html` of the production build: each call sends one request to the
 * page's bench worker (see `src/bench/page`) and returns its reply.
 */
import type { Browser, Page } from '@playwright/test';
import type { BenchReply, BenchRequest } from '../page/protocol';

export class BenchPage {
  private constructor(readonly page: Page) {}

  /** Opens the bench page in a new tab and waits for its worker API. */
  static async open(browser: Browser, baseUrl: string): Promise<BenchPage> {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`bench page error: ${e.message}`));
    await page.goto(new URL('bench.html', baseUrl).href);
    await page.waitForFunction(() => document.body.dataset.benchReady === 'true');
    return new BenchPage(page);
  }

  /**
   * Sends `req` and waits for the reply of the same type.
   * @throws with the worker's message when it answers with an error
   */
  async request<T extends BenchRequest['type']>(req: Extract<BenchRequest, { type: T }>): Promise<Extract<BenchReply, { type: T }>> {
    const reply = await this.page.evaluate((r) => window.objectiveLabBench!.request(r), req as BenchRequest);
    if (reply.type === 'error') throw new Error(`bench ${req.type}: ${reply.message}`);
    if (reply.type !== req.type) throw new Error(`bench ${req.type}: got a ${reply.type} reply`);
    return reply as Extract<BenchReply, { type: T }>;
  }

  /** Clears the page's list of long tasks. */
  async resetLongTasks(): Promise<void> {
    await this.page.evaluate(() => void (window.objectiveLabBench!.longTasks.length = 0));
  }

  /** The longest main-thread task since the last reset, ms (0 when none exceeded 50 ms). */
  async longestTaskMs(): Promise<number> {
    return this.page.evaluate(() => Math.max(0, ...window.objectiveLabBench!.longTasks));
  }

  /** The GL renderer string of the page (null without WebGL). */
  async webglRenderer(): Promise<string | null> {
    return this.page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
