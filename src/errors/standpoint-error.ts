import { brandInstance, hasBrand, registerBrand } from './brand.js';
import type { StandpointErrorCode } from './codes.js';

/**
 * The base of every error standpoint throws. `code` is stable across versions:
 * match on it, not on the message. `instanceof` and {@link isStandpointError}
 * recognise an error thrown by another copy of the library (the CommonJS build
 * next to the ES module one).
 *
 * @example
 * try { label(42 as never) } catch (error) {
 *   if (isStandpointError(error)) console.log(error.code) // 'INPUT_NOT_STRING'
 * }
 */
export class StandpointError extends Error {
  readonly code: StandpointErrorCode;

  constructor(code: StandpointErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StandpointError';
    this.code = code;
    brandInstance(this, new.target);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(this, value);
  }
}
registerBrand(StandpointError, 'StandpointError');

/**
 * Whether a value is a StandpointError (or a subclass), from this copy of the library or another.
 *
 * @param error - Anything caught.
 * @returns True when it carries standpoint's error brand.
 * @example
 * isStandpointError(new InputError('INPUT_NOT_STRING', 'text must be a string')) // true
 * isStandpointError(new Error('x')) // false
 */
export function isStandpointError(error: unknown): error is StandpointError {
  return error instanceof StandpointError;
}
