import type { Context } from './context.js';
import { colonLeadIn } from './colon-lead-in.js';
import { apposedToTitle, mainSubject, subjectBefore } from './subjects.js';
import { isCapitalised, isVerb } from './tokens.js';
import type { Entity, Frame, Sentence, Token } from './types.js';

// Tokens after a "quoted" within which "as saying" may follow ("quoted Roe, the envoy, as saying").
const QUOTED_REACH = 14;
// Tokens between an inverted verb and its speaker ("said a senior opposition figure, Jane Roe").
const INVERTED_GAP = 3;
// Tokens between a subject's verb and "to" before an infinitive speech verb ("went on to say", "was quick to add").
const CATENATIVE_REACH = 4;
// Tokens of a title before a transcript speaker's name ("President of Russia Vladimir Putin:").
const MAX_TITLE_TOKENS = 6;
// An article and modifiers before a postposed speaker ('"…," a senior official said').
const MAX_SUBJECT_MODIFIERS = 3;

/**
 * Speech and position frames of one sentence: which content belongs to which
 * speaker. "X said (that) …" (preposed), "…, X said" (postposed), "…, said
 * X" (inverted), "…, X said, …" (parenthetical), "X did this, saying …"
 * (a participle: the main subject speaks), "X did this and said …" (a
 * coordinated verb), "X went on to say …" (an infinitive after a verb of
 * going on), "with X saying …", "according to X", "X was quoted (or cited)
 * as saying", "calls from X", "X made it clear that …", position verbs ("X
 * has long opposed …"), attitude adjectives ("X remains wary of …"), a
 * speaker before a colon ("X: …"), a headline's credit ("… – X"). Tokens
 * inside a quotation never frame. Each frame carries its rule id.
 */
