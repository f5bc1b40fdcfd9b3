import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/fixtures.js';

// The labeling path must not reach the training side (nor natural): walk the
// static imports from src/label.ts and see where they lead.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!);
}

function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [resolve(root, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (existsSync(target)) todo.push(target);
      else if (existsSync(target.replace(/\.ts$/, '.json'))) continue;
      else if (existsSync(join(target, 'index.ts'))) todo.push(join(target, 'index.ts'));
    }
  }
  return { files, packages };
}

describe('the labeling path', () => {
  it('never imports the training side of the linear models', () => {
    const { files } = reach('src/label.ts');
    expect(files.size).toBeGreaterThan(5);
    const learn = [...files].map((f) => relative(root, f)).filter((f) => f.startsWith('src/model/learn/'));
    expect(learn).toEqual([]);
  });

  it('src/model/linear.ts, its scorer, depends on nothing but standpoint errors', () => {
    const { files, packages } = reach('src/model/linear.ts');
    // The errors module is the scorer's one dependency: its classes, their codes and brand.
    expect([...files].map((f) => relative(root, f)).filter((f) => !f.startsWith('src/errors/'))).toEqual(['src/model/linear.ts']);
    expect([...files].map((f) => relative(root, f))).toContain('src/errors/input-error.ts');
    expect([...packages]).toEqual([]);
  });

  it('natural is named in src/model/learn only by its deep path, never its root', () => {
    const { packages } = reach('src/model/learn/index.ts');
    expect([...packages].filter((p) => p.startsWith('natural'))).toEqual([]);
    const natural = readFileSync(join(root, 'src/model/learn/natural.ts'), 'utf8');
    expect(natural).toContain("'natural/lib/natural/classifiers/bayes_classifier'");
    expect(natural).not.toMatch(/(?:load|require)\(\s*['"]natural['"]/);
  });
});
