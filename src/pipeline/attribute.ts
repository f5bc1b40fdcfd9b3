import { normaliseToken, type CompiledCodebook } from '../codebook/compile.js';
import type { HolderSource, Mention, Sentence, Span, Token } from '../types.js';
import { phraseId, surnameId } from '../utils/surname-id.js';
import { findQuotes, type QuoteRun } from './quotes.js';

/** An actor a mention was resolved to, with where it was named in this sentence. */
export interface Resolved {
  id: string | null;
  name: string;
  affiliation: string;
  kind: 'person' | 'state' | 'org' | 'media';
  mention: Span | null;
}

/** A stretch of a sentence whose content belongs to a speaker. */
export interface Frame {
  speaker: Resolved;
  /** Token range of the content the speaker owns (inclusive). */
  first: number;
  last: number;
  source: HolderSource;
  /** Token index of the speech or position verb (or of "according"). */
  verb: number;
}

export interface SentenceAttribution {
  holder: (Resolved & { source: HolderSource }) | null;
  frames: Frame[];
  /** Per token: inside a quotation. */
  quoted: boolean[];
  /** Speaker of the quotation(s) in this sentence, when known. */
  quoteSpeaker: Resolved | null;
  /** Every mention of the sentence resolved to an actor (pronouns and roles included where they resolve). */
  actors: Array<{ mention: Mention; actor: Resolved }>;
}

// Verbs that report speech: their subject is the speaker of what follows or precedes.
const SPEECH = new Set([
  'say', 'tell', 'add', 'note', 'stress', 'insist', 'warn', 'argue', 'claim', 'declare', 'announce', 'state', 'explain', 'continue',
  'conclude', 'reply', 'respond', 'answer', 'reiterate', 'affirm', 'assert', 'emphasize', 'emphasise', 'underline', 'underscore', 'write',
  'tweet', 'comment', 'remark', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'suggest', 'predict', 'vow', 'pledge', 'promise',
  'threaten', 'caution', 'contend', 'repeat', 'observe', 'recall', 'proclaim', 'mention', 'describe', 'urge', 'demand', 'propose',
  'accuse', 'complain', 'maintain', 'believe', 'think', 'consider', 'agree', 'hope', 'reject', 'dismiss', 'call', 'indicate', 'signal',
  'hint', 'ask', 'told', 'said', 'says', 'quip', 'counter', 'charge', 'allege', 'clarify', 'elaborate', 'specify', 'announce',
  'worry', 'fear', 'feel', 'expect', 'doubt', 'wonder', 'question', 'estimate', 'recommend', 'advise', 'assure', 'reassure', 'brief',
]);
// Verbs that, followed by a noun object instead of content, report a deed ("repeated his call for").
const NOMINAL_OBJECT_VERBS = new Set(['repeat', 'reaffirm', 'renew', 'express', 'voice', 'announce', 'reiterate']);
// Of those, the ones that state the holder's own position even without quoted or reported content.
const POSITION = new Set(['insist', 'maintain', 'believe', 'think', 'consider', 'urge', 'demand', 'propose', 'reject', 'dismiss', 'call', 'hope', 'agree', 'want', 'oppose', 'support', 'back', 'favor', 'favour', 'seek', 'refuse', 'rule', 'vow', 'pledge', 'reiterate', 'stress', 'warn', 'argue']);
// Tokens that may stand between a subject and its verb: "Lavrov on Monday insisted", "Kerry also noted".
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'further', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'reportedly', 'later', 'earlier', 'then', 'repeatedly',
  'again', 'long', 'never', 'always', 'previously', 'recently', 'once', 'quickly', 'publicly', 'privately', 'firmly', 'clearly', 'only',
  'on', 'in', 'at', 'last', 'this', 'week', 'month', 'year', 'day', 'morning', 'evening', 'night', 'afternoon', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'a', 'the', 'an', 'statement', 'interview',
  'separately', 'meanwhile', 'himself', 'herself', 'itself', 'themselves', 'all', 'both', 'however', ',', 'too', 'even', 'still',
  'already', 'just', 'now', 'first', 'openly', 'explicitly', 'strongly', 'flatly', 'categorically', 'directly', 'immediately', 'had', 'been',
  'being', 'did', 'does', 'do', 'not', 'has', 'hitherto', 'consistently', 'emphatically', 'can', 'could', 'may', 'might', 'should', 'must', 'to',
]);
const CLAUSE_BREAK = new Set(['"', '“', '”', ';', 'that', 'which', 'who', 'whom', 'because', 'while', 'whereas', 'but', '—', '--', '–', ':', '(', ')']);

