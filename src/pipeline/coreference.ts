import { spellingVariants } from '../utils/spelling.js';
import { phraseId, surnameId } from '../utils/surname-id.js';
import type { Context } from './context.js';
import { coordination, namesListedBefore } from './coordination.js';
import { firstQuoteMark, governedMention, indefiniteTitle, possessed, possessivePronounBefore, quoteMarkBefore } from './mention-roles.js';
import { interlocutor } from './interview.js';
import { listedActors, pairActors, titledListActors } from './pair-nouns.js';
import { holderAt, namedLater, titlesOf } from './role-holders.js';
import { titlePhrase } from './subjects.js';
import { spanOf, startsUpper } from './tokens.js';
import type { Entity, Mention, Resolved, Sentence } from './types.js';

// How far back a pronoun, a role noun and a pair noun look, in sentences.
const PRONOUN_HOLDER_REACH = 3;
// How many sentences back a role that spoke unnamed gives its side to the person named next.
const UNNAMED_ROLE_REACH = 2;
const PRONOUN_REACH = 5;
const NAMED_BODY_REACH = 40; // "the Observatory", capitalised, is a body's own name shortened: it reaches far back.
const ROLE_REACH = 8;
const STATEMENT_REACH = 4;

interface Recent {
  actor: Resolved;
  sentence: number;
  titles: readonly string[];
}

/**
 * The discourse state of a document: who was named recently (for pronouns,
 * role nouns and pair nouns), the persons the codebook lacks and what the
 * text said of them, and the speaker of each sentence so far. Sentences are
 * resolved in order; each entity carries the rule that resolved it.
 */
export class Discourse {
  readonly #ctx: Context;
  readonly #sentences: readonly Sentence[];
  readonly #mentions: readonly Mention[][];
  readonly #recent: Recent[] = [];
  readonly #adhoc = new Map<string, Resolved>();
  /** Per sentence: its entities, and the speaker its frames name (set by the caller). */
  readonly entities: Entity[][] = [];
  readonly speakers: Array<Resolved | null> = [];

  constructor(ctx: Context, sentences: readonly Sentence[], mentions: readonly Mention[][]) {
    this.#ctx = ctx;
    this.#sentences = sentences;
    this.#mentions = mentions;
  }

