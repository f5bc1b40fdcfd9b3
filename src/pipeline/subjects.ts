import type { Context } from './context.js';
import { firstOfGroup, namesListedBefore } from './coordination.js';
import { participleBefore, startsLower, startsUpper } from './tokens.js';
import type { Entity, Sentence } from './types.js';

const DASH = /^[–—-]$/;

// How far before its verb a subject may stand, in tokens; across appositions, further.
const SUBJECT_REACH = 14;
const APPOSITION_REACH = 40;

// What may stand before a subject: the sentence start, punctuation, a conjunction or a sentence adverb.
function startsClause(word: string, ctx: Context): boolean {
  return /^[,;:"“”'‘’(—–-]$/.test(word) || ctx.lex.clauseOpeners.has(word) || ctx.lex.openingOnlyAdverbs.has(word) || word === 'and' || word === 'but';
}

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
  // "Ankara has for years complained", "Moscow had in recent weeks insisted": a phrase between auxiliary and verb.
  const aux = auxiliaryBeforePhrase(sentence, verb, entities, ctx);
  if (aux >= 0) return subjectBefore(sentence, aux + 1, entities, ctx);
  // "An official who spoke on condition of anonymity said …": a relative clause, with no comma, right after the
  // subject, unless the clause opens with a subject of its own ("the rebels who Roe said …" is Roe's).
  for (let k = verb - 1; k > 0 && verb - k <= SUBJECT_REACH; k--) {
    const t = tokens[k]!;
    if (t.lower === 'who' || t.lower === 'which') {
      const antecedent = entities.find((e) => e.mention.last === k - 1 && !e.mention.possessive);
      if (antecedent && !entities.some((e) => e.mention.first === k + 1)) return firstOfGroup(sentence, entities, antecedent, ctx);
      break;
    }
    if (t.value === ',' || lex.clauseBreaks.has(t.lower)) break;
  }
  // "Roe – a veteran diplomat – said", "the Kurds — who fought in Raqqa — have protested": a parenthetical between
  // dashes stands between the subject and its verb.
  let dash = verb - 1;
  while (dash > 0 && lex.subjectVerbFillers.has(tokens[dash]!.lower)) dash--;
  if (DASH.test(tokens[dash]?.value ?? '')) {
    let open = dash - 1;
    while (open > 0 && dash - open <= APPOSITION_REACH && !DASH.test(tokens[open]!.value)) open--;
    const before = DASH.test(tokens[open]?.value ?? '') ? entities.find((e) => e.mention.last === open - 1 && !e.mention.possessive) : undefined;
    if (before && opensClause(tokens, before.mention.first, ctx)) return firstOfGroup(sentence, entities, before, ctx);
  }
  // "Roe, a senior adviser to the king, stressed" / "Roe, the envoy, who met them on Monday, said": the subject
  // stands before the appositions, and an auxiliary may follow them ("Roe, the envoy, had said").
  let tag = verb - 1;
  while (tag > 0 && lex.auxiliaries.has(tokens[tag]!.lower)) tag--;
  if (tokens[tag]?.value === ',') {
    for (let c = tag - 1, commas = 0; c >= 0 && c >= verb - APPOSITION_REACH && commas < 3; c--) {
      if (tokens[c]!.value !== ',') continue;
      commas++;
      // "Roe of Ruritania, who chaired the talks, said": a name may go on with "of" and a place the codebook lacks.
      const before = entities.find((e) => !e.mention.possessive && (e.mention.last === c - 1 || (e.mention.rule === 'mention.unknown-of' && tokens[e.mention.last + 1]?.lower === 'of' && tokens.slice(e.mention.last + 2, c).every((t) => t.pos === 'PROPN' || t.lower === 'the'))));
      if (before && opensClause(tokens, before.mention.first, ctx)) return firstOfGroup(sentence, entities, before, ctx);
    }
    // The actor right before the comma: "Ruritania's envoy to the talks, Jane Roe, said" (a name apposed to a
    // title that opens the clause), "His envoy Jane Roe, said …" (a stray comma between subject and verb).
    const beside = entities.filter((e) => e.mention.last === tag - 1);
    const apposed = beside.find((e) => apposedToTitle(sentence, e, entities, ctx));
    if (apposed) return apposed;
    const stray = beside.find((e) => !e.mention.possessive && e.mention.kind !== 'pronoun');
    if (stray && opensClause(tokens, stray.mention.first, ctx) && !tokens.slice(0, stray.mention.first).some((t) => t.value === ',')) return firstOfGroup(sentence, entities, stray, ctx);
  }
  // "Moscow, which says both sides must stop, …": a relative clause's verb has the antecedent as subject.
  if (ctx.lex.relativePronouns.has(tokens[verb - 1]?.lower ?? '') && tokens[verb - 2]?.value === ',') {
    const antecedent = entities.find((e) => e.mention.last === verb - 3 && !e.mention.possessive);
    if (antecedent) return firstOfGroup(sentence, entities, antecedent, ctx);
  }
  // "Roe of Acme Capital in Geneva said": the person before a body the codebook lacks (unknown-names found the frame).
  const ofBody = entities.find((e) => e.mention.rule === 'mention.unknown-of-body' && e.mention.last < verb && tokens[e.mention.last + 1]?.lower === 'of'
    && tokens.slice(e.mention.last + 2, verb).every((t) => startsUpper(t.value) || t.lower === 'the' || lex.placePrepositions.has(t.lower) || lex.subjectVerbFillers.has(t.lower)));
  if (ofBody && opensClause(tokens, ofBody.mention.first, ctx)) return firstOfGroup(sentence, entities, ofBody, ctx);
  const circle = withOwnCircle(sentence, verb, entities, ctx);
  if (circle) return firstOfGroup(sentence, entities, circle, ctx);
  let k = verb - 1;
  let commas = 0;
  while (k >= 0 && verb - k <= SUBJECT_REACH) {
    // Inside a parenthetical between subject and verb (", in Ankara,") an actor is no subject.
    const ending = commas % 2 === 1 ? [] : entities.filter((e) => e.mention.last === k);
    if (ending.length > 0) {
      const found = ending[0]!;
      // "Roe, the Qatari foreign minister, said": the name before the apposition.
      if ((found.mention.kind === 'role' || found.mention.kind === 'demonym-group') && tokens[found.mention.first - 1]?.value === ',') {
        // Only a person stands in apposition to a title: "… into Ruritania, the prime minister replied" is no apposition.
        const named = entities.find((e) => e.mention.last === found.mention.first - 2 && e.actor.kind === 'person' && (e.mention.kind === 'name' || e.mention.kind === 'unknown-name' || e.mention.kind === 'titled-unknown'));
        if (named) return named;
      }
      if (found.mention.possessive) return null;
      // "A plan drawn up by France and Britain calls for …": the agents of the participle speak through the plan, all
      // of them (the preposition before the first does not end their list).
      const listHead = [...namesListedBefore(sentence, entities, found), found][0]!;
      if (tokens[listHead.mention.first - 1]?.lower === 'by' && participleBefore(tokens, listHead.mention.first - 1, lex.irregularParticiples)) return listHead;
      // "of the opposition-rebel High Negotiations Committee": a body's name with names and modifiers before it in
      // one phrase; what stands before the phrase counts.
      const start = found.actor.kind === 'person' ? found.mention.first : bodyPhraseStart(tokens, entities, found);
      const before = tokens[start - 1];
      // "the Turkish ambassador to the UN said": the title before its phrase is the subject.
      const titled = before?.pos === 'ADP' && entities.find((e) => e.mention.kind === 'role' && e.mention.last === start - 2 && opensClause(tokens, e.mention.first, ctx));
      if (titled && TITLE_PREPOSITIONS.has(before.lower)) return titled;
      if (before?.lower === 'of' || (before?.lower === 'in' && found.actor.kind === 'state')) {
        const head = headBeforeOf(sentence, entities, found, ctx, start - 1);
        if (head) return firstOfGroup(sentence, entities, head, ctx);
      }
      // "A statement from the Kremlin said": the statement speaks for its issuer.
      const statement = entities.find((e) => e.mention.kind === 'statement' && e.mention.issuer === found.mention);
      if (statement && (statement.mention.first === 0 || startsClause(tokens[statement.mention.first - 1]!.lower, ctx))) return statement;
      if (before && (before.pos === 'VERB' || before.pos === 'ADP') && before.lower !== 'by' && before.lower !== 'as' && !lex.clauseOpeners.has(before.lower) && !hyphenated(tokens, found.mention.first - 1) && !afterOpeningClause(tokens, start, ctx)) return null;
      return firstOfGroup(sentence, entities, found, ctx);
    }
    const tok = tokens[k]!;
    // "Kerry and Lavrov (in Geneva) said": a parenthesis between subject and verb is skipped.
    if (tok.value === ')') {
      const open = tokens.slice(0, k).map((t) => t.value).lastIndexOf('(');
      if (open >= 0) {
        k = open - 1;
        continue;
      }
    }
    if (lex.clauseBreaks.has(tok.lower) && !(commas % 2 === 1 && (tok.lower === 'who' || tok.lower === 'which'))) return null;
    if (tok.value === ',') {
      commas++;
      if (commas > 2) return null;
    } else if (!lex.subjectVerbFillers.has(tok.lower) && !/^\d/.test(tok.value) && !mannerAdverb(tokens, k, verb) && commas % 2 === 0) {
      // Inside an apposition anything goes; elsewhere only fillers and a name part or two.
      if (tok.pos !== 'PROPN' || k < verb - 4) return null;
    }
    k--;
  }
  return null;
}

