import { registerBrand } from './brand.js';
import type { CodebookErrorCode } from './codes.js';
import { formatIssues, type Issue } from './issue.js';
import { StandpointError } from './standpoint-error.js';

/**
 * A codebook that does not validate. `issues` lists every problem with its JSON path.
 *
 * @example
 * try { defineCodebook({}) } catch (error) {
 *   if (isCodebookError(error)) console.log(error.issues[0].path) // ['id']
 * }
 */
export class CodebookError extends StandpointError {
  declare readonly code: CodebookErrorCode;
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super('CODEBOOK_INVALID', `The codebook is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); fix each path below:\n${formatIssues(issues)}`);
    this.name = 'CodebookError';
    this.issues = issues;
  }
}
registerBrand(CodebookError, 'CodebookError');

/**
 * @param error - Anything caught.
 * @returns True for a CodebookError, from this copy of the library or another.
 * @example
 * isCodebookError(new CodebookError([])) // true
 */
export function isCodebookError(error: unknown): error is CodebookError {
  return error instanceof CodebookError;
}
