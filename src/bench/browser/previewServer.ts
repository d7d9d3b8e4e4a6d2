/**
 * Serves the production build (`dist/`) with `vite preview` on a free local port,
 * as the end-to-end tests do, and stops it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The project's own vite (not `npx`, whose wrapper process would outlive a kill). */
const VITE_BIN = fileURLToPath(new URL('../../../node_modules/.bin/vite', import.meta.url));

export interface PreviewServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  stop(): void;
}

/** A TCP port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `vite preview` and resolves once it answers.
 * @param timeoutMs how long to wait for the first answer, ms
 */
export async function startPreview(timeoutMs = 60_000): Promise<PreviewServer> {
  const port = await freePort();
  // Its own process group, so that stop() ends vite and anything it started, not just a wrapper.
  // Vite 8 refuses a second `vite preview` of the same project (a "command lock"), so a
  // preview the user left running would stop the bench; each server here has its own port.
  const child: ChildProcess = spawn(VITE_BIN, ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--bypass-lock'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}: ${output}`);
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms: ${output}`);
}
