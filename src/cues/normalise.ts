const TYPOGRAPHIC = /[’‘`´‐‑–—]/;

/**
 * Normalises a token value for lookups: typographic apostrophes and dashes
 * become ASCII, so that "Assad’s" and "Assad's", "no–fly" and "no-fly" are
 * read alike by aliases and cue patterns.
 */
export function normaliseToken(value: string): string {
  // Most tokens have none of these marks: one scan answers, and the token is kept as it is.
  if (!TYPOGRAPHIC.test(value)) return value;
  return value.replace(/[’‘`´]/g, "'").replace(/[‐‑–—]/g, '-');
}
