/**
 * The script of `bench.html`, a page of the production build used only by
 * `npm run bench`: it starts the bench worker and exposes `window.objectiveLabBench`,
 * which Playwright calls; long main-thread tasks are recorded while it works.
 */
import type { BenchReply, BenchRequest } from './protocol';

/** The API `npm run bench` calls through `page.evaluate`. */
export interface BenchApi {
  /** Sends one request to the worker and resolves with its reply (requests run one at a time). */
  request(req: BenchRequest): Promise<BenchReply>;
  /** Durations of main-thread long tasks (> 50 ms) since the page loaded, ms. */
  longTasks: number[];
}

declare global {
  interface Window {
    objectiveLabBench?: BenchApi;
  }
}

const worker = new Worker(new URL('./benchWorker.ts', import.meta.url), { type: 'module' });
let pending: ((reply: BenchReply) => void) | null = null;
worker.onmessage = (e: MessageEvent<BenchReply>) => pending?.(e.data);
worker.onerror = (e) => pending?.({ type: 'error', message: `the bench worker failed: ${e.message}` });

const longTasks: number[] = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No long-task timing in this browser: the list stays empty and the bench says so.
}

window.objectiveLabBench = {
  longTasks,
  request(req) {
    if (pending) return Promise.resolve({ type: 'error', message: 'a bench request is already running' });
    return new Promise((resolve) => {
      pending = (reply) => {
        pending = null;
        resolve(reply);
      };
      worker.postMessage(req);
    });
  },
};
document.body.dataset.benchReady = 'true';
