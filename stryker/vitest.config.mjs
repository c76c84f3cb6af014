// Vitest as Stryker runs it (stryker.config.mjs): only the tests of the mutated code, src/engine
// and src/policy, quick files first. `FC_NUM_RUNS=50 npm run mutate` caps every property test at
// 50 runs for a quicker run; a property that counts the cases it generated (say, "more than 100
// accepted") can then fail the initial test run, so the default keeps each property's own numRuns.
// The normal `vitest run` (vitest.config.ts) never reads this file.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';
import LoadFailureAsFailedTest from './load-failure-reporter.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const FAST_CHECK_ESM = path.join(
  path.dirname(require.resolve('fast-check/package.json')),
  'lib/fast-check.js',
);

/**
 * Small, quick test files first and property tests last. A static mutant (one in code that runs as
 * a module loads, such as the policy's text) needs every test file, and Stryker stops at the first
 * failing test: the policy tests kill most of them in a fraction of a second.
 */
class QuickFirst extends BaseSequencer {
  async sort(files) {
    const weight = (file) =>
      (file.moduleId.endsWith('.property.test.ts') ? 1e9 : 0) + fs.statSync(file.moduleId).size;
    return [...files].sort((a, b) => weight(a) - weight(b));
  }
}

export default defineConfig({
  root: path.resolve(HERE, '..'),
  resolve: {
    alias: [
      { find: /^fast-check$/, replacement: path.resolve(HERE, 'fast-check-capped.mjs') },
      { find: /^fast-check-real$/, replacement: FAST_CHECK_ESM },
    ],
  },
  test: {
    include: ['src/engine/**/*.test.ts', 'src/policy/**/*.test.ts'],
    environment: 'node',
    setupFiles: [path.resolve(HERE, 'build-on-first-use.mjs')],
    // Stryker's workers share a busy machine: a property test that takes 2 s alone can take 10 s.
    testTimeout: 60_000,
    sequence: { sequencer: QuickFirst },
    reporters: ['default', new LoadFailureAsFailedTest()],
  },
});
