/**
 * `standpoint codebook check FILE`: every problem of a codebook, its cues
 * checked against their own examples.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Issue } from '../errors/issue.js';
import { EXIT, UsageError } from './exit-codes.js';
import { parsing } from './options.js';

export const CODEBOOK_USAGE = `Usage: standpoint codebook check FILE [options]

Checks a codebook: what defineCodebook() refuses (shape, unknown affiliations,
duplicate ids, cues that do not compile), and for every cue a "match" example
it misses, a "noMatch" example it matches, or a part that can never match
(literals written apart, "counter - isil", where text makes one token of
"counter-ISIL"; an actor slot no mention can fill).

FILE is a codebook JSON file, a codebook.json that names its parts
("actors": "actors.json", "concepts": ["concepts/x.json", ...]), a directory
holding one, or "syria" for the default codebook.

  --require-examples   also fail a cue that has no "match" example
  --json               print the problems as a JSON array

Exit codes: 0 no problem · 1 problems (each listed with its path) · 2 bad usage or unreadable FILE`;

const OPTIONS = {
  'require-examples': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Loaded {
  input: unknown;
  /** Where each part of a split codebook came from: "concepts.3" → "concepts/cooperate.json". */
  parts: Map<string, string>;
  issues: Issue[];
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

async function load(target: string): Promise<Loaded> {
  if (target === 'syria') {
    const { syriaInput } = await import('../codebook/syria.js');
    return { input: syriaInput, parts: new Map(), issues: [] };
  }
  let file = target;
  try {
    if ((await stat(target)).isDirectory()) file = join(target, 'codebook.json');
  } catch {
    // readText says what is wrong with the path
  }
  const issues: Issue[] = [];
  const parse = (text: string, name: string, path: Issue['path']): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      issues.push({ code: 'invalid_json', path, message: `${name} is not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
  };
  const input = parse(await readText(file), file, []);
  const parts = new Map<string, string>();
  const { namesParts, assembleCodebook } = await import('../codebook/assemble.js');
  if (input === undefined || !namesParts(input)) return { input, parts, issues };
  const record = input as { actors?: unknown; concepts?: unknown };
  const contents = new Map<string, unknown>();
  const refs: Array<[string, Issue['path']]> = [];
  if (typeof record.actors === 'string') refs.push([record.actors, ['actors']]);
  if (Array.isArray(record.concepts)) record.concepts.forEach((c, i) => typeof c === 'string' && refs.push([c, ['concepts', i]]));
  for (const [name, path] of refs) {
    parts.set(path.join('.'), name);
    let text: string;
    try {
      text = await readFile(join(dirname(file), name), 'utf8');
    } catch (error) {
      issues.push({ code: 'missing_part', path, message: `the part "${name}" cannot be read: ${(error as Error).message}` });
      continue;
    }
    contents.set(name, parse(text, name, path));
  }
  return { input: assembleCodebook(input, (name) => contents.get(name)), parts, issues };
}

/** "concepts.3.cues.support.0" in a split codebook reads "concepts/cooperate.json › cues.support.0". */
function where(path: Issue['path'], parts: Map<string, string>): string {
  for (const take of [2, 1]) {
    const part = parts.get(path.slice(0, take).join('.'));
    if (part) return path.length > take ? `${part} › ${path.slice(take).join('.')}` : part;
  }
  return path.length > 0 ? path.join('.') : '(root)';
}

export async function runCodebook(argv: string[]): Promise<number> {
  const { values, positionals } = parsing(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
  if (values.help) {
    process.stdout.write(`${CODEBOOK_USAGE}\n`);
    return EXIT.OK;
  }
  const [action, target, ...extra] = positionals;
  if (action !== 'check') throw new UsageError(action === undefined ? 'say what to do: standpoint codebook check FILE' : `unknown action "${action}"; the action is "check"`);
  if (target === undefined) throw new UsageError('give the codebook to check: standpoint codebook check FILE (or "syria")');
  if (extra.length > 0) throw new UsageError(`check takes one codebook (got also ${extra.join(' ')})`);
  const loaded = await load(target);
  const { checkCodebook } = await import('../codebook/check.js');
  const issues = [...loaded.issues, ...(loaded.input === undefined ? [] : checkCodebook(loaded.input, { requireExamples: values['require-examples'] === true }))];
  if (values.json) {
    process.stdout.write(`${JSON.stringify(issues.map((i) => ({ ...i, where: where(i.path, loaded.parts) })), null, 2)}\n`);
    return issues.length > 0 ? EXIT.FAILURE : EXIT.OK;
  }
  if (issues.length === 0) {
    process.stdout.write(`${target}: no problems\n`);
    return EXIT.OK;
  }
  for (const issue of issues) process.stdout.write(`${where(issue.path, loaded.parts)}: ${issue.message} [${issue.code}]\n`);
  process.stderr.write(`${target}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n`);
  return EXIT.FAILURE;
}
