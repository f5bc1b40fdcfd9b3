import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build when dist/ is stale; give the run, and each test file, a temp directory of its own that must be left empty.
    globalSetup: ['tests/setup/build.ts', 'tests/setup/temp-dir.ts'],
    setupFiles: ['tests/setup/temp-dir-file.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // CI reads the JSON report to print a plain "N passed, N failed" line.
    reporters: process.env.STANDPOINT_TEST_REPORT ? ['default', ['json', { outputFile: process.env.STANDPOINT_TEST_REPORT }]] : ['default'],
  },
});
