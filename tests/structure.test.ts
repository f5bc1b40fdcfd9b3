/**
 * The shape of the source tree: no import cycle, word lists in the lexicon
 * and not in stage code, small pipeline modules, no internal stage type in
 * the published types, and a labeling path that never loads the training side.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

const src = join(root, 'src');
const rel = (file: string) => relative(root, file).split('\\').join('/');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

// ─── imports ───

interface Import {
  target: string;
  /** `import type …`, or braces that name types only: erased from the emitted code. */
  typeOnly: boolean;
}

const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/gm;
const BARE_IMPORT = /^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
  if (existsSync(target) && target.endsWith('.ts')) return target;
  const index = join(target.replace(/\.ts$/, ''), 'index.ts');
  return existsSync(index) ? index : null;
}

/** The relative imports of a source file, JSON and packages left out. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): Import[] {
  const out: Import[] = [];
  for (const m of text.matchAll(STATIC_IMPORT)) {
    const target = resolveSpecifier(file, m[3]!);
    if (!target) continue;
    const names = m[2]!.trim();
    const braces = /^\{([\s\S]*)\}$/.exec(names);
    const typeOnly = !!m[1] || (!!braces && braces[1]!.split(',').map((n) => n.trim()).filter(Boolean).every((n) => n.startsWith('type ')));
    out.push({ target, typeOnly });
  }
  for (const m of [...text.matchAll(BARE_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)]) {
    const target = resolveSpecifier(file, m[1]!);
    if (target) out.push({ target, typeOnly: false });
  }
  return out;
}

/** The import cycles (strongly connected groups of two or more files, or a file importing itself) over runtime imports. */
function cycles(files: readonly string[], edges: (file: string) => string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || edges(v).includes(v)) found.push(group.map(rel).sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

/** Every file a runtime import chain from `entry` reaches. */
function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(root, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of importsOf(file)) if (!i.typeOnly) todo.push(i.target);
  }
  return seen;
}

const sources = tsFiles(src);
const runtimeEdges = new Map(sources.map((f) => [f, importsOf(f).filter((i) => !i.typeOnly).map((i) => i.target)]));

describe('structure: imports', () => {
  it('reads value, type-only, bare and dynamic imports', () => {
    const file = join(src, 'label.ts');
    const text = [
      "import { a, type B } from './options.js';",
      "import type { C } from './types.js';",
      "import { type D } from './evaluate.js';",
      "export { E } from './index.js';",
      "import './passage-text.js';",
      "const f = await import('./labeler-setup.js');",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importsOf(file, text).map((i) => `${rel(i.target)}${i.typeOnly ? ' (type)' : ''}`)).toEqual([
      'src/options.ts',
      'src/types.ts (type)',
      'src/evaluate.ts (type)',
      'src/index.ts',
      'src/passage-text.ts',
      'src/labeler-setup.ts',
    ]);
  });

  it('finds a cycle where there is one', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((n) => join(src, `${n}.ts`)) as [string, string, string];
    const graph = new Map([[a, [b]], [b, [c]], [c, [a]]]);
    expect(cycles([a, b, c], (f) => graph.get(f) ?? [])).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
    expect(cycles([a, b, c], (f) => (f === c ? [] : graph.get(f) ?? []))).toEqual([]);
  });

  // Type-only imports are erased from the emitted code, so they load nothing and cannot make a load-order cycle.
  it('has no import cycle in src/ (runtime imports)', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(cycles(sources, (f) => runtimeEdges.get(f) ?? [])).toEqual([]);
  });

  it('never loads src/model/learn/ or src/model/training/ on the labeling path (src/label.ts and what it imports)', () => {
    const files = [...reach('src/label.ts')].map(rel);
    expect(files).toContain('src/pipeline/index.ts');
    expect(files).toContain('src/model/decider.ts');
    expect(files.filter((f) => f.startsWith('src/model/learn/') || f.startsWith('src/model/training/'))).toEqual([]);
    // The walk does find the training side from where it is used.
    expect([...reach('src/model/train.ts')].map(rel).some((f) => f.startsWith('src/model/training/'))).toBe(true);
  });
});

// ─── word lists ───

