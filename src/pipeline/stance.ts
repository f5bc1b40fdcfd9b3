import type { CompiledCue } from '../codebook/compile.js';
import { matchAt, type PatternToken } from '../cues/pattern.js';
import { patternTokens } from '../cues/tokens.js';
import type { Context } from './context.js';
import { negationsOf } from './negation.js';
import { StanceScratch } from './stance-scratch.js';
import { startsUpper } from './tokens.js';
import type { Sentence, StanceHit, Token } from './types.js';

/** A stance hit with what the stance stage noticed about where it stands. */
export interface FoundStance extends StanceHit {
  /** Readings that make it no position ("stance.topic": what parties discussed; "stance.fighting": who fights whom; "stance.accusation": what one side accuses another of). */
  flags: string[];
}

/**
 * The stances a sentence's cues express: every cue match, its polarity
 * flipped by each negation that governs it (with the negation's rule id),
 * overlapping matches of one concept reduced to the longest, and flags where
 * the match is a topic of discussion or a description of fighting rather
 * than a position. Each hit carries its cue id. `scratch` holds buffers the
 * sentences of one document share; without it, the call makes its own.
 */
export function findStances(sentence: Sentence, ctx: Context, tags?: ReadonlyArray<ReadonlySet<string>>, scratch?: StanceScratch): FoundStance[] {
  const { cb, lex } = ctx;
  const tokens = patternTokens(sentence.tokens, tags);
  // The tokens' parts of speech, for negations: read only once a cue has matched (most sentences match none).
  let pos: string[] | undefined;
  const hits: Array<FoundStance & { length: number }> = [];
  const { byPrefix, byTag, anywhere, all } = cb.cues;
  const buffers = scratch && scratch.cues === all ? scratch : new StanceScratch(cb.cues);
  const { judgedIn, verdict, seenAt, wordIds, wordFilter, setsOf, setIn, setLast, required, startingWith } = buffers;
  const sentenceStamp = ++buffers.sentence;
  // The necessary sets the sentence's words (lower case, lemma, tags) are in, and each token's word numbers, looked up once.
  buffers.fitTokens(tokens.length);
  const { lowerIds, lemmaIds } = buffers;
  // Each set also keeps the last token that has one of its words (tokens are marked in order).
  const mark = (word: string, k: number): number => {
    if (!wordFilter.mayHave(word)) return -1;
    const n = wordIds.get(word);
    if (n === undefined) return -1;
    const sets = setsOf[n]!;
    for (let s = 0; s < sets.length; s++) {
      setIn[sets[s]!] = sentenceStamp;
      setLast[sets[s]!] = k;
    }
    return n;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    lowerIds[k] = mark(t.lower, k);
    // Most lemmas are the word as written: its sets are marked already.
    lemmaIds[k] = t.lemma === t.lower ? lowerIds[k]! : mark(t.lemma, k);
    if (t.tags) for (const tag of t.tags) mark(tag, k);
  }
  // Per cue, judged once a sentence: whether its necessary words are all in it (when not, it is never tried).
  const canMatch = (cue: CompiledCue): boolean => {
    if (judgedIn[cue.index] !== sentenceStamp) {
      judgedIn[cue.index] = sentenceStamp;
      verdict[cue.index] = meetsAll(required[cue.index]!, setIn, sentenceStamp) ? 1 : 0;
    }
    return verdict[cue.index] === 1;
  };
  // The cues that may begin at the current token, each once (`seenAt` holds the stamp of the token that added it).
  // (Refilled from 0 for each token, by count: setting an array's length back to 0 cost more than the offers.)
  const candidates: CompiledCue[] = [];
  let count = 0;
  let stamp = 0;
  let at = 0;
  // A match from token `at` holds its necessary words at `at` or after: a cue whose set was last seen before is never tried.
  const offer = (cue: CompiledCue) => {
    if (seenAt[cue.index] === stamp) return;
    seenAt[cue.index] = stamp;
    if (canMatch(cue) && allFrom(required[cue.index]!, setLast, at)) candidates[count++] = cue;
  };
  const add = (list: readonly CompiledCue[] | undefined) => {
    if (list) for (const cue of list) offer(cue);
  };
  const matchScratch = buffers.match;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    stamp = ++buffers.token;
    at = i;
    count = 0;
    if (lowerIds[i]! >= 0) add(startingWith[lowerIds[i]!]);
    if (tok.lemma !== tok.lower && lemmaIds[i]! >= 0) add(startingWith[lemmaIds[i]!]);
    const prefixed = buffers.prefixed(tok.lower, byPrefix);
    for (let c = 0; c < prefixed.length; c++) offer(prefixed[c]!);
    if (tok.tags) for (const tag of tok.tags) add(byTag.get(tag));
    if (anywhere.length > 0) add(anywhere);
    for (let c = 0; c < count; c++) {
      const cue = candidates[c]!;
      const last = matchAt(cue.pattern, tokens, i, matchScratch);
      if (last < 0) continue;
      const literal = literalTokens(cue, tokens, i, last);
      if (spellsAName(cb, cue, sentence.tokens, tokens, literal)) continue;
      pos ??= sentence.tokens.map((t) => t.pos);
      const negations = negationsOf(lex, tokens, pos, i, last, literal);
      const polarity = negations.length % 2 === 0 ? cue.polarity : cue.polarity === 'support' ? 'oppose' : 'support';
      // A concept with no opposite reading ("fight terrorism") is not flipped by a negation, only cancelled.
      if (polarity === 'oppose' && !cb.opposable.has(cue.concept)) continue;
      const flags: string[] = [];
      if (isTopic(ctx, tokens, i)) flags.push('stance.topic');
      if (describesFighting(ctx, tokens, pos, i)) flags.push('stance.fighting');
      if (isAlleged(ctx, tokens, pos, i)) flags.push('stance.accusation');
      hits.push({ concept: cue.concept, polarity, cuePolarity: cue.polarity, first: i, last, cue: cue.id, negations, flags, length: last - i + 1 });
    }
  }
  return reduceOverlaps(hits);
}

