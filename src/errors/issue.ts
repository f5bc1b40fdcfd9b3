/** One problem found in a codebook, fixture line or argument, zod-style. */
export interface Issue {
  /** Stable machine-readable kind, e.g. "invalid_type", "duplicate_id". */
  code: string;
  /** JSON path to the offending value, e.g. ["actors", 3, "affiliation"]. */
  path: Array<string | number>;
  message: string;
}

/** Renders issues one per line as `path: message`. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `  - ${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`).join('\n');
}
