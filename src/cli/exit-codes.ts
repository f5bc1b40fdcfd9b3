/**
 * The exit codes of the `standpoint` command. Stable: scripts and CI may
 * match on them.
 */
export const EXIT = {
  /** Done. With `label`, error records may be in the output (counted on stderr); see `--strict`. */
  OK: 0,
  /** Something failed while running: an input file could not be read, an output could not be written, an internal error. */
  FAILURE: 1,
  /** The command line is wrong: unknown command or option, a bad value, an invalid codebook or model file, or a command not available in this build. */
  USAGE: 2,
  /** `eval --fail-under F`: the F1 is under the bar. */
  BELOW_BAR: 3,
  /** `label --strict`: every line was written, but some are error records. */
  ERROR_RECORDS: 4,
  /** Interrupted (Ctrl-C): what was done is written, the rest is not. */
  INTERRUPTED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command-line mistake: printed with the command's usage hint, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure while running (an unreadable input file): printed, exit 1. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}
