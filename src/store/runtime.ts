/**
 * The one training client of the app, created on first use. Kept apart from the
 * slices so that importing the store (in a test, say) starts no worker.
 */
import type { FromWorker, ToWorker } from '../worker/protocol';
import { createTrainingClient, type ClientEvents, type TrainingClient } from '../worker/client';

let client: TrainingClient | null = null;
let events: ClientEvents | null = null;
let mainThread = false;

/** Wires the replies to the store; called once by the store module. */
export function connectRuntime(handlers: ClientEvents): void {
  events = handlers;
}

/**
 * Starts the worker (or the main-thread fallback) now, so that tfjs loads while
 * people read the first step.
 * @param opts.mainThread skip the worker (the `?worker=off` link)
 */
export function startRuntime(opts: { mainThread?: boolean } = {}): void {
  mainThread = opts.mainThread ?? false;
  ensureClient();
}

/** Sends a message, starting the client if needed. */
export function send(msg: ToWorker): void {
  ensureClient().send(msg);
}

function ensureClient(): TrainingClient {
  if (client) return client;
  if (!events) throw new Error('The store has not connected the runtime yet.');
  const e = events;
  client = createTrainingClient(
    { onMessage: (m: FromWorker) => e.onMessage(m), onRuntime: (mode, reason) => e.onRuntime(mode, reason) },
    { mainThread },
  );
  return client;
}