// Conjunctions that open a clause whose subject follows them ("hours after Moscow vowed").
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'as', 'since', 'while', 'because', 'if', 'though', 'although', 'until', 'once', 'whereas']);

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'last', 'this', 'late', 'earlier', 'later']);

const blankQuote = (n: number): boolean[] => new Array<boolean>(n).fill(false);

function spanOf(sentence: Sentence, first: number, last: number): Span {
  const a = sentence.tokens[first]!;
  const b = sentence.tokens[last]!;
  return { text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start), start: a.start, end: b.end };
}

function isSpeechVerb(tok: Token): boolean {
  if (!SPEECH.has(tok.lemma) && !SPEECH.has(tok.lower)) return false;
  return tok.pos === 'VERB' || tok.pos === 'AUX' || tok.lower === 'said' || tok.lower === 'says' || tok.lower === 'told' || tok.lower === 'added';
}

function isPositionVerb(tok: Token): boolean {
  return (POSITION.has(tok.lemma) || POSITION.has(tok.lower)) && (tok.pos === 'VERB' || tok.pos === 'AUX');
}

/** The discourse state: who was named recently, for pronouns and role nouns. */
interface Recent {
  actor: Resolved;
  sentence: number;
  gender: 'm' | 'f' | null;
  titles: string[];
}

/**
 * The discourse pass: gives every sentence its holder and its frames (which
 * content belongs to which speaker), carrying state from sentence to sentence
 * (the last named persons and bodies, open quotations, a tweet's attribution
 * line below it). A pure function of the sentences and mentions.
 */
