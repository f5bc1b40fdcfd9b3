import type { Lexicon } from '../lexicon/lexicon.js';

/** What one word is to the stance features: every list of the lexicon and the codebook's keywords they read it in. */
export interface StanceWord {
  /** In the negators list ("not", "never"). */
  negator: boolean;
  /** In the rejectors list ("reject", "oppose"). */
  rejector: boolean;
  /** In the negation breaks ("but", "while"). */
  breaks: boolean;
  /** A word that states a position (a position, attitude, urging, obligation or decision word of the lexicon). */
  signal: boolean;
  /** The concepts it is a codebook keyword of; undefined when none. */
  concepts: readonly string[] | undefined;
}

/**
 * The words the stance features look up, each with what it is, so that a token is looked up once
 * (by its lowercase form, once more by its lemma) instead of once per list: a sentence's features
 * asked up to five sets and maps about each of its tokens. Built once per decider.
 */
export type StanceWords = ReadonlyMap<string, StanceWord>;

export function stanceWords(lex: Lexicon, keywords: ReadonlyMap<string, readonly string[]>): StanceWords {
  const words = new Map<string, StanceWord>();
  const entry = (word: string): StanceWord => {
    let found = words.get(word);
    if (!found) words.set(word, (found = { negator: false, rejector: false, breaks: false, signal: false, concepts: undefined }));
    return found;
  };
  for (const w of lex.negators) entry(w).negator = true;
  for (const w of lex.rejectors) entry(w).rejector = true;
  for (const w of lex.negationBreaks) entry(w).breaks = true;
  for (const list of [lex.positionVerbs, lex.attitudeObjectVerbs, lex.urgingVerbs, lex.obligationModals, lex.decisionVerbs, lex.attitudeNouns, lex.attitudeAdjectives]) for (const w of list) entry(w).signal = true;
  for (const [w, concepts] of keywords) entry(w).concepts = concepts;
  return words;
}