  /** Resolves the mentions of sentence `si` (the sentences before it must be resolved). */
  resolve(si: number): Entity[] {
    const sentence = this.#sentences[si]!;
    const out: Entity[] = [];
    for (const m of this.#mentions[si]!) {
      if (m.kind === 'group-noun') {
        const heads = m.heads ? titledListActors(m, sentence, this.#ctx.cb, this.#ctx.date ?? this.#ctx.cb.defaultDate) : null;
        const listed = heads ?? listedActors(this.#ctx, m, si, out, this.#sentences, this.entities);
        if (listed) for (const actor of listed) out.push({ mention: m, actor, rule: heads ? 'coref.titled-list' : 'coref.pair-list' });
        else for (const actor of pairActors(m, sentence, si, out, this.entities)) out.push({ mention: m, actor, rule: 'coref.pair' });
        continue;
      }
      if (m.kind === 'statement') continue;
      if (m.addressee) {
        const other = interlocutor(this.#ctx, m, si, this.#sentences, this.#mentions, this.entities, out);
        if (other) out.push({ mention: m, actor: other, rule: 'coref.interlocutor' });
        continue;
      }
      const found =
        m.kind === 'pronoun' ? this.#pronoun(m, sentence, si, out)
        : m.kind === 'role' ? this.#role(this.#owned(m, sentence, si, out), sentence, si)
        : m.kind === 'definite' ? this.#definite(m, sentence, si, out)
        : this.#named(m, sentence, si);
      if (found) out.push({ mention: m, ...found });
    }
    // A statement speaks for its issuer, resolved above, or for whoever spoke last.
    for (const m of this.#mentions[si]!) {
      if (m.kind !== 'statement') continue;
      const found = m.issuer ? out.find((e) => e.mention === m.issuer) : undefined;
      // "the joint statement of Russia, Iran and Turkey": every issuer listed speaks through it.
      for (const e of found ? namesListedBefore(sentence, out, found) : []) out.push({ mention: m, actor: { ...e.actor, mention: spanOf(sentence, m.first, m.last) }, rule: 'coref.statement-issuers' });
      const before = found ? { actor: found.actor, rule: 'coref.statement-issuer' } : this.#lastSpeaker(si);
      if (before) out.push({ mention: m, actor: { ...before.actor, mention: spanOf(sentence, m.first, m.last) }, rule: before.rule });
    }
    out.sort((a, b) => a.mention.first - b.mention.first);
    this.entities[si] = out;
    for (const e of out) if (e.actor.id !== null) this.#remember(e.actor, si, e.mention.role?.title);
    return out;
  }

  #named(m: Mention, sentence: Sentence, si: number): { actor: Resolved; rule: string } | null {
    const mention = spanOf(sentence, m.first, m.last);
    if (m.actorId) {
      const actor = this.#ctx.cb.actors.get(m.actorId);
      return actor ? { actor: { id: actor.id, name: actor.name, affiliation: actor.affiliation, kind: actor.kind, mention }, rule: 'coref.named' } : null;
    }
    if (!m.adhoc) return null;
    const id = m.adhoc.kind === 'person' ? surnameId(m.adhoc.name) : phraseId(m.adhoc.name);
    const seen = this.#adhoc.get(id);
    // Named again ("Roe said" after "Ambassador Jane Roe"): what the text said of the person before holds.
    if (seen && m.adhoc.affiliation === 'other') return { actor: { ...seen, mention }, rule: 'coref.adhoc-again' };
    // "Jalali" a few sentences after "Saeed Jalili": a surname alone one letter off a person named just before.
    const surnameAlone = !seen && m.adhoc.kind === 'person' && m.first === m.last;
    for (let k = this.#recent.length - 1; surnameAlone && k >= 0; k--) {
      const r = this.#recent[k]!;
      if (r.actor.kind === 'person' && r.actor.id !== null && spellingVariants(surnameId(r.actor.name), id)) return { actor: { ...r.actor, mention }, rule: 'coref.spelling-variant' };
    }
    // "Deputy Foreign Minister Jane Roe" with no side named, right after a speaker of some side: of that side.
    const sideless = !seen && m.adhoc.kind === 'person' && m.adhoc.affiliation === 'other';
    const side = sideless && m.kind === 'titled-unknown' ? this.#sideBefore(si) : null;
    // "…, their envoy said." then '"…," Jane Roe told reporters': the person named next is the role's, of its side.
    const roleSide = sideless && !side ? this.#unnamedRoleBefore(si) : null;
    const actor: Resolved = { id, name: seen && seen.name.length > m.adhoc.name.length ? seen.name : m.adhoc.name, affiliation: side ?? roleSide ?? m.adhoc.affiliation, kind: m.adhoc.kind, mention };
    this.#adhoc.set(id, { ...actor, mention: null });
    return { actor, rule: side ? 'coref.adhoc-side-before' : roleSide ? 'coref.adhoc-role-before' : 'coref.adhoc' };
  }

  // The side of a role that spoke in the UNNAMED_ROLE_REACH sentences before with no person named for it ("their
  // envoy said", read as the body it serves).
  #unnamedRoleBefore(si: number): string | null {
    for (let sj = si - 1; sj >= 0 && si - sj <= UNNAMED_ROLE_REACH; sj--) {
      const speaker = this.speakers[sj];
      if (!speaker) continue;
      return speaker.personal && this.entities[sj]?.some((e) => e.rule === 'coref.role-body' && e.actor.id === speaker.id) ? speaker.affiliation : null;
    }
    return null;
  }

  // The side of the nearest speaker in the sentences before, when it has one ("other" and outlets have none).
  #sideBefore(si: number): string | null {
    for (let sj = si - 1; sj >= 0 && si - sj <= PRONOUN_HOLDER_REACH; sj--) {
      const speaker = this.speakers[sj];
      if (speaker) return speaker.affiliation !== 'other' && speaker.kind !== 'media' ? speaker.affiliation : null;
    }
    return null;
  }