// Tokens of a phrase between an auxiliary and its verb ("has for a long time complained").
const INNER_PHRASE = 6;

/**
 * The auxiliary before a prepositional phrase that stands right before the
 * verb at `verb` ("has over the past month insisted"), or -1. The phrase holds
 * no comma, verb or actor.
 */
function auxiliaryBeforePhrase(sentence: Sentence, verb: number, entities: readonly Entity[], ctx: Context): number {
  const tokens = sentence.tokens;
  for (let k = verb - 1; k >= 1 && verb - k <= INNER_PHRASE; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || entities.some((e) => e.mention.first <= k && e.mention.last >= k)) return -1;
    const preposition = t.pos === 'ADP' || (t.pos === 'ADV' && ctx.lex.governingWords.has(t.lower));
    if (preposition && ctx.lex.auxiliaries.has(tokens[k - 1]!.lower) && tokens[k - 1]!.pos !== 'ADV') return k - 1;
  }
  return -1;
}

// Tokens a sentence's opening adverbial clause may take before its subject ("Six months after the unrest began").
const OPENING_CLAUSE = 12;

/**
 * "After the talks ended Lavrov said …": an adverbial clause that opens the sentence, with no comma, ends with its
 * verb right before a capitalised subject at `start`.
 */
function afterOpeningClause(tokens: Sentence['tokens'], start: number, ctx: Context): boolean {
  if (start > OPENING_CLAUSE || tokens[start - 1]?.pos !== 'VERB' || !startsUpper(tokens[start]!.value)) return false;
  const opener = tokens.findIndex((t, k) => k < start - 2 && ctx.lex.clauseOpeners.has(t.lower));
  return opener >= 0 && !tokens.slice(0, start).some((t) => t.value === ',') && tokens.slice(opener + 1, start - 1).every((t) => t.pos !== 'VERB');
}

