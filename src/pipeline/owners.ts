import type { ClaimSource, Polarity } from '../types.js';
import type { Context } from './context.js';
import { adjunctBearer, bearerPolarity, objectorAfter, possessivePronounBearer } from './bearers.js';
import { blamedParty } from './blamed.js';
import { possessed } from './mention-roles.js';
import { coordination, namesListedBefore } from './coordination.js';
import { subjectBefore } from './subjects.js';
import { decidingThirdParty, quotedDecider } from './third-parties.js';
import { isVerb, participleBefore, passiveAfter } from './tokens.js';
import type { Entity, Frame, OwnerCandidate, SentenceAnalysis, StanceHit, Token } from './types.js';

/**
 * Who may hold a stance found in a sentence, each with the rules that say so,
 * strongest first: a third party's relative clause ("Moscow, which backs
 * …"), a fronted "For X," at a clause start, a speaker of another side
 * the quotation reports ('"He warned that …," Roe said'), the speaker of the quotation
 * that holds the stance, the speaker of the frame whose content holds it (and
 * every speaker coordinated with that one, and another side that decided
 * something inside the speaker's words), the subject of its clause in
 * narration (and its coordinated subjects; the subject of a passive, "was invited to …", under a rule of its
 * own that no tier of the rules trusts), the bearer of an attitude
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
  // "Tehran was invited to the talks": the subject of a passive undergoes the act; the decider may still weigh it.
  const rule = subject && passiveSubject(a, subject, hit, ctx) ? 'owner.passive-subject' : 'owner.clause-subject';
  if (subject) for (const e of group(subject)) add(e, e.actor, 'author', rule, speakerPolarity);
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
    for (const x of listed) add(x, x.actor, 'author', 'owner.attitude-bearer', polarity);
  }
  if (a.holder && a.holder.actor.id !== null) {
    add(null, a.holder.actor, a.holder.source, 'owner.holder');
    // "… amid pressure from Russia and Iran": the holder's coordinated speakers hold with it.
    const named = a.frames.find((f) => f.entity && f.speaker.id === a.holder!.actor.id)?.entity;
    if (named) for (const e of group(named)) add(e, e.actor, a.holder.source, 'owner.holder');
  }
  // "was rejected by Moscow"; before the stance, the agent of a participle ("committed by Qatar and Riyadh in agreeing to …").
  const agent = entities.find((e) => e.mention.first > hit.last && tokens[e.mention.first - 1]?.lower === 'by') ?? entities.find((e) => e.mention.last < hit.first && tokens[e.mention.first - 1]?.lower === 'by' && participleBefore(tokens, e.mention.first - 1, ctx.lex.irregularParticiples));
  // Before the stance the agents did the deed, all of them: what is said of it after ("… was condemned") is not theirs.
  const deedAgents = agent && agent.mention.last < hit.first;
  if (agent) for (const e of deedAgents ? group(agent) : [agent]) add(e, e.actor, 'author', 'owner.passive-agent', deedAgents ? bearerPolarity(hit, agent.mention.last + 1) : hit.polarity);
  for (const e of entities) add(e, e.actor, quoted ? 'quote' : 'author', 'owner.mentioned');
  return [...out.values()];
}

/**
 * Whether the subject undergoes the stance's act: the subject of a passive whose participle is the stance's or
 * before it, and not one of state ("is prepared to"), or the receiver of the stance's noun ("received an invitation").
 */
function passiveSubject(a: SentenceAnalysis, subject: Entity, hit: StanceHit, ctx: Context): boolean {
  const { lex } = ctx;
  const tokens = a.sentence.tokens;
  const at = passiveAfter(tokens, subject.mention.last, lex.passiveAuxiliaries, lex.irregularParticiples);
  const participle = tokens[at]?.lower ?? '';
  if (at >= 0 && at <= hit.last) return !lex.attitudeAdjectives.has(participle) && !lex.decisionVerbs.has(participle) && !lex.stateParticiples.has(participle);
  // "… received no invitation to …": the receiving verb, then at most a determiner or "no" before the stance's noun.
  let k = hit.first - 1;
  if (tokens[k]?.pos === 'DET' || tokens[k]?.lower === 'no') k--;
  return k > subject.mention.last && lex.receivingVerbs.has(tokens[k]!.lemma) && tokens.slice(subject.mention.last + 1, k).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART');
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

// The dashes that open or close an aside.
const DASHES = new Set(['--', '—', '–']);

/**
 * Which tokens stand inside an aside: between brackets, or between two dashes. A dash with no partner is no aside:
 * the odd one out is a dateline's ("GENEVA (Reuters) – …") when nothing verbal comes before it, else the last.
 */
function asides(tokens: readonly Token[]): boolean[] {
  const inside = new Array<boolean>(tokens.length).fill(false);
  const unpaired = unpairedDash(tokens);
  let dash = false;
  let bracket = 0;
  for (let k = 0; k < tokens.length; k++) {
    const v = tokens[k]!.value;
    if (v === '(') bracket++;
    if (k !== unpaired && DASHES.has(v)) dash = !dash;
    inside[k] = dash || bracket > 0;
    if (v === ')') bracket = Math.max(0, bracket - 1);
  }
  return inside;
}

/** Of an odd number of dashes, the one with no partner (see asides); else -1. One pass: it runs for every stance. */
function unpairedDash(tokens: readonly Token[]): number {
  let count = 0;
  let first = -1;
  let last = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (!DASHES.has(tokens[k]!.value)) continue;
    if (first < 0) first = k;
    last = k;
    count++;
  }
  if (count % 2 === 0) return -1;
  for (let k = 0; k < first; k++) if (isVerb(tokens[k]!)) return last;
  return first;
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
