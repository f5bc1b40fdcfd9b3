import type { MentionSet } from './mention-set.js';
import { apposedBodyKind } from './mention-roles.js';
import { misspeltPerson, sharesGivenName, surnameKey } from './name-variants.js';
import { organAfter } from './organs.js';
import { titlePhrase } from './subjects.js';
import { isNamePart } from './titles.js';
import { isVerb, startsUpper } from './tokens.js';
import type { Mention, Token } from './types.js';

/**
 * Names the codebook lacks, where the sentence makes them a speaker or places
 * them: before a speech verb ("Jane Roe said"), after an inverted one ("...,
 * said Jane Roe"), after "according to" or "quoted", in apposition with a
 * title ("the ambassador, Jane Roe," / "Jane Roe, a senior diplomat,"), and
 * before "of" and a known body ("Jane Roe of the opposition council"), with
 * an age in apposition ("Jane Roe, 26, a teacher,"). A
 * capitalised place or name before a body noun ("Richmond police") is a body.
 * An organ by its generic name ("the Foreign Ministry") is a body named before.
 * A codebook person's surname alone ("Roe said", when only one person has it)
 * is that person; a state's place name that speaks ("Ruritania said") is the
 * state.
 */
export function findUnknownNames(set: MentionSet): void {
  const { sentence, covered, ctx } = set;
  const tokens = sentence.tokens;
  // A codebook person's surname is a name part whatever the tagger says ("Cook said" read as a verb).
  const part = (t: Token | undefined) => isNamePart(t) || (!!t && startsUpper(t.value) && ctx.cb.surnames.has(surnameKey(t)));
  // "Jane Roe: …" opening a sentence of running text: a transcript's speaker turn, whatever the tagger made of the
  // name's words (a headline's "X: …" names a topic as often).
  const colon = tokens[2]?.value === ':' ? 2 : tokens[3]?.value === ':' ? 3 : -1;
  if (colon > 0 && !sentence.isHeadline && colon + 1 < tokens.length && tokens.slice(0, colon).every((t, k) => !covered[k] && TURN_NAME_PART.test(t.value))) {
    const name = sentence.text.slice(tokens[0]!.start - sentence.start, tokens[colon - 1]!.end - sentence.start);
    set.add(set.make('unknown-name', null, 0, colon - 1, 'mention.unknown-turn', { adhoc: { name, affiliation: 'other', kind: 'person' } }));
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !part(tokens[i])) continue;
    // "Police said": a body named before, not a person.
    if (ctx.lex.bodyNouns.has(tokens[i]!.lower) && !part(tokens[i + 1])) {
      set.add(set.make('definite', null, i, i, 'mention.definite-body', { noun: tokens[i]!.lower }));
      continue;
    }
    let last = i;
    for (let k = i + 1; k < tokens.length && !covered[k]; k++) {
      if (part(tokens[k])) last = k;
      else if (set.ctx.lex.nameParticles.has(tokens[k]!.lower) && isNamePart(tokens[k + 1])) continue;
      else break;
    }
    const found = judgeRun(set, i, last);
    if (found) set.add(found);
    i = last;
  }
}

