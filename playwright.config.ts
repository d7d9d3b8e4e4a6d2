import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './e2e/chromium';

// Several worktrees on one machine each run `vite preview`; with `reuseExistingServer`
// a spec would silently test another worktree's build on the shared port. E2E_PORT
// gives a worktree its own port (4173 by default).
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // `npm run screenshot` sets SCREENSHOT=1 to run the README's screenshot maker instead of the specs.
  testMatch: process.env.SCREENSHOT ? '**/*.shot.ts' : '**/*.spec.ts',
  // Training in software-rendered WebGL is slow; specs wait on the app, not on timers.
  timeout: 180_000,
  expect: { timeout: 120_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1400, height: 900 },
    // The page opens in the browser's language when Chinese: specs start from an English browser, whatever the machine's locale.
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutablePath,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    // --bypass-lock: Vite 8 refuses a second preview of the same project, even on another port.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --bypass-lock`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
