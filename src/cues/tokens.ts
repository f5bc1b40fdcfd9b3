import type { Token } from '../pipeline/types.js';
import { normaliseToken } from './normalise.js';
import type { PatternToken } from './pattern.js';

/** A sentence's tokens as cue patterns read them: normalised forms and, where given, actor tags. */
export function patternTokens(tokens: readonly Token[], tags?: ReadonlyArray<ReadonlySet<string>>): PatternToken[] {
  return tokens.map((t, k) => {
    const own = tags?.[k];
    return own && own.size > 0 ? { lower: normaliseToken(t.lower), lemma: normaliseToken(t.lemma), tags: own } : { lower: normaliseToken(t.lower), lemma: normaliseToken(t.lemma) };
  });
}
