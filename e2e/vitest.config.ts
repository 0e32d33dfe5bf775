import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: one file at a time (each starts a real server and Chromium). */
export default defineConfig({
  test: {
    include: ['**/*.spec.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: process.env.MEND_TEST_REPORT_DIR ? ['default', ['json', { outputFile: `${process.env.MEND_TEST_REPORT_DIR}/e2e.json` }]] : ['default'],
  },
});