/** Whether a mention at `first` opens its clause, alone or after a determiner ("The Observatory, a group that …, said"). */
function opensClause(tokens: Sentence['tokens'], first: number, ctx: Context): boolean {
  const at = ctx.lex.determiners.has(tokens[first - 1]?.lower ?? '') ? first - 1 : first;
  return at === 0 || startsClause(tokens[at - 1]!.lower, ctx);
}

/** "Moscow angrily denied", "the militia defiantly announced": a manner adverb right before the verb. */
function mannerAdverb(tokens: Sentence['tokens'], k: number, verb: number): boolean {
  return verb - k <= 2 && tokens[k]!.pos === 'ADV' && /ly$/.test(tokens[k]!.lower);
}

/** Whether a name stands in apposition after a title that opens its clause ("Ruritania's envoy to the talks, Jane Roe"). */
export function apposedToTitle(sentence: Sentence, e: Entity, entities: readonly Entity[], ctx: Context): boolean {
  const tokens = sentence.tokens;
  if (!NAMED_KINDS.has(e.mention.kind) || tokens[e.mention.first - 1]?.value !== ',') return false;
  const comma = e.mention.first - 1;
  return entities.some((t) => t.mention.kind === 'role' && t.mention.last < comma && opensClause(tokens, t.mention.first, ctx) && (t.mention.last === comma - 1 || titlePhrase(tokens, t.mention.last + 1, comma)));
}

