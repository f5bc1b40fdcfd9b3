import type { PatternToken } from '../cues/pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

// Whether a negating word before a stance governs it: the words around it may take the denial back ("no
// alternative to …") or show it is no denial at all ("the opposition to …" as a party).

// What "far from" denies: a state or an act ("far from ready", "far from backing"), not a place ("far from the front").
export const DENIED_BY_FAR_FROM = new Set(['ADJ', 'VERB', 'AUX']);
// Adjectives a rejecting noun may have after its possessive ("its long and firm opposition": two).
const NOUN_ADJECTIVES = 2;
// Modifiers an alternative noun may have after "no" ("no real alternative", "no other way").
const ALTERNATIVE_MODIFIERS = 2;

/** Whether the "no" at k opens "no alternative to", "no substitute for", "no other way than" … before the stance at `first`. */
export function exceptedAfter(lex: Lexicon, tokens: readonly PatternToken[], pos: readonly string[], k: number, first: number): boolean {
  let j = k + 1;
  while (j < first && j <= k + ALTERNATIVE_MODIFIERS && pos[j] === 'ADJ' && !lex.maps.exceptiveNouns.has(tokens[j]!.lower)) j++;
  const words = lex.maps.exceptiveNouns.get(tokens[j]?.lower ?? '');
  return !!words && j + 1 < first && words.split(' ').includes(tokens[j + 1]?.lower ?? '');
}

/**
 * Whether the rejecting noun at k ("opposition to", "withdrawal of") governs the stance at `first`: the stance is its
 * preposition's object, not a clause after it ("the opposition to X wants …"), and a noun that also names a party
 * reads as an attitude there (see readsAsAttitude).
 */
export function rejectingNounGoverns(lex: Lexicon, tokens: readonly PatternToken[], pos: readonly string[], k: number, first: number): boolean {
  if (pos.slice(k + 2, first).some((p) => p === 'VERB' || p === 'AUX')) return false;
  return !lex.partyNouns.has(tokens[k]!.lower) || readsAsAttitude(lex, (i) => tokens[i]?.lower, (i) => pos[i], k);
}

/**
 * Whether a noun that also names a party ("opposition", "resistance") is an attitude at k: after a possessive or a
 * verb, past its adjectives ("Zenda's opposition to", "its firm opposition to", "voiced opposition to"), not after an
 * article or a conjunction ("the opposition to …", "the government and opposition to begin talks").
 */
export function readsAsAttitude(lex: Lexicon, lower: (i: number) => string | undefined, pos: (i: number) => string | undefined, k: number): boolean {
  let b = k - 1;
  while (b > 0 && b >= k - NOUN_ADJECTIVES && (pos(b) === 'ADJ' || lex.attitudeAdjectives.has(lower(b) ?? ''))) b--;
  const before = lower(b) ?? '';
  return b >= 0 && (lex.possessiveDeterminers.has(before) || /^['’]s?$/.test(before) || pos(b) === 'VERB' || pos(b) === 'ADV');
}
