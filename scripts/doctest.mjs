#!/usr/bin/env node
// Doc-tests: run the code blocks of README.md and docs/*.md and compare what
// they print with the output the page shows, so that the pages cannot drift
// from the library. The convention is described in docs/maintainers.md.
//
//   node scripts/doctest.mjs [--update] [FILE.md ...]     (default: README.md docs/*.md)
//
// With --update the shown outputs are rewritten from the real ones (review the
// diff). The checks run against dist/: build first (`npm run docs:update` does).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Languages whose blocks run unless marked `no-run`. */
const JS_LANGS = new Set(['js', 'mjs', 'cjs', 'ts']);
const SHELL_LANGS = new Set(['sh', 'shell', 'console', 'bash']);
export const RUNNABLE_LANGS = new Set([...JS_LANGS, ...SHELL_LANGS]);

const ELLIPSIS = '…';
/** Seconds a block may run unless it says `timeout=S`. */
const DEFAULT_TIMEOUT = 120;
/** Separates the outputs of the commands of one shell block; a control character no command prints. */
const MARK = '\u001e';

/** The pages checked by default: the README and every page of docs/. */
export function defaultPages() {
  const docs = join(root, 'docs');
  const pages = existsSync(docs) ? readdirSync(docs).filter((f) => f.endsWith('.md')).sort().map((f) => join('docs', f)) : [];
  return ['README.md', ...pages];
}

function parseInfo(info) {
  const [lang = '', ...words] = info.trim().split(/\s+/).filter(Boolean);
  const attrs = {};
  const flags = new Set();
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq > 0) attrs[word.slice(0, eq)] = word.slice(eq + 1);
    else flags.add(word);
  }
  return { lang: lang.toLowerCase(), attrs, flags };
}

/**
 * The fenced blocks of a Markdown text, with the 0-based line numbers of
 * their opening and closing fences. Fences may be indented (inside a list);
 * the indentation is removed from the body.
 */
export function parseBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    if (fence[0] === '`' && info.includes('`')) continue;
    let close = i + 1;
    const closing = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    while (close < lines.length && !closing.test(lines[close])) close++;
    const body = lines.slice(i + 1, close).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    blocks.push({ ...parseInfo(info), info: info.trim(), indent, open: i, close, body });
    i = close;
  }
  return { lines, blocks };
}

