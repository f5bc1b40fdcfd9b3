import type { ClaimSource, Polarity } from '../types.js';
import type { Context } from './context.js';
import { blamedParty } from './blamed.js';
import { possessed } from './mention-roles.js';
import { coordination, namesListedBefore } from './coordination.js';
import { mainSubject, subjectBefore } from './subjects.js';
import { isVerb, participleBefore } from './tokens.js';
import type { Entity, Frame, OwnerCandidate, SentenceAnalysis, StanceHit, Token } from './types.js';

/**
 * Who may hold a stance found in a sentence, each with the rules that say so,
 * strongest first: a third party's relative clause ("Moscow, which backs
 * …"), a fronted "For X," at a clause start, a speaker of another side
 * the quotation reports ('"He warned that …," Roe said'), the speaker of the quotation
 * that holds the stance, the speaker of the frame whose content holds it (and
 * every speaker coordinated with that one, and another side that decided
 * something inside the speaker's words), the subject of its clause in
 * narration (and its coordinated subjects), the bearer of an attitude
 * ("concern in Paris", "Ankara's demand", "Russian calls for"), the actor blamed or
 * praised for a deed ("blamed Moscow for blocking …", with the speaker's polarity turned), the
 * sentence's holder, the agent of a passive ("was rejected by Moscow"), and
 * any other actor the sentence names. The decider (rules or the trained
 * model) chooses among them.
 */