export function attribute(
  sentences: readonly Sentence[],
  mentions: readonly Mention[][],
  cb: CompiledCodebook,
  options: { date?: string } = {},
): SentenceAttribution[] {
  const { runs, inside } = findQuotes(sentences);
  const recent: Recent[] = [];
  const date = options.date;
  const results: SentenceAttribution[] = [];

  const fromMention = (sentence: Sentence, m: Mention): Resolved | null => {
    const span = spanOf(sentence, m.first, m.last);
    if (m.actorId) {
      const actor = cb.actors.get(m.actorId);
      if (actor) return { id: actor.id, name: actor.name, affiliation: actor.affiliation, kind: actor.kind, mention: span };
    }
    if (m.adhoc) return { id: surnameId(m.adhoc.name), name: m.adhoc.name, affiliation: m.adhoc.affiliation, kind: m.adhoc.kind, mention: span };
    return null;
  };

  const pronounFits = (p: NonNullable<Mention['pronoun']>, actor: Resolved): boolean => {
    if (actor.id === null) return false;
    if (p.gender === 'n') return p.plural ? true : actor.kind === 'state' || actor.kind === 'org';
    if (actor.kind !== 'person') return false;
    const gender = actor.id ? cb.actors.get(actor.id)?.gender : undefined;
    return gender === undefined || gender === p.gender;
  };

  // A pronoun takes the first compatible actor of its own sentence before it (the subject), else of the
  // sentences before, nearest first, where a sentence's holder comes before its other mentions.
  const resolvePronoun = (m: Mention, sentence: Sentence, si: number, resolvedSoFar: SentenceAttribution['actors']): Resolved => {
    const span = spanOf(sentence, m.first, m.last);
    const p = m.pronoun!;
    // "..., he added": a speaker is never named inside what he says, so look before this sentence.
    let next = m.last + 1;
    while (next < sentence.tokens.length && BETWEEN_SUBJECT_AND_VERB.has(sentence.tokens[next]!.lower) && sentence.tokens[next]!.value !== ',') next++;
    const speaks = !!sentence.tokens[next] && isSpeechVerb(sentence.tokens[next]!);
    const own = speaks ? undefined : resolvedSoFar.find((a) => a.mention.last < m.first && a.mention.kind !== 'pronoun' && !isPossessed(sentence, a.mention) && pronounFits(p, a.actor));
    if (own) return { ...own.actor, mention: span };
    // Speakers first: "he wrote" after a paragraph about Assad is the writer, not Assad.
    for (let sj = si - 1; sj >= 0 && si - sj <= 3; sj--) {
      const holder = holdersSoFar[sj];
      if (holder && pronounFits(p, holder)) return { ...holder, mention: span };
    }
    for (let sj = si - 1; sj >= 0 && si - sj <= 5; sj--) {
      const found = actorsBySentence[sj]?.find((a) => pronounFits(p, a.actor) && !isPossessed(sentences[sj]!, a.mention));
      if (found) return { ...found.actor, mention: span };
    }
    return { id: null, name: sentence.tokens[m.first]!.value, affiliation: 'other', kind: 'person', mention: span };
  };

  const roleHolderAt = (title: string, affiliation: string | null, when: string): Resolved | null => {
    for (const actor of cb.actors.values()) {
      if (affiliation && actor.affiliation !== affiliation) continue;
      for (const role of actor.roles ?? []) {
        if (!role.titles.some((t) => t.toLowerCase() === title)) continue;
        if ((role.from ?? '0000') <= when && when <= (role.to ?? '9999')) return { id: actor.id, name: actor.name, affiliation: actor.affiliation, kind: actor.kind, mention: null };
      }
    }
    return null;
  };

  // Persons named in each sentence, for roles whose holder is named only later.
  const namedLater = (from: number, affiliation: string | null): Resolved | null => {
    for (let sj = from + 1; sj < Math.min(sentences.length, from + 4); sj++) {
      for (const m of mentions[sj]!) {
        if (m.kind !== 'name' && m.kind !== 'titled-unknown') continue;
        const r = fromMention(sentences[sj]!, m);
        if (r && r.kind === 'person' && (!affiliation || r.affiliation === affiliation)) return { ...r, mention: null };
      }
    }
    return null;
  };

  const resolveRole = (m: Mention, sentence: Sentence, si: number): Resolved => {
    const span = spanOf(sentence, m.first, m.last);
    const { title, affiliation } = m.role!;
    const titleWords = title.split(' ');
    const head = titleWords[titleWords.length - 1]!;
    // "Kremlin spokesman, Dmitry Peskov,": the name in apposition.
    const apposed = mentions[si]!.find((x) => x.kind === 'name' && x.first > m.last && x.first <= m.last + 2 && sentence.tokens[m.last + 1]?.value === ',' && cb.actors.get(x.actorId ?? '')?.kind === 'person');
    if (apposed) return { ...fromMention(sentence, apposed)!, mention: span };
    if (date) {
      const holder = roleHolderAt(title, affiliation, date);
      if (holder) return { ...holder, mention: span };
    }
    for (let k = recent.length - 1; k >= 0; k--) {
      const r = recent[k]!;
      if (si - r.sentence > 8) break;
      if (r.actor.kind !== 'person') continue;
      if (affiliation && r.actor.affiliation !== affiliation) continue;
      if (head === 'counterpart' || r.titles.some((t) => t === title || t.endsWith(head))) return { ...r.actor, mention: span };
    }
    const later = namedLater(si, affiliation);
    if (later) return { ...later, mention: span };
    // The codebook's default date, if it sets one, before falling back to the body.
    if (!date && cb.defaultDate) {
      const holder = roleHolderAt(title, affiliation, cb.defaultDate);
      if (holder) return { ...holder, mention: span };
    }
    const bodyId = affiliation ? cb.bodies.get(affiliation) : undefined;
    const body = bodyId ? cb.actors.get(bodyId) : undefined;
    if (body) return { id: body.id, name: body.name, affiliation: body.affiliation, kind: body.kind, mention: span };
    return { id: null, name: span.text, affiliation: affiliation ?? 'other', kind: 'person', mention: span };
  };

  // "Both leaders", "the two sides": the last two distinct actors of that kind named before.
  const resolveGroup = (m: Mention, sentence: Sentence, si: number, resolvedSoFar: SentenceAttribution['actors']): Resolved[] => {
    const span = spanOf(sentence, m.first, m.last);
    const wantPersons = m.group === 'person';
    const found: Resolved[] = [];
    const consider = (a: Resolved) => {
      if (a.id === null || found.some((f) => f.id === a.id) || (a.kind === 'person') !== wantPersons) return;
      found.push({ ...a, mention: span });
    };
    for (const a of [...resolvedSoFar].reverse()) if (a.mention.last < m.first) consider(a.actor);
    for (let sj = si - 1; sj >= 0 && si - sj <= 3 && found.length < 2; sj--) for (const a of [...actorsBySentence[sj]!].reverse()) if (found.length < 2) consider(a.actor);
    return found.length === 2 ? found.reverse() : [];
  };

  const resolve = (m: Mention, sentence: Sentence, si: number, resolvedSoFar: SentenceAttribution['actors']): Resolved | null => {
    if (m.kind === 'pronoun') return resolvePronoun(m, sentence, si, resolvedSoFar);
    if (m.kind === 'role') return resolveRole(m, sentence, si);
    return fromMention(sentence, m);
  };

  const remember = (actor: Resolved, si: number, title?: string) => {
    if (actor.id === null) return;
    const known = actor.id ? cb.actors.get(actor.id) : undefined;
    const titles = [...(known?.roles ?? []).flatMap((r) => r.titles.map((t) => t.toLowerCase())), ...(title ? [title] : [])];
    const gender = known?.gender ?? null;
    // Only the last 8 sentences are ever read (resolveRole): drop older entries so the scan stays short.
    let stale = 0;
    while (stale < recent.length && si - recent[stale]!.sentence > 8) stale++;
    if (stale > 0) recent.splice(0, stale);
    for (let k = recent.length - 1; k >= 0; k--) if (recent[k]!.actor.id === actor.id) recent.splice(k, 1);
    recent.push({ actor: { ...actor, mention: null }, sentence: si, gender, titles });
  };

  // Per sentence: frames from speech verbs outside quotations.
  const framesBySentence: Frame[][] = [];
  const actorsBySentence: SentenceAttribution['actors'][] = [];
  // The speaker each sentence's frames name, for pronouns in the sentences after it.
  const holdersSoFar: Array<Resolved | null> = [];

  sentences.forEach((sentence, si) => {
    const quoted = inside[si] ?? blankQuote(sentence.tokens.length);
    const resolvedActors: SentenceAttribution['actors'] = [];
    for (const m of mentions[si]!) {
      if (m.kind === 'group-noun') {
        for (const actor of resolveGroup(m, sentence, si, resolvedActors)) resolvedActors.push({ mention: m, actor });
        continue;
      }
      const actor = resolve(m, sentence, si, resolvedActors);
      if (actor) resolvedActors.push({ mention: m, actor });
    }
    // A news outlet that "reported" or "noted" relays events: its sentence is narration.
    const frames = sentence.isAttributionLine ? [] : findFrames(sentence, quoted, resolvedActors, cb).filter((f) => f.speaker.kind !== 'media');
    framesBySentence.push(frames);
    const main = frames.find((f) => f.speaker.id !== null);
    holdersSoFar.push(main ? main.speaker : null);
    actorsBySentence.push(resolvedActors);
    // Remember in text order, after this sentence's pronouns were resolved against earlier ones.
    for (const { mention, actor } of resolvedActors) {
      if (mention.kind === 'pronoun' && actor.id === null) continue;
      remember(actor, si, mention.kind === 'titled-unknown' || mention.kind === 'role' ? mention.role?.title : undefined);
    }
  });

  const quoteSpeakers = speakersOfQuotes(runs, framesBySentence);

  sentences.forEach((sentence, si) => {
    const quoted = inside[si] ?? blankQuote(sentence.tokens.length);
    const frames = [...framesBySentence[si]!];
    const quoteSpeaker = quoteSpeakers.get(si) ?? null;
    let holder: SentenceAttribution['holder'] = null;
    if (sentence.isAttributionLine) {
      results.push({ holder: null, frames: [], quoted, quoteSpeaker: null, actors: actorsBySentence[si]! });
      return;
    }
    const tweetAuthor = tweetAuthorOf(si, sentences, actorsBySentence);
    const hashSpeaker = actorsBySentence[si]!.find((a) => a.mention.kind === 'hashtag-speaker');
    if (hashSpeaker) {
      const speaker = { ...hashSpeaker.actor };
      if (speaker.affiliation === 'other' && tweetAuthor) speaker.affiliation = tweetAuthor.affiliation;
      if (speaker.kind === 'person' || !tweetAuthor) {
        holder = { ...speaker, source: 'tweet' };
        frames.push({ speaker, first: hashSpeaker.mention.last + 1, last: sentence.tokens.length - 1, source: 'tweet', verb: hashSpeaker.mention.first });
      }
    }
    // A verb with a noun object and no content ("repeated his call for ...") reports a deed, not words: no holder.
    const speaking = frames.filter((f) => !(f.verb >= 0 && NOMINAL_OBJECT_VERBS.has(sentence.tokens[f.verb]!.lemma) && /^(his|her|its|their|the|a|an|our)$/i.test(sentence.tokens[f.verb + 1]?.value ?? '')));
    if (!holder && speaking.length > 0) {
      // The main frame is the one no other frame's content holds ("Moscow has never insisted ..., Zakharova said").
      const outer = speaking.filter((f) => !speaking.some((g) => g !== f && f.verb >= g.first && f.verb <= g.last));
      // Frames that hold each other ("They consider ..., he added"): the closing speech tag is the main one.
      const tags = speaking.filter((f) => f.last < f.verb);
      const main = outer.find((f) => f.speaker.id !== null) ?? tags.find((f) => f.speaker.id !== null) ?? speaking.find((f) => f.speaker.id !== null) ?? speaking[0]!;
      holder = { ...main.speaker, source: main.source };
    }
    if (!holder && quoteSpeaker && quoted.some(Boolean)) holder = { ...quoteSpeaker, mention: null, source: 'quote' };
    if (!holder && tweetAuthor) {
      holder = { ...tweetAuthor, source: 'tweet' };
      frames.push({ speaker: tweetAuthor, first: 0, last: sentence.tokens.length - 1, source: 'tweet', verb: -1 });
    }
    results.push({ holder, frames, quoted, quoteSpeaker, actors: actorsBySentence[si]! });
  });
  return results;
}