/** Cut and trim an output the way the page shows it: `width=N` cuts long lines, `head=N` keeps the first N lines. */
export function shape(text, { width, head } = {}) {
  let lines = text.replace(/\r\n/g, '\n').split('\n').map((l) => l.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  if (head !== undefined && lines.length > head) lines = [...lines.slice(0, head), ELLIPSIS];
  if (width !== undefined) lines = lines.map((l) => ([...l].length > width ? `${[...l].slice(0, width - 1).join('')}${ELLIPSIS}` : l));
  return lines.join('\n');
}

function numberAttr(block, name, where) {
  const v = block.attrs[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${where}: ${name}=${v} must be a positive integer`);
  return n;
}

function shapeOptions(block, where) {
  return { width: numberAttr(block, 'width', where), head: numberAttr(block, 'head', where) };
}

/** Runs a shell script with stdout and stderr merged in the order they were written. */
function runShell(script, { cwd = root, timeout = DEFAULT_TIMEOUT, input } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn('bash', ['-c', script], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', DOCTEST_ROOT: root, STANDPOINT_DOCTEST: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group, so that a timeout ends the commands the script started too.
      detached: true,
    });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeout * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ output: Buffer.concat(chunks).toString('utf8'), code, signal });
    });
    child.stdin.end(input ?? '');
  });
}

let typescript;
function stripTypes(source) {
  typescript ??= createRequire(import.meta.url)('typescript');
  return typescript.transpileModule(source, {
    compilerOptions: { module: typescript.ModuleKind.ESNext, target: typescript.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  }).outputText;
}

/** `npm run X -- args` runs the script's command without its build step (the doc-test runs on a fresh build). */
function mapNpmRun(command, scripts) {
  const m = /^npm run(?:\s+(?:-s|--silent))?\s+([\w:.-]+)(?:\s+--\s+(.*))?$/.exec(command.trim());
  if (!m) return command;
  const script = scripts[m[1]];
  if (script === undefined) throw new Error(`no npm script "${m[1]}" in package.json`);
  const body = script.replace(/^tsup --silent && /, '');
  if (/\btsup\b/.test(body)) return command;
  return m[2] ? `${body} ${m[2]}` : body;
}

function shellUnit(file, block) {
  const where = `${file}:${block.open + 1}`;
  const commands = [];
  for (const line of block.body) {
    if (line.startsWith('$ ')) commands.push({ command: line.slice(2), expected: [] });
    else if (commands.length === 0) {
      if (line.trim() !== '') throw new Error(`${where}: a shell block that runs must begin with a "$ " prompt (or be marked no-run)`);
    } else commands.at(-1).expected.push(line);
  }
  if (commands.length === 0) throw new Error(`${where}: a ${block.lang} block without "$ " prompts must be marked no-run`);
  const options = shapeOptions(block, where);
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
  return {
    file,
    line: block.open + 1,
    kind: block.lang,
    timeout: numberAttr(block, 'timeout', where) ?? DEFAULT_TIMEOUT,
    expected: commands.map((c) => transcript(c.command, shape(c.expected.join('\n')))).join('\n'),
    async run() {
      const script = [
        'exec 2>&1',
        'standpoint() { node "$DOCTEST_ROOT/dist/cli.js" "$@"; }',
        // The markers keep $? so that "echo $?" shows the previous command's status.
        '__doctest_mark() { local status=$?; printf "\\n\\036%s\\036\\n" "$1"; return $status; }',
        ...commands.flatMap((c, k) => [`__doctest_mark ${k}`, mapNpmRun(c.command, scripts)]),
        '__doctest_mark end',
      ].join('\n');
      const { output, signal } = await runShell(script, { timeout: this.timeout });
      if (!output.includes(`${MARK}end${MARK}`)) {
        return { actual: `(the block ${signal ? `was killed (${signal}, timeout?)` : 'stopped before its last command'})\n${shape(output.replaceAll(MARK, ''))}`, failed: true, replaces: [] };
      }
      const parts = output.split(new RegExp(`\\n${MARK}(?:\\d+|end)${MARK}\\n`));
      const outputs = parts.slice(1, commands.length + 1);
      const actual = commands.map((c, k) => transcript(c.command, shape(outputs[k] ?? '(the block ended before this command)', options))).join('\n');
      return {
        actual,
        replaces: [{ from: block.open + 1, to: block.close, lines: indented(actual, block.indent) }],
      };
    },
  };
}

function transcript(command, output) {
  return output === '' ? `$ ${command}` : `$ ${command}\n${output}`;
}

function jsUnit(file, block, output) {
  const where = `${file}:${block.open + 1}`;
  const fromFile = block.attrs.file;
  const source = block.body.join('\n');
  const options = shapeOptions(output ?? block, where);
  const expectedExit = block.attrs.exit === undefined ? 0 : Number(block.attrs.exit);
  return {
    file,
    line: block.open + 1,
    kind: block.lang,
    timeout: numberAttr(block, 'timeout', where) ?? DEFAULT_TIMEOUT,
    expected: output ? shape(output.body.join('\n')) : '',
    async run() {
      const replaces = [];
      let code = source;
      if (fromFile) {
        const path = resolve(root, fromFile);
        if (!existsSync(path)) throw new Error(`${where}: the block shows ${fromFile}, which does not exist`);
        const contents = readFileSync(path, 'utf8').replace(/\n+$/, '');
        if (contents !== source.replace(/\n+$/, '')) {
          replaces.push({ from: block.open + 1, to: block.close, lines: indented(contents, block.indent) });
          code = contents;
        }
      }
      if (block.lang === 'ts') code = stripTypes(code);
      const type = block.lang === 'cjs' ? 'commonjs' : 'module';
      const { output: printed, code: exit, signal } = await runShell(`node --input-type=${type}`, { input: code, timeout: this.timeout });
      const shown = shape(printed, options);
      if (exit !== expectedExit) {
        const why = signal ? `was killed (${signal}, timeout?)` : `exited with ${exit}, not ${expectedExit}`;
        return { actual: `(the block ${why})\n${shown}`, failed: true, replaces: [] };
      }
      if (output) replaces.push({ from: output.open + 1, to: output.close, lines: shown === '' ? [] : indented(shown, output.indent) });
      const actual = replaces.length > 0 && replaces[0].from === block.open + 1 ? `(the block differs from ${fromFile})` : output ? shown : '';
      return { actual, replaces };
    },
  };
}

function indented(text, indent) {
  return text.split('\n').map((l) => (l === '' ? l : indent + l));
}

/**
 * The checks of one page: one unit per block that runs, plus the problems of
 * the convention itself (a runnable block neither run nor marked no-run, an
 * output block with nothing before it).
 */
export function collect(file) {
  const text = readFileSync(resolve(root, file), 'utf8');
  const { lines, blocks } = parseBlocks(text);
  const units = [];
  const problems = [];
  const blankBetween = (a, b) => lines.slice(a.close + 1, b.open).every((l) => l.trim() === '');
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    const where = `${file}:${block.open + 1}`;
    if (block.flags.has('output')) {
      const before = blocks[k - 1];
      if (!before || !JS_LANGS.has(before.lang) || before.flags.has('no-run') || !blankBetween(before, block)) {
        problems.push(`${where}: an output block must follow a js/ts block that runs`);
      }
      continue;
    }
    if (!RUNNABLE_LANGS.has(block.lang)) {
      if (block.attrs.file) units.push(fileUnit(file, block));
      continue;
    }
    if (block.flags.has('no-run')) {
      if (block.attrs.file) units.push(fileUnit(file, block));
      continue;
    }
    try {
      if (SHELL_LANGS.has(block.lang)) units.push(shellUnit(file, block));
      else {
        const next = blocks[k + 1];
        const output = next && next.flags.has('output') && blankBetween(block, next) ? next : undefined;
        units.push(jsUnit(file, block, output));
      }
    } catch (error) {
      problems.push(error.message);
    }
  }
  return { file, units, problems };
}

/** A block that shows a file of the repository (`file=PATH`) and is not run: its body must equal the file. */
function fileUnit(file, block) {
  const where = `${file}:${block.open + 1}`;
  const path = block.attrs.file;
  return {
    file,
    line: block.open + 1,
    kind: `${block.lang || 'text'} file=${path}`,
    timeout: DEFAULT_TIMEOUT,
    expected: block.body.join('\n').replace(/\n+$/, ''),
    async run() {
      if (!existsSync(resolve(root, path))) throw new Error(`${where}: the block shows ${path}, which does not exist`);
      const contents = readFileSync(resolve(root, path), 'utf8').replace(/\n+$/, '');
      return { actual: contents, replaces: [{ from: block.open + 1, to: block.close, lines: indented(contents, block.indent) }] };
    },
  };
}

/** Whether a unit's result agrees with the page. */
export function agrees(unit, result) {
  return !result.failed && result.actual === unit.expected;
}

/** Rewrites a page with the real outputs of its units; returns whether anything changed. */
export function update(file, results) {
  const path = resolve(root, file);
  const before = readFileSync(path, 'utf8');
  const lines = before.split('\n');
  const edits = results.flatMap((r) => (r.failed ? [] : r.replaces)).sort((a, b) => b.from - a.from);
  for (const { from, to, lines: replacement } of edits) lines.splice(from, to - from, ...replacement);
  const after = lines.join('\n');
  if (after !== before) writeFileSync(path, after);
  return after !== before;
}

/** Runs units a few at a time (each starts a Node process). */
export async function runAll(units, concurrency = 3) {
  const results = new Array(units.length);
  let next = 0;
  const worker = async () => {
    while (next < units.length) {
      const k = next++;
      try {
        results[k] = await units[k].run();
      } catch (error) {
        results[k] = { actual: `(error: ${error.message})`, failed: true, replaces: [] };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, units.length) }, worker));
  return results;
}

/**
 * Declares one test per block of a page, with the test functions of the
 * runner passed in (so that this file does not import vitest). With
 * UPDATE_DOCS=1 the page is rewritten from the real outputs after its tests.
 */
export function defineDocTests(file, { describe, it, expect, afterAll }, { updating = process.env.UPDATE_DOCS === '1' } = {}) {
  const { units, problems } = collect(file);
  describe(file, () => {
    it('marks every block that does not run as no-run, and puts each output after the code that prints it', () => {
      expect(problems).toEqual([]);
    });
    const results = new Array(units.length);
    units.forEach((unit, k) => {
      it.concurrent(`${file}:${unit.line} (${unit.kind}) prints what the page shows`, async () => {
        results[k] = await unit.run();
        if (results[k].failed) throw new Error(`${file}:${unit.line} failed:\n${results[k].actual}`);
        if (!updating) expect(results[k].actual, `${file}:${unit.line}: the output shown is not the real one; run \`npm run docs:update\` and review the diff`).toBe(unit.expected);
      }, (unit.timeout + 30) * 1000);
    });
    if (updating) afterAll(() => update(file, results.filter(Boolean)));
  });
  return { units, problems };
}

async function main(argv) {
  const updating = argv.includes('--update');
  const files = argv.filter((a) => !a.startsWith('--'));
  let bad = 0;
  for (const file of files.length > 0 ? files.map((f) => relative(root, resolve(f))) : defaultPages()) {
    const { units, problems } = collect(file);
    for (const p of problems) console.error(p);
    bad += problems.length;
    const results = await runAll(units);
    let stale = 0;
    units.forEach((unit, k) => {
      if (agrees(unit, results[k])) return;
      if (results[k].failed || !updating) {
        bad++;
        console.error(`${unit.file}:${unit.line} (${unit.kind}) ${results[k].failed ? 'failed' : 'shows an output that is not the real one'}:\n${results[k].actual}\n`);
      }
      stale++;
    });
    const changed = updating && update(file, results);
    console.log(`${file}: ${units.length} blocks checked, ${stale} ${updating ? (changed ? 'rewritten' : 'stale') : 'differ'}`);
  }
  process.exitCode = bad > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
