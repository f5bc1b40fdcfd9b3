/**
 * Every error code standpoint reports, by the class that carries it. The
 * lists are the source of the code types, so that a code thrown anywhere in
 * the library must be named here first (a test reads the sources to check).
 */

/** Codes of an {@link InputError}: an argument, option, record, gold set or model that cannot be used. */
export const INPUT_ERROR_CODES = [
  'INPUT_NOT_STRING',
  'INPUT_TOO_LONG',
  'INPUT_INVALID_OPTION',
  'INPUT_BAD_RECORD',
  'INPUT_MISSING_TEXT',
  'INPUT_INVALID_EXAMPLES',
  'INPUT_INVALID_GOLD',
  'INPUT_FIXTURE_UNREADABLE',
  'MODEL_INVALID',
  'MODEL_CODEBOOK_MISMATCH',
  // The training side's own checks (learners, calibration, folds, thresholds, pruning, scoring).
  'LEARN_INVALID_OPTIONS',
  'LEARN_INVALID_EXAMPLES',
  'CALIBRATE_INVALID_INPUT',
  'CROSSVAL_INVALID_INPUT',
  'FOLDS_INVALID_INPUT',
  'THRESHOLD_INVALID_INPUT',
  'PRUNE_INVALID_INPUT',
  'PRUNE_OVER_BUDGET',
  'SCORE_INVALID_FEATURE_VALUE',
  'SCORE_INVALID_LOGITS',
] as const;

/** Codes of a {@link CodebookError}. */
export const CODEBOOK_ERROR_CODES = ['CODEBOOK_INVALID'] as const;

/** Codes of a {@link FixtureError}. */
export const FIXTURE_ERROR_CODES = ['FIXTURE_INVALID'] as const;

/** Codes of a plain {@link StandpointError}: a missing optional package, a worker pool that cannot run. */
export const RUNTIME_ERROR_CODES = ['TRAIN_NEEDS_NATURAL', 'NETWORK_NEEDS_GRAPHOLOGY', 'WORKER_FAILED', 'WORKER_NOT_FOUND', 'WORKER_SETUP_FAILED'] as const;

/**
 * Codes that only an error record carries (a `labelBatch` result or a line of
 * `standpoint label`), never a thrown error: the input line could not be read
 * as a document, or something other than a StandpointError failed.
 */
export const RECORD_ONLY_ERROR_CODES = ['INPUT_BAD_JSON', 'INPUT_BAD_UTF8', 'INPUT_EMPTY_LINE', 'INPUT_UNREADABLE', 'INTERNAL'] as const;

export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];
export type CodebookErrorCode = (typeof CODEBOOK_ERROR_CODES)[number];
export type FixtureErrorCode = (typeof FIXTURE_ERROR_CODES)[number];
export type RuntimeErrorCode = (typeof RUNTIME_ERROR_CODES)[number];
/** The code of any error standpoint throws. Stable across versions: match on it, not on the message. */
export type StandpointErrorCode = InputErrorCode | CodebookErrorCode | FixtureErrorCode | RuntimeErrorCode;
/** The code of an error record: any thrown code, or one of the record-only codes. */
export type ErrorRecordCode = StandpointErrorCode | (typeof RECORD_ONLY_ERROR_CODES)[number];

/** Every thrown code, in one list. */
export const STANDPOINT_ERROR_CODES: readonly StandpointErrorCode[] = [...INPUT_ERROR_CODES, ...CODEBOOK_ERROR_CODES, ...FIXTURE_ERROR_CODES, ...RUNTIME_ERROR_CODES];

const thrown = new Set<string>(STANDPOINT_ERROR_CODES);

/** Whether a string is the code of an error standpoint throws. */
export function isStandpointErrorCode(code: unknown): code is StandpointErrorCode {
  return typeof code === 'string' && thrown.has(code);
}
