// The published shape: `standpoint/network` loads from the build with import
// and require, and `standpoint` itself never loads graphology.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

const run = (code: string, type: 'commonjs' | 'module') =>
  execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: root, encoding: 'utf8' }).trim();

const TEXT = JSON.stringify('"Assad must go," said Kerry. Kerry said Assad must go, and Kerry added that Assad must go.');

describe('standpoint/network, built', () => {
  it('loads with require() and builds a network', () => {
    const out = run(
      `const { label } = require('standpoint'); const n = require('standpoint/network');
       const st = n.toStatements([label(${TEXT})]);
       const g = n.twoModeNetwork(st);
       console.log(st.length > 0, g.order > 0, n.toGraphML(g).startsWith('<?xml'))`,
      'commonjs',
    );
    expect(out).toBe('true true true');
  });

  it('loads with import and builds a network', () => {
    const out = run(
      `import { label } from 'standpoint'; import { toStatements, congruenceNetwork, renderReport } from 'standpoint/network';
       const st = toStatements([{ id: 'a', date: '2016-01-13', document: label(${TEXT}) }]);
       console.log(congruenceNetwork(st).type, renderReport(st).startsWith('<!doctype html>'))`,
      'module',
    );
    expect(out).toBe('undirected true');
  });

  it('exports toStatements and statementsToCsv from the main entry, without loading graphology', () => {
    const out = run(
      `const s = require('standpoint');
       const csv = s.statementsToCsv(s.toStatements([s.label(${TEXT})]));
       console.log(csv.split('\\n')[0], Object.keys(require.cache).some((k) => k.includes('/node_modules/graphology')))`,
      'commonjs',
    );
    expect(out).toBe('person,organization,concept,agreement,text,date false');
  });

  it('keeps graphology out of the ESM main entry and everything it imports', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(root, 'dist', file), 'utf8');
      expect(code, file).not.toMatch(/graphology/);
      for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([^"']+)["']/g)) visit(m[1]!);
    };
    visit('index.js');
    expect(seen.size).toBeGreaterThan(0);
    // …and at run time: after importing standpoint, graphology is not loaded; after building a network it is.
    const out = run(
      `import { createRequire } from 'node:module';
       const cache = createRequire(import.meta.url).cache;
       const loaded = () => Object.keys(cache).some((k) => k.includes('/node_modules/graphology'));
       const { label } = await import('standpoint');
       const before = loaded();
       const n = await import('standpoint/network');
       const middle = loaded();
       n.congruenceNetwork(n.toStatements([label(${TEXT})]));
       console.log(before, middle, loaded())`,
      'module',
    );
    expect(out).toBe('false false true');
  });
});