export function ownerCandidates(a: SentenceAnalysis, hit: StanceHit, ctx: Context): OwnerCandidate[] {
  const { sentence } = a;
  const tokens = sentence.tokens;
  const quoted = a.quotes.inside[hit.first] === true;
  const entities = a.entities.filter((e) => e.actor.id !== null && e.mention.kind !== 'hashtag-speaker');
  const out = new Map<string, OwnerCandidate>();
  const add = (e: Entity | null, actor: Entity['actor'], source: ClaimSource, rule: string, polarity: Polarity = hit.polarity) => {
    if (actor.id === null) return;
    const found = out.get(actor.id);
    if (found) {
      if (!found.rules.includes(rule)) found.rules.push(rule);
      // A quotation's speaker named in the same sentence ("…," Roe said) is named there; the distance stays
      // that of the strongest rule (the model's feature).
      if (!found.actor.mention && e?.actor.mention) found.actor = { ...found.actor, mention: e.actor.mention };
      return;
    }
    const m = e?.mention;
    const distance = !m ? -1 : m.last < hit.first ? hit.first - m.last : m.first > hit.last ? m.first - hit.last : 0;
    out.set(actor.id, { actor, source, rules: [rule], polarity, distance });
  };
  const group = (e: Entity) => coordination(sentence, entities, e, ctx);

  // "Moscow, which has long backed …": the relative clause's antecedent.
  const lastBefore = [...entities].reverse().find((e) => e.mention.last < hit.first);
  if (lastBefore && !quoted) {
    const m = lastBefore.mention;
    const rel = tokens[m.last + 1]?.value === ',' ? m.last + 2 : m.last + 1;
    if (ctx.lex.relativePronouns.has(tokens[rel]?.lower ?? '') && rel < hit.first) for (const e of group(lastBefore)) add(e, e.actor, 'author', 'owner.relative-clause');
  }
  // "For Tehran, …" at a clause start; "For both sides, …" is the speaker's judgment of them.
  const forWhom = entities.find((e) => e.mention.last < hit.first && e.mention.kind !== 'group-noun' && tokens[e.mention.first - 1]?.lower === 'for' && tokens[e.mention.last + 1]?.value === ',' && clauseStartAt(a, e.mention.first - 1));
  if (forWhom) add(forWhom, forWhom.actor, quoted ? 'quote' : 'author', 'owner.for-whom');
  // '"[Roe] stressed that the talks must go on," Doe said': the speaker the quotation reports, of another side
  // than the quotation's speaker (one's own side's words are one's own: "our president has said …").
  const reported = quoted ? quotedSpeaker(a, hit, entities, ctx) : null;
  if (reported && a.quoteSpeaker?.actor.affiliation !== reported.actor.affiliation) for (const e of group(reported)) add(e, e.actor, 'quote', 'owner.quoted-speech');
  if (quoted && a.quoteSpeaker) for (const e of quotedDecider(a, hit, entities, ctx)) add(e, e.actor, 'quote', 'owner.quoted-decision');
  if (quoted && a.quoteSpeaker) {
    add(null, a.quoteSpeaker.actor, 'quote', 'owner.quote-speaker');
    // '"…," Kerry and Lavrov said': every speaker coordinated in the tag speaks the quotation.
    const tag = a.frames.find((f) => f.entity && f.speaker.id === a.quoteSpeaker!.actor.id)?.entity;
    if (tag) for (const e of group(tag)) add(e, e.actor, 'quote', 'owner.quote-speaker');
  }

  const frame = containingFrame(a, hit, ctx);
  // "Roe blamed Moscow for blocking the talks": Moscow did the deed; Roe holds the opposite.
  const blamed = blamedParty(sentence, hit, entities, ctx);
  if (blamed) for (const e of group(blamed.entity)) add(e, e.actor, quoted ? 'quote' : 'author', 'owner.blamed', blamed.polarity);
  const speakerPolarity = blamed?.speakerPolarity ?? hit.polarity;
  if (frame) {
    const source: ClaimSource = quoted ? 'quote' : frame.source === 'tweet' ? 'tweet' : 'reported';
    if (!quoted) for (const e of decidingThirdParty(a, hit, frame, entities, ctx)) add(e, e.actor, 'author', 'owner.third-party-decision');
    const speakers = frame.entity ? group(frame.entity) : [];
    if (speakers.length === 0) add(null, frame.speaker, source, 'owner.frame-speaker', speakerPolarity);
    for (const e of speakers) add(e, e.actor, source, e === frame.entity || e.mention === frame.entity?.mention ? 'owner.frame-speaker' : 'owner.coordinated-speaker', speakerPolarity);
  }
  // "Washington must cancel its decision to …": found before the clause subject, whom it may be, so that it is
  // its bearer's with the attitude's own polarity while the speaker demands its end; the subject's own act of
  // dropping it ("the rebels dropped their demand …") is the subject's, and is read so.
  // "Russia sent troops despite repeated warnings from Washington": the objector holds the opposite of the deed.
  const objector = objectorAfter(a, hit, entities, ctx);
  if (objector) for (const e of group(objector)) add(e, e.actor, 'author', 'owner.attitude-bearer', hit.polarity === 'support' ? 'oppose' : 'support');
  const own = possessivePronounBearer(a, hit, entities, ctx);
  if (own?.demanded) for (const e of group(own.entity)) add(e, e.actor, 'author', 'owner.attitude-bearer', bearerPolarity(hit, own.at));
  const subject = clauseSubject(a, hit, entities, ctx);
  if (subject) for (const e of group(subject)) add(e, e.actor, 'author', 'owner.clause-subject', speakerPolarity);
  if (own && !own.demanded) for (const e of group(own.entity)) add(e, e.actor, 'author', 'owner.attitude-bearer', hit.polarity);
  for (const e of entities) {
    if (e.mention.last >= hit.first && e.mention.first <= hit.last) continue;
    const before = tokens[e.mention.first - 1]?.lower ?? '';
    const after = e.mention.possessive ? tokens[e.mention.last + 2]?.lower ?? '' : tokens[e.mention.last + 1]?.lower ?? '';
    // "concern in Washington over …": the attitude noun before the bearer is the bearer's own.
    const attitudeBefore = ctx.lex.bearerPrepositions.has(before) && ctx.lex.attitudeNouns.has(tokens[e.mention.first - 2]?.lower ?? '');
    // "Ankara's demand", "Russian calls for", and "rejected U.S. demands that …" (the subject rejects them).
    const attitudeAfter = ((e.mention.possessive || e.mention.rule === 'mention.demonym-attitude') && ctx.lex.attitudeNouns.has(after)) || adjunctBearer(a, e, ctx);
    if (!(attitudeBefore || attitudeAfter) || e.mention.last >= hit.first) continue;
    const polarity = bearerPolarity(hit, attitudeBefore ? e.mention.first - 2 : e.mention.last + 1);
    // "U.S. and Russian calls": the names listed before the bearer; "the decision by Qatar and Riyadh": those after it.
    const listed = attitudeAfter ? [...namesListedBefore(a.sentence, entities, e), e] : group(e);
    for (const x of listed.length > 0 ? listed : [e]) add(x, x.actor, 'author', 'owner.attitude-bearer', polarity);
  }
  if (a.holder && a.holder.actor.id !== null) {
    add(null, a.holder.actor, a.holder.source, 'owner.holder');
    // "… amid pressure from Russia and Iran": the holder's coordinated speakers hold with it.
    const named = a.frames.find((f) => f.entity && f.speaker.id === a.holder!.actor.id)?.entity;
    if (named) for (const e of group(named)) add(e, e.actor, a.holder.source, 'owner.holder');
  }
  // "was rejected by Moscow"; before the stance, the agent of a participle ("committed by Qatar and Riyadh in agreeing to …").
  const agent = entities.find((e) => e.mention.first > hit.last && tokens[e.mention.first - 1]?.lower === 'by') ?? entities.find((e) => e.mention.last < hit.first && tokens[e.mention.first - 1]?.lower === 'by' && participleBefore(tokens, e.mention.first - 1));
  if (agent) for (const e of agent.mention.last < hit.first ? group(agent) : [agent]) add(e, e.actor, 'author', 'owner.passive-agent');
  for (const e of entities) add(e, e.actor, quoted ? 'quote' : 'author', 'owner.mentioned');
  return [...out.values()];
}

