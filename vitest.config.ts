import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // CI reads the JSON report to print a plain "N passed, N failed" line.
    reporters: process.env.STANDPOINT_TEST_REPORT ? ['default', ['json', { outputFile: process.env.STANDPOINT_TEST_REPORT }]] : ['default'],
  },
});
