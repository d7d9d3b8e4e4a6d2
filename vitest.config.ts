import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Model tests are CPU heavy; two workers match the two cores CI has.
    maxWorkers: 2,
  },
});
