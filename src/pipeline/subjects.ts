import type { Context } from './context.js';
import type { Entity, Sentence } from './types.js';

// How far before its verb a subject may stand, in tokens.
const SUBJECT_REACH = 14;

/**
 * The subject of the verb at `verb`: the nearest entity before it, across
 * auxiliaries, adverbs, time phrases and an apposition ("Roe, the
 * ambassador, said"; "Roe, who met rebels on Monday, said"). A mention after
 * a verb or a preposition is an object; a possessive owns a noun; a clause
 * break ends the search. With coordinated subjects ("Paris and London
 * said"), the first of them.
 */
export function subjectBefore(sentence: Sentence, verb: number, entities: readonly Entity[], ctx: Context): Entity | null {
  const { lex } = ctx;
  const tokens = sentence.tokens;
  // "Roe, a senior adviser to the king, stressed": the subject stands before the apposition.
  if (tokens[verb - 1]?.value === ',') {
    for (let c = verb - 2; c >= 0 && c >= verb - 16; c--) {
      if (tokens[c]!.value !== ',') continue;
      const before = entities.find((e) => e.mention.last === c - 1 && !e.mention.possessive);
      if (before) return firstOfGroup(sentence, entities, before, ctx);
      break;
    }
  }
  let k = verb - 1;
  let commas = 0;
  while (k >= 0 && verb - k <= SUBJECT_REACH) {
    const ending = entities.filter((e) => e.mention.last === k);
    if (ending.length > 0) {
      const found = ending[0]!;
      // "Roe, the Qatari foreign minister, said": the name before the apposition.
      if ((found.mention.kind === 'role' || found.mention.kind === 'demonym-group') && tokens[found.mention.first - 1]?.value === ',') {
        const named = entities.find((e) => e.mention.last === found.mention.first - 2 && (e.mention.kind === 'name' || e.mention.kind === 'unknown-name' || e.mention.kind === 'titled-unknown'));
        if (named) return named;
      }
      if (found.mention.possessive) return null;
      const before = tokens[found.mention.first - 1];
      if (before && (before.pos === 'VERB' || before.pos === 'ADP') && before.lower !== 'by' && before.lower !== 'as' && !lex.clauseOpeners.has(before.lower)) return null;
      return firstOfGroup(sentence, entities, found, ctx);
    }
    const tok = tokens[k]!;
    if (lex.clauseBreaks.has(tok.lower) && !(commas % 2 === 1 && (tok.lower === 'who' || tok.lower === 'which'))) return null;
    if (tok.value === ',') {
      commas++;
      if (commas > 2) return null;
    } else if (!lex.subjectVerbFillers.has(tok.lower) && !/^\d/.test(tok.value) && commas % 2 === 0) {
      // Inside an apposition anything goes; elsewhere only fillers and a name part or two.
      if (tok.pos !== 'PROPN' || k < verb - 4) return null;
    }
    k--;
  }
  return null;
}

/** The first entity of a coordination that ends with `e` ("Russia and China", "Kerry and his counterpart"). */
export function firstOfGroup(sentence: Sentence, entities: readonly Entity[], e: Entity, ctx: Context): Entity {
  const group = coordination(sentence, entities, e, ctx);
  return group[0] ?? e;
}

/**
 * The entities coordinated with `e`: "Russia and the United States", "Putin,
 * Rouhani and Erdogan", "both Kerry and Lavrov"; one pair noun's two actors.
 * Commas alone make no list: one join must be "and" or "&". A preposition
 * before the first ("a visit to Moscow and ...") makes it an object, not part
 * of the group.
 */
export function coordination(sentence: Sentence, entities: readonly Entity[], e: Entity, ctx: Context): Entity[] {
  const { lex } = ctx;
  if (e.mention.kind === 'group-noun') return entities.filter((x) => x.mention === e.mention);
  const ordered = entities.filter((x, i) => entities.findIndex((y) => y.mention === x.mention) === i);
  const index = ordered.findIndex((x) => x.mention === e.mention);
  if (index < 0) return [e];
  const between = (a: Entity, b: Entity) => sentence.tokens.slice(a.mention.last + 1, b.mention.first).map((t) => t.lower);
  const joins = (a: Entity, b: Entity) => {
    const words = between(a, b);
    return words.length > 0 && words.length <= 4 && words.every((w) => lex.joiners.has(w)) && (words.includes('and') || words.includes('&') || words.includes(','));
  };
  let from = index;
  let to = index;
  while (from > 0 && joins(ordered[from - 1]!, ordered[from]!)) from--;
  while (to < ordered.length - 1 && joins(ordered[to]!, ordered[to + 1]!)) to++;
  let hasAnd = false;
  for (let k = from; k < to; k++) if (between(ordered[k]!, ordered[k + 1]!).some((w) => w === 'and' || w === '&')) hasAnd = true;
  if (!hasAnd) return [e];
  while (from < index && lex.governingWords.has(sentence.tokens[ordered[from]!.mention.first - 1]?.lower ?? '')) from++;
  const group = ordered.slice(from, to + 1);
  // A pair noun inside the list stands for its two actors.
  return group.flatMap((x) => (x.mention.kind === 'group-noun' ? entities.filter((y) => y.mention === x.mention) : [x]));
}
