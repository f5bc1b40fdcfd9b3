import { registerBrand } from './brand.js';
import type { FixtureErrorCode } from './codes.js';
import type { Issue } from './issue.js';
import { StandpointError } from './standpoint-error.js';

/** One problem found in a gold fixture: an {@link Issue} plus the line it is on. */
export interface FixtureIssue extends Issue {
  /** 1-based line of the JSON Lines file; null for passages given as objects (the path then starts with the passage's index). */
  line: number | null;
}

function where(file: string | null, issue: FixtureIssue): string {
  const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  if (issue.line === null) return `${file === null ? '' : `${file}: `}${path}`;
  return `${file ?? '(text)'}:${issue.line} ${path}`;
}

/**
 * Gold fixtures that do not validate. `issues` lists every problem with its
 * line and JSON path; `file` and `line` name the first one.
 *
 * @example
 * try { loadFixtures('fixtures/mine.jsonl') } catch (error) {
 *   if (isFixtureError(error)) console.log(error.file, error.line, error.issues[0].path) // 'fixtures/mine.jsonl' 3 ['sentences', 0, 'claims', 0, 'polarity']
 * }
 */
export class FixtureError extends StandpointError {
  declare readonly code: FixtureErrorCode;
  readonly issues: FixtureIssue[];
  /** The file as it was given, "(text)" for JSON Lines text, null for passages given as objects. */
  readonly file: string | null;
  /** 1-based line of the first problem, null for passages given as objects. */
  readonly line: number | null;

  constructor(file: string | null, issues: FixtureIssue[]) {
    const lines = new Set(issues.map((i) => i.line)).size;
    const what = file === null ? 'The gold passages are invalid' : `The fixture file ${file} is invalid`;
    const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}${issues[0]?.line != null ? ` on ${lines} line${lines === 1 ? '' : 's'}` : ''}`;
    super('FIXTURE_INVALID', `${what} (${count}); fix each place below:\n${issues.map((issue) => `  - ${where(file, issue)}: ${issue.message}`).join('\n')}`);
    this.name = 'FixtureError';
    this.issues = issues;
    this.file = file;
    this.line = issues[0]?.line ?? null;
  }
}
// Branded like every error class (see brand.ts): a FixtureError thrown by another copy of the library is still one.
registerBrand(FixtureError, 'FixtureError');

/**
 * @param error - Anything caught.
 * @returns True for a FixtureError, from this copy of the library or another.
 * @example
 * isFixtureError(new FixtureError('gold.jsonl', [])) // true
 */
export function isFixtureError(error: unknown): error is FixtureError {
  return error instanceof FixtureError;
}
