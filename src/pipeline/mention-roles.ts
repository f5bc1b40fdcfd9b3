import type { Context } from './context.js';
import type { Mention, Sentence } from './types.js';

/** A quotation mark standing alone as a token. */
const QUOTE_MARK = /^["“”‘’']$/;

/**
 * Whether a quotation mark stands before token `at`: a mark with a space on one side at least (an
 * apostrophe inside a word, as in a pronunciation guide's "SEHR'-gay", is none).
 */
export function quoteMarkBefore(sentence: Sentence, at: number): boolean {
  const mark = firstQuoteMark(sentence);
  return mark >= 0 && mark < at;
}

/** The first quotation mark of a sentence (an apostrophe inside a word is none), or -1. */
export function firstQuoteMark(sentence: Sentence): number {
  const tokens = sentence.tokens;
  return tokens.findIndex((t, k) => QUOTE_MARK.test(t.value) && (k === 0 || t.space || tokens[k + 1]?.space !== false));
}

/** "with Roe", "met Roe": a mention after a preposition or a verb is no subject. */
export function governedMention(sentence: Sentence, m: Mention, lex: Context['lex']): boolean {
  const before = sentence.tokens[m.first - 1];
  return !!before && (lex.governingWords.has(before.lower) || before.pos === 'VERB');
}

/** Whether a mention is owned by a noun after it ("Russia's position"): then it is not a subject. */
export function possessed(sentence: Sentence, m: Mention): boolean {
  return m.possessive && sentence.tokens[m.last + 2]?.pos !== 'VERB';
}

/**
 * "their envoy", "his spokesman": the possessive pronoun just before a role of serving whose side no word
 * names, as a pronoun mention of its own; else null ("his counterpart" is on the other side).
 */
export function possessivePronounBefore(sentence: Sentence, m: Mention, lex: Context['lex']): Mention | null {
  if (!m.role || m.role.affiliation !== null || !lex.servingNouns.has(m.role.title.split(' ').pop()!)) return null;
  const at = m.first - 1;
  const t = sentence.tokens[at];
  const features = t ? lex.maps.possessivePronouns.get(t.lower) : undefined;
  if (!t || !features) return null;
  const [gender, number] = features.split(':') as ['m' | 'f' | 'n', string];
  return { kind: 'pronoun', actorId: null, first: at, last: at, start: t.start, end: t.end, rule: 'mention.pronoun', possessive: true, pronoun: { gender, plural: number === 'p' } };
}

// Words between an article and its title ("a senior Kremlin aide").
const MAX_TITLE_MODIFIERS = 3;

/** "a U.N. spokesman", "a senior Kremlin aide": a title after an indefinite article, modifiers between. */
export function indefiniteTitle(sentence: Sentence, m: Mention, lex: Context['lex']): boolean {
  const tokens = sentence.tokens;
  let article = m.first - 1;
  while (article > 0 && m.first - article <= MAX_TITLE_MODIFIERS && (lex.titleModifiers.has(tokens[article]!.lower) || lex.groupFillers.has(tokens[article]!.lower))) article--;
  return /^(a|an)$/.test(tokens[m.first]?.lower ?? '') || /^(a|an)$/.test(tokens[article]?.lower ?? '');
}

// Words between an indefinite article and a body's kind ("a major hardline rebel group").
const KIND_MODIFIERS = 4;

/**
 * The kind of body a name is set in apposition to, before it ("a hardline rebel group, (the) Zenda Front,") or after
 * it ("Zenda Front, a hardline rebel group,"), or null.
 */
export function apposedBodyKind(sentence: Sentence, first: number, last: number, lex: Context['lex']): string | null {
  const tokens = sentence.tokens;
  // The body noun at `noun` after "a"/"an" and a few modifiers; after the name, the article comes after its comma.
  const kindAt = (noun: number, afterName: boolean) => {
    if (!lex.bodyNouns.has(tokens[noun]?.lower ?? '')) return null;
    for (let k = noun - 1; k >= 0 && noun - k <= KIND_MODIFIERS; k--) {
      if (/^(a|an)$/.test(tokens[k]!.lower)) return !afterName || k > last + 1 ? tokens[noun]!.lower : null;
      if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') return null;
    }
    return null;
  };
  const start = tokens[first - 1]?.lower === 'the' ? first - 1 : first;
  if (tokens[start - 1]?.value === ',') {
    const before = kindAt(start - 2, false);
    if (before) return before;
  }
  if (tokens[last + 1]?.value !== ',') return null;
  for (let noun = last + 3; noun <= last + 2 + KIND_MODIFIERS && noun < tokens.length; noun++) {
    if (/^[,.;)]$/.test(tokens[noun + 1]?.value ?? '.') && kindAt(noun, true)) return tokens[noun]!.lower;
  }
  return null;
}