// A word: a lowercase English word, perhaps with an apostrophe, a hyphen or a final full stop ("n't", "sept.").
const WORD = /^[a-z][a-z'’-]*\.?$|^n['’]t$/;
const STRING = /'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"/g;
const LIST_OF_STRINGS = /\[\s*((?:(?:'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")\s*,\s*)*(?:'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")\s*,?)\s*\]/g;
const REGEX_LITERAL = /(?<=[=(,:!&|?;{}\s]|^)\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuvy]*/gm;
const ALTERNATION = /\((?:\?:)?([^()]*\|[^()]*)\)/g;
const MAX_WORDS = 4;

/** Comments out: a word list in a comment is documentation. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"\\])\/\/[^\n]*/g, '$1');
}

/** Arrays (and so Sets) of five or more word literals, and regexes alternating five or more words. */
export function wordLists(text: string): string[] {
  const code = stripComments(text);
  const found: string[] = [];
  for (const m of code.matchAll(LIST_OF_STRINGS)) {
    const words = [...m[1]!.matchAll(STRING)].map((s) => s[1] ?? s[2]!).filter((w) => WORD.test(w));
    if (words.length > MAX_WORDS) found.push(m[0].slice(0, 80));
  }
  for (const m of code.matchAll(REGEX_LITERAL)) {
    for (const g of m[1]!.matchAll(ALTERNATION)) {
      const words = g[1]!.split('|').map((w) => w.replace(/\\\./g, '.').replace(/\??$/, '')).filter((w) => WORD.test(w.toLowerCase()));
      if (words.length > MAX_WORDS) found.push(m[0].slice(0, 80));
    }
  }
  return found;
}

describe('structure: word lists belong in src/lexicon/en.json', () => {
  it.each([
    ["const A = new Set(['say', 'tell', 'add', 'note', 'stress']);", 1],
    ["const A = ['say', 'tell', 'add', 'note'];", 0],
    ["if (/^(is|are|was|were|been)$/.test(w)) return;", 1],
    ["if (/^(is|are|was|were)$/.test(w)) return;", 0],
    ["const MONTH = /^(jan\\.?|feb\\.?|mar\\.?|apr\\.?|aug\\.?)$/i;", 1],
    // Punctuation and part-of-speech tags are no words; a list in a comment is documentation.
    ["const P = new Set([',', ';', ':', '.', '!', '?']);", 0],
    ["const T = new Set(['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM']);", 0],
    ["// e.g. ['say', 'tell', 'add', 'note', 'stress']", 0],
    ['const x = a / b; const y = c / d;', 0],
  ])('finds the lists in %s', (text, count) => {
    expect(wordLists(text)).toHaveLength(count);
  });

  it.each(['src/pipeline', 'src/model'])('%s has no Set, array or regex of five or more word literals', (dir) => {
    const found = tsFiles(join(root, dir)).flatMap((f) => wordLists(readFileSync(f, 'utf8')).map((l) => `${rel(f)}: ${l}`));
    expect(found).toEqual([]);
  });
});

// ─── sizes and published types ───

describe('structure: modules and published types', () => {
  const LIMIT = 300;
  it(`has no file in src/pipeline/ over ${LIMIT} lines`, () => {
    const long = tsFiles(join(src, 'pipeline'))
      .map((f) => ({ file: rel(f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > LIMIT);
    expect(long).toEqual([]);
  });

  it('exports no internal stage type (Token, Sentence, Mention, StanceHit) from dist/index.d.ts', () => {
    const dts = readFileSync(join(root, 'dist', 'index.d.ts'), 'utf8');
    const exported = new Set<string>();
    for (const m of dts.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)) {
      for (const part of m[1]!.split(',')) {
        const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()!.trim();
        if (name) exported.add(name);
      }
    }
    for (const m of dts.matchAll(/export\s+(?:declare\s+)?(?:interface|type|class|function|const|let|enum)\s+([A-Za-z_$][\w$]*)/g)) exported.add(m[1]!);
    expect(exported.has('label')).toBe(true);
    expect(exported.has('LabeledSentence')).toBe(true);
    expect(['Token', 'Sentence', 'Mention', 'StanceHit'].filter((t) => exported.has(t))).toEqual([]);
  });
});