/** Whether a mention is owned by a noun after it ("Russia's position"): then it is not a subject. */
function isPossessed(sentence: Sentence, m: Mention): boolean {
  return m.possessive && sentence.tokens[m.last + 2]?.pos !== 'VERB';
}

/** The author of a tweet line: the account named on the attribution line right below it. */
function tweetAuthorOf(si: number, sentences: readonly Sentence[], actors: SentenceAttribution['actors'][]): Resolved | null {
  const next = sentences[si + 1];
  if (!next?.isAttributionLine) return null;
  const found = actors[si + 1]!;
  const handle = found.find((a) => a.mention.kind === 'handle') ?? found[0];
  if (handle) return { ...handle.actor, mention: null };
  const m = /\(@(\w+)\)/.exec(next.text);
  const name = next.text.replace(/^[\s—–―-]+/, '').replace(/\(@.*$/, '').trim() || (m?.[1] ?? 'unknown');
  return { id: phraseId(name), name, affiliation: 'other', kind: 'org', mention: null };
}

/**
 * Speech frames of one sentence: "X said (that) ...", "..., X said",
 * "..., said X", "according to X", "X, the Y, said", "in a statement, the
 * ministry said", and position verbs ("X has long maintained ...").
 */
function findFrames(sentence: Sentence, quoted: boolean[], actors: SentenceAttribution['actors'], cb: CompiledCodebook): Frame[] {
  const tokens = sentence.tokens;
  const frames: Frame[] = [];
  const n = tokens.length;
  const actorAt = (predicate: (m: Mention) => boolean) => actors.find((a) => predicate(a.mention));

  for (let i = 0; i < n; i++) {
    if (quoted[i]) continue;
    const tok = tokens[i]!;
    // "according to X"
    if (tok.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const found = actors.filter((a) => a.mention.first > i + 1 && a.mention.first <= i + 9).sort((a, b) => a.mention.first - b.mention.first)[0];
      const speaker = found?.actor ?? unknownNameAfter(sentence, i + 2, cb);
      if (speaker) {
        const endOfPhrase = found ? found.mention.last : i + 2;
        const comma = tokens.findIndex((t, k) => k > endOfPhrase && t.value === ',');
        const before = i > 0 && tokens[i - 1]!.value === ',';
        const first = before ? 0 : comma >= 0 ? comma + 1 : endOfPhrase + 1;
        const last = before ? i - 1 : n - 1;
        frames.push({ speaker, first, last: Math.max(first, last), source: anyQuoted(quoted) ? 'quote' : 'reported', verb: i });
      }
      continue;
    }
    // "quoted X as saying"
    if (tok.lower === 'quoted') {
      const found = actors.find((a) => a.mention.first === i + 1 || a.mention.first === i + 2);
      if (found && tokens.slice(found.mention.last + 1, found.mention.last + 4).some((t) => t.lower === 'saying')) {
        frames.push({ speaker: found.actor, first: found.mention.last + 1, last: n - 1, source: anyQuoted(quoted) ? 'quote' : 'reported', verb: i });
        continue;
      }
    }
    // "Turkey has made it clear that ...": a declaration.
    const madeClear = tok.lemma === 'make' && (tokens[i + 1]?.lower === 'clear' || (tokens[i + 1]?.lower === 'it' && tokens[i + 2]?.lower === 'clear'));
    if (!madeClear && !isSpeechVerb(tok) && !isPositionVerb(tok)) continue;
    if (tok.lemma === 'call' && !['for', 'on', 'upon'].includes(tokens[i + 1]?.lower ?? '')) continue;
    if (tok.lemma === 'rule' && tokens[i + 1]?.lower !== 'out') continue;
    // "continue" reports speech only as "..., she continued."
    if (tok.lemma === 'continue' && tokens[i + 1] && tokens[i + 1]!.pos !== 'PUNCT') continue;
    // Participles used as adjectives ("the so-called", "the agreed plan") are no frames.
    if (tokens[i - 1]?.lower === 'the' || tokens[i - 1]?.lower === 'a') continue;

    // Inverted: "..., said X" / "\"...,\" said Kerry".
    const after = actorAt((m) => m.first === i + 1 || (m.first === i + 2 && tokens[i + 1]!.pos === 'DET'));
    const prev = tokens[i - 1];
    // "..., said Kerry." / "..., said Kerry on Friday, adding ...": nothing verbal follows the speaker;
    // "..., said Damascus welcomed ..." is a preposed frame whose content begins with a subject.
    const tail = after ? tokens.slice(after.mention.last + 1) : [];
    const endsFrame = tail.length === 0 || tail[0]!.pos === 'PUNCT' || (tail.length <= 5 && !tail.some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
    const inverted = after && endsFrame && (i === 0 || prev!.value === ',' || prev!.value === '"' || prev!.value === '”' || quoted[i - 1] || prev!.value === '.');
    if (inverted) {
      frames.push({ speaker: after.actor, first: 0, last: Math.max(0, i - 1), source: anyQuoted(quoted) ? 'quote' : 'reported', verb: i });
      continue;
    }
    if (!after && (i === 0 || prev!.value === ',' || prev!.value === '"' || prev!.value === '”') && tok.lower === 'said') {
      const unknown = unknownNameAfter(sentence, i + 1, cb);
      if (unknown) {
        frames.push({ speaker: unknown, first: 0, last: Math.max(0, i - 1), source: anyQuoted(quoted) ? 'quote' : 'reported', verb: i });
        continue;
      }
    }
    // Preposed: "X said (that) ..." / postposed "..., X said."
    const subject = subjectBefore(sentence, i, actors, cb);
    const speaker = subject?.actor ?? unknownNameBefore(sentence, i, cb, actors);
    if (!speaker) continue;
    const subjectFirst = subject ? subject.mention.first : i - 1;
    // Postposed ("..., Lavrov said on Wednesday at a conference") when the subject follows a comma or a
    // quotation and no content clause follows the verb; "On Tuesday, Lavrov said Russia ..." is preposed.
    const after1 = tokens[i + 1];
    const tailIsAdjunct = !after1 || after1.pos === 'PUNCT' || after1.pos === 'ADP' || after1.pos === 'ADV' || after1.pos === 'NUM' || TIME_WORDS.has(after1.lower) || after1.lower === 'adding';
    const postposed = tailIsAdjunct && after1?.lower !== 'that' && subjectFirst > 0 && (tokens[subjectFirst - 1]!.value === ',' || tokens[subjectFirst - 1]!.value === '"' || tokens[subjectFirst - 1]!.value === '”' || quoted[subjectFirst - 1]);
    // "Washington, Kerry said, will not ...": a parenthetical tag; the content is all around it.
    const parenthetical = postposed && after1?.value === ',' && tokens.slice(i + 2).filter((t) => t.pos !== 'PUNCT').length >= 2;
    if (parenthetical) frames.push({ speaker, first: 0, last: n - 1, source: anyQuoted(quoted) ? 'quote' : 'reported', verb: i });
    else if (postposed) frames.push({ speaker, first: 0, last: subjectFirst - 1, source: anyQuoted(quoted) ? 'quote' : 'reported', verb: i });
    else frames.push({ speaker, first: i + 1, last: n - 1, source: quoted.slice(i + 1).some(Boolean) ? 'quote' : 'reported', verb: i });
  }
  return frames;
}

const anyQuoted = (quoted: boolean[]): boolean => quoted.some(Boolean);

/** The subject of the verb at `verb`: the nearest mention before it, across adverbs, time phrases and an apposition. */
function subjectBefore(sentence: Sentence, verb: number, actors: SentenceAttribution['actors'], cb: CompiledCodebook): SentenceAttribution['actors'][number] | null {
  const tokens = sentence.tokens;
  // "Velayati, a senior adviser to Supreme Leader Khamenei, stressed": the subject stands before the apposition.
  if (tokens[verb - 1]?.value === ',') {
    for (let c = verb - 2; c >= 0 && c >= verb - 16; c--) {
      if (tokens[c]!.value !== ',') continue;
      const before = actors.find((a) => a.mention.last === c - 1 && !a.mention.possessive);
      if (before) return before;
      // "Khalid al-Attiyah, the Qatari foreign minister, said": a name the codebook lacks, placed by its title.
      const name = c > 0 ? nameEndingAt(sentence, c - 1) : null;
      const title = actors.find((a) => a.mention.first > c && a.mention.last < verb && (a.mention.kind === 'role' || a.mention.kind === 'demonym-group'));
      if (name && (name.first === 0 || CLAUSE_BREAK.has(tokens[name.first - 1]!.lower) || tokens[name.first - 1]!.value === ',') && title) {
        const span = spanOf(sentence, name.first, name.last);
        const resolved = byName(span, cb);
        const affiliation = resolved.affiliation !== 'other' ? resolved.affiliation : title.mention.role?.affiliation ?? title.actor.affiliation;
        return { mention: { kind: 'unknown-name', actorId: null, first: name.first, last: name.last, start: span.start, end: span.end, possessive: false }, actor: { ...resolved, affiliation } };
      }
      break;
    }
  }
  let k = verb - 1;
  let commas = 0;
  while (k >= 0) {
    const ending = actors.filter((a) => a.mention.last === k);
    if (ending.length > 0) {
      const found = ending[0]!;
      // "Lavrov, the Russian top diplomat, said": prefer the name before the apposition.
      if ((found.mention.kind === 'role' || found.mention.kind === 'demonym-group') && tokens[found.mention.first - 1]?.value === ',') {
        const named = actors.find((a) => a.mention.last === found.mention.first - 2 && a.mention.kind === 'name');
        if (named) return named;
      }
      if (found.mention.possessive) return null;
      // "groups fighting to topple Assad have rejected": a mention after a verb or preposition is its object.
      const before = tokens[found.mention.first - 1];
      if (before && (before.pos === 'VERB' || before.pos === 'ADP') && !['by', 'as'].includes(before.lower) && !CLAUSE_OPENERS.has(before.lower)) return null;
      return found;
    }
    const tok = tokens[k]!;
    if (CLAUSE_BREAK.has(tok.lower)) return null;
    if (tok.value === ',') {
      commas++;
      if (commas > 2) return null;
    } else if (!BETWEEN_SUBJECT_AND_VERB.has(tok.lower) && !/^\d/.test(tok.value) && !(commas % 2 === 1)) {
      // Inside an apposition ("Lavrov, who met Zarif on Monday, said") anything goes; elsewhere only fillers.
      if (tok.pos !== 'PROPN' || k < verb - 4) return null;
    }
    k--;
    if (verb - k > 14) return null;
  }
  return null;
}

function nameEndingAt(sentence: Sentence, last: number): { first: number; last: number } | null {
  const tokens = sentence.tokens;
  let first = last;
  const cap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.value) && t.pos !== 'PUNCT' && t.pos !== 'PRON' && t.pos !== 'DET';
  if (!cap(tokens[last])) return null;
  while (first - 1 >= 0 && (cap(tokens[first - 1]) || (/^(al|el|de|bin|van|von|-)$/.test(tokens[first - 1]!.lower) && cap(tokens[first - 2])))) first--;
  return { first, last };
}

/** A speaker named by a name the codebook has no alias for: its surname may still be a codebook person's ("Ban said"). */
function byName(span: Span, cb: CompiledCodebook): Resolved {
  const known = cb.surnames.get(normaliseToken(span.text.split(/\s+/).pop() ?? '').toLowerCase().replace(/^(al|el)-/, ''));
  const actor = known ? cb.actors.get(known) : undefined;
  if (actor) return { id: actor.id, name: actor.name, affiliation: actor.affiliation, kind: actor.kind, mention: span };
  return { id: surnameId(span.text), name: span.text, affiliation: 'other', kind: 'person', mention: span };
}

const BODY_NOUNS = /^(police|ministry|army|military|office|spokesman|spokeswoman|officials|agency|committee|council|group|coalition|observatory|command|forces|sources|government|authorities)$/i;

function unknownNameBefore(sentence: Sentence, verb: number, cb: CompiledCodebook, actors: SentenceAttribution['actors'] = []): Resolved | null {
  const tokens = sentence.tokens;
  let k = verb - 1;
  // A name the codebook knows is no unknown speaker (it was judged an object, not a subject).
  if (actors.some((a) => a.mention.first <= k && a.mention.last >= k - 1 && a.mention.last <= k)) return null;
  while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.lower) && tokens[k]!.value !== ',') k--;
  if (k < 0) return null;
  // "Richmond police said": a capitalised place or body before a body noun.
  if (BODY_NOUNS.test(tokens[k]!.value) && k > 0) {
    const name = nameEndingAt(sentence, k - 1);
    if (name) {
      const span = spanOf(sentence, name.first, k);
      return { id: phraseId(span.text), name: span.text, affiliation: 'other', kind: 'org', mention: span };
    }
    return null;
  }
  const name = nameEndingAt(sentence, k);
  const knownSurname = !!name && cb.surnames.has(tokens[name.last]!.lower);
  if (!name || (tokens[name.last]!.pos !== 'PROPN' && !knownSurname)) return null;
  const span = spanOf(sentence, name.first, name.last);
  return byName(span, cb);
}

