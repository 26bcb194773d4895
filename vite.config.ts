/*
 * Build and test configuration. Two test projects: `unit` (domain, machine,
 * storage and components, in jsdom with an in-memory IndexedDB) and `browser`
 * (the built app in real Chromium through playwright-core; needs `npm run build`).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Every browser Billpath supports has native modulepreload; the polyfill would cost initial bytes.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/previewServer.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