  // The nearest sentence before that has a speaker, or that tells who issued a statement ("The ministry
  // issued a statement on Monday."): its subject.
  #lastSpeaker(si: number): { actor: Resolved; rule: string } | null {
    const { statementNouns, governingWords } = this.#ctx.lex;
    for (let sj = si - 1; sj >= 0 && si - sj <= STATEMENT_REACH; sj--) {
      const speaker = this.speakers[sj];
      if (speaker) return { actor: speaker, rule: 'coref.statement-anaphor' };
      const tokens = this.#sentences[sj]!.tokens;
      const noun = tokens.findIndex((t) => statementNouns.has(t.lower));
      const issuer = noun < 0 ? undefined : this.entities[sj]?.find((e) => e.mention.last < noun && e.actor.id !== null && !governingWords.has(tokens[e.mention.first - 1]?.lower ?? ''));
      if (issuer) return { actor: issuer.actor, rule: 'coref.statement-issued' };
    }
    return null;
  }

  // "the agency": the last body whose mention has that noun ("the news agency"), or for an outlet's noun the last outlet.
  #definite(m: Mention, sentence: Sentence, si: number, soFar: readonly Entity[]): { actor: Resolved; rule: string } | null {
    const noun = m.noun!;
    const media = this.#ctx.lex.mediaNouns.has(noun);
    const fits = (e: Entity) => e.actor.id !== null && e.actor.kind !== 'person' && (e.mention.noun === noun || e.actor.mention?.text.toLowerCase().includes(noun) || e.actor.name.toLowerCase().includes(noun) || (media && e.actor.kind === 'media'));
    // "The group said …" twice running: the body that spoke just before, though another of its kind came between.
    const before = this.speakers[si - 1];
    let found = [...soFar].reverse().find((e) => e.mention.last < m.first && fits(e)) ?? (before?.id ? this.entities[si - 1]?.find((e) => e.actor.id === before.id && fits(e)) : undefined);
    const reach = startsUpper(sentence.tokens[m.last]!.value) ? NAMED_BODY_REACH : PRONOUN_REACH;
    for (let sj = si - 1; !found && sj >= 0 && si - sj <= reach; sj--) found = [...(this.entities[sj] ?? [])].reverse().find(fits);
    if (found) return { actor: { ...found.actor, mention: spanOf(sentence, m.first, m.last) }, rule: 'coref.definite-body' };
    return this.#ctx.lex.stateOrganNouns.has(noun) ? this.#stateOf(m, sentence, si, soFar) : null;
  }

  // "the foreign ministry" with no state named and no body of that name before: the state of the nearest
  // speaker before, else the first state (or person of a state) named in this sentence or the nearest one before
  // (a subject comes first).
  #stateOf(m: Mention, sentence: Sentence, si: number, soFar: readonly Entity[]): { actor: Resolved; rule: string } | null {
    const { cb } = this.#ctx;
    const mention = spanOf(sentence, m.first, m.last);
    const state = (actor: Resolved | null | undefined): Resolved | null => {
      const id = actor?.kind === 'state' ? actor.id : actor ? cb.bodies.get(actor.affiliation) : undefined;
      const found = id ? cb.actors.get(id) : undefined;
      return found?.kind === 'state' ? { id: found.id, name: found.name, affiliation: found.affiliation, kind: found.kind, mention } : null;
    };
    for (let sj = si - 1; sj >= 0 && si - sj <= PRONOUN_HOLDER_REACH; sj--) {
      const speaker = state(this.speakers[sj]);
      if (speaker) return { actor: speaker, rule: 'coref.state-organ-speaker' };
    }
    const first = (entities: readonly Entity[]) => {
      for (const e of entities) {
        const actor = state(e.actor);
        if (actor) return actor;
      }
      return null;
    };
    let actor = first(soFar.filter((e) => e.mention.last < m.first));
    for (let sj = si - 1; !actor && sj >= 0 && si - sj <= PRONOUN_REACH; sj--) actor = first(this.entities[sj] ?? []);
    return actor ? { actor, rule: 'coref.state-organ-recent' } : null;
  }

  #fits(p: NonNullable<Mention['pronoun']>, actor: Resolved): boolean {
    if (actor.id === null) return false;
    if (p.gender === 'n') return p.plural ? true : actor.kind === 'state' || actor.kind === 'org';
    if (actor.kind !== 'person') return actor.personal === true;
    const gender = this.#ctx.cb.actors.get(actor.id)?.gender;
    return gender === undefined || gender === p.gender;
  }

  // A pronoun takes the first fitting actor before it in its own sentence (unless it is the subject of a
  // speech verb: a speaker is never named inside what he says), else the speakers of the sentences before,
  // else their other actors, nearest first.
  #pronoun(m: Mention, sentence: Sentence, si: number, soFar: readonly Entity[]): { actor: Resolved; rule: string } {
    const mention = spanOf(sentence, m.first, m.last);
    const p = m.pronoun!;
    const { lex } = this.#ctx;
    let next = m.last + 1;
    while (next < sentence.tokens.length && lex.subjectVerbFillers.has(sentence.tokens[next]!.lower) && sentence.tokens[next]!.value !== ',') next++;
    const verb = sentence.tokens[next];
    const speaks = !!verb && (lex.speechVerbs.has(verb.lemma) || lex.speechVerbs.has(verb.lower));
    const candidate = (e: Entity) => e.mention.last < m.first && e.mention.kind !== 'pronoun' && !possessed(sentence, e.mention) && this.#fits(p, e.actor);
    // "Roe and Doe issued a statement in which they said …": the sentence's own subject may speak again, unless the
    // pronoun tags what comes before it (a quotation, or ", he said"): a speaker is never named inside what he says.
    const quoted = sentence.tokens[m.first - 1]?.value === ',' || quoteMarkBefore(sentence, m.first);
    // The subject of a clause before the quotation opens is outside it, though: 'Roe struck a similar note: "…," she
    // told reporters.'
    const mark = quoted ? firstQuoteMark(sentence) : -1;
    const subject = (e: Entity) => candidate(e) && !governedMention(sentence, e.mention, lex) && (!quoted || e.mention.last < mark);
    const own = !speaks ? soFar.find(candidate) : quoted && (mark < 0 || mark > m.first) ? undefined : soFar.find(subject);
    if (own) return { actor: { ...own.actor, mention }, rule: 'coref.pronoun-same-sentence' };
    for (let sj = si - 1; sj >= 0 && si - sj <= PRONOUN_HOLDER_REACH; sj--) {
      const speaker = this.speakers[sj];
      if (speaker && this.#fits(p, speaker)) return { actor: { ...speaker, mention }, rule: 'coref.pronoun-speaker' };
    }
    for (let sj = si - 1; sj >= 0 && si - sj <= PRONOUN_REACH; sj--) {
      const found = this.entities[sj]?.find((e) => this.#fits(p, e.actor) && !possessed(this.#sentences[sj]!, e.mention));
      if (found) return { actor: { ...found.actor, mention }, rule: 'coref.pronoun-recent' };
    }
    return { actor: { id: null, name: sentence.tokens[m.first]!.value, affiliation: 'other', kind: 'person', mention }, rule: 'coref.pronoun-unresolved' };
  }

  // "The Kurds were not invited, their envoy said": a role serving a possessive pronoun is on its antecedent's side.
  #owned(m: Mention, sentence: Sentence, si: number, soFar: readonly Entity[]): Mention {
    const owner = possessivePronounBefore(sentence, m, this.#ctx.lex);
    const found = owner ? this.#pronoun(owner, sentence, si, soFar).actor : null;
    return found?.id ? { ...m, role: { ...m.role!, affiliation: found.affiliation, ...(found.kind === 'person' ? { served: found.id } : {}) } } : m;
  }

  #role(m: Mention, sentence: Sentence, si: number): { actor: Resolved; rule: string } {
    const mention = spanOf(sentence, m.first, m.last);
    const { title, affiliation, served } = m.role!;
    const { cb, lex, date } = this.#ctx;
    const head = title.split(' ').pop()!;
    const with_ = (actor: Resolved, rule: string) => ({ actor: { ...actor, mention }, rule });
    // "the Kremlin spokesman, Dmitry Peskov," / "Dmitry Peskov, the Kremlin spokesman,": the name in apposition.
    const tokens = sentence.tokens;
    const apposed = this.#mentions[si]!.find(
      (x) => (x.kind === 'name' || x.kind === 'unknown-name' || x.kind === 'titled-unknown') &&
        ((x.first === m.last + 2 && tokens[m.last + 1]?.value === ',') || (tokens[x.first - 1]?.value === ',' && titlePhrase(tokens, m.last + 1, x.first - 1)) || (x.last === m.first - 2 && tokens[m.first - 1]?.value === ',') || (x.last === m.first - 3 && tokens[m.first - 1]?.pos === 'DET' && tokens[m.first - 2]?.value === ',')) &&
        (x.actorId === null || cb.actors.get(x.actorId)?.kind === 'person'),
    );
    if (apposed) {
      const named = this.#named(apposed, sentence, si);
      if (named) return with_(named.actor, 'coref.role-apposition');
    }
    // "a U.N. spokesman": one of several, so no one who held the title then nor anyone named before.
    const indefinite = indefiniteTitle(sentence, m, lex);
    // The person with the title named last ("Cameron … the Prime Minister"), then whoever held it on the date.
    const relational = lex.relationalTitles.has(head);
    for (let k = indefinite ? -1 : this.#recent.length - 1; k >= 0; k--) {
      const r = this.#recent[k]!;
      if (si - r.sentence > ROLE_REACH) break;
      if (r.actor.kind !== 'person' || r.actor.id === served || (affiliation && r.actor.affiliation !== affiliation)) continue;
      if (relational || r.titles.some((t) => t === title || t.endsWith(head))) return with_(r.actor, 'coref.role-recent');
    }
    if (date && !indefinite) {
      const holder = holderAt(cb, title, affiliation, date);
      if (holder) return with_(holder, 'coref.role-date');
    }
    const later = namedLater(this.#ctx, this.#sentences, this.#mentions, si, affiliation, served, title);
    if (later) return with_(later, 'coref.role-named-later');
    if (!date && !indefinite && cb.defaultDate) {
      const holder = holderAt(cb, title, affiliation, cb.defaultDate);
      if (holder) return with_(holder, 'coref.role-default-date');
    }
    const bodyId = affiliation ? cb.bodies.get(affiliation) : undefined;
    const body = bodyId ? cb.actors.get(bodyId) : undefined;
    if (body) return with_({ id: body.id, name: body.name, affiliation: body.affiliation, kind: body.kind, mention: null, personal: true }, 'coref.role-body');
    return { actor: { id: null, name: mention.text, affiliation: affiliation ?? 'other', kind: 'person', mention }, rule: 'coref.role-unresolved' };
  }

  #remember(actor: Resolved, si: number, title?: string): void {
    const known = actor.id ? this.#ctx.cb.actors.get(actor.id) : undefined;
    const own = known ? titlesOf(known) : [];
    const titles = title ? [...own, title] : own;
    // Only the last ROLE_REACH sentences are ever read: older entries go, so the scan stays short.
    let stale = 0;
    while (stale < this.#recent.length && si - this.#recent[stale]!.sentence > ROLE_REACH) stale++;
    if (stale > 0) this.#recent.splice(0, stale);
    for (let k = this.#recent.length - 1; k >= 0; k--) if (this.#recent[k]!.actor.id === actor.id) this.#recent.splice(k, 1);
    this.#recent.push({ actor: { ...actor, mention: null }, sentence: si, titles });
  }
}
