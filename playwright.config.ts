import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './e2e/chromium';

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
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutablePath,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
