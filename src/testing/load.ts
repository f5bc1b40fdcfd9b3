import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FixtureError, type FixtureIssue } from '../errors/fixture-error.js';
import { InputError } from '../errors/input-error.js';
import type { Codebook, GoldPassage } from '../types.js';
import { checkPassage } from './schema.js';

export interface LoadFixturesOptions {
  /** Also check that every claim's stance and affiliation is defined by this codebook. */
  codebook?: Codebook;
  /** The name errors give the source when it is JSON Lines text (default "(text)"). */
  file?: string;
}

/** Whether a string is JSON Lines text rather than a path: it starts with "{" or spans several lines. */
function isText(source: string): boolean {
  return source.trimStart().startsWith('{') || source.includes('\n') || source.trim() === '';
}

/**
 * Reads gold passages from a JSON Lines file (one passage a line, the fixture
 * format of `evaluate`) and validates every line. Blank lines are skipped.
 *
 * @param pathOrText - A path (relative paths are from the current directory) or `file:` URL of a
 *   `.jsonl` file, or the JSON Lines text itself (a string that starts with `{` or contains a newline).
 * @param options - `codebook` to check stance and affiliation ids against; `file` to name text in errors.
 * @returns The passages, in file order.
 * @throws FixtureError (code FIXTURE_INVALID) naming the file, the line and the JSON path of every
 *   problem; InputError (INPUT_FIXTURE_UNREADABLE) when the file cannot be read.
 * @example
 * const gold = loadFixtures(new URL('./labels.jsonl', import.meta.url))
 * gold[0].sentences[0].claims // [{ actor: 'lavrov', affiliation: 'russia', stance: 'cooperate', polarity: 'support' }]
 */
export function loadFixtures(pathOrText: string | URL, options: LoadFixturesOptions = {}): GoldPassage[] {
  let text: string;
  let file: string;
  if (pathOrText instanceof URL || (typeof pathOrText === 'string' && !isText(pathOrText))) {
    file = pathOrText instanceof URL ? fileURLToPath(pathOrText) : pathOrText;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new InputError('INPUT_FIXTURE_UNREADABLE', `cannot read the fixture file ${file}: ${(error as Error).message}`, { cause: error });
    }
  } else if (typeof pathOrText === 'string') {
    text = pathOrText;
    file = options.file ?? '(text)';
  } else {
    throw new InputError('INPUT_NOT_STRING', `loadFixtures() needs a path, a file: URL or JSON Lines text (got ${pathOrText === null ? 'null' : typeof pathOrText})`);
  }
  return parseFixtures(text, file, options.codebook);
}

function parseFixtures(text: string, file: string, codebook: Codebook | undefined): GoldPassage[] {
  const passages: GoldPassage[] = [];
  const issues: FixtureIssue[] = [];
  const ids = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      issues.push({ code: 'invalid_json', path: [], message: `not JSON: ${(error as Error).message}`, line });
      return;
    }
    const checked = checkPassage(value, { codebook });
    if (checked.passage === null) {
      for (const issue of checked.issues) issues.push({ ...issue, line });
      return;
    }
    const seen = ids.get(checked.passage.id);
    if (seen !== undefined) {
      issues.push({ code: 'duplicate_id', path: ['id'], message: `passage id "${checked.passage.id}" is already used on line ${seen}`, line });
      return;
    }
    ids.set(checked.passage.id, line);
    passages.push(checked.passage);
  });
  if (issues.length === 0 && passages.length === 0) {
    issues.push({ code: 'no_passages', path: [], message: 'no passages: the fixtures are empty (a test over them would check nothing)', line: lines.length });
  }
  if (issues.length > 0) throw new FixtureError(file, issues);
  return passages;
}

/** Validates passages given as objects (to `compareToGold`, `assertMatchesGold`, the matcher). */
export function checkPassages(value: unknown, what: string): GoldPassage[] {
  const many = Array.isArray(value);
  const items: unknown[] = many ? (value as unknown[]) : [value];
  if (many && items.length === 0) throw new InputError('INPUT_INVALID_GOLD', `${what} got no gold passages: a check over none would check nothing`);
  const issues: FixtureIssue[] = [];
  const passages: GoldPassage[] = [];
  items.forEach((item, i) => {
    const checked = checkPassage(item);
    if (checked.passage) passages.push(checked.passage);
    else for (const issue of checked.issues) issues.push({ ...issue, path: many ? [i, ...issue.path] : issue.path, line: null });
  });
  if (issues.length > 0) throw new FixtureError(null, issues);
  return passages;
}
