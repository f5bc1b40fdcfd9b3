import { registerBrand } from './brand.js';
import type { InputErrorCode } from './codes.js';
import type { Issue } from './issue.js';
import { StandpointError } from './standpoint-error.js';

/**
 * An argument standpoint cannot work with: a text that is not a string, one over
 * `maxLength`, a bad or unknown option, a bad batch record, a model that does not fit.
 * For `INPUT_INVALID_OPTION`, `issues` lists every problem with the option's path.
 *
 * @example
 * try { label('x', { dat: '2016-01-13' } as never) } catch (error) {
 *   if (isInputError(error)) console.log(error.code, error.issues[0]) // 'INPUT_INVALID_OPTION' { code: 'unrecognized_keys', path: ['dat'], message: 'is not an option of label(); did you mean "date"?' }
 * }
 */
export class InputError extends StandpointError {
  declare readonly code: InputErrorCode;
  /** Every problem found, zod-style; empty when the message says it all (a text that is not a string). */
  readonly issues: readonly Issue[];

  constructor(code: InputErrorCode, message: string, options?: { cause?: unknown; issues?: readonly Issue[] }) {
    super(code, message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'InputError';
    this.issues = options?.issues ?? [];
  }
}
registerBrand(InputError, 'InputError');

/**
 * @param error - Anything caught.
 * @returns True for an InputError, from this copy of the library or another.
 * @example
 * isInputError(new InputError('INPUT_NOT_STRING', 'text must be a string')) // true
 */
export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
