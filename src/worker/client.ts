/**
 * The main thread's side of the training worker: a typed `send`, replies through
 * `onMessage`, and an in-thread fallback.
 *
 * The fallback runs the very same handler (`handler.ts`) on the main thread when
 * - `new Worker(...)` throws (no module workers, a blocked script, a CSP), or
 * - the worker reports an error before it said `ready` (its modules failed to load), or
 * - it stays silent for `readyTimeoutMs`, or
 * - the caller asks for it (`mainThread: true`, the `?worker=off` link).
 * Messages sent before the worker was ready are queued and replayed into the fallback,
 * so the caller never notices the switch except through `onRuntime`.
 */
import { messageEnglish, type Message } from '../core/messages/message';
import type { FromWorker, ToWorker } from './protocol';

/** The fallback reason when the `?worker=off` link asked for the main thread: not a failure. */
export const MAIN_THREAD_REQUESTED: Message = { code: 'workerOff' };

/** Where the heavy work runs. */
export type RuntimeMode = 'starting' | 'worker' | 'main-thread';

export interface ClientEvents {
  /** Every reply, in order. */
  onMessage(msg: FromWorker): void;
  /** The runtime changed; `reason` says why a fallback happened (the page words it). */
  onRuntime(mode: RuntimeMode, reason?: Message): void;
}

export interface ClientOptions {
  /** Skip the worker and run on the main thread from the start. */
  mainThread?: boolean;
  /** How long the worker may take to load before the fallback takes over, ms. */
  readyTimeoutMs?: number;
}

export interface TrainingClient {
  send(msg: ToWorker): void;
  /** Stops the worker; the client is unusable afterwards. */
  dispose(): void;
}

type Stage = Extract<FromWorker, { type: 'error' }>['during'];

export function createTrainingClient(events: ClientEvents, options: ClientOptions = {}): TrainingClient {
  let mode: RuntimeMode = 'starting';
  let worker: Worker | null = null;
  let local: ((msg: ToWorker) => void) | null = null;
  let pending: ToWorker[] = [];
  let lastStage: Stage = 'generate';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setMode = (m: RuntimeMode, reason?: Message) => {
    mode = m;
    events.onRuntime(m, reason);
  };

  const deliver = (msg: ToWorker) => {
    if (msg.type === 'generate' || msg.type === 'train' || msg.type === 'compare') lastStage = msg.type;
    if (mode === 'worker' && worker) worker.postMessage(msg);
    else if (mode === 'main-thread' && local) local(msg);
    else pending.push(msg);
  };

  const flush = () => {
    const queued = pending;
    pending = [];
    for (const msg of queued) deliver(msg);
  };

  async function fallBack(reason: Message) {
    if (mode === 'main-thread') return;
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
    // Loaded only when needed: tfjs stays out of the main bundle otherwise.
    const [{ createHandler }, { wasmAssetUrls }] = await Promise.all([import('./handler'), import('../models/wasmAssetUrls')]);
    // Replies go out as tasks, like a worker's, so callers see the same ordering.
    local = createHandler((msg) => setTimeout(() => events.onMessage(msg), 0), { wasmPaths: wasmAssetUrls });
    setMode('main-thread', reason);
    flush();
  }

  /** The browser's words for a worker error, if it gave any. */
  const detail = (e: Event) => (e instanceof ErrorEvent && e.message ? e.message : undefined);

  function start() {
    if (options.mainThread) return void fallBack(MAIN_THREAD_REQUESTED);
    try {
      worker = new Worker(new URL('./trainingWorker.ts', import.meta.url), { type: 'module', name: 'objective-lab-training' });
    } catch (e) {
      return void fallBack({ code: 'workerNotCreated', detail: e instanceof Error ? e.message : String(e) });
    }
    timer = setTimeout(() => void fallBack({ code: 'workerTimeout' }), options.readyTimeoutMs ?? 30_000);
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      if (e.data.type === 'ready') {
        clearTimeout(timer);
        setMode('worker');
        flush();
        return;
      }
      events.onMessage(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      if (mode === 'starting') return void fallBack({ code: 'workerScript', detail: detail(e) });
      const said: Message = { code: 'workerFailed', detail: detail(e) };
      events.onMessage({ type: 'error', during: lastStage, message: messageEnglish(said), said });
    };
    worker.onmessageerror = () => {
      const said: Message = { code: 'workerUnreadable' };
      events.onMessage({ type: 'error', during: lastStage, message: messageEnglish(said), said });
    };
  }

  start();
  return {
    send: deliver,
    dispose() {
      clearTimeout(timer);
      worker?.terminate();
      worker = null;
      local = null;
    },
  };
}