// Words and names before a body's name in one phrase ("the opposition-rebel High Negotiations Committee").
const BODY_PHRASE_STEPS = 4;

/** The first token of the phrase that ends with the body's name `found`. */
function bodyPhraseStart(tokens: Sentence['tokens'], entities: readonly Entity[], found: Entity): number {
  let k = found.mention.first - 1;
  for (let steps = 0; steps < BODY_PHRASE_STEPS && k >= 0; steps++) {
    const name = entities.find((e) => e.mention.last === k && e.actor.kind !== 'person' && !e.mention.possessive);
    if (name) k = name.mention.first - 1;
    else if (tokens[k]!.value === '-' || ((tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ') && startsLower(tokens[k]!.value))) k--;
    else break;
  }
  return k + 1;
}

// Prepositions of a title's own phrase ("ambassador to the UN", "envoy for Syria").
const TITLE_PREPOSITIONS = new Set(['to', 'for', 'at']);

// Tokens of a phrase after a title before its apposed name ("envoy to the Syria peace talks, Jane Roe").
const TITLE_PHRASE = 8;

/** A prepositional phrase from `from` to the comma at `comma`, with no verb or comma in it ("to the talks"). */
export function titlePhrase(tokens: Sentence['tokens'], from: number, comma: number): boolean {
  if (comma - from < 2 || comma - from > TITLE_PHRASE || tokens[from]!.pos !== 'ADP') return false;
  return tokens.slice(from, comma).every((t) => t.value !== ',' && t.pos !== 'VERB' && t.pos !== 'AUX');
}

/** "London-based", "Saudi-backed": a participle joined by a hyphen modifies the noun after it; it governs nothing. */
function hyphenated(tokens: Sentence['tokens'], k: number): boolean {
  return tokens[k - 1]?.value === '-' && /(ed|en)$/.test(tokens[k]?.lower ?? '');
}

const NAMED_KINDS = new Set(['name', 'unknown-name', 'titled-unknown']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their']);

/**
 * "Jane Roe of the opposition council said" → Jane Roe; "Members of the
 * opposition said" → the opposition, whose people speak for it; "the Foreign
 * Ministry of Ruritania said" → Ruritania; "officials in Moscow said" → the
 * state; "their envoy in Paris said" → the envoy. `found` is the entity
 * after "of" (or "in", a state); the head before it must open the clause.
 */
function headBeforeOf(sentence: Sentence, entities: readonly Entity[], found: Entity, ctx: Context, of = found.mention.first - 1): Entity | null {
  const { lex } = ctx;
  const tokens = sentence.tokens;
  const located = tokens[of]!.lower === 'in';
  // "Roe of the opposition council"; "their envoy in Paris", "Roe in Geneva": a person located in a place.
  const person = entities.find((e) => e.mention.last === of - 1 && !e.mention.possessive && (located ? e.mention.kind === 'role' || (NAMED_KINDS.has(e.mention.kind) && e.actor.kind === 'person') : NAMED_KINDS.has(e.mention.kind)));
  let first = person ? person.mention.first : of - 1;
  const head = tokens[of - 1]?.lower ?? '';
  const speaksFor = located ? lex.officialNouns.has(head) : lex.bodyPeople.has(head) || lex.peopleNouns.has(head) || lex.bodyNouns.has(head);
  if (!person && !speaksFor) return null;
  // "Senior members of …", "the leaders of …": a determiner or a filler may stand before the group noun.
  while (!person && first > 0 && first > of - 4 && (lex.determiners.has(tokens[first - 1]!.lower) || lex.groupFillers.has(tokens[first - 1]!.lower))) first--;
  const opens = person ? opensClause(tokens, first, ctx) : first === 0 || startsClause(tokens[first - 1]!.lower, ctx);
  return opens ? (person ?? found) : null;
}

/**
 * "Washington and (many of) its allies have said", "Erdogan and other
 * officials have said", "French officials and experts warn": the subject
 * coordinated with its own circle or with people the text does not place
 * speaks for both; they are no actor of their own. The entity before "and",
 * or null.
 */
function withOwnCircle(sentence: Sentence, verb: number, entities: readonly Entity[], ctx: Context): Entity | null {
  const { lex } = ctx;
  const tokens = sentence.tokens;
  let k = verb - 1;
  while (k >= 0 && lex.subjectVerbFillers.has(tokens[k]!.lower) && tokens[k]!.value !== ',' && !POSSESSIVE_PRONOUNS.has(tokens[k]!.lower)) k--;
  const noun = tokens[k];
  if (!noun || !(lex.peopleNouns.has(noun.lower) || lex.bodyPeople.has(noun.lower))) return null;
  k--;
  // "its allies", "other officials", "other senior officials", or the bare noun ("… officials and experts").
  if (POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '')) k--;
  else for (let fillers = 0; fillers < 2 && lex.groupFillers.has(tokens[k]?.lower ?? '') && tokens[k]!.value !== '-'; fillers++) k--;
  // "many of its allies", "some of his aides".
  if (tokens[k]?.lower === 'of' && lex.peopleNouns.has(tokens[k - 1]?.lower ?? '')) k -= 2;
  if (tokens[k]?.lower !== 'and') return null;
  const e = entities.find((x) => x.mention.last === k - 1 && !x.mention.possessive);
  if (!e) return null;
  const before = tokens[e.mention.first - 1];
  return !before || startsClause(before.lower, ctx) ? e : null;
}

/**
 * The subject of the sentence's main clause, before token `before`: its first
 * entity not governed by a preposition or a verb, not possessed, outside
 * parentheses ("Roe, in Geneva, …" → Roe). For participles ("…, saying …")
 * and coordinated verbs ("… and said …").
 */
export function mainSubject(sentence: Sentence, entities: readonly Entity[], ctx: Context, before: number): Entity | null {
  const tokens = sentence.tokens;
  let depth = 0;
  const inParens = tokens.map((t) => {
    if (t.value === '(') depth++;
    const inside = depth > 0;
    if (t.value === ')') depth = Math.max(0, depth - 1);
    return inside;
  });
  const found = entities.find((e) => {
    const m = e.mention;
    if (m.last >= before || inParens[m.first] || (m.possessive && tokens[m.last + 2]?.pos !== 'VERB') || m.kind === 'statement') return false;
    const prev = tokens[m.first - 1];
    return !prev || !(ctx.lex.governingWords.has(prev.lower) || (prev.pos === 'VERB' && !hyphenated(tokens, m.first - 1))) || ctx.lex.clauseOpeners.has(prev.lower);
  });
  return found ? firstOfGroup(sentence, entities, found, ctx) : null;
}
