import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

// standpoint/testing as published: the built files, through package.json "exports".

const run = (code: string, type: 'commonjs' | 'module') =>
  execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: root, encoding: 'utf8' }).trim();

const BAD = JSON.stringify('{"id":"p","sentences":[{"text":"Kerry spoke.","claims":[{"actor":"kerry","affiliation":"us","stance":"assad-must-go","polarity":"yes"}]}]}');

/** The bare specifiers an ESM file of dist imports, following its relative imports. */
function esmImports(file: string, seen = new Set<string>()): Set<string> {
  const bare = new Set<string>();
  if (seen.has(file)) return bare;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']/g)) {
    if (spec === undefined) continue;
    if (spec.startsWith('.')) for (const b of esmImports(resolve(dirname(file), spec), seen)) bare.add(b);
    else bare.add(spec);
  }
  return bare;
}

describe('standpoint/testing, built', () => {
  it('loads with require(), and its FixtureError is the main entry’s', () => {
    const out = run(
      `const t = require('standpoint/testing'); const s = require('standpoint');
       const gold = t.loadFixtures('examples/labels.jsonl');
       const check = t.assertMatchesGold(gold, { minF1: 0.8 });
       let error; try { t.loadFixtures(${BAD}) } catch (e) { error = e }
       const vitest = Object.keys(require.cache).filter((p) => p.includes('node_modules/vitest/'));
       console.log(gold.length, check.pass, error.code, error.line, s.isFixtureError(error), error instanceof s.FixtureError, typeof t.formatDiff, vitest.length)`,
      'commonjs',
    );
    expect(out).toBe('2 true FIXTURE_INVALID 1 true true function 0');
  });

  it('loads with import, sharing the main entry’s classes', () => {
    const out = run(
      `import * as t from 'standpoint/testing'; import * as s from 'standpoint';
       const c = t.compareToGold(t.loadFixtures('examples/labels.jsonl')[0]);
       let error; try { t.loadFixtures(${BAD}) } catch (e) { error = e }
       console.log(c.id, c.sentences.length, t.FixtureError === s.FixtureError, error instanceof s.StandpointError, s.isFixtureError(error))`,
      'module',
    );
    expect(out).toBe('briefing-1 3 true true true');
  });

  it('keeps vitest out of the main and testing entries: an optional peer, imported by the matcher file only', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies?.vitest).toBeUndefined();
    expect(pkg.peerDependencies?.vitest).toBeDefined();
    expect(pkg.peerDependenciesMeta?.vitest?.optional).toBe(true);
    expect(pkg.exports['./testing/vitest']).toEqual({ types: './dist/testing/vitest.d.ts', default: './dist/testing/vitest.js' });
    expect([...esmImports(join(root, 'dist/index.js'))]).not.toContain('vitest');
    expect([...esmImports(join(root, 'dist/testing/index.js'))]).not.toContain('vitest');
    expect([...esmImports(join(root, 'dist/testing/vitest.js'))]).toContain('vitest');
    expect(readFileSync(join(root, 'dist/index.cjs'), 'utf8')).not.toMatch(/require\(["']vitest["']\)/);
    expect(readFileSync(join(root, 'dist/testing/index.cjs'), 'utf8')).not.toMatch(/require\(["']vitest["']\)/);
  });

  it('types the helpers for ESM and CJS, and the matcher on vitest’s expect', () => {
    const dir = mkdtempSync(join(tmpdir(), 'standpoint-types-'));
    mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
    symlinkSync(root, join(dir, 'node_modules', 'standpoint'), 'dir');
    symlinkSync(join(root, 'node_modules', 'vitest'), join(dir, 'node_modules', 'vitest'), 'dir');
    symlinkSync(join(root, 'node_modules', '@types', 'node'), join(dir, 'node_modules', '@types', 'node'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] }, include: ['*.mts', '*.cts'] }),
    );
    writeFileSync(
      join(dir, 'labels.test.mts'),
      `import { expect } from 'vitest';
import 'standpoint/testing/vitest';
import { assertMatchesGold, compareToGold, formatDiff, loadFixtures, type GoldComparison, type GoldCheck } from 'standpoint/testing';
import { isFixtureError, type GoldPassage } from 'standpoint';
const gold: GoldPassage[] = loadFixtures(new URL('./labels.jsonl', import.meta.url));
const result: GoldComparison = compareToGold(gold[0]!, { level: 'strict' });
const text: string = formatDiff([result]);
const check: GoldCheck = assertMatchesGold(gold, { minF1: 0.8 });
expect(gold).toMatchGold({ minF1: 0.9, level: 'stance' });
// @ts-expect-error: not a level
expect(gold).toMatchGold({ level: 'loose' });
// @ts-expect-error: minF1 is a number
assertMatchesGold(gold, { minF1: '0.9' });
void [text, check, isFixtureError];
`,
    );
    writeFileSync(
      join(dir, 'check.cts'),
      `import testing = require('standpoint/testing');
const gold = testing.loadFixtures('labels.jsonl');
const f1: number = testing.assertMatchesGold(gold).scores.f1;
void f1;
`,
    );
    const r = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
