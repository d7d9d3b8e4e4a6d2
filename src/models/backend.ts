/**
 * Choosing the tfjs backend: a forced one (with a fallback that says so) or `auto`,
 * which calibrates every backend that initialises here and keeps the fastest.
 *
 * Where the wasm binaries come from:
 * - Node (vitest, the CLI through tsx): `@tensorflow/tfjs-backend-wasm`'s `main` is a
 *   CommonJS build that reads the `.wasm` next to itself (`__dirname`), so nothing is
 *   needed; Node gets the SIMD build (no threads).
 * - The browser: Vite serves the files only when asked, so the worker passes their
 *   asset URLs as `wasmPaths` (see `wasmAssetUrls.ts`) before the backend starts.
 */
import * as tf from '@tensorflow/tfjs';
// Registers the 'wasm' backend with tfjs as a side effect (cpu and webgl come with tfjs).
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { MessageError, messagesEnglish, type Message } from '../core/messages/message';
import { calibrateBackend } from './calibrate';
import { isSoftwareRenderer, webglRenderer } from './webglRenderer';
import type { BackendChoice, BackendName } from './types';

/** The outcome of `selectBackend`. */
export interface BackendSelection {
  /** The backend now active. */
  backend: BackendName;
  /** A plain-words remark (English) when the choice was not honoured or `auto` picked. */
  note?: string;
  /** The same remark as messages, for the page to word in its language; absent when there is no note. */
  notes?: Message[];
  /** Examples/s of each backend `auto` measured (only for `auto`). */
  calibration?: Partial<Record<BackendName, number>>;
}

/** Options of `selectBackend`. */
export interface SelectBackendOptions {
  /**
   * Where the wasm binaries are: a folder URL ending in '/', or a map from
   * 'tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm' and
   * 'tfjs-backend-wasm-threaded-simd.wasm' to URLs (all three are required).
   * Only honoured before the wasm backend first initialises.
   */
  wasmPaths?: Record<string, string> | string;
  /** Timed calibration per backend for `auto`, ms (default 300). */
  calibrationMs?: number;
  /** Calibrate again even though an earlier `auto` already did (default false). */
  recalibrate?: boolean;
}

/** `auto`'s candidates, in the order they are tried (ties go to the earlier one). */
const AUTO_ORDER: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];
/** A backend whose initialisation takes longer than this is treated as unavailable, ms. */
const INIT_TIMEOUT_MS = 20_000;

let wasmPathsGiven = false;
/** The first `auto` result: later `auto` calls reuse it, so a session keeps one stable pick. */
let autoResult: BackendSelection | null = null;

/**
 * Activates a backend.
 * @param choice a backend name, or 'auto' to calibrate (≈ 0.3 s per usable backend plus warm-up)
 * @returns the backend now active, and a note when it is not the one asked for
 * @throws only when no backend at all initialises (cpu always does)
 */
export async function selectBackend(choice: BackendChoice, opts: SelectBackendOptions = {}): Promise<BackendSelection> {
  const pathNote = configureWasmPaths(opts.wasmPaths);
  const withPathNote = (s: BackendSelection): BackendSelection => withNotes(s, [...(s.notes ?? []), ...(pathNote ? [pathNote] : [])]);

  if (choice === 'auto' && autoResult && !opts.recalibrate && (await tryBackend(autoResult.backend))) {
    return withPathNote(autoResult);
  }
  if (choice === 'auto') {
    const calibration: Partial<Record<BackendName, number>> = {};
    const unavailable: BackendName[] = [];
    const software = softwareWebgl();
    for (const name of AUTO_ORDER) {
      if (name === 'webgl' && software) continue;
      if (!(await tryBackend(name))) {
        unavailable.push(name);
        continue;
      }
      try {
        calibration[name] = Math.round(calibrateBackend(opts.calibrationMs ?? 300));
      } catch {
        unavailable.push(name); // it initialised but cannot run our step
      }
    }
    const measured = AUTO_ORDER.filter((b) => calibration[b] !== undefined);
    const best = measured.reduce<BackendName | null>((a, b) => (a === null || calibration[b]! > calibration[a]! ? b : a), null) ?? 'cpu';
    if (!(await tryBackend(best))) throw new MessageError({ code: 'noBackend' });
    const notes: Message[] = [
      { code: 'autoPicked', best, speeds: measured.map((b) => ({ backend: b, examplesPerSec: calibration[b]! })), unavailable },
      ...(software ? [{ code: 'webglSoftware', renderer: software } as const] : []),
    ];
    autoResult = withNotes({ backend: best, calibration }, notes);
    return withPathNote(autoResult);
  }

  const order: BackendName[] = [choice, ...(['wasm', 'cpu'] as const).filter((b) => b !== choice)];
  for (const name of order) {
    if (await tryBackend(name)) {
      const notes: Message[] = name === choice ? [] : [{ code: 'backendFallback', asked: choice, used: name }];
      return withPathNote(withNotes({ backend: name }, notes));
    }
  }
  throw new MessageError({ code: 'noBackend' });
}

/** The backend tfjs is using now (call after `selectBackend`; before it, tfjs may not have one yet). */
export function activeBackend(): BackendName {
  return tf.getBackend() as BackendName;
}

/** Sets tfjs to `name`; false when it is not registered here or fails to initialise. */
async function tryBackend(name: BackendName): Promise<boolean> {
  if (tf.getBackend() === name) return true;
  // WebGL registers only where a browser is detected; in Node it is simply absent.
  if (!tf.findBackendFactory(name)) return false;
  try {
    // A hung init (a wasm fetch that never answers) must not hang the app. The rare
    // late success after a timeout is overridden by the next setBackend call.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), INIT_TIMEOUT_MS)));
    const ok = await Promise.race([tf.setBackend(name), timeout]);
    clearTimeout(timer);
    return ok && tf.getBackend() === name;
  } catch {
    return false;
  }
}

/** `s` with `notes` as its messages and their English `note` (both absent when there are none). */
function withNotes(s: BackendSelection, notes: Message[]): BackendSelection {
  return { ...s, note: notes.length ? messagesEnglish(notes) : undefined, ...(notes.length ? { notes } : {}) };
}

/** Passes the wasm URLs once, before wasm starts; returns a note when tfjs refuses them. */
function configureWasmPaths(paths: SelectBackendOptions['wasmPaths']): Message | undefined {
  // Once wasm runs, new paths would be ignored by tfjs anyway, and are not needed.
  if (paths === undefined || wasmPathsGiven || tf.engine().registry['wasm'] != null) return undefined;
  try {
    setWasmPaths(paths);
    wasmPathsGiven = true;
    return undefined;
  } catch (e) {
    // tfjs throws when a map lacks one of the three binaries, or after a failed wasm start.
    return { code: 'wasmPathsIgnored', detail: e instanceof Error ? e.message : String(e) };
  }
}

/** A short name of the software renderer WebGL would use here, or null (hardware, or no WebGL to ask). */
function softwareWebgl(): string | null {
  if (!tf.findBackendFactory('webgl')) return null;
  const renderer = webglRenderer();
  if (renderer === null || !isSoftwareRenderer(renderer)) return null;
  return /swiftshader/i.test(renderer) ? 'SwiftShader' : renderer;
}
