// The published types as a user meets them: the packed tarball installed into
// small TypeScript projects, one per module mode, each compiling
// examples/typescript/usage.ts strictly and without skipLibCheck.
//
// Offline by construction: the tarball is installed from its file, and every
// package it needs (its dependencies, graphology as the optional peer,
// TypeScript and @types/node) is linked from this repository's node_modules,
// so npm resolves nothing from a registry.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

const exec = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Mode {
  name: string;
  type: 'module' | 'commonjs';
  compilerOptions: Record<string, string>;
}

const MODES: Mode[] = [
  { name: 'esm-nodenext', type: 'module', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } },
  { name: 'cjs-node16', type: 'commonjs', compilerOptions: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'bundler', type: 'module', compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
];

// If the types silently became `any` (as with skipLibCheck over a broken
// declaration), these expected errors would not occur and tsc fails with
// "Unused '@ts-expect-error' directive".
const TYPED = `import { label } from 'standpoint';
import { congruenceNetwork, toStatements } from 'standpoint/network';
import { checkGold } from 'standpoint/testing';

const network = congruenceNetwork(toStatements([label('Kerry said Assad must go.')]));
// @ts-expect-error an edge weight is a number
export const weight: string = network.getEdgeAttribute('kerry--obama', 'weight');
// @ts-expect-error not a normalisation
congruenceNetwork([], { normalization: 'pearson' });
// @ts-expect-error checkGold takes gold passages
checkGold('kerry');
`;

/** The packages a consumer needs, linked from this repository's node_modules. */
function linkedDependencies(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const names = [...Object.keys(pkg.dependencies ?? {}), 'graphology', 'graphology-types', 'typescript', '@types/node'];
  const links: Record<string, string> = {};
  for (const name of names) {
    const dir = join(root, 'node_modules', name);
    if (!existsSync(dir)) throw new Error(`${name} is not installed in this repository (run npm ci)`);
    links[name] = `file:${dir}`;
  }
  return links;
}

describe('the packed package, compiled by a TypeScript consumer', () => {
  // Made when a test of this block runs (a filtered run that skips them all runs no hook to remove it).
  let dir = '';
  let tarball = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'standpoint-consumer-'));
    const { stdout } = await exec(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    const [packed] = JSON.parse(stdout) as Array<{ filename: string }>;
    tarball = join(dir, packed!.filename);
  });

  it.concurrent.each(MODES)('compiles the example in $name mode, strict and without skipLibCheck', async (mode) => {
    const project = join(dir, mode.name);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: `consumer-${mode.name}`, private: true, type: mode.type, dependencies: linkedDependencies() }, null, 2));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...mode.compilerOptions, target: 'es2022', strict: true, skipLibCheck: false, noEmit: true, types: ['node'] }, files: ['usage.ts', 'typed.ts'] }, null, 2),
    );
    copyFileSync(join(root, 'examples', 'typescript', 'usage.ts'), join(project, 'usage.ts'));
    writeFileSync(join(project, 'typed.ts'), TYPED);
    await exec(npm, ['install', '--offline', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', tarball], { cwd: project });
    // Installed from the tarball, not linked: what the user gets.
    expect(existsSync(join(project, 'node_modules', 'standpoint', 'dist', 'network.d.ts'))).toBe(true);
    const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await exec(process.execPath, [tsc, '-p', project], { cwd: project }).then(
      () => '',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(result).toBe('');
  });
});
