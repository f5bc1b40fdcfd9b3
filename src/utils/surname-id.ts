// Particles joined to the surname after them: European ones, and the first halves of Arabic compound names
// ("Abdul Salam", "Abu Thabet").
const PARTICLES = new Set(['de', 'di', 'van', 'von', 'der', 'la', 'le', 'du', 'da', 'abu', 'abou', 'abdul', 'abdel', 'abd']);
const ARTICLES = /^(al|el|as|ash|ad|an|ar|at|az)[-‐‑]/i;
// At module level: the build turns a \p{…} literal into a new RegExp at every call.
const LETTER = /\p{L}/u;

/**
 * The id of a person the codebook lacks: the lowercase surname without
 * Arabic articles, with particles joined ("Staffan de Mistura" →
 * "demistura", "Adel al-Jubeir" → "jubeir", "Maan Abdul Salam" → "abdulsalam").
 */
export function surnameId(name: string): string {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/\s+/).filter((w) => LETTER.test(w));
  if (words.length === 0) return 'unknown';
  let last = words[words.length - 1]!.replace(ARTICLES, '');
  const before = words[words.length - 2];
  if (before && PARTICLES.has(before.toLowerCase())) last = before + last;
  const id = last.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return id === '' ? 'unknown' : id;
}

/** An id for a body the codebook lacks ("Richmond police" → "richmond-police"). */
export function phraseId(phrase: string): string {
  const id = phrase.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return id === '' ? 'unknown' : id;
}
