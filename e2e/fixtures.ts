/**
 * The test fixture every spec uses: it fails the test on any console error or
 * uncaught page error, so "no console errors" holds in every spec.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
      await use(errors);
      expect(errors, 'the browser console must stay free of errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
