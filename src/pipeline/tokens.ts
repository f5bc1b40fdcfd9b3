import type { Span } from '../types.js';
import type { Sentence, Token } from './types.js';

/** The text and offsets of tokens first..last of a sentence. */
export function spanOf(sentence: Sentence, first: number, last: number): Span {
  const a = sentence.tokens[first]!;
  const b = sentence.tokens[last]!;
  return { text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start), start: a.start, end: b.end };
}

export function isCapitalised(token: Token | undefined): boolean {
  if (!token) return false;
  // An ASCII first character answers alone (a capital A-Z is a letter too); the Unicode tests read the rest.
  const first = token.value.charCodeAt(0);
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return /^\p{Lu}/u.test(token.value) && /\p{L}/u.test(token.value);
}

/** "'s", "’s" or a bare apostrophe after a plural ("the rebels'"). */
export function isPossessiveMark(token: Token | undefined): boolean {
  return !!token && (token.lower === "'s" || token.lower === '’s' || token.lower === "'" || token.lower === '’');
}

export function isVerb(token: Token | undefined): boolean {
  return !!token && (token.pos === 'VERB' || token.pos === 'AUX');
}