function unknownNameAfter(sentence: Sentence, from: number, cb: CompiledCodebook): Resolved | null {
  const tokens = sentence.tokens;
  let k = from;
  if (tokens[k]?.lower === 'the') k++;
  let last = k - 1;
  while (last + 1 < tokens.length && /^\p{Lu}/u.test(tokens[last + 1]!.value) && tokens[last + 1]!.pos !== 'PUNCT') last++;
  if (last < k) return null;
  if (tokens[last + 1] && BODY_NOUNS.test(tokens[last + 1]!.value)) last++;
  const span = spanOf(sentence, k, last);
  if (BODY_NOUNS.test(tokens[last]!.value)) return { id: phraseId(span.text), name: span.text, affiliation: 'other', kind: 'org', mention: span };
  return byName(span, cb);
}

/**
 * The speaker of each sentence's quotation: the frame next to where the
 * quotation closes ("...," Lavrov said) or opens (Lavrov said: "..."), else
 * the speaker of the sentence before (a quote that resumes after "he said.").
 */
function speakersOfQuotes(runs: QuoteRun[], frames: Frame[][]): Map<number, Resolved> {
  const bySentence = new Map<number, Resolved>();
  let previous: Resolved | null = null;
  let previousEnd = -2;
  for (const run of runs) {
    const closeSentence = run.close?.sentence ?? run.open.sentence;
    let speaker: Resolved | null = null;
    const near = (si: number, token: number) => frames[si]?.find((f) => Math.abs(f.verb - token) <= 6 && f.speaker);
    if (run.close) speaker = near(run.close.sentence, run.close.token)?.speaker ?? null;
    speaker ??= near(run.open.sentence, run.open.token)?.speaker ?? null;
    speaker ??= frames[closeSentence]?.[0]?.speaker ?? frames[run.open.sentence]?.[0]?.speaker ?? null;
    if (!speaker && previous && run.open.sentence - previousEnd <= 1 && run.open.token === 0) speaker = previous;
    // A quotation standing alone after a paraphrase belongs to the speaker just paraphrased.
    for (let sj = run.open.sentence - 1; !speaker && sj >= 0 && run.open.sentence - sj <= 2; sj--) speaker = frames[sj]?.find((f) => f.speaker.id !== null)?.speaker ?? null;
    if (speaker) {
      for (let si = run.open.sentence; si <= closeSentence; si++) if (!bySentence.has(si)) bySentence.set(si, speaker);
      previous = speaker;
      previousEnd = closeSentence;
    } else {
      previous = null;
    }
  }
  return bySentence;
}
