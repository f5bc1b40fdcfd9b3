// The doc-test itself (scripts/doctest.mjs): it must catch a stale output, rewrite it on update, run
// shell transcripts with their exit codes, and refuse blocks that fall outside the convention.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agrees, collect, parseBlocks, runAll, shape, update } from '../scripts/doctest.mjs';

const dir = mkdtempSync(join(tmpdir(), 'standpoint-doctest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let pages = 0;
function page(text: string): string {
  const file = join(dir, `page-${++pages}.md`);
  writeFileSync(file, text);
  return file;
}

const fence = '```';

describe('shape', () => {
  it.each([
    ['trailing spaces and blank lines', 'a  \nb\n\n\n', {}, 'a\nb'],
    ['leading blank lines', '\n\na\n', {}, 'a'],
    ['head keeps N lines and an ellipsis', '1\n2\n3\n4', { head: 2 }, '1\n2\n…'],
    ['head leaves a short output alone', '1\n2', { head: 2 }, '1\n2'],
    ['width cuts long lines', 'abcdefgh\nabc', { width: 5 }, 'abcd…\nabc'],
    ['width counts code points, not UTF-16 units', '😀😀😀😀😀😀', { width: 4 }, '😀😀😀…'],
  ])('%s', (_, text, options, expected) => {
    expect(shape(text, options)).toBe(expected);
  });
});

describe('parseBlocks', () => {
  it('reads language, flags and attributes, and removes a list indentation', () => {
    const { blocks } = parseBlocks(`x\n  ${fence}console head=3 no-run\n  $ echo hi\n  hi\n  ${fence}\n${fence}\nplain\n${fence}\n`);
    expect(blocks.map((b) => [b.lang, [...b.flags], b.attrs, b.body])).toEqual([
      ['console', ['no-run'], { head: '3' }, ['$ echo hi', 'hi']],
      ['', [], {}, ['plain']],
    ]);
  });

  it('does not take an inline ```` ```text ```` for a fence', () => {
    expect(parseBlocks('  ```` ```text output ```` and more\n').blocks).toEqual([]);
  });
});

describe('collect and run', () => {
  it('passes a page whose outputs are the real ones', async () => {
    const file = page(`${fence}js\nconsole.log(1 + 1);\n${fence}\n\n${fence}text output\n2\n${fence}\n`);
    const { units, problems } = collect(file);
    expect(problems).toEqual([]);
    const results = await runAll(units);
    expect(units.map((u, k) => agrees(u, results[k]!))).toEqual([true]);
  });

  it('catches a stale output, and the update rewrites it from the real one', async () => {
    const text = `# t\n\n${fence}js\nconsole.log('now');\n${fence}\n\n${fence}text output\nthen\n${fence}\n\nafter\n`;
    const file = page(text);
    const { units } = collect(file);
    const results = await runAll(units);
    expect(agrees(units[0]!, results[0]!)).toBe(false);
    expect(results[0]!.actual).toBe('now');
    expect(update(file, results)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(text.replace('then', 'now'));
    const again = collect(file);
    expect(agrees(again.units[0]!, (await runAll(again.units))[0]!)).toBe(true);
  });

  it('runs the examples against the built package by its name, from ESM, CommonJS and TypeScript', async () => {
    const code = "console.log(label('\"Assad must go,\" said Kerry.').sentences[0].claims[0].stance.id);";
    const file = page(
      [
        `${fence}js\nimport { label } from 'standpoint';\n${code}\n${fence}\n\n${fence}text output\nassad-must-go\n${fence}`,
        `${fence}cjs\nconst { label } = require('standpoint');\n${code}\n${fence}\n\n${fence}text output\nassad-must-go\n${fence}`,
        `${fence}ts\nimport { label, type LabeledDocument } from 'standpoint';\nconst doc: LabeledDocument = label('x');\n${code}\n${fence}\n\n${fence}text output\nassad-must-go\n${fence}`,
      ].join('\n\n'),
    );
    const { units } = collect(file);
    const results = await runAll(units);
    expect(results.map((r) => r.actual)).toEqual(['assad-must-go', 'assad-must-go', 'assad-must-go']);
  });

  it('fails a block that throws or exits with another code than it states', async () => {
    const file = page(`${fence}js\nthrow new Error('boom');\n${fence}\n\n${fence}js exit=3\nprocess.exit(3);\n${fence}\n`);
    const results = await runAll(collect(file).units);
    expect(results[0]!.failed).toBe(true);
    expect(results[0]!.actual).toMatch(/exited with 1[\s\S]*boom/);
    expect(results[1]!.failed).toBeFalsy();
  });

  it('ends a block that runs past its timeout, with what it started', async () => {
    const file = page(`${fence}console timeout=1\n$ sleep 30\n${fence}\n\n${fence}js timeout=1\nsetTimeout(() => {}, 30_000);\n${fence}\n`);
    const results = await runAll(collect(file).units);
    expect(results[0]!.failed).toBe(true);
    expect(results[0]!.actual).toMatch(/killed/);
    expect(results[1]!.failed).toBe(true);
    expect(results[1]!.actual).toMatch(/killed/);
  });

  it('runs a shell transcript as one script: outputs per command, $? of the command before, standpoint as the built CLI', async () => {
    const file = page(`${fence}console\n$ echo one; echo two >&2\none\ntwo\n$ false\n$ echo "exit $?"\nexit 1\n$ standpoint --help | head -1\nUsage: standpoint <command> [options]\n${fence}\n`);
    const { units, problems } = collect(file);
    expect(problems).toEqual([]);
    const results = await runAll(units);
    expect(results[0]!.actual).toBe(units[0]!.expected);
  });

  it('compares a block shown with file= to the file, and the update copies the file into the page', async () => {
    const shown = join(dir, 'shown.ts');
    writeFileSync(shown, "console.log('from the file');\n");
    const file = page(`${fence}ts file=${shown}\nconsole.log('an old copy');\n${fence}\n\n${fence}text output\nfrom the file\n${fence}\n`);
    const { units } = collect(file);
    const results = await runAll(units);
    expect(agrees(units[0]!, results[0]!)).toBe(false);
    update(file, results);
    expect(readFileSync(file, 'utf8')).toContain("```ts file=" + shown + "\nconsole.log('from the file');\n```");
    const again = collect(file);
    expect(agrees(again.units[0]!, (await runAll(again.units))[0]!)).toBe(true);
  });

  it('lists the blocks outside the convention', () => {
    const file = page(
      [
        `${fence}sh\nnpm install something\n${fence}`,
        `${fence}text output\norphan\n${fence}`,
        `${fence}js no-run\nnot run\n${fence}`,
        `${fence}json\n{"data": true}\n${fence}`,
      ].join('\n\n'),
    );
    const { units, problems } = collect(file);
    expect(units).toEqual([]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/must begin with a "\$ " prompt \(or be marked no-run\)/);
    expect(problems[1]).toMatch(/an output block must follow a js\/ts block that runs/);
  });
});
