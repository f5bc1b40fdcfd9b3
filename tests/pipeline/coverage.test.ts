import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/fixtures.js';

// Every rule id a stage emits has a row in a stage test: a new rule comes with its table row.
const PREFIXES = ['mention', 'coref', 'frame', 'holder', 'quote', 'neg', 'owner', 'stance'];
const RULE = new RegExp(`'((?:${PREFIXES.join('|')})\\.[a-z-]+)'`, 'g');

function read(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe('stage tests cover every rule id', () => {
  const emitted = [...new Set([...read(join(root, 'src', 'pipeline')).matchAll(RULE)].map((m) => m[1]!))].sort();
  const tests = read(join(root, 'tests', 'pipeline'));

  it('finds the rule ids the stages emit', () => {
    expect(emitted.length).toBeGreaterThan(80);
    for (const prefix of PREFIXES) expect(emitted.some((id) => id.startsWith(`${prefix}.`))).toBe(true);
  });

  it.each(emitted)('%s has a row', (id) => {
    expect(tests).toMatch(new RegExp(`${id.replace(/\./g, '\\.')}(?![a-z-])`));
  });
});
