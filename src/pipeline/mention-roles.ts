import type { Context } from './context.js';
import type { Mention, Sentence } from './types.js';

/** A quotation mark standing alone as a token. */
export const QUOTE_MARK = /^["“”‘’']$/;

/** "with Roe", "met Roe": a mention after a preposition or a verb is no subject. */
export function governedMention(sentence: Sentence, m: Mention, lex: Context['lex']): boolean {
  const before = sentence.tokens[m.first - 1];
  return !!before && (lex.governingWords.has(before.lower) || before.pos === 'VERB');
}

/** Whether a mention is owned by a noun after it ("Russia's position"): then it is not a subject. */
export function possessed(sentence: Sentence, m: Mention): boolean {
  return m.possessive && sentence.tokens[m.last + 2]?.pos !== 'VERB';
}
