import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('tests/parallel.test.ts: GNU parallel is not installed (apt-get install parallel): the sharding test is SKIPPED');

const texts: string[] = readFileSync(join(root, 'fixtures', 'attribution.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

// 200 lines, a few of them bad, one without an id: the filter must not depend on where a line falls.
const input = `${Array.from({ length: 200 }, (_, i) => {
  if (i === 17) return '{"id":"bad-json",';
  if (i === 101) return JSON.stringify({ id: `doc-${i}` });
  if (i === 150) return JSON.stringify({ text: texts[i % texts.length], note: 'no id' });
  return JSON.stringify({ id: `doc-${i}`, text: texts[i % texts.length], n: i });
}).join('\n')}\n`;

describe.skipIf(!hasParallel)(`GNU parallel${hasParallel ? '' : ' (SKIPPED: GNU parallel is not installed)'}`, () => {
  it('splitting a JSON Lines file across 4 processes gives byte-identical output to one process', () => {
    const one = spawnSync(process.execPath, [cli, 'label', '--jsonl', '-j', '1', '-q'], { input, maxBuffer: 64 * 1024 * 1024 });
    expect(one.status, one.stderr.toString()).toBe(0);
    const sharded = spawnSync('parallel', ['--will-cite', '--pipe', '-k', '-N', '50', '-j', '4', process.execPath, cli, 'label', '--jsonl', '-j', '1', '-q'], { input, maxBuffer: 64 * 1024 * 1024 });
    expect(sharded.status, sharded.stderr.toString()).toBe(0);
    expect(one.stdout.toString().split('\n')).toHaveLength(201);
    expect(sharded.stdout.equals(one.stdout)).toBe(true);
  });
});
