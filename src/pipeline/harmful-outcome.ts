import type { PatternToken } from '../cues/pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

// Words an outcome verb or a copula may have before its harmful noun ("lead to a new world war": three).
const OUTCOME_REACH = 4;
// What may stand between them: articles, adjectives, numbers and the nouns of a compound; a name as the object
// ("plunge Syria into chaos").
const FILLERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV']);

/**
 * Whether the verb or copula at k, whose subject is a stance phrase, brings or is a harmful outcome: an outcome verb
 * with one of the harm nouns after it ("would lead to a world war", "could spark a wider conflict", "would plunge
 * Syria into chaos") or a copula before one ("would be a grave error"). Only articles, adjectives and the nouns of a
 * compound stand between, and after an outcome verb one particle ("to", "into"): "a solution to the conflict" after a
 * copula, or "the end of the war" anywhere, is no harm.
 */
export function harmfulOutcome(lex: Lexicon, tokens: readonly PatternToken[], pos: readonly string[], k: number): boolean {
  const verb = tokens[k]!;
  const copula = lex.copulas.has(verb.lower);
  if (!copula && !lex.outcomeVerbs.has(verb.lemma)) return false;
  let particle = copula;
  for (let j = k + 1; j < tokens.length && j <= k + 1 + OUTCOME_REACH; j++) {
    const t = tokens[j]!;
    // "the war's only exit" is the war's; "bring the war to an end" ends it.
    if (lex.harmNouns.has(t.lower)) return !/^(['’]s?|to)$/.test(tokens[j + 1]?.lower ?? '');
    if (lex.rejectors.has(t.lower)) return false;
    if (pos[j] === 'ADP' && !particle) {
      particle = true;
      continue;
    }
    if (!FILLERS.has(pos[j] ?? '')) return false;
  }
  return false;
}