function judgeRun(set: MentionSet, first: number, last: number): Mention | null {
  const { sentence, ctx } = set;
  const { lex, cb } = ctx;
  const tokens = sentence.tokens;
  const run = tokens.slice(first, last + 1);
  // "Kerry Declines to Say …": in a headline in title case a capitalised word right after a known name is its verb.
  if (sentence.isHeadline && titleCased(tokens, lex) && set.list.some((m) => m.actorId && m.last === first - 1 && !m.possessive)) return null;
  const knownSurname = run.length === 1 && cb.surnames.has(surnameKey(run[0]!));
  if ((!run.some((t) => t.pos === 'PROPN') && !knownSurname) || run.every((t) => lex.calendarWords.has(t.lower))) return null;
  if (run.length === 1 && lex.peopleNouns.has(run[0]!.lower)) return null;
  // The object of a preposition ("the envoy for Syria said") is nobody's name as a speaker.
  // So is the object after an article ("Jane Roe of the Acme Institute said": the institute is not the speaker).
  const governs = (k: number) => lex.governingWords.has(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'by';
  const governed = governs(first - 1) || (tokens[first - 1]?.lower === 'the' && governs(first - 2));
  // A headline capitalises its first word whatever it is ("Extension expected"): alone, that word is no name.
  if (run.length === 1 && first === 0 && (tokens[0]!.pos !== 'PROPN' || (sentence.isHeadline && !knownSurname && !cb.places.has(run[0]!.value)))) return null;
  if (cb.demonyms.has(run[run.length - 1]!.value)) return null;
  // "MPs", "the Joint Chiefs": a plural is a group, not a person's name.
  const tail = run[run.length - 1]!;
  if (/^[A-Z]{2,}s$/.test(tail.value) || (tail.pos === 'NOUN' && tail.lemma !== tail.lower && /s$/.test(tail.lower))) return null;
  const after = tokens[last + 1];
  // "Foreign Ministry officials said", "the Defence Ministry of Ruritania": an organ by its generic name is a body, no
  // person; with "of" the body after it speaks (the subject stage reads it), else the body named before.
  if (run.length > 1 && lex.bodyNouns.has(tail.lower) && run.slice(0, -1).every((t) => lex.groupFillers.has(t.lower))) {
    if (after?.lower === 'of') return null;
    // "Foreign Ministry officials": the body's people speak for it.
    const people = lex.bodyPeople.has(after?.lower ?? '') && !set.covered[last + 1] ? 1 : 0;
    return set.make('definite', null, first, last + people, 'mention.titled-body', { noun: tail.lower });
  }
  const name = sentence.text.slice(run[0]!.start - sentence.start, run[run.length - 1]!.end - sentence.start);
  const person = (rule: string, affiliation = 'other'): Mention => {
    const key = surnameKey(run[run.length - 1]!);
    const known = cb.surnames.get(key);
    const same = known !== undefined && (run.length === 1 || sharesGivenName(run[0]!, cb.actors.get(known)!.name));
    if (known && same && (run.length === 1 || affiliation === 'other' || cb.actors.get(known)?.affiliation === affiliation)) return set.make('name', known, first, last, 'mention.surname');
    const variant = known ? undefined : misspeltPerson(cb, run);
    if (variant) return set.make('name', variant, first, last, 'mention.spelling-variant');
    return set.make('unknown-name', null, first, last, rule, { adhoc: { name, affiliation, kind: 'person' } });
  };

  // "Richmond police said", "the Zenda Brigade rebel group said": a body the codebook lacks, its kind after its name.
  const bodyAt = bodyNounAfter(set, last + 1);
  if (bodyAt > 0 && speechVerbAfter(set, bodyAt + 1)) {
    const bodyName = sentence.text.slice(run[0]!.start - sentence.start, tokens[bodyAt]!.end - sentence.start);
    return set.make('unknown-name', null, first, bodyAt, 'mention.unknown-body', { adhoc: { name: bodyName, affiliation: 'other', kind: 'org' } });
  }
  // "The Zenda Network for Human Rights (, which …,) said": a body the codebook lacks whose name goes on after a
  // preposition.
  const bodyEnd = lex.bodyNouns.has(tail.lower) && (after?.lower === 'for' || after?.lower === 'of' || after?.lower === 'on') ? nameAfter(set, last + 2) : -1;
  if (bodyEnd > 0 && (speechVerbAfter(set, bodyEnd + 1) || (tokens[bodyEnd + 1]?.value === ',' && appositionThenVerb(set, bodyEnd + 2)))) {
    const bodyName = sentence.text.slice(run[0]!.start - sentence.start, tokens[bodyEnd]!.end - sentence.start);
    return set.make('unknown-name', null, first, bodyEnd, 'mention.unknown-body-of', { adhoc: { name: bodyName, affiliation: 'other', kind: 'org' } });
  }
  // "Jane Roe of the opposition council, ...": placed by the body after "of".
  if (after?.lower === 'of' || (after?.value === ',' && tokens[last + 2]?.lower === 'of')) {
    const ofAt = after.lower === 'of' ? last + 1 : last + 2;
    const body = set.list.find((m) => m.actorId && (m.first === ofAt + 1 || (m.first === ofAt + 2 && tokens[ofAt + 1]!.lower === 'the') || (m.first <= ofAt + 4 && m.first > ofAt && tokens.slice(ofAt + 1, m.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.value === '-'))));
    if (body) return person('mention.unknown-of', cb.actors.get(body.actorId!)!.affiliation);
    // "Jane Roe of Ruritania, who chaired the council, said": a person of a place the codebook lacks.
    if (appositionThenVerb(set, ofAt)) return person('mention.unknown-of');
    // "Jane Roe of Acme Capital in Geneva said": a person of a body the codebook lacks, whose side it does not say.
    if (after.lower === 'of' && unknownBodyThenVerb(set, ofAt + 1)) return person('mention.unknown-of-body');
  }
  // "Jane Roe, 26, a teacher in Aleppo, …": a name with an age in apposition is a person.
  if (!governed && after?.value === ',' && AGE.test(tokens[last + 2]?.value ?? '') && /^[,.]$/.test(tokens[last + 3]?.value ?? '')) return person('mention.unknown-age');
  // Apposition: "the German ambassador, Jane Roe," / "Jane Roe, the Qatari foreign minister,"; the title may take a
  // phrase of its own ("Ruritania's envoy to the talks, Jane Roe,").
  const titleOf = (m: Mention) => m.kind === 'role' || m.kind === 'titled-unknown' || m.kind === 'demonym-group';
  // A place is no person in apposition ("talks with Ruritania, the foreign minister said": the minister speaks).
  // "Syria said": a place that speaks is its state. Elsewhere ("talks on Syria") it stays a place.
  const place = cb.places.get(name);
  const before = !place && tokens[first - 1]?.value === ',' ? set.list.find((m) => titleOf(m) && (m.last === first - 2 || titlePhrase(tokens, m.last + 1, first - 1))) : undefined;
  if (before) return person('mention.unknown-apposition', before.role?.affiliation ?? before.adhoc?.affiliation ?? affiliationOfActor(set, before.actorId));
  // "a hardline rebel group, the Zenda Front, which …": a body named in apposition to its kind; "the group" may
  // name it again.
  const kind = place || !/^[,.)]$/.test(after?.value ?? '.') ? null : apposedBodyKind(sentence, first, last, lex);
  if (kind) return set.make('unknown-name', null, first, last, 'mention.unknown-body-apposition', { adhoc: { name, affiliation: 'other', kind: 'org' }, noun: kind });
  // "In Ruritania, the minister said": a name after a preposition of place is the place.
  const placed = ctx.lex.placePrepositions.has(tokens[first - 1]?.lower ?? '');
  if (after?.value === ',' && !placed && !place) {
    // ", the Qatari foreign minister," / ", a senior Turkish diplomat,": an article and title modifiers may come first.
    // ", his fellow captive,": a possessive determiner too.
    const lead = (m: Mention) => tokens.slice(last + 2, m.first).every((t, k) => (k === 0 && lex.determiners.has(t.lower)) || lex.titleModifiers.has(t.lower) || lex.groupFillers.has(t.lower));
    const next = set.list.find((m) => m.first >= last + 2 && m.first <= last + 5 && lead(m) && (m.kind === 'role' || m.kind === 'demonym-group'));
    if (next) return person('mention.unknown-apposition', next.role?.affiliation ?? affiliationOfActor(set, next.actorId));
    // "Jane Roe of Ruritania, who chaired the talks, said": the place after "of" is nobody's name; nor is a
    // body's ("the Zenda Brigade, a rebel group, said").
    const body = tokens[first - 1]?.lower === 'the' || lex.bodyNouns.has(tail.lower);
    if (!governed && !body && opensApposition(tokens[last + 2], lex) && appositionThenVerb(set, last + 2)) return person('mention.unknown-apposition');
  }
  // "Ruritania's state-run news channel said": the organ of a state known by its place name.
  const organ = place ? organAfter(tokens, last, lex) : -1;
  if (place && organ > last + 1) return set.make('name', place, first, organ, 'mention.place-organ');
  const speaker = (rule: string) => (place ? set.make('name', place, first, last, 'mention.place-speaker') : person(rule));
  if (!governed && speechVerbAfter(set, last + 1)) return speaker('mention.unknown-speaker');
  const prev = tokens[first - 1];
  if (prev && isSpeechToken(set, prev) && (first - 1 === 0 || /^[,"”’'“]$/.test(tokens[first - 2]!.value))) return speaker('mention.unknown-inverted');
  if (prev?.lower === 'to' && tokens[first - 2]?.lower === 'according') return speaker('mention.unknown-according');
  if ((prev?.lower === 'quoted' || prev?.lower === 'cited') && tokens[last + 1]?.lower === 'as') return speaker('mention.unknown-quoted');
  // "Moscow, Ruritania and Tehran contend": a place inside a list of states that speaks is its state too.
  if (place && !governed && speakingListAfter(set, last + 1)) return set.make('name', place, first, last, 'mention.place-listed');
  return null;
}

/** Whether a list of states goes on from `from` (", Tehran and Ankara") to a speech or position verb. */
function speakingListAfter(set: MentionSet, from: number): boolean {
  const tokens = set.sentence.tokens;
  let k = from;
  let states = 0;
  for (;;) {
    while (tokens[k]?.value === ',' || tokens[k]?.lower === 'and') k++;
    const m = set.at(k);
    if (!m?.actorId || set.ctx.cb.actors.get(m.actorId)?.kind !== 'state' || k === from) break;
    states++;
    k = m.last + 1;
  }
  return states > 0 && speechVerbAfter(set, k);
}

// Lower-case words that may describe a body between its name and its kind ("rebel", "armed opposition").
const BODY_DESCRIPTION_WORDS = 2;

/** Where the body noun after a name stands ("police", "rebel group"), or -1. */
function bodyNounAfter(set: MentionSet, from: number): number {
  const tokens = set.sentence.tokens;
  for (let k = from; k < tokens.length && k <= from + BODY_DESCRIPTION_WORDS && !set.covered[k]; k++) {
    const t = tokens[k]!;
    if (set.ctx.lex.bodyNouns.has(t.lower)) return k;
    if (startsUpper(t.value) || !(t.pos === 'NOUN' || t.pos === 'ADJ')) return -1;
  }
  return -1;
}

/**
 * ", a senior diplomat," / ", who chaired the talks," open an apposition; so does a participle clause, the reduced
 * relative of news English ("Jane Roe, speaking in Geneva, said" / ", released on Monday,").
 */
function opensApposition(t: Token | undefined, lex: MentionSet['ctx']['lex']): boolean {
  if (!t) return false;
  return lex.appositionOpeners.has(t.lower) || (isVerb(t) && t.lemma !== t.lower && /(?:ing|ed|en)$/.test(t.lower));
}

// An age in apposition after a name.
const AGE = /^(1[0-1]\d|[1-9]\d?)$/;

// A part of a speaker's name at a transcript turn: capitalised, not in capitals ("UPDATE", "BREAKING").
const TURN_NAME_PART = /^\p{Lu}\p{Ll}+$/u;

function affiliationOfActor(set: MentionSet, id: string | null): string {
  return (id && set.ctx.cb.actors.get(id)?.affiliation) || 'other';
}

function isSpeechToken(set: MentionSet, t: Token): boolean {
  const { speechVerbs } = set.ctx.lex;
  return (speechVerbs.has(t.lemma) || speechVerbs.has(t.lower)) && (isVerb(t) || t.lower === 'said' || t.lower === 'says' || t.lower === 'added' || t.lower === 'told');
}

// How many tokens a bracket after a name may hold ("Jane Roe (D-N.Y.) said").
const BRACKET_REACH = 8;

/** A speech or position verb at `from`, across a bracket after the name, auxiliaries, adverbs and time words. */
function speechVerbAfter(set: MentionSet, from: number): boolean {
  const tokens = set.sentence.tokens;
  const { subjectVerbFillers, positionVerbs } = set.ctx.lex;
  let k = from;
  if (tokens[k]?.value === '(') {
    const close = tokens.slice(k, k + BRACKET_REACH).findIndex((t) => t.value === ')');
    if (close > 0) k += close + 1;
  }
  while (k < tokens.length && k < from + 6 && subjectVerbFillers.has(tokens[k]!.lower) && tokens[k]!.value !== ',') k++;
  const verb = tokens[k];
  return !!verb && (isSpeechToken(set, verb) || (isVerb(verb) && positionVerbs.has(verb.lemma)));
}

/**
 * Where a capitalised name that starts at `from` ends (exclusive; `from` when there is none), at most
 * BODY_NAME_REACH tokens on; with `joined`, a short word between two name parts is inside the name ("Defence of
 * Rights", "Peace and Justice").
 */
function nameEnd(set: MentionSet, from: number, joined = false): number {
  const tokens = set.sentence.tokens;
  const joins = (t: Token | undefined) => t?.lower === 'of' || t?.lower === 'and' || t?.lower === 'for';
  let k = from;
  while (k < tokens.length && k < from + BODY_NAME_REACH && !set.covered[k] && (isNamePart(tokens[k]) || (joined && k > from && joins(tokens[k]) && isNamePart(tokens[k + 1])))) k++;
  return k;
}

/** The last token of a capitalised name from `from` (after an article), or -1: "(the) Human Rights". */
function nameAfter(set: MentionSet, from: number): number {
  const start = set.sentence.tokens[from]?.lower === 'the' ? from + 1 : from;
  const end = nameEnd(set, start, true);
  return end > start ? end - 1 : -1;
}

// How many words a body's name the codebook lacks may have ("Acme Capital Markets Research Group").
const BODY_NAME_REACH = 6;

/** "of Acme Capital said" / "of the Acme Institute in Geneva said": a body's name, perhaps its place, then a speech verb. */
function unknownBodyThenVerb(set: MentionSet, from: number): boolean {
  const tokens = set.sentence.tokens;
  const { determiners, placePrepositions } = set.ctx.lex;
  const start = determiners.has(tokens[from]?.lower ?? '') ? from + 1 : from;
  let k = nameEnd(set, start);
  if (k === start) return false;
  if (placePrepositions.has(tokens[k]?.lower ?? '')) {
    const place = nameEnd(set, k + 1);
    if (place === k + 1) return false;
    k = place;
  }
  return speechVerbAfter(set, k);
}

// How far an apposition or relative clause may run before the speech verb.
const APPOSITION_REACH = 40;

/** ", a senior diplomat at the ministry, said" / ", who chaired the talks, remarked": an apposition closes and a speech verb follows. */
function appositionThenVerb(set: MentionSet, from: number): boolean {
  const tokens = set.sentence.tokens;
  for (let k = from; k < tokens.length && k < from + APPOSITION_REACH; k++) {
    if (tokens[k]!.value === ',' && speechVerbAfter(set, k + 1)) return true;
  }
  return false;
}

// Words a line needs before its capitals say title case rather than names.
const TITLE_CASE_WORDS = 4;

/** Whether a line is in title case: every word capitalised but the short ones ("Roe Declines to Say Talks Are Over"). */
function titleCased(tokens: readonly Token[], lex: MentionSet['ctx']['lex']): boolean {
  const words = tokens.filter((t) => /^[A-Za-z]/.test(t.value));
  return words.length >= TITLE_CASE_WORDS && words.every((t) => startsUpper(t.value) || lex.titleCaseSmallWords.has(t.lower));
}
