// Lint with the project's import boundaries (DESIGN 4): the core is pure, the
// components never touch tfjs, and only the models speak tfjs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noTfjs = { group: ['@tensorflow/*'], message: 'Only src/models (and the worker through it) may import tfjs.' };
const noReact = { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'recharts'], message: 'src/core is pure TypeScript: no React.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noTfjs, noReact, { group: ['**/models/**', '**/worker/**', '**/store/**', '**/components/**', '**/pipeline/**'], message: 'src/core depends on nothing else in src.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'Worker', 'HTMLElement'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded Rng of src/core/random/prng.ts.' }],
    },
  },
  {
    files: ['src/models/**/*.ts'],
    ignores: ['src/models/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noReact] }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded Rng of src/core/random/prng.ts.' }],
    },
  },
  {
    // Lessons are data and pure rules (checkpoints, reveals), unit-tested without a browser.
    files: ['src/lessons/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noTfjs, { group: [...noReact.group, '**/components/**'], message: 'src/lessons is pure TypeScript: no React, no components (the panel lives in src/components/lessons).' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noTfjs] }] },
  },
);
