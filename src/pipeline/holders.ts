import { phraseId, surnameId } from '../utils/surname-id.js';
import type { Context } from './context.js';
import { isFirstPerson } from './tokens.js';
import type { Entity, Frame, HolderDecision, QuoteRun, QuoteState, Resolved, Sentence } from './types.js';

// A frame verb this close to a quotation's mark (in tokens) speaks it.
const NEAR_MARK = 6;
// A quotation standing alone belongs to the speaker of this many sentences before.
const PARAPHRASE_REACH = 2;

/**
 * Who speaks each quotation: the frame next to where it closes ("…," Roe
 * said) or opens (Roe said: "…"), else a frame of its sentence, else the
 * speaker of the quotation just before it (a quote that resumes after "he
 * said."), else the speaker of a sentence just before (a quotation after a
 * paraphrase: one that opens its sentence or quotes MIN_QUOTED_WORDS words
 * at least, outside a headline). Sets `speaker` and `speakerRule` on each run.
 */
export function speakQuotes(states: readonly QuoteState[], frames: readonly Frame[][], sentences: readonly Sentence[]): void {
  const runs = [...new Set(states.flatMap((s) => s.runs))].sort((a, b) => a.open.sentence - b.open.sentence || a.open.token - b.open.token);
  let previous: QuoteRun | null = null;
  const named = (f: Frame) => f.speaker.id !== null;
  for (const run of runs) {
    const end = run.close?.sentence ?? run.open.sentence;
    const near = (si: number, token: number) => frames[si]?.find((f) => f.verb >= 0 && Math.abs(f.verb - token) <= NEAR_MARK && named(f));
    const pick = (frame: Frame | undefined, rule: string) => {
      if (!frame || run.speaker) return;
      run.speaker = frame.speaker;
      run.speakerRule = rule;
    };
    if (run.close) pick(near(run.close.sentence, run.close.token), 'quote.tag-at-close');
    pick(near(run.open.sentence, run.open.token), 'quote.tag-at-open');
    pick(frames[end]?.find(named) ?? frames[run.open.sentence]?.find(named), 'quote.sentence-frame');
    // A quoted subhead ("‘Nobody Will Listen’" on a line of its own) resumes no quotation.
    const subhead = sentences[run.open.sentence]?.isHeadline === true;
    if (!run.speaker && !subhead && previous?.speaker && run.open.sentence - (previous.close?.sentence ?? previous.open.sentence) <= 1 && run.open.token === 0) {
      run.speaker = previous.speaker;
      run.speakerRule = 'quote.resumes';
    }
    // Only words quoted as speech: a headline's quotation and a term in scare quotes inside narration ('a "tipping
    // point"') are nobody's words after a paraphrase.
    const speech = !subhead && (run.open.token === 0 || quotedWords(states, sentences, run) >= MIN_QUOTED_WORDS);
    // "According to the agency, Roe wrote …": a source relays the speaker it names, who goes on speaking.
    const speakerOf = (fs: readonly Frame[] | undefined) => fs?.find((f) => named(f) && f.rule !== 'frame.according-to') ?? fs?.find(named);
    for (let sj = run.open.sentence - 1; speech && !run.speaker && sj >= 0 && run.open.sentence - sj <= PARAPHRASE_REACH; sj--) pick(speakerOf(frames[sj]), 'quote.after-paraphrase');
    previous = run;
  }
}

// Words a quotation inside a sentence needs to be read as quoted speech, not a term in scare quotes.
const MIN_QUOTED_WORDS = 4;

/** The words inside a quotation run in its first sentence (up to MIN_QUOTED_WORDS: enough to tell speech from a term). */
function quotedWords(states: readonly QuoteState[], sentences: readonly Sentence[], run: QuoteRun): number {
  const { sentence, token } = run.open;
  const inside = states[sentence]!.inside;
  const tokens = sentences[sentence]!.tokens;
  let words = 0;
  for (let k = token + 1; k < tokens.length && inside[k] && words < MIN_QUOTED_WORDS; k++) if (/[\p{L}\p{N}]/u.test(tokens[k]!.value)) words++;
  return words;
}

/** Everything the holder of one sentence is chosen from. */
export interface HolderInputs {
  sentence: Sentence;
  entities: readonly Entity[];
  quotes: QuoteState;
  frames: readonly Frame[];
  /** The attribution line right after the sentence's line, when there is one (the sentence is a tweet's), with its entities. */
  attribution: { sentence: Sentence; entities: readonly Entity[] } | null;
  /** The holders of the sentences before, nearest first; whether the one just before ended with a colon lead-in. */
  history: { holders: ReadonlyArray<HolderDecision | null>; colon: boolean; voice: Resolved | null; turn: HolderDecision | null; introduced: Resolved | null; announced: Resolved | null };
}

