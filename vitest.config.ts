import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Property tests and the command-line tests that start real processes can take seconds on a
    // busy two-core machine; a timeout there would say nothing about the product.
    testTimeout: 30_000,
  },
});
