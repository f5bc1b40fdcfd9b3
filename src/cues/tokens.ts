import type { Token } from '../pipeline/types.js';
import { normaliseToken } from './normalise.js';
import type { PatternToken } from './pattern.js';

/**
 * A sentence's tokens as cue patterns read them: normalised forms and, where given, actor tags. Every token has
 * the same three fields (`tags` undefined where it has none): the matcher reads them per state and token, and
 * objects of one shape are read faster than of two.
 */
export function patternTokens(tokens: readonly Token[], tags?: ReadonlyArray<ReadonlySet<string>>): PatternToken[] {
  const out = new Array<PatternToken>(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const own = tags?.[k];
    // Most lemmas are the word as written, normalised already.
    const lower = normaliseToken(t.lower);
    out[k] = { lower, lemma: t.lemma === t.lower ? lower : normaliseToken(t.lemma), tags: own && own.size > 0 ? own : undefined };
  }
  return out;
}
