import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', network: 'src/network/index.ts', 'testing/index': 'src/testing/index.ts', 'testing/vitest': 'src/testing/vitest.ts', cli: 'src/cli/bin.ts', worker: 'src/batch/worker.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  // wink's model is large data; keep it an external dependency rather than inlining it.
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'zod'],
});
