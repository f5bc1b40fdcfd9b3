import type { Context } from './context.js';
import type { Entity, Sentence } from './types.js';

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
  // A pair noun, or a plural pronoun standing for a coordination ("they"): the actors of its one mention.
  const shared = entities.filter((x) => x.mention === e.mention);
  if (e.mention.kind === 'group-noun' || shared.length > 1) return shared;
  const ordered = entities.filter((x, i) => entities.findIndex((y) => y.mention === x.mention) === i);
  const index = ordered.findIndex((x) => x.mention === e.mention);
  if (index < 0) return [e];
  // The hyphen of a compound of states ("U.S.-Russian", "Russian-Turkish") joins them as "&" would.
  const compound = (a: Entity, b: Entity) => a.mention.rule === 'mention.demonym-compound' || b.mention.rule === 'mention.demonym-compound';
  const between = (a: Entity, b: Entity) => sentence.tokens.slice(a.mention.last + 1, b.mention.first).map((t) => (t.value === '-' && compound(a, b) ? '&' : t.lower));
  const joins = (a: Entity, b: Entity) => {
    // No words, or more than a list's joiners take: no join (told before the words between are copied out).
    const gap = b.mention.first - a.mention.last - 1;
    if (gap <= 0 || gap > LIST_GAP) return false;
    const words = between(a, b);
    // "… met the envoy, and he said": a pronoun after a comma opens a clause of its own.
    if (b.mention.kind === 'pronoun' && words.includes(',')) return false;
    return words.every((w) => lex.joiners.has(w)) && (words.includes('and') || words.includes('&') || words.includes(','));
  };
  let from = index;
  let to = index;
  while (from > 0 && joins(ordered[from - 1]!, ordered[from]!)) from--;
  while (to < ordered.length - 1 && joins(ordered[to]!, ordered[to + 1]!)) to++;
  // The list ends at the conjunct after its "and": in "between Moscow and Ruritania, the foreign minister said" the
  // minister opens a clause of his own.
  let and = from;
  while (and < to && !between(ordered[and]!, ordered[and + 1]!).some((w) => w === 'and' || w === '&')) and++;
  if (and === to || index > and + 1) return [e];
  to = and + 1;
  while (from < index && lex.governingWords.has(sentence.tokens[ordered[from]!.mention.first - 1]?.lower ?? '')) from++;
  const group = ordered.slice(from, to + 1);
  // A pair noun inside the list stands for its two actors.
  return group.flatMap((x) => (x.mention.kind === 'group-noun' ? entities.filter((y) => y.mention === x.mention) : [x]));
}

// The words that join the names of a list inside one noun phrase ("U.S. and Russian calls", "of Russia, Iran and Turkey").
// The most words between two names of one list (", and", "as well as").
const LIST_GAP = 4;
const LIST_JOINS = new Set([',', 'and', '&']);

/**
 * The names listed right before `e`, joined by commas and "and" only ("U.S. and Russian backing", "a statement of
 * Russia, Iran and Turkey"): one noun phrase's modifiers or one preposition's objects. Unlike `coordination`, a
 * preposition before the list governs all of it, so it does not end the list.
 */
export function namesListedBefore(sentence: Sentence, entities: readonly Entity[], e: Entity): Entity[] {
  const tokens = sentence.tokens;
  const out: Entity[] = [];
  let cur = e;
  // Entities are in text order: the one before `cur` is the last that ends before it.
  let k = entities.length - 1;
  for (;;) {
    while (k >= 0 && entities[k]!.mention.last >= cur.mention.first) k--;
    const prev = entities[k];
    if (!prev) break;
    const gap = cur.mention.first - prev.mention.last - 1;
    if (gap < 1 || gap > 2) break;
    let joined = true;
    for (let t = prev.mention.last + 1; t < cur.mention.first; t++) joined &&= LIST_JOINS.has(tokens[t]!.lower);
    if (!joined) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}