/**
 * Inside a quotation, the subject of a verb of saying before the stance in the same clause of the
 * quotation ('"He warned that …"', '"[Roe] stressed that …"'), when it is named inside the quotation.
 */
function quotedSpeaker(a: SentenceAnalysis, hit: StanceHit, entities: readonly Entity[], ctx: Context): Entity | null {
  const { tokens } = a.sentence;
  const inside = a.quotes.inside;
  for (let k = hit.first - 1; k > 0 && inside[k]; k--) {
    const t = tokens[k]!;
    if (ctx.lex.clauseStarts.has(t.lower)) return null;
    if (!isVerb(t) || !(ctx.lex.speechVerbs.has(t.lemma) || ctx.lex.speechVerbs.has(t.lower))) continue;
    // An editor's insertion names the speaker in brackets: "[Roe] stressed".
    const bracketed = tokens[k - 1]?.value === ']' ? entities.find((e) => e.mention.last === k - 2 && tokens[e.mention.first - 1]?.value === '[') : undefined;
    const subject = bracketed ?? subjectBefore(a.sentence, k, entities, ctx);
    return subject && inside[subject.mention.first] ? subject : null;
  }
  return null;
}

/**
 * A verb at k that reports its subject's own decision or position ("agreed", "refused", "is ready"), or a phrase
 * of signing in other words ("put their signatures to", "set its seal on"). An obligation among the auxiliaries
 * from `from` on ("Ankara must be ready", "has to agree") is the speaker's demand, not the subject's decision.
 */
function reportsDecision(tokens: readonly Token[], from: number, k: number, ctx: Context): boolean {
  const verb = tokens[k];
  if (!verb) return false;
  const { lex } = ctx;
  for (let j = from; j < k; j++) {
    const word = tokens[j]!.lower;
    if (lex.obligationModals.has(word) || (lex.obligationVerbs.has(word) && tokens[j + 1]?.lower === 'to')) return false;
  }
  if (lex.decisionVerbs.has(verb.lemma) || lex.decisionVerbs.has(verb.lower)) return true;
  return lex.signingVerbs.has(verb.lemma) && lex.possessiveDeterminers.has(tokens[k + 1]?.lower ?? '') && lex.signatureNouns.has(tokens[k + 2]?.lower ?? '');
}

const QUOTE_MARKS = new Set(["'", '"', '’', '”']);

// Tokens from "its" or "their" before an attitude noun to the stance it governs ("its decision to arm …").
const POSSESSIVE_REACH = 5;

// Tokens from a decision verb to the stance it governs inside a quotation ("has refused to hold serious talks").
const DECISION_REACH = 6;

/**
 * Inside a quotation, the nearest subject before the stance, of another side than the quotation's speaker, whose
 * verb reports its own decision or position ('"Damascus has refused to attend the talks," Roe said'): it holds the
 * position itself, as it does in reported speech. Beside another side, the speaker's own side is a party.
 */
