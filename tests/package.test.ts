import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statfsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

const run = (code: string, type: 'commonjs' | 'module') =>
  execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: root, encoding: 'utf8' }).trim();

describe('the built package', () => {
  it('loads with require()', () => {
    const out = run("const s = require('standpoint'); console.log(typeof s.label, s.label('\"Assad must go,\" said Kerry.').sentences[0].claims[0].actor.id)", 'commonjs');
    expect(out).toBe('function kerry');
  });

  it('loads with import', () => {
    const out = run("import { label, syria } from 'standpoint'; console.log(syria.id, label('Lavrov said Russia is ready to cooperate with Washington.').sentences[0].claims[0].stance.id)", 'module');
    expect(out).toBe('syria cooperate');
  });
});

// ───────────── what the tarball holds ─────────────

interface PackedFile {
  path: string;
  size: number;
}

const packed: PackedFile[] = (JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: PackedFile[] }[])[0]!.files;
const packedPaths = new Set(packed.map((f) => f.path));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

/** Every file path a package.json field names (exports, main, module, types, typesVersions, bin). */
function namedFiles(): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(normalize(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const field of ['exports', 'main', 'module', 'types', 'typesVersions', 'bin']) walk(pkg[field]);
  return out.filter((p) => p.startsWith('dist/'));
}

// Relative specifiers in built code and declarations: static and dynamic import, export from, require.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.\.?\/[^"']+)["']/g;

/** The packed file a relative specifier names: declarations name the code file, "./x.js" for "./x.d.ts". */
function target(from: string, spec: string): string {
  const path = normalize(join(dirname(from), spec));
  if (!/\.d\.[cm]?ts$/.test(from)) return path;
  return path.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts').replace(/\.mjs$/, '.d.mts');
}

/** The files reachable from `starts` through relative imports. */
function reachable(starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !packedPaths.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(join(root, file), 'utf8').matchAll(SPECIFIER)) queue.push(target(file, spec!));
  }
  return seen;
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const code = (ext: '.js' | '.cjs') => packed.filter((f) => f.path.endsWith(ext)).map((f) => f.path);

describe('the packed files', () => {
  it('holds no file that no export, bin or the worker pool leads to', () => {
    const named = namedFiles();
    for (const file of named) expect(packedPaths.has(file), `package.json names ${file}, which is not packed`).toBe(true);
    // The pool starts its threads from dist/worker.js by path, not through an export.
    const used = reachable([...named, 'dist/worker.js']);
    const notes = new Set(['package.json', 'README.md', 'LICENSE', 'dist/THIRD-PARTY-LICENSES.txt']);
    const stray = [...packedPaths].filter((p) => !used.has(p) && !notes.has(p));
    expect(stray).toEqual([]);
  });

  it('holds the code of the library and its codebook once per module format, shared by every entry', () => {
    // The codebook's label is a string only the codebook data holds.
    const marker = JSON.stringify(run("console.log(require('standpoint').syria.label)", 'commonjs'));
    const holding = (files: string[], text: string | RegExp) => files.filter((f) => (typeof text === 'string' ? read(f).includes(text) : text.test(read(f))));
    for (const ext of ['.js', '.cjs'] as const) {
      expect(holding(code(ext), marker), `files ${ext} holding the codebook`).toHaveLength(1);
      // esbuild writes `class X extends` as `var X = class extends`.
      expect(holding(code(ext), /\bclass StandpointError\b|\bStandpointError = class\b/), `files ${ext} defining StandpointError`).toHaveLength(1);
    }
    // Each CommonJS entry is a thin file over the shared chunks (together the library weighs about a megabyte).
    for (const entry of ['dist/index.cjs', 'dist/testing/index.cjs', 'dist/network.cjs']) expect(packed.find((f) => f.path === entry)!.size, entry).toBeLessThan(100_000);
  });

  const THROWS = `
    const out = [];
    for (const [name, f] of [['testing', () => t.loadFixtures(42)], ['network', () => n.toStatements(42)]]) {
      try { f(); out.push(name + ' did not throw'); }
      catch (e) { out.push(name + ' ' + e.code + ' ' + (e.constructor === s.InputError) + ' ' + (Object.getPrototypeOf(e) === s.InputError.prototype) + ' ' + (e instanceof s.StandpointError)); }
    }
    console.log(out.join('; '));`;
  const EXPECTED = 'testing INPUT_NOT_STRING true true true; network INPUT_INVALID_OPTION true true true';

  it('throws, from standpoint/testing and standpoint/network, the main entry’s error classes (CommonJS)', () => {
    expect(run(`const s = require('standpoint'); const t = require('standpoint/testing'); const n = require('standpoint/network'); ${THROWS}`, 'commonjs')).toBe(EXPECTED);
  });

  it('throws, from standpoint/testing and standpoint/network, the main entry’s error classes (ESM)', () => {
    expect(run(`import * as s from 'standpoint'; import * as t from 'standpoint/testing'; import * as n from 'standpoint/network'; ${THROWS}`, 'module')).toBe(EXPECTED);
  });
});

describe('a labeling-only install', () => {
  it('stays within 16 MB, in bytes and on disk (offline estimate: the packed files and the production dependencies the lockfile installs; `npm run size` installs for real)', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean; peer?: boolean }> };
    const du = (path: string, unit: '-sb' | '-sk') => Number(execFileSync('du', [unit, path], { encoding: 'utf8' }).split('\t')[0]);
    // What `npm install standpoint` adds: dependencies and their optional ones for this platform, no dev tools, no optional peers.
    const installed = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional && !entry.peer && existsSync(join(root, path)))
      .map(([path]) => ({ name: path.replace(/^node_modules\//, ''), bytes: du(join(root, path), '-sb'), disk: du(join(root, path), '-sk') * 1024 }));
    // The package's own files, each taking whole blocks on disk, and a block for each folder.
    const block = statfsSync(root).bsize;
    const folders = new Set(packed.map((f) => dirname(f.path)));
    const own = {
      name: 'standpoint',
      bytes: packed.reduce((n, f) => n + f.size, 0),
      disk: packed.reduce((n, f) => n + Math.ceil(f.size / block) * block, 0) + (folders.size + 1) * block,
    };
    const all = [own, ...installed];
    const sum = (key: 'bytes' | 'disk') => all.reduce((n, p) => n + p[key], 0);
    const breakdown = all.map((p) => `${p.name} ${(p.bytes / 1e6).toFixed(2)} / ${(p.disk / 1e6).toFixed(2)} MB`).join(', ');
    expect(sum('bytes'), `bytes installed (bytes / on disk: ${breakdown})`).toBeLessThanOrEqual(16_000_000);
    expect(sum('disk'), `disk used (bytes / on disk: ${breakdown})`).toBeLessThanOrEqual(16_000_000);
  });
});
