import { defineConfig } from 'vitest/config';

/**
 * Unit, repository and route tests. The browser end-to-end suite runs separately (`npm run test:e2e`)
 * because it needs the built SPA and Chromium. TEST_DIALECTS=sqlite,postgres runs the database tests
 * on both (CI does); the default is sqlite only.
 */
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // CI collects a JSON report per suite to print one "N passed, N failed" line.
    reporters: process.env.MEND_TEST_REPORT_DIR ? ['default', ['json', { outputFile: `${process.env.MEND_TEST_REPORT_DIR}/unit.json` }]] : ['default'],
    maxWorkers: 2,
  },
});