// Holders whose voice the sentences after them go on in: a first-person run, and a text announced as someone's.
const VOICE_RUN = new Set(['holder.first-person', 'holder.voice-continues', 'holder.announced-text']);
// Holders whose first-person words after them are theirs before the document's voice: the run, a colon lead-in.
const SPEAKING_ON = new Set(['holder.first-person', 'holder.voice-continues', 'holder.colon-lead']);

// How many sentences back a sentence may go on in an earlier holder's voice.
const VOICE_REACH = 6;

/** A holder a sentence may have, with the rule that proposes it; `actor` null is the author's narration. */
export interface HolderOption {
  actor: Resolved | null;
  source: HolderDecision['source'];
  rule: string;
  /** For a holder of an earlier sentence: how many sentences back. */
  distance?: number;
  /** For an actor named here: it is the sentence's subject (its first actor not governed by a preposition). */
  subject?: boolean;
  /** The other rules that propose the same actor. */
  also?: string[];
}

/** The options for a sentence's holder, the one the rules choose, and who speaks its quotation. */
export interface HolderChoice {
  options: HolderOption[];
  /** Index into `options` of the rules' choice. */
  chosen: number;
  quoteSpeaker: HolderDecision | null;
}

/**
 * The holder of a sentence: whose words or position it reports. The rules
 * choose, in order: a "#Name:" speaker; the speaker of the sentence's main
 * frame (the one no other frame's content holds and no adverbial clause
 * states; in a headline only a frame of saying); the speaker of its
 * quotation; the author of the tweet it is; the speaker whose transcript turn
 * ("Roe: …") opened its line; for first-person words outside quotation
 * marks, the document's voice; the speaker whose colon lead-in ("Roe said:")
 * it follows; else the author's
 * narration. Every other option (each frame's speaker, the quotation's
 * speaker, the holder of the sentence before, narration) is listed too, so
 * that a trained model may choose instead. Each option carries its rule id.
 */
