import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';

// Every entry is built as ESM; the three a require() can reach (the exports
// with a "require" condition) also as CommonJS. Both formats are split into
// shared chunks, so that a process loads one copy of the library and its
// codebook whichever entries it uses, and a class thrown by one entry is the
// class another exports. esbuild splits ESM only: with `splitting` and
// `treeshake`, tsup builds ESM chunks and rollup turns each into CommonJS.
const entries = {
  index: 'src/index.ts',
  network: 'src/network/index.ts',
  'testing/index': 'src/testing/index.ts',
  'testing/vitest': 'src/testing/vitest.ts',
  cli: 'src/cli/bin.ts',
  worker: 'src/batch/worker.ts',
};
const pick = (names: (keyof typeof entries)[]) => Object.fromEntries(names.map((name) => [name, entries[name]]));
const requirable = pick(['index', 'network', 'testing/index']);

// zod is bundled rather than installed: the package uses a small part of it,
// and its 840 installed files (6 MB) were a third of a labeling-only install.
// No public type refers to it.
const bundled = ['zod'];

/** The licences of the bundled packages, shipped beside the code that contains them. */
function writeNotices(outDir: string): void {
  const require = createRequire(import.meta.url);
  const notices = bundled.map((name) => {
    const dir = dirname(require.resolve(`${name}/package.json`));
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
    return `${name} ${version} (${license})\n\n${readFileSync(join(dir, 'LICENSE'), 'utf8').trim()}\n`;
  });
  writeFileSync(join(outDir, 'THIRD-PARTY-LICENSES.txt'), `The files of dist/ include code of these packages:\n\n${notices.join('\n---\n\n')}`);
}

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  splitting: true,
  treeshake: true,
  // Declarations for what the exports point to (the CLI and the worker export nothing).
  dts: { entry: pick(['index', 'network', 'testing/index', 'testing/vitest']) },
  clean: true,
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  // wink's model is large data; keep it an external dependency rather than inlining it.
  external: ['wink-nlp', 'wink-eng-lite-web-model'],
  noExternal: bundled,
  esbuildOptions(options, { format }) {
    if (format === 'cjs') options.entryPoints = requirable;
  },
  async onSuccess() {
    writeNotices('dist');
  },
});
