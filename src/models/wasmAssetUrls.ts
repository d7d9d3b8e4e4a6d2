/**
 * BROWSER ONLY (Vite): the URLs of tfjs' wasm binaries as build assets, to pass to
 * `selectBackend(choice, { wasmPaths: wasmAssetUrls })` in the worker.
 *
 * Why: the wasm backend fetches its `.wasm` at start-up from next to its own script,
 * which after bundling is a path that does not exist; Vite only copies a file into the
 * build when some module imports it, and `?url` gives its hashed, base-relative URL.
 * tfjs picks one of the three at run time (threads need cross-origin isolation), and
 * `setWasmPaths` insists on all three.
 *
 * Do not import this from Node (the CLI, tests): Node cannot load `?url` imports, and
 * does not need them (`backend.ts` explains why).
 */
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/** File name → URL, the shape `setWasmPaths` wants. */
export const wasmAssetUrls: Record<string, string> = {
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd,
};