function quotedDecider(a: SentenceAnalysis, hit: StanceHit, entities: readonly Entity[], ctx: Context): Entity[] {
  const tokens = a.sentence.tokens;
  const { lex } = ctx;
  const speaker = a.quoteSpeaker!.actor;
  const subject = [...entities].reverse().find((e) => e.mention.last < hit.first && a.quotes.inside[e.mention.first] === true);
  if (!subject || possessed(a.sentence, subject.mention) || lex.governingWords.has(tokens[subject.mention.first - 1]?.lower ?? '')) return [];
  if (subject.mention.rule === 'mention.demonym-attitude' || subject.mention.rule === 'mention.demonym-listed') return [];
  const from = subject.mention.last + 1;
  let k = from;
  while (k < hit.first && (lex.auxiliaries.has(tokens[k]!.lower) || tokens[k]!.pos === 'ADV')) k++;
  if (k > hit.first || hit.first - k > DECISION_REACH || !reportsDecision(tokens, from, k, ctx)) return [];
  if (tokens.slice(k + 1, hit.first).some((t) => lex.clauseStarts.has(t.lower) || t.lower === 'that')) return [];
  const members = coordination(a.sentence, entities, subject, ctx);
  if (!members.some((e) => e.actor.affiliation !== speaker.affiliation && e.actor.id !== speaker.id)) return [];
  return members.filter((e) => e.actor.id !== speaker.id);
}

/**
 * A bearer's attitude begins at `from` ("rejected Russian calls for talks"): negations before it, and a
 * predicate after the stance ("Turkish calls for X were unacceptable"), are the speaker's, not the bearer's.
 */
function bearerPolarity(hit: StanceHit, from: number): Polarity {
  const own = hit.negations.filter((n) => n.at >= from && n.at <= hit.last).length;
  return own % 2 === 0 ? hit.cuePolarity : hit.cuePolarity === 'support' ? 'oppose' : 'support';
}

