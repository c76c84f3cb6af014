// Mutation testing of the engine and the policy data: `npm run mutate` (StrykerJS, vitest runner).
// Stryker 9.x: 10.x needs Node 22 and this project runs on Node 20.
const TEMP_DIR = '.stryker-tmp';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Only the engine and policy tests, property tests capped at FC_NUM_RUNS runs (default 50).
  vitest: { configFile: 'stryker/vitest.config.mjs' },
  mutate: ['src/engine/**/*.ts', 'src/policy/**/*.ts', '!**/*.test.ts', '!**/*.fixture.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 80, break: null },
  // Two cores, shared with other builds and test runs.
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: TEMP_DIR,
  // Not needed to run the engine and policy tests; kept out of each sandbox copy.
  ignorePatterns: [
    'dist',
    'dist-*',
    'test-results',
    'playwright-report',
    'blob-report',
    'reports',
    'e2e',
    'bench',
    '.proto*',
  ],
};