/** Whether a sentence holds one word of each of a cue's necessary sets (sets by number; `setIn` holds the stamp of the sentence that has one of a set's words). */
function meetsAll(sets: Int32Array, setIn: Int32Array, stamp: number): boolean {
  for (let s = 0; s < sets.length; s++) if (setIn[sets[s]!] !== stamp) return false;
  return true;
}

/** Whether each of a cue's necessary sets (all in the sentence) has a word at token `from` or after. */
function allFrom(sets: Int32Array, setLast: Int32Array, from: number): boolean {
  for (let s = 0; s < sets.length; s++) if (setLast[sets[s]!]! < from) return false;
  return true;
}

/** The literal (non-gap) tokens of a match: those the pattern names. */
function literalTokens(cue: CompiledCue, tokens: readonly PatternToken[], first: number, last: number): Set<number> {
  const out = new Set<number>();
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (cue.words.has(t.lower) || cue.words.has(t.lemma) || cue.wordPrefixes.some((p) => t.lower.startsWith(p))) out.add(k);
    else if (t.tags) for (const tag of cue.tags) if (t.tags.has(tag)) out.add(k);
  }
  return out;
}

/**
 * Whether a cue word of the match is only a word of a person's name ("Ban said …" is no ban): in a
 * codebook person's mention, a cue word that is a word of the person's name stands only where that
 * word alone is the person's alias ("Assad"), or where the cue names the person otherwise too (an
 * actor slot, a title word: "President Assad", "the Syrian leader").
 */
function spellsAName(cb: Context['cb'], cue: CompiledCue, words: readonly Token[], tokens: readonly PatternToken[], literal: ReadonlySet<number>): boolean {
  let named: Map<string, boolean> | undefined;
  for (const k of literal) {
    const { tags, lower, lemma } = tokens[k]!;
    if (!tags || !tags.has('@PERSON')) continue;
    for (const tag of tags) {
      const actor = cb.actors.get(tag.slice(1));
      if (actor?.kind !== 'person') continue;
      const cueWord = cue.words.has(lower) || cue.words.has(lemma) || cue.wordPrefixes.some((p) => lower.startsWith(p));
      // A pronoun or a function word standing for the person ("he", "The minister") is no name.
      const nameWord = cueWord && startsUpper(words[k]!.value) && !FUNCTION_POS.has(words[k]!.pos) && actor.name.toLowerCase().split(/\s+/).includes(lower);
      const stands = !nameWord || cb.hashtags.get(lower) === actor.id;
      named ??= new Map();
      named.set(actor.id, (named.get(actor.id) ?? false) || stands);
    }
  }
  return named !== undefined && [...named.values()].some((stands) => !stands);
}

