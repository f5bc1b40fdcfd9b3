import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

// The README's example (examples/labels.test.mjs, with examples/labels.jsonl)
// run as a user would run it: in a project of its own that has standpoint
// installed (here: node_modules/standpoint is a link to this repo, so the
// built package, through its "exports"), under both runners.

const EXAMPLE_FILES = ['labels.test.mjs', 'matcher.test.mjs', 'labels.jsonl'];

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function project(gold?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-example-'));
  made.push(dir);
  for (const file of EXAMPLE_FILES) copyFileSync(join(root, 'examples', file), join(dir, file));
  if (gold !== undefined) writeFileSync(join(dir, 'labels.jsonl'), gold);
  writeFileSync(join(dir, 'package.json'), '{ "name": "my-labels", "private": true, "type": "module" }\n');
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'standpoint'), 'dir');
  symlinkSync(join(root, 'node_modules', 'vitest'), join(dir, 'node_modules', 'vitest'), 'dir');
  return dir;
}

// The child must not believe it runs inside this vitest run.
const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(dir: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8', timeout: 110_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const nodeTest = (dir: string) => run(dir, ['--test', '--test-reporter=spec', 'labels.test.mjs']);
const vitest = (dir: string) => run(dir, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run']);

describe('the README example', () => {
  it('states its tolerance: affiliation-level F1 >= 0.8', () => {
    const source = readFileSync(join(root, 'examples', 'labels.test.mjs'), 'utf8');
    expect(source).toContain("assertMatchesGold(gold, { minF1: 0.8, level: 'affiliation' })");
  });

  it('passes under node --test', () => {
    const { status, output } = nodeTest(project());
    expect(output).toMatch(/ℹ pass 3\b/);
    expect(output).toMatch(/ℹ fail 0\b/);
    expect(status, output).toBe(0);
  });

  it('passes under vitest, with the matcher', () => {
    const { status, output } = vitest(project());
    expect(output).toMatch(/Test Files\s+2 passed/);
    expect(output).toMatch(/Tests\s+4 passed/);
    expect(status, output).toBe(0);
  });

  it('fails under both runners, with the diff, when the gold says the opposite', () => {
    const flipped = readFileSync(join(root, 'examples', 'labels.jsonl'), 'utf8').replace(/"(support|oppose)"/g, (_, p: string) => (p === 'support' ? '"oppose"' : '"support"'));
    const dir = project(flipped);
    for (const { status, output } of [nodeTest(dir), vitest(dir)]) {
      expect(status, output).not.toBe(0);
      expect(output).toContain('Labels differ from the gold: affiliation F1 ');
      expect(output).toMatch(/briefing-2: affiliation F1 \d\.\d{3} /);
      expect(output).toMatch(/\[0\] Turkey said it would not send ground troops…\n\s+(~ polarity {2}turkey \(turkey\) · military-involvement: expected support, got |- missing {3}turkey \(turkey\) · military-involvement · support)/);
    }
  });
});
