import type { Context } from './context.js';
import { startsLower } from './tokens.js';
import type { Sentence } from './types.js';

// Words between a body's name and its organ: one ("the UN refugee agency"), more after a possessive
// ("Ruritania's state-run Radio Zenda news channel").
const ORGAN_MODIFIERS = 1;
const OWNED_ORGAN_MODIFIERS = 4;

/**
 * The organ noun of a body named at `..last` ("agency", "army", "channel") when it heads its phrase (no noun
 * after it: "Russia's military intervention" is no organ), or -1.
 */
export function organAfter(tokens: Sentence['tokens'], last: number, lex: Context['lex']): number {
  let k = last + 1;
  const owned = /^['’]s$/.test(tokens[k]?.lower ?? '');
  if (owned) k++;
  const reach = owned ? OWNED_ORGAN_MODIFIERS : ORGAN_MODIFIERS;
  for (let words = 0; k < tokens.length && words <= reach; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (lex.bodyNouns.has(t.lower) && startsLower(t.value) && !(next && (next.pos === 'NOUN' || next.pos === 'PROPN'))) return k;
    if (t.value === '-') continue;
    const modifier = (startsLower(t.value) && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'VERB')) || (owned && t.pos === 'PROPN');
    if (!modifier) return -1;
    words++;
  }
  return -1;
}