const FUNCTION_POS = new Set(['PRON', 'DET', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART']);

// "factions fighting to topple the regime": a participle of striving before "to" describes who fights whom; so does a
// participle right after a noun of military action or force ("a bombing campaign propping up Assad"): a reduced relative
// clause that says what the campaign does, not what anyone holds.
function describesFighting(ctx: Context, tokens: readonly PatternToken[], pos: readonly string[], first: number): boolean {
  if (ctx.lex.militaryActionNouns.has(tokens[first - 1]?.lower ?? '') && pos[first] === 'VERB' && tokens[first]!.lower.endsWith('ing')) return true;
  return tokens[first - 1]?.lower === 'to' && ctx.lex.fightingVerbs.has(tokens[first - 2]?.lower ?? '') && !['is', 'are'].includes(tokens[first - 3]?.lower ?? '');
}

// How far back a verb of discussing makes a stance phrase its topic.
const TOPIC_REACH = 12;

/** A stance phrase that is what parties discussed or debated is a topic ("they discussed a transition"). */
function isTopic(ctx: Context, tokens: readonly PatternToken[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - TOPIC_REACH; k--) {
    const t = tokens[k]!;
    if (t.lower === ';' || t.lower === '.' || t.lower === 'but') return false;
    if (ctx.lex.topicWords.has(t.lemma) || ctx.lex.topicWords.has(t.lower)) return true;
  }
  return false;
}

// How far back a word of accusing makes a stance phrase what it alleges ("accused the Western powers of arming …").
const ALLEGED_REACH = 10;

/** A stance phrase in what an accusation alleges, after its "of" or "that": nobody's position (gold gives none). */
function isAlleged(ctx: Context, tokens: readonly PatternToken[], pos: readonly string[], first: number): boolean {
  // The "of" or "that" nearest the accusing word, with its object between ("accused Moscow of"), no other preposition.
  let complement = -1;
  for (let k = first - 1; k >= 0 && k >= first - ALLEGED_REACH; k--) {
    const t = tokens[k]!;
    if (t.lower === ';' || t.lower === '.' || t.lower === ',' || t.lower === 'but') return false;
    if (t.lower === 'of' || t.lower === 'that') complement = k;
    else if (complement >= 0 && (ctx.lex.accusingWords.has(t.lemma) || ctx.lex.accusingWords.has(t.lower))) return !pos.slice(k + 1, complement).includes('ADP');
  }
  return false;
}

/**
 * Of overlapping hits for the same concept, keep the longest (it read more of
 * the sentence); a shorter hit of another concept wholly inside a longer one
 * is a word of the longer phrase, not a stance of its own (the "de-escalation"
 * of "a de-escalation zone agreement" is the agreement's).
 */
function reduceOverlaps(hits: Array<FoundStance & { length: number }>): FoundStance[] {
  hits.sort((a, b) => b.length - a.length || a.first - b.first);
  const kept: Array<FoundStance & { length: number }> = [];
  for (const hit of hits) {
    if (!kept.some((k) => (k.concept === hit.concept ? overlaps(k, hit) : within(hit, k)))) kept.push(hit);
  }
  kept.sort((a, b) => a.first - b.first);
  return kept.map(({ length: _length, ...hit }) => hit);
}

const overlaps = (a: FoundStance, b: FoundStance) => b.first <= a.last && a.first <= b.last;
const within = (inner: FoundStance & { length: number }, outer: FoundStance & { length: number }) => inner.length === 1 && outer.length > inner.length && outer.first <= inner.first && inner.last <= outer.last;
