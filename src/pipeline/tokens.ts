import type { Span } from '../types.js';
import type { Sentence, Token } from './types.js';

/** The text and offsets of tokens first..last of a sentence. */
export function spanOf(sentence: Sentence, first: number, last: number): Span {
  const a = sentence.tokens[first]!;
  const b = sentence.tokens[last]!;
  return { text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start), start: a.start, end: b.end };
}

// Made once here: the build writes a \p{…} literal as `new RegExp(…)` where it stands, which inside a function is once a call.
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Whether a text begins with an uppercase letter; an ASCII first character answers without the Unicode test. */
export function startsUpper(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return UPPER_START.test(text);
}

/** Whether a text begins with a lowercase letter; an ASCII first character answers without the Unicode test. */
export function startsLower(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 0x80) return first >= 0x61 && first <= 0x7a;
  return LOWER_START.test(text);
}

export function isCapitalised(token: Token | undefined): boolean {
  // A capital A-Z is a letter too: only a text beginning outside ASCII needs the second test.
  return !!token && startsUpper(token.value) && (token.value.charCodeAt(0) < 0x80 || LETTER.test(token.value));
}

/** "'s", "’s" or a bare apostrophe after a plural ("the rebels'"). */
export function isPossessiveMark(token: Token | undefined): boolean {
  return !!token && (token.lower === "'s" || token.lower === '’s' || token.lower === "'" || token.lower === '’');
}

export function isVerb(token: Token | undefined): boolean {
  return !!token && (token.pos === 'VERB' || token.pos === 'AUX');
}

/** "we", "our", "I'm": a first-person word; "US" in capitals is the United States, not "us". */
export function isFirstPerson(token: Token, firstPersonWords: ReadonlySet<string>): boolean {
  return firstPersonWords.has(token.lower) && !(token.value.length > 1 && token.value === token.value.toUpperCase());
}

/** A verb in the form of a past participle: regular ("backed", "drawn", "taken") or of the lexicon's irregular ones. */
function isParticiple(t: Token | undefined, irregular: ReadonlySet<string>): boolean {
  return !!t && t.pos === 'VERB' && (/(ed|en|wn)$/.test(t.lower) || irregular.has(t.lower));
}

/** A past participle before "by" at `by` ("committed", "backed", "put forward", "drawn up"): its agent follows. */
export function participleBefore(tokens: readonly Token[], by: number, irregular: ReadonlySet<string>): boolean {
  const before = tokens[by - 1];
  return isParticiple(before, irregular) || (!!before && (before.pos === 'ADP' || before.pos === 'ADV' || before.pos === 'PART') && isParticiple(tokens[by - 2], irregular));
}

/**
 * Where the participle of a passive stands whose subject is the mention ending at `last` ("… was invited", "… has
 * been asked", "… were not consulted"), or -1. Auxiliaries, adverbs and a negation may stand between; the last
 * auxiliary before the participle must be a form of be.
 */
export function passiveAfter(tokens: readonly Token[], last: number, passiveAuxiliaries: ReadonlySet<string>, irregular: ReadonlySet<string>): number {
  let be = false;
  for (let k = last + 1; k < tokens.length && k <= last + 5; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || passiveAuxiliaries.has(t.lower)) {
      be = passiveAuxiliaries.has(t.lower);
      continue;
    }
    if (t.pos === 'ADV' || t.pos === 'PART') continue;
    return be && isParticiple(t, irregular) ? k : -1;
  }
  return -1;
}