export function holderOptions(input: HolderInputs, ctx: Context): HolderChoice {
  const { sentence, entities, quotes, frames } = input;
  const none: HolderOption = { actor: null, source: 'reported', rule: 'holder.none' };
  if (sentence.isAttributionLine) return { options: [none], chosen: 0, quoteSpeaker: null };
  const options: HolderOption[] = [];
  let chosen = -1;
  // `unmention`: the option holds a copy of the actor without its mention (an actor of another sentence), made only
  // when the option is new (most earlier holders are offered already).
  const offer = (actor: Resolved | null, source: HolderOption['source'], rule: string, choose: boolean, extra: Partial<HolderOption> = {}, unmention = false) => {
    if (actor && actor.id === null && !choose) return;
    const at = optionOf(options, actor);
    if (at < 0) options.push({ actor: unmention && actor ? { ...actor, mention: null } : actor, source, rule, ...extra });
    else {
      const o = options[at]!;
      if (o.rule !== rule && !o.also?.includes(rule)) o.also = [...(o.also ?? []), rule];
      o.distance ??= extra.distance;
      o.subject ||= extra.subject;
    }
    if (choose && chosen < 0) chosen = at < 0 ? options.length - 1 : at;
  };
  const tweet = input.attribution ? tweetAuthor(input.attribution.sentence, input.attribution.entities, ctx) : null;
  const runWithSpeaker = quotes.runs.find((r) => r.speaker && r.speaker.id !== null);
  const quoteSpeaker: HolderDecision | null = runWithSpeaker ? { actor: { ...runWithSpeaker.speaker!, mention: null }, source: 'quote', rule: runWithSpeaker.speakerRule ?? 'quote' } : null;
  const hashtag = entities.find((e) => e.mention.kind === 'hashtag-speaker');
  if (hashtag) {
    const actor = { ...hashtag.actor };
    if (actor.affiliation === 'other' && tweet) actor.affiliation = tweet.affiliation;
    offer(actor, 'tweet', 'holder.hashtag-speaker', actor.kind === 'person' || !tweet);
  }
  // "… walked out after Russia blocked the text": what an adverbial clause says is not what the sentence reports
  // ("as Roe said, …" is an attribution, not such a clause).
  const inMention = (k: number) => entities.some((e) => e.mention.first <= k && k <= e.mention.last);
  const opener = (f: Frame) => {
    // Back over the subjects coordinated before it ("after Russia and China blocked …").
    let k = (f.entity?.mention.first ?? 0) - 1;
    while (k >= 0 && (inMention(k) || sentence.tokens[k]!.lower === 'and')) k--;
    return sentence.tokens[k]?.lower ?? '';
  };
  const subordinate = (f: Frame) => {
    if (!f.entity) return false;
    const word = opener(f);
    return word !== 'as' && ctx.lex.clauseOpeners.has(word);
  };
  const told = frames.filter((f) => !isDeed(sentence, f, ctx));
  const speaking = told.filter((f) => !subordinate(f));
  // A frame inside a relative clause ("the Kurds – who won backing from Washington – protested") describes an actor
  // the main clause speaks of: it holds no other frame, and the main clause's frame comes first.
  const inRelative = new Set(speaking.filter((f) => f.verb >= 0 && inRelativeClause(sentence, f.verb, ctx)));
  const relative = (f: Frame) => inRelative.has(f);
  const holding = speaking.filter((f) => !relative(f));
  // The main frame: one no other frame's content holds; of frames holding each other, the closing speech tag.
  const outer = speaking.filter((f) => !holding.some((g) => g !== f && f.verb >= g.first && f.verb <= g.last));
  const tags = speaking.filter((f) => f.last < f.verb);
  const named = (f: Frame) => f.speaker.id !== null;
  const first = outer.find((f) => named(f) && !relative(f)) ?? outer.find(named) ?? tags.find(named) ?? speaking.find(named) ?? speaking[0];
  // '"…," Roe said, according to Reuters': the source relays a speaker its sentence names (an outlet that reports
  // what its sources say relays nobody: "The Times reported …, according to officials").
  const relayed = first?.rule === 'frame.according-to' ? speaking.find((f) => f !== first && named(f) && f.speaker.kind !== 'media' && f.verb >= first.first && f.verb <= first.last) : undefined;
  const found = relayed ?? first;
  // A headline is the desk's summary: "Roe says …", "Roe: …" and "… – Roe" give it a holder; "Roe backs …" and
  // "Roe urges …" do not.
  const says = (f: Frame) => f.verb < 0 || f.rule === 'frame.headline-credit' || ctx.lex.sayingVerbs.has(sentence.tokens[f.verb]!.lemma) || ctx.lex.sayingVerbs.has(sentence.tokens[f.verb]!.lower);
  const main = sentence.isHeadline && found && !says(found) ? undefined : found;
  if (main) offer(main.speaker, main.source, `holder.${main.rule}`, true);
  for (const f of frames) offer(f.speaker, f.source, `holder.${f.rule}${told.includes(f) ? '' : '.deed'}`, false);
  if (quoteSpeaker) offer(quoteSpeaker.actor, 'quote', quoteSpeaker.rule, quotes.inside.includes(true));
  if (tweet) offer(tweet, 'tweet', 'holder.tweet', true);
  const { holders, colon, voice, turn, introduced, announced } = input.history;
  if (turn) offer(turn.actor, turn.source, 'holder.turn', true, {}, true);
  // "The full text of Roe's speech can be read below.": the text announced begins.
  if (announced && frames.length === 0 && !sentence.isHeadline) offer(announced, 'reported', 'holder.announced-text', true);
  // "Roe said:" at the end of the sentence before: its words follow.
  if (colon && holders[0]) offer(holders[0].actor, holders[0].source, 'holder.colon-lead', true, { distance: 1 }, true);
  // "We would not send troops.", untagged and outside any quotation: a speech, a transcript or an official's own
  // article speaks in the first person: the first-person speaker just before, else the person the sentences just
  // before introduced ("Jane Roe, 26, a teacher, walked home. I saw …"), else the document's voice when a person
  // holds it, else the speaker just before.
  const firstPerson = told.length === 0 && sentence.tokens.some((t, k) => !quotes.inside[k] && isFirstPerson(t, ctx.lex.firstPersonWords));
  if (firstPerson) {
    const before = holders[0]?.actor.id ? holders[0] : null;
    const reported = 'reported' as const;
    const own = before && SPEAKING_ON.has(before.rule) ? before
      : !before && introduced ? { actor: introduced, source: reported }
      : voice && (voice.kind === 'person' || !before) ? { actor: voice, source: reported } : before;
    if (own) offer(own.actor, own.source, 'holder.first-person', true, {}, true);
  }
  // The sentences of a speech or an official's own article go on in the voice of the first-person one before
  // them, to the end of its paragraph or a sentence with a speaker of its own ("We will act. This attack is an
  // affront."); a deed it reports ("The leaders agreed to meet.") is still the speech.
  const running = VOICE_RUN.has(holders[0]?.rule ?? '');
  if (running && told.length === 0 && !sentence.lineStart && !sentence.isHeadline && !quotes.inside.includes(true)) offer(holders[0]!.actor, holders[0]!.source, 'holder.voice-continues', true, { distance: 1 }, true);
  holders.slice(0, VOICE_REACH).forEach((h, k) => {
    if (h && h.actor.id !== null) offer(h.actor, h.source, 'holder.continues', false, { distance: k + 1 }, true);
  });
  if (voice) offer(voice, 'reported', 'holder.voice', false, {}, true);
  // Any actor named here may be whose position the sentence reports ("Paris and London back the plan").
  const governed = (e: Entity) => ctx.lex.governingWords.has(sentence.tokens[e.mention.first - 1]?.lower ?? '') || e.mention.possessive;
  const subject = entities.find((e) => e.actor.id !== null && !governed(e));
  for (const e of entities) if (e.actor.id !== null && e.mention.kind !== 'statement') offer(e.actor, 'reported', 'holder.named', false, { subject: e === subject });
  offer(null, 'reported', 'holder.none', true);
  return { options, chosen, quoteSpeaker };
}