function clauseStartAt(a: SentenceAnalysis, k: number): boolean {
  const prev = a.sentence.tokens[k - 1];
  return k === 0 || !prev || /^["“‘',;:—–-]$/.test(prev.value) || prev.lower === 'but' || prev.lower === 'and';
}

/**
 * The frame whose content holds the stance: of nested frames, the innermost
 * (the nearest verb before it); a position verb or an attitude adjective
 * inside a speaker's words ("Roe said her government wanted …", "… is firm
 * in its belief …") stays with the speaker when its subject is the
 * speaker's own side.
 */
function containingFrame(a: SentenceAnalysis, hit: StanceHit, ctx: Context): Frame | undefined {
  const containing = a.frames.filter((f) => hit.first >= f.first && hit.last <= f.last + 1);
  containing.sort((x, y) => (y.verb < hit.first ? y.verb : -1) - (x.verb < hit.first ? x.verb : -1));
  let frame = containing[0] ?? (a.quotes.inside[hit.first] ? a.frames[0] : undefined);
  const outer = containing.find((f) => f !== frame && f.speaker.id !== null);
  const statesPosition = (f: Frame) => f.rule === 'frame.attitude-adjective' || ctx.lex.positionOnlyVerbs.has(a.sentence.tokens[f.verb]?.lemma ?? '');
  if (frame && outer && statesPosition(frame) && outer.speaker.affiliation === frame.speaker.affiliation) frame = outer;
  return frame;
}

/**
 * An actor's name as the modifier of an attitude noun in the object of a verb that takes a noun phrase
 * ("rejected U.S. demands", "dismissed opposition calls"): there "demands" is a noun, not the name's verb.
 */
function adjunctBearer(a: SentenceAnalysis, e: Entity, ctx: Context): boolean {
  const tokens = a.sentence.tokens;
  if (e.mention.possessive || !ctx.lex.attitudeNouns.has(tokens[e.mention.last + 1]?.lower ?? '')) return false;
  let k = e.mention.first - 1;
  while (k > 0 && ctx.lex.determiners.has(tokens[k]!.lower)) k--;
  const verb = tokens[k];
  // "bristled at U.S. moves to …", "anger over Turkish plans": after a preposition of reaction, the object of one.
  return !!verb && ((isVerb(verb) && ctx.lex.attitudeObjectVerbs.has(verb.lemma)) || ctx.lex.reactionPrepositions.has(verb.lower));
}

// Tokens from "despite" (or "in spite of") to the name of the objector ("despite repeated warnings by the …").
const CONCESSIVE_REACH = 5;

/**
 * After the stance, "despite (repeated) warnings by X", "in spite of objections from X": X objected to what the
 * clause says was done.
 */
function objectorAfter(a: SentenceAnalysis, hit: StanceHit, entities: readonly Entity[], ctx: Context): Entity | null {
  const tokens = a.sentence.tokens;
  const { lex } = ctx;
  return entities.find((e) => {
    if (e.mention.first <= hit.last || !lex.bearerPrepositions.has(tokens[e.mention.first - 1]?.lower ?? '') || !lex.objectionNouns.has(tokens[e.mention.first - 2]?.lower ?? '')) return false;
    for (let k = e.mention.first - 3; k > hit.last && e.mention.first - k <= CONCESSIVE_REACH; k--) if (lex.concessiveWords.has(tokens[k]!.lower)) return true;
    return false;
  }) ?? null;
}

/**
 * "Washington must cancel its decision to arm …": a possessive "its" or "their" before an attitude noun, within
 * the stance's reach, is the attitude of the subject that stands right before the verb that governs it.
 */
function possessivePronounBearer(a: SentenceAnalysis, hit: StanceHit, entities: readonly Entity[], ctx: Context): { entity: Entity; at: number; demanded: boolean } | null {
  const tokens = a.sentence.tokens;
  const { lex } = ctx;
  for (let k = hit.first - 1; k >= 0 && hit.first - k <= POSSESSIVE_REACH; k--) {
    if (!lex.pluralOrNeuterPossessives.has(tokens[k]!.lower) || !lex.attitudeNouns.has(tokens[k + 1]?.lower ?? '')) continue;
    const verb = tokens[k - 1];
    if (!verb || !isVerb(verb)) return null;
    // The subject right before the verb and its auxiliaries ("Roe said Washington must cancel its …").
    let j = k - 2;
    while (j >= 0 && (lex.auxiliaries.has(tokens[j]!.lower) || tokens[j]!.pos === 'ADV')) j--;
    // "Washington has to stand by Ankara and cancel its decision": a coordinated verb has the main clause's subject.
    const subject = tokens[j]?.lower === 'and' ? mainSubject(a.sentence, entities, ctx, j) : entities.find((e) => e.mention.last === j && !e.mention.possessive);
    if (!subject) return null;
    // An obligation before the verb ("must cancel", "has to … and cancel") is the speaker's demand, not the subject's act.
    // So is being urged to it ("urged Moscow to drop its support").
    const urger = tokens[[...namesListedBefore(a.sentence, entities, subject), subject][0]!.mention.first - 1];
    let demanded = !!urger && isVerb(urger) && lex.urgingVerbs.has(urger.lemma);
    for (let m = subject.mention.last + 1; m < k - 1 && !demanded; m++) demanded = lex.obligationModals.has(tokens[m]!.lower) || (lex.obligationVerbs.has(tokens[m]!.lower) && tokens[m + 1]?.lower === 'to');
    return { entity: subject, at: k + 1, demanded };
  }
  return null;
}

/**
 * Inside a speaker's words, a subject of another side that decided or
 * declared something holds that position itself ("Roe said the government
 * had agreed to attend").
 */
function decidingThirdParty(a: SentenceAnalysis, hit: StanceHit, frame: Frame, entities: readonly Entity[], ctx: Context): Entity[] {
  const tokens = a.sentence.tokens;
  // The content after the verb ("Roe said the government had agreed …") or before a closing tag ("The government
  // had agreed …, Roe said"); not a frame whose content holds its own verb.
  if (frame.first <= frame.verb && frame.last >= frame.verb) return [];
  // "rejected Russian calls for …": a demonym before an attitude noun is its bearer, not a subject.
  const subject = entities.find((e) => e.mention.first >= frame.first && e.mention.last < hit.first && e.mention.last <= frame.last && !ctx.lex.governingWords.has(tokens[e.mention.first - 1]?.lower ?? '') && !possessed(a.sentence, e.mention) && e.mention.rule !== 'mention.demonym-attitude' && e.mention.rule !== 'mention.demonym-listed');
  if (!subject) return [];
  const members = coordination(a.sentence, entities, subject, ctx);
  // "Roe and Doe said they had agreed": the speakers deciding together are no third party.
  if (members.some((e) => e.actor.id === frame.speaker.id)) return [];
  if (members.some((e) => adjunctBearer(a, e, ctx))) return [];
  const from = Math.max(...members.map((e) => e.mention.last)) + 1;
  let k = from;
  // A closing quotation mark after the subject ("the 'main forces of …' had signed") is passed over as well.
  while (k < hit.first && (ctx.lex.auxiliaries.has(tokens[k]!.lower) || QUOTE_MARKS.has(tokens[k]!.value))) k++;
  if (!reportsDecision(tokens, from, k, ctx)) return [];
  const others = members.filter((e) => e.actor.affiliation !== frame.speaker.affiliation && e.actor.id !== frame.speaker.id);
  // "Lavrov said Russia and Turkey had signed …": beside another side, the speaker's own side is a party too.
  return others.length > 0 ? members.filter((e) => e.actor.id !== frame.speaker.id) : [];
}

// The dashes that open or close an aside.
const DASHES = new Set(['--', '—', '–']);

/**
 * Which tokens stand inside an aside: between brackets, or between two dashes. A dash with no partner is no aside:
 * the odd one out is a dateline's ("GENEVA (Reuters) – …") when nothing verbal comes before it, else the last.
 */
function asides(tokens: readonly Token[]): boolean[] {
  const inside = new Array<boolean>(tokens.length).fill(false);
  const dashes = tokens.flatMap((t, k) => (DASHES.has(t.value) ? [k] : []));
  if (dashes.length % 2 === 1) {
    const first = dashes[0]!;
    dashes.splice(tokens.slice(0, first).some(isVerb) ? dashes.length - 1 : 0, 1);
  }
  let dash = false;
  let bracket = 0;
  for (let k = 0; k < tokens.length; k++) {
    const v = tokens[k]!.value;
    if (v === '(') bracket++;
    if (dashes.includes(k)) dash = !dash;
    inside[k] = dash || bracket > 0;
    if (v === ')') bracket = Math.max(0, bracket - 1);
  }
  return inside;
}

/**
 * The subject of the clause holding the stance: the first actor of that
 * clause not governed by a preposition, not possessed ("Russia's allies"),
 * not inside a parenthetical ("— one of its allies —"). A clause with no
 * subject of its own ("…, and join the talks") takes the sentence's.
 */
function clauseSubject(a: SentenceAnalysis, hit: StanceHit, entities: readonly Entity[], ctx: Context): Entity | null {
  const tokens = a.sentence.tokens;
  let clauseStart = 0;
  for (let k = hit.first - 1; k > 0; k--) {
    if (ctx.lex.clauseStarts.has(tokens[k]!.lower)) {
      clauseStart = k + 1;
      break;
    }
  }
  const inParens = asides(tokens);
  // "a visit to Moscow and Ankara": the second of a list a preposition governs is governed too.
  const governedList = (e: Entity) => {
    const before = namesListedBefore(a.sentence, entities, e);
    return before.length > 0 && ctx.lex.governingWords.has(tokens[before[0]!.mention.first - 1]?.lower ?? '');
  };
  // "to give them help in their fight …": an object pronoun is no subject.
  const objectPronoun = (e: Entity) => e.mention.kind === 'pronoun' && ctx.lex.objectPronouns.has(tokens[e.mention.first]!.lower);
  const free = (e: Entity) => !inParens[e.mention.first] && !possessed(a.sentence, e.mention) && !governedList(e) && !objectPronoun(e);
  const found = entities.find((e) => e.mention.last < hit.first && e.mention.first >= clauseStart && free(e) && (e.mention.first === clauseStart || !ctx.lex.governingWords.has(tokens[e.mention.first - 1]?.lower ?? '')));
  if (found || clauseStart === 0) return found ?? null;
  return entities.find((e) => e.mention.last < clauseStart && free(e) && !ctx.lex.governingWords.has(tokens[e.mention.first - 1]?.lower ?? '')) ?? null;
}
