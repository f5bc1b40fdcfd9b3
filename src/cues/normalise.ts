// The marks rewritten below, by code: ` ´ ‐ ‑ – — ‘ ’.
function isTypographic(code: number): boolean {
  return code === 0x60 || code === 0xb4 || code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014 || code === 0x2018 || code === 0x2019;
}

function hasTypographic(value: string): boolean {
  for (let k = 0; k < value.length; k++) if (isTypographic(value.charCodeAt(k))) return true;
  return false;
}

/**
 * Normalises a token value for lookups: typographic apostrophes and dashes
 * become ASCII, so that "Assad’s" and "Assad's", "no–fly" and "no-fly" are
 * read alike by aliases and cue patterns.
 */
export function normaliseToken(value: string): string {
  // Most tokens have none of these marks: one scan of the codes answers (cheaper than a regex call on a word), and the token is kept as it is.
  if (!hasTypographic(value)) return value;
  return value.replace(/[’‘`´]/g, "'").replace(/[‐‑–—]/g, '-');
}
