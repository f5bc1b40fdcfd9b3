/**
 * The base of every error standpoint throws. `code` is stable across versions:
 * match on it, not on the message.
 *
 * @example
 * try { label(42 as never) } catch (error) {
 *   if (isStandpointError(error)) console.log(error.code) // 'INPUT_NOT_STRING'
 * }
 */
export class StandpointError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StandpointError';
    this.code = code;
  }
}

/**
 * Whether a value is a StandpointError (or a subclass).
 *
 * @param error - Anything caught.
 * @returns True when it carries standpoint's error shape.
 * @example
 * isStandpointError(new InputError('INPUT_NOT_STRING', 'text must be a string')) // true
 */
export function isStandpointError(error: unknown): error is StandpointError {
  return error instanceof StandpointError;
}
