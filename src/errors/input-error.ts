import { StandpointError } from './standpoint-error.js';

/**
 * An argument standpoint cannot work with: a text that is not a string, one over
 * `maxLength`, an option out of range, a bad batch record.
 *
 * @example
 * try { label(null as never) } catch (error) {
 *   if (isInputError(error)) console.log(error.code) // 'INPUT_NOT_STRING'
 * }
 */
export class InputError extends StandpointError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'InputError';
  }
}

/**
 * @param error - Anything caught.
 * @returns True for an InputError.
 * @example
 * isInputError(new InputError('INPUT_NOT_STRING', 'text must be a string')) // true
 */
export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
