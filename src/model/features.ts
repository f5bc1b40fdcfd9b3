import type { Token } from '../types.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'without', 'nor', 'cannot']);
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', 'but', 'while']);

/**
 * The features a model sees in a sentence: lowercase lemmas, lemma bigrams,
 * and lemmas marked "NOT_" inside a negation's clause. Shared by training and
 * scoring so that both read a sentence the same way.
 */
export function sentenceFeatures(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let negated = false;
  let prev = '<s>';
  for (const t of tokens) {
    const lemma = t.lemma.replace(/[’‘]/g, "'");
    if (CLAUSE_END.has(lemma)) {
      negated = false;
      prev = '<s>';
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(lemma)) continue;
    if (NEGATORS.has(lemma)) {
      negated = true;
      out.push('NEG');
      prev = 'NEG';
      continue;
    }
    const word = /^\d+$/.test(lemma) ? '<num>' : lemma;
    out.push(negated ? `NOT_${word}` : word);
    out.push(`${prev}_${word}`);
    prev = word;
  }
  return out;
}