export function findFrames(sentence: Sentence, inside: readonly boolean[], entities: readonly Entity[], ctx: Context): Frame[] {
  const tokens = sentence.tokens;
  const n = tokens.length;
  const frames: Frame[] = [];
  const sourceOf = (first: number, last: number): Frame['source'] => (inside.slice(first, last + 1).some(Boolean) ? 'quote' : 'reported');
  const push = (entity: Entity, first: number, last: number, verb: number, rule: string) => {
    const lo = Math.max(0, first);
    const hi = Math.max(lo, Math.min(n - 1, last));
    frames.push({ speaker: entity.actor, entity, first: lo, last: hi, verb, source: sourceOf(lo, hi), rule });
  };
  const entityAfter = (i: number, gap: number) =>
    entities.find((e) => e.mention.first > i && e.mention.first <= i + 1 + gap && tokens.slice(i + 1, e.mention.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.lower === 'one'));

  // "Jane Roe: …" / "#Name: …" at the start of a sentence: a transcript, a headline, a tweet's quoted speaker.
  // The name may follow its title ("President of Russia Vladimir Putin: …").
  const titled = (e: Entity) => e.mention.first <= MAX_TITLE_TOKENS && tokens.slice(0, e.mention.first).every((t) => isCapitalised(t) || t.lower === 'of' || t.lower === 'the');
  // In running text a place before the colon is a dateline ("Moscow: The president said …"), no speaker.
  const dateline = (e: Entity) => !sentence.isHeadline && e.actor.kind === 'state' && e.mention.first === 0;
  const lead = entities.find((e) => tokens[e.mention.last + 1]?.value === ':' && (e.mention.first <= 1 || titled(e)) && e.mention.kind !== 'pronoun' && !dateline(e));
  if (lead && lead.mention.last + 2 < n) {
    push(lead, lead.mention.last + 2, n - 1, -1, lead.mention.kind === 'hashtag-speaker' ? 'frame.hashtag-speaker' : 'frame.speaker-colon');
    if (lead.mention.kind === 'hashtag-speaker') frames[frames.length - 1]!.source = 'tweet';
  }
  // "Talks will resume – Lavrov": a headline credited, after a dash, to the one who said it.
  const credited = sentence.isHeadline ? entities.find((e) => e.mention.last === n - 1 && /^[–—-]$/.test(tokens[e.mention.first - 1]?.value ?? '') && e.mention.first >= 3) : undefined;
  if (credited) push(credited, 0, credited.mention.first - 2, credited.mention.first - 1, 'frame.headline-credit');

  for (let i = 0; i < n; i++) {
    if (inside[i]) continue;
    const tok = tokens[i]!;
    if (tok.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      // "according to reports, the army …": the source is what follows "to" up to the comma, not an actor after it.
      const found = entities.filter((e) => e.mention.first > i + 1 && e.mention.first <= i + 9 && !tokens.slice(i + 2, e.mention.first).some((t) => t.value === ',')).sort((a, b) => a.mention.first - b.mention.first)[0];
      if (!found) continue;
      const comma = tokens.findIndex((t, k) => k > found.mention.last && t.value === ',');
      const before = i > 0 && tokens[i - 1]!.value === ',';
      push(found, before ? 0 : comma >= 0 ? comma + 1 : found.mention.last + 1, before ? i - 1 : n - 1, i, 'frame.according-to');
      continue;
    }
    if (tok.lower === 'quoted' || tok.lower === 'quoting' || tok.lower === 'cited' || tok.lower === 'citing') {
      const saying = tokens.findIndex((t, k) => k > i && k <= i + QUOTED_REACH && t.lower === 'as' && /ing$/.test(tokens[k + 1]?.lower ?? ''));
      // "State media quoted Roe as saying" / "Roe was quoted by state media as saying" / "the agency cited a source as saying".
      // "is quoting Roe as saying" is active: only a participle of the passive ("was (also) quoted") has its source before.
      let aux = i - 1;
      while (aux > 0 && i - aux <= MAX_ADVERBS && tokens[aux]!.pos === 'ADV') aux--;
      const passive = /ed$/.test(tok.lower) && ctx.lex.passiveAuxiliaries.has(tokens[aux]?.lower ?? '');
      const found = saying < 0 ? undefined : passive ? subjectBefore(sentence, i, entities, ctx) : (entities.find((e) => e.mention.first > i && e.mention.first <= i + 2) ?? entityAfter(i, 3));
      if (found) {
        push(found, saying + 2, n - 1, i, 'frame.quoted-as-saying');
        continue;
      }
    }
    // "calls from Ankara for …", "drew condemnation from the envoy": the attitude's bearer.
    if (tok.lower === 'from' && ctx.lex.attitudeNouns.has(tokens[i - 1]?.lower ?? '')) {
      const bearer = entityAfter(i, 1);
      if (bearer) {
        push(bearer, i - 1, n - 1, i, 'frame.attitude-from');
        continue;
      }
    }
    // "Tehran has grown critical of …", "Paris remains opposed to …": an attitude adjective after a linking verb.
    const linking = linkingVerbBefore(ctx, tokens, i);
    if (linking >= 0) {
      const subject = subjectBefore(sentence, linking, entities, ctx);
      if (subject) push(subject, i + 1, n - 1, i, 'frame.attitude-adjective');
      continue;
    }
    // "Tehran sent a stern warning to …", "Moscow attacked Washington for refusing …", "Paris holds the regime
    // responsible for …": words sent out, and blame, are the subject's position.
    const act = speechActAt(ctx, tokens, i);
    const actor = act ? subjectBefore(sentence, i, entities, ctx) : null;
    if (act && actor) {
      push(actor, i + 1, n - 1, i, act);
      continue;
    }
    const madeClear = tok.lemma === 'make' && (tokens[i + 1]?.lower === 'clear' || (tokens[i + 1]?.lower === 'it' && tokens[i + 2]?.lower === 'clear'));
    const kind = madeClear ? 'speech' : verbKind(ctx, tokens, i);
    if (!kind) continue;
    // "Russian and Iranian calls for …": after a demonym that bears an attitude, the word is that attitude's noun.
    if (entities.some((e) => e.mention.last === i - 1 && e.mention.rule === 'mention.demonym-attitude')) continue;
    const prev = tokens[i - 1];

    // A participle: "…, saying …" belongs to the main subject; "with the Kremlin saying …" to the one named.
    if (/ing$/.test(tok.lower) && kind === 'speech' && !progressive(ctx, tokens, i)) {
      const withWhom = entities.find((e) => e.mention.last === i - 1 && tokens[e.mention.first - 1]?.lower === 'with');
      // "…, Kerry told reporters, adding …": the speaker of the frame just before; else the main clause's subject.
      const tagged = frames.filter((f) => f.verb >= 0 && f.verb < i && f.entity).pop()?.entity ?? null;
      const main = withWhom ?? (prev?.value === ',' ? (tagged ?? mainSubject(sentence, entities, ctx, i)) : null);
      if (main) push(main, i + 1, n - 1, i, withWhom ? 'frame.with-saying' : 'frame.participle');
      continue;
    }
    // Inverted: "…, said Kerry." / "…," said a senior official, Jane Roe — nothing verbal follows the speaker
    // but a relative clause.
    const after = entityAfter(i, INVERTED_GAP);
    const tail = after ? tokens.slice(after.mention.last + 1) : [];
    const endsFrame = tail.length === 0 || tail[0]!.pos === 'PUNCT' || ctx.lex.invertedSpeakerTails.has(tail[0]!.lower) || (tail.length <= 5 && !tail.some(isVerb));
    const intransitive = !ctx.lex.objectSpeechVerbs.has(tok.lower) && !ctx.lex.objectSpeechVerbs.has(tok.lemma);
    if (after && endsFrame && kind === 'speech' && intransitive && (i === 0 || /^[,"”’'.]$/.test(prev!.value) || inside[i - 1])) {
      push(after, 0, i - 1, i, 'frame.inverted');
      continue;
    }
    let subject = subjectBefore(sentence, i, entities, ctx);
    let rule: string | null = null;
    // "Moscow brushed the report aside and said …": a coordinated verb has the sentence's subject.
    if (!subject && (prev?.lower === 'and' || prev?.lower === 'but' || (prev?.lower === 'also' && /^(and|but)$/.test(tokens[i - 2]?.lower ?? '')))) {
      subject = mainSubject(sentence, entities, ctx, i);
      rule = 'frame.coordinated-verb';
    }
    // "Roe went on to say …", "Roe was quick to add …": the infinitive's speaker is the subject of the verb before "to".
    if (!subject && prev?.lower === 'to') {
      let j = i - 2;
      while (j >= 0 && i - 2 - j < CATENATIVE_REACH && ctx.lex.catenativeWords.has(tokens[j]!.lower)) j--;
      if (j < i - 2) subject = subjectBefore(sentence, j + 1, entities, ctx);
      if (subject) rule = 'frame.catenative';
    }
    if (!subject) continue;
    const subjectFirst = subject.mention.first;
    const next = tokens[i + 1];
    // '"…," Roe told reporters on Monday.': after a verb that takes its hearer, a short tail with no verb is the hearer.
    const toHearer = (ctx.lex.objectSpeechVerbs.has(tok.lower) || ctx.lex.objectSpeechVerbs.has(tok.lemma)) && n - i - 1 <= HEARER_REACH && !tokens.slice(i + 1).some((t) => isVerb(t) || t.lower === 'that' || t.value === ':');
    const tailIsAdjunct = !next || toHearer || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'NUM' || ctx.lex.timeWords.has(next.lower) || next.lower === 'adding';
    // '"…," a senior official said', '…, her spokesman said', '"…," Senate Chairman Jane Roe said': the subject's
    // determiner and modifiers, a body's name before a title, stand between the content and the subject.
    let beforeSubject = subjectFirst - 1;
    const titled = subject.mention.kind === 'role' || subject.mention.rule === 'mention.title-name';
    while (beforeSubject >= 0 && subjectFirst - beforeSubject <= MAX_SUBJECT_MODIFIERS && (ctx.lex.determiners.has(tokens[beforeSubject]!.lower) || ctx.lex.titleModifiers.has(tokens[beforeSubject]!.lower) || (titled && isCapitalised(tokens[beforeSubject]!)))) beforeSubject--;
    // A name apposed to the title that opens the clause is no speaker after its content.
    const afterContent = beforeSubject >= 0 && (/^[,"”’']$/.test(tokens[beforeSubject]!.value) || inside[beforeSubject] === true) && !apposedToTitle(sentence, subject, entities, ctx);
    const postposed = kind === 'speech' && !rule && tailIsAdjunct && next?.lower !== 'that' && next?.value !== ':' && afterContent;
    if (postposed && next?.value === ',' && tokens.slice(i + 2).filter((t) => t.pos !== 'PUNCT').length >= 2) push(subject, 0, n - 1, i, 'frame.parenthetical');
    else if (postposed) push(subject, 0, subjectFirst - 1, i, 'frame.postposed');
    else if (next?.value === ':' || (next && i + 2 >= n && /^[:,]$/.test(tokens[n - 1]!.value))) push(subject, i + 1, n - 1, i, 'frame.colon');
    else push(subject, i + 1, n - 1, i, rule ?? (kind === 'speech' ? 'frame.preposed' : 'frame.position'));
  }
  const leadIn = colonLeadIn(sentence, inside, entities, frames, ctx);
  if (leadIn) push(leadIn.subject, leadIn.colon + 1, n - 1, leadIn.verb, 'frame.colon-lead-in');
  return frames;
}

// Tokens a speech tag's hearer and adjuncts may take after the verb ("told the BBC in an interview on Monday.").
const HEARER_REACH = 9;
// Tokens between a verb of sending out words and its noun ("sent a thinly veiled warning").
const OBJECT_REACH = 4;
// Tokens from "called" to what it calls its object ("called the Russian air strikes an act of …", 'called the
// bombing of the Syrian airbase "unlawful"').
const CALLED_REACH = 9;
// Tokens between a verb of blaming and its reason or adjective ("attacked the Zenda-led alliance in Ruritania for …").
const REASON_REACH = 10;
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'PART']);

/**
 * A speech act named by a verb and its object: words sent out ("issued a warning", "delivered an
 * ultimatum": 'frame.utterance'), naming a thing so ("called the plan a sham": 'frame.call-it'), or blame
 * ("attacked Moscow for refusing …", "took the envoy to task", "holds the regime responsible": 'frame.blame');
 * else null.
 */
function speechActAt(ctx: Context, tokens: readonly Token[], i: number): string | null {
  const { lex } = ctx;
  const tok = tokens[i]!;
  const naming = lex.namingVerbs.has(tok.lemma) || lex.namingVerbs.has(tok.lower);
  if (!isVerb(tok) && !naming) return null;
  if (lex.utteranceVerbs.has(tok.lemma)) {
    for (let k = i + 1; k < tokens.length && k <= i + OBJECT_REACH; k++) {
      const t = tokens[k]!;
      if (lex.utteranceNouns.has(t.lower)) return 'frame.utterance';
      // An adjective the tagger reads as a participle ("a thinly veiled warning") still stands before the noun.
      if (!OBJECT_WORDS.has(t.pos) && !(t.pos === 'VERB' && /ed$/.test(t.lower)) && t.lower !== 'out') return null;
    }
    return null;
  }
  // "called the strikes an act of aggression", 'called the plan "a sham"', 'labelled the group a "terror group"':
  // naming a thing so is saying so. Past a preposition inside the object ('called the bombing of the airbase
  // "unlawful"') only a quoted label counts ("called Roe in Moscow a day later" is a phone call).
  if (naming) {
    // "which Roe called 'a good start'": the label right after the verb ("so-called 'moderate' rebels" names nothing).
    if (/^["“‘']$/.test(tokens[i + 1]?.value ?? '') && tokens[i - 1]?.value !== '-') return 'frame.call-it';
    let crossed = false;
    let modifier = false;
    for (let k = i + 2; k < tokens.length && k <= i + CALLED_REACH; k++) {
      const before = tokens[k - 1]!;
      // "called the deteriorating situation …", "the renewed shelling": participles the tagger reads as verbs, after a
      // determiner or each other.
      modifier = before.pos === 'VERB' && /(?:ing|ed)$/.test(before.lower) && (OBJECT_WORDS.has(tokens[k - 2]!.pos) || modifier);
      if (before.pos === 'ADP' && k - 1 > i + 1 && before.lower !== 'as') crossed = true;
      else if (!modifier && (before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'AUX' || (before.pos === 'PUNCT' && before.value !== '-'))) return null;
      const t = tokens[k]!;
      if (/^["“‘']$/.test(t.value) || (!crossed && /^(a|an)$/.test(t.lower))) return 'frame.call-it';
    }
    return null;
  }
  const blames = lex.blameForVerbs.has(tok.lemma);
  if (!blames && tok.lemma !== 'take' && tok.lemma !== 'hold') return null;
  for (let k = i + 1; k < tokens.length && k <= i + REASON_REACH; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'PUNCT' && t.value !== '-') || lex.clauseBreaks.has(t.lower)) return null;
    const next = tokens[k + 1]?.lower ?? '';
    // "for refusing", "for its silence" (not "for the third day": an attack of arms).
    if (blames && t.lower === 'for') return /ing$/.test(next) || lex.maps.possessivePronouns.has(next) ? 'frame.blame' : null;
    if (tok.lemma === 'take' && t.lower === 'to' && next === 'task') return 'frame.blame';
    if (tok.lemma === 'hold' && lex.holdingAdjectives.has(t.lower)) return 'frame.blame';
  }
  return null;
}

// Adverbs that may stand between an auxiliary and its progressive participle ("is still insisting").
const MAX_ADVERBS = 2;

/** "Roe is insisting that …", "has been saying": a participle after a form of be is the clause's verb. */
function progressive(ctx: Context, tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - 1 - j < MAX_ADVERBS && tokens[j]!.pos === 'ADV') j--;
  return ctx.lex.passiveAuxiliaries.has(tokens[j]?.lower ?? '');
}

// Degree words between a linking verb and its adjective ("has grown more and more critical").
const MAX_DEGREE_WORDS = 4;

/** The linking verb before an attitude adjective at i ("remains opposed", "is deeply sceptical"), or -1. */
function linkingVerbBefore(ctx: Context, tokens: readonly Token[], i: number): number {
  const { lex } = ctx;
  if (!lex.attitudeAdjectives.has(tokens[i]!.lower)) return -1;
  let j = i - 1;
  while (j >= 0 && i - 1 - j < MAX_DEGREE_WORDS && lex.degreeWords.has(tokens[j]!.lower)) j--;
  const verb = tokens[j];
  return verb && (lex.linkingVerbs.has(verb.lemma) || lex.linkingVerbs.has(verb.lower)) ? j : -1;
}

/** Whether the token at i is a speech verb, a position verb (stating the subject's own stand), or neither. */
function verbKind(ctx: Context, tokens: readonly Token[], i: number): 'speech' | 'position' | null {
  const { lex } = ctx;
  const tok = tokens[i]!;
  // What the word is by the lexicon first: most tokens are no such verb, and every test below only rules one out.
  const kind = lexicalKind(lex, tok);
  if (!kind) return null;
  const next = tokens[i + 1];
  // Participles used as adjectives ("the so-called", "an agreed plan") are no frames.
  if (/^(the|a|an)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  // After a possessive the word is a noun: "in their backing of …", "his insistence".
  if (lex.pluralOrNeuterPossessives.has(tokens[i - 1]?.lower ?? '') || lex.possessiveDeterminers.has(tokens[i - 1]?.lower ?? '')) return null;
  if (tok.lemma === 'call' && !['for', 'on', 'upon'].includes(next?.lower ?? '')) return null;
  if (tok.lemma === 'rule' && next?.lower !== 'out') return null;
  // "continue" reports speech only at the end: "…, she continued."
  if (tok.lemma === 'continue' && next && next.pos !== 'PUNCT') return null;
  // "did not say whether", "would not comment": words not said are nobody's.
  if (/^(not|n't|never)$/.test(tokens[i - 1]?.lower ?? '') && lex.unsaidAuxiliaries.has(tokens[i - 2]?.lower ?? '')) return null;
  // "asked not to be named": the reporter's note of a source's anonymity, not what the source said.
  if (next?.lower === 'not' && tokens[i + 2]?.lower === 'to' && tokens[i + 3]?.lower === 'be' && lex.anonymityWords.has(tokens[i + 4]?.lower ?? '')) return null;
  // A passive ("are expected to meet", "was asked whether") reports nobody's words.
  if (/ed$/.test(tok.lower) && tokens.slice(Math.max(0, i - 3), i).some((t) => lex.passiveAuxiliaries.has(t.lower))) return null;
  return kind;
}

/** A speech verb (or "said", "told", … whatever its tag), a verb of voicing with a nominal object, a position verb; or none. */
function lexicalKind(lex: Context['lex'], tok: Token): 'speech' | 'position' | null {
  const said = tok.lower === 'said' || tok.lower === 'says' || tok.lower === 'told' || tok.lower === 'added';
  // The part of speech is read before the lists: most tokens are no verb, and it spares them five lookups.
  const verb = isVerb(tok);
  if ((verb || said) && (lex.speechVerbs.has(tok.lemma) || lex.speechVerbs.has(tok.lower))) return 'speech';
  if (!verb) return null;
  // "voiced hope that", "renewed his demand that": with a content clause these report a position (without one, a deed).
  if (lex.nominalObjectVerbs.has(tok.lemma)) return 'speech';
  if (lex.positionVerbs.has(tok.lemma) || lex.positionVerbs.has(tok.lower)) return 'position';
  return null;
}
