/**
 * The module Web Worker that generates, trains and compares off the main thread.
 * All the work is in `handler.ts`, shared with the main-thread fallback.
 */
import { createHandler } from './handler';
import type { FromWorker, ToWorker } from './protocol';
import { wasmAssetUrls } from '../models/wasmAssetUrls';

// `self` is typed as a Window by the DOM lib; in a dedicated worker it has this shape.
const scope = self as unknown as {
  postMessage(msg: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

const handle = createHandler((msg) => scope.postMessage(msg), { wasmPaths: wasmAssetUrls });
scope.onmessage = (e) => handle(e.data);
// Static imports (tfjs included) have loaded by now: the client may stop queueing.
scope.postMessage({ type: 'ready' });
