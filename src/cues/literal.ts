import { readSentences } from '../nlp/wink.js';
import { normaliseToken } from './normalise.js';

// Codebooks repeat their literals ("to", "the", "talks"); each is read by wink once.
// Bounded, so that a hostile codebook of unique words cannot grow it without end.
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 20_000;

/**
 * Splits a cue literal the way text is tokenized, so that a literal matches
 * the tokens its own spelling becomes in a sentence: wink reads "no-fly" as
 * `no - fly` but "co-operation" as one token, and "cannot" as `can not`.
 *
 * @example
 * tokenizeLiteral('no-fly') // ['no', '-', 'fly']
 * tokenizeLiteral('co-operation') // ['co-operation']
 */
export function tokenizeLiteral(literal: string): readonly string[] {
  const key = literal.toLowerCase();
  let pieces = cache.get(key);
  if (pieces === undefined) {
    pieces = readSentences(key, 0, key.length).flatMap((s) => s.tokens.map((t) => normaliseToken(t.lower)));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, pieces);
  }
  return pieces;
}
