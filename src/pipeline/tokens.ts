import type { Span } from '../types.js';
import type { Sentence, Token } from './types.js';

/** The text and offsets of tokens first..last of a sentence. */
export function spanOf(sentence: Sentence, first: number, last: number): Span {
  const a = sentence.tokens[first]!;
  const b = sentence.tokens[last]!;
  return { text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start), start: a.start, end: b.end };
}

export function isCapitalised(token: Token | undefined): boolean {
  return !!token && /^\p{Lu}/u.test(token.value) && /\p{L}/u.test(token.value);
}

/** "'s", "’s" or a bare apostrophe after a plural ("the rebels'"). */
export function isPossessiveMark(token: Token | undefined): boolean {
  return !!token && (token.lower === "'s" || token.lower === '’s' || token.lower === "'" || token.lower === '’');
}

export function isVerb(token: Token | undefined): boolean {
  return !!token && (token.pos === 'VERB' || token.pos === 'AUX');
}