/** Where the options hold `actor` already (by id; narration by null), or -1: a loop, where findIndex made a closure per offer. */
function optionOf(options: readonly HolderOption[], actor: Resolved | null): number {
  const id = actor?.id ?? null;
  for (let k = 0; k < options.length; k++) {
    const o = options[k]!;
    if ((o.actor?.id ?? null) === id && (actor !== null || o.actor === null)) return k;
  }
  return -1;
}

/** The rules' holder of a sentence (see `holderOptions`). */
export function chooseHolder(input: HolderInputs, ctx: Context): { holder: HolderDecision | null; quoteSpeaker: HolderDecision | null } {
  const { options, chosen, quoteSpeaker } = holderOptions(input, ctx);
  const o = options[chosen]!;
  return { holder: o.actor ? { actor: o.actor, source: o.source, rule: o.rule } : null, quoteSpeaker };
}

/**
 * A verb with a noun object and no content clause ("renewed its offer of
 * aid", "reaffirmed support for the plan") reports a deed, not words: no holder. With a content clause
 * ("renewed his demand that …") it reports a position, and so does a verb of expressing ("voiced
 * concern") and words sent out ("issued a warning").
 */
// What follows an agreement reached: "agreed to meet", "agreed that …", "agreed on a ceasefire".
const AGREED_ON = new Set(['to', 'that', 'on', 'upon']);

function isDeed(sentence: Sentence, f: Frame, ctx: Context): boolean {
  if (f.verb < 0 || f.rule === 'frame.utterance') return false;
  const tokens = sentence.tokens;
  const verb = tokens[f.verb]!;
  // "voiced concern about …": what is expressed is always an attitude or words.
  if (f.last < f.verb) return false;
  // "The sides agreed to / that / on …": an agreement reached is a decision, an event of the story, not words
  // reported; "Roe agreed." and "Roe agreed with Doe" assent to words.
  if (ctx.lex.agreementVerbs.has(verb.lemma)) {
    let k = f.verb + 1;
    while (k < tokens.length && (tokens[k]!.pos === 'ADV' || ctx.lex.timeWords.has(tokens[k]!.lower))) k++;
    return AGREED_ON.has(tokens[k]?.lower ?? '');
  }
  if (!ctx.lex.nominalObjectVerbs.has(verb.lemma) || ctx.lex.expressingVerbs.has(verb.lemma)) return false;
  return !tokens.slice(f.verb + 1, f.verb + 6).some((t) => t.lower === 'that' || t.value === ':' || t.value === '"' || t.value === '“');
}

// A person's name: two to four capitalised words. Made once (the build writes a \p{…} literal as `new RegExp(…)` where it stands).
const PERSON_NAME = /^\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){1,3}$/u;

/** The author of a tweet: the account named on the attribution line below it. */
function tweetAuthor(line: Sentence, entities: readonly Entity[], ctx: Context): Resolved | null {
  const found = entities.find((e) => e.mention.kind === 'handle') ?? entities[0];
  if (found) return { ...found.actor, mention: null };
  const handle = /\(@(\w+)\)/.exec(line.text);
  const name = line.text.replace(/^[\s—–―-]+/, '').replace(/\(@.*$/, '').trim() || (handle?.[1] ?? 'unknown');
  // A person's account is known by the surname; an organisation's by its name.
  const person = PERSON_NAME.test(name) && !name.toLowerCase().split(/[^\p{L}]+/u).some((w) => ctx.lex.organisationWords.has(w));
  return { id: person ? surnameId(name) : phraseId(name), name, affiliation: 'other', kind: person ? 'person' : 'org', mention: null };
}

/** Whether token `at` stands in a relative clause set off by a comma or a dash (", who …", "– which …"). */
function inRelativeClause(sentence: Sentence, at: number, ctx: Context): boolean {
  const tokens = sentence.tokens;
  for (let k = at - 1; k > 0; k--) {
    const t = tokens[k]!;
    if (ctx.lex.relativePronouns.has(t.lower)) return RELATIVE_OPENER.test(tokens[k - 1]!.value);
    if (CLAUSE_EDGE.test(t.value)) return false;
  }
  return false;
}

const RELATIVE_OPENER = /^[,–—-]$/;
const CLAUSE_EDGE = /^[,;:–—"“”‘’-]$/;
