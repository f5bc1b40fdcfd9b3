import type { CompiledCodebook, CompiledCue } from '../codebook/compile.js';
import { patternTokens } from '../cues/tokens.js';
import { matchAt, type PatternToken } from '../cues/pattern.js';
import type { Sentence, StanceHit } from '../types.js';

// Words that negate what follows them in their clause.
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'nobody', 'nothing', 'none', 'hardly', 'cannot', 'without']);
// Verbs and adjectives that reject their object: "rejects calls for Assad to step down".
const REJECTORS = new Set([
  'reject', 'rejected', 'rejects', 'rejecting', 'rejection', 'refuse', 'refused', 'refuses', 'refusing', 'deny', 'denied', 'denies',
  'dismiss', 'dismissed', 'dismisses', 'oppose', 'opposed', 'opposes', 'opposing', 'against', 'unacceptable', 'stop', 'stopped', 'halt',
  'halted', 'end', 'ended', 'abandon', 'abandoned', 'drop', 'dropped', 'renounce', 'avoid', 'prevent', 'prevented', 'resist', 'block',
  'blocked', 'veto', 'vetoed', 'rule', 'ruled', 'rules', 'ruling', 'backtrack', 'backtracked', 'doubt', 'doubts', 'criticise',
  'criticize', 'criticised', 'criticized', 'condemn', 'condemned', 'warn', 'warned', 'warning', 'concern', 'concerns', 'concerned',
  'worried', 'worries', 'alarm', 'alarmed', 'fantasy', 'fantasies', 'illusion', 'illusions', 'myth',
]);
// Rejecting words that only reject when their particle follows ("rule out", "warn against").
const NEEDS_PARTICLE: Record<string, string> = { rule: 'out', ruled: 'out', rules: 'out', ruling: 'out', warn: 'against', warned: 'against', warning: 'against' };
// Predicates after a cue that reject it: "Assad's departure is unacceptable", "... is a red line for Tehran".
const POST_REJECTORS = new Set(['red', 'irresponsible', 'dangerous', 'counterproductive', 'unacceptable', 'impossible', 'unthinkable', 'illusion', 'illusions', 'mistake', 'wrong']);
// Tokens that end a negation's reach.
const SCOPE_BREAK = new Set([',', ';', ':', '.', 'but', 'while', 'whereas', 'although', 'though', 'because', 'since', 'which', 'who', 'and', 'if', 'unless', '—', '--', '–', '(', ')']);
const NEGATION_REACH = 7;

/** Prefix cues are indexed by their first characters. */
export const PREFIX_KEY = 2;

function isNegator(tok: PatternToken, next: PatternToken | undefined, previous?: PatternToken): boolean {
  if (NEGATORS.has(tok.lower) || NEGATORS.has(tok.lemma)) return true;
  // "warned against": the verb and its particle are one negation.
  if (previous && Object.hasOwn(NEEDS_PARTICLE, previous.lower) && NEEDS_PARTICLE[previous.lower] === tok.lower) return false;
  if (tok.lower === 'longer' || tok.lower === 'less') return false;
  if (REJECTORS.has(tok.lower)) {
    const particle = Object.hasOwn(NEEDS_PARTICLE, tok.lower) ? NEEDS_PARTICLE[tok.lower] : undefined;
    return particle ? next?.lower === particle : true;
  }
  return false;
}

const NOMINAL = new Set(['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM']);
const DETERMINERS = new Set(['a', 'an', 'the', 'any']);

/**
 * How many negations govern tokens[first..last]: before it in its clause,
 * inside it where a gap matched, and a rejecting predicate after it. A cue
 * that is a noun phrase ("political solution") is negated by "no" or
 * "without" before it, or by a "not" right before it ("not a precondition"),
 * but not by a "not" that negates a verb further back ("the focus should not
 * be on a transition").
 */
function negations(tokens: readonly PatternToken[], pos: readonly string[], first: number, last: number, literal: ReadonlySet<number>): number {
  let count = 0;
  const nominal = NOMINAL.has(pos[first] ?? '');
  let pastThat = false;
  for (let k = first - 1; k >= 0 && k >= first - NEGATION_REACH; k--) {
    const tok = tokens[k]!;
    // Past a relative "that", only a rejecting verb still reaches: "would oppose any deal that allowed Assad to stay".
    if (tok.lower === 'that') {
      pastThat = true;
      continue;
    }
    if (SCOPE_BREAK.has(tok.lower)) break;
    if (pastThat && !REJECTORS.has(tok.lower)) continue;
    // "the priority must not be a transition": a "not" before a copula negates the predicate, not the noun phrase.
    if (nominal && (tok.lower === 'not' || tok.lemma === 'not')) {
      const adjacent = k === first - 1 || (k === first - 2 && DETERMINERS.has(tokens[first - 1]!.lower));
      if (!adjacent && tokens.slice(k + 1, first).some((t) => t.lemma === 'be')) continue;
    }
    // "rather than wait for ...": a negation.
    if (tok.lower === 'rather' && tokens[k + 1]?.lower === 'than') {
      count++;
      continue;
    }
    if (isNegator(tok, tokens[k + 1], tokens[k - 1])) {
      count++;
      // "no longer", "not only": one negation, not two.
      if (tok.lower === 'not' && tokens[k + 1]?.lower === 'only') count--;
    }
  }
  for (let k = first; k <= last; k++) if (!literal.has(k) && isNegator(tokens[k]!, tokens[k + 1], tokens[k - 1])) count++;
  for (let k = last + 1; k < tokens.length && k <= last + 5; k++) {
    const tok = tokens[k]!;
    if (SCOPE_BREAK.has(tok.lower) && tok.lower !== 'and') break;
    if (POST_REJECTORS.has(tok.lower)) {
      count++;
      break;
    }
    // "Assad's ouster is no precondition", "... is not the answer".
    if ((tok.lower === 'no' || tok.lower === 'not') && ['is', 'are', 'was', 'were', 'be', "'s"].includes(tokens[k - 1]?.lower ?? '') && !['only', 'the'].includes(tokens[k + 1]?.lower ?? '')) {
      count++;
      break;
    }
    // "military means will not bring an answer": a modal and "not" right after the cue.
    if (k <= last + 2 && (tok.lower === 'not' || tok.lemma === 'not') && ['will', 'would', 'can', 'could', 'do', 'does', 'is', 'are', 'wo', 'ca'].includes(tokens[k - 1]?.lower ?? '')) {
      count++;
      break;
    }
  }
  return count;
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
 * Finds the stances a sentence expresses from the codebook's cues: every cue
 * match, its polarity flipped by each negation that governs it, overlapping
 * matches of one concept reduced to the longest. `tags` are the actor tags
 * of its tokens (see cues/tags.ts), read by the cues' actor slots.
 */
export function classify(sentence: Sentence, cb: CompiledCodebook, tags?: ReadonlyArray<ReadonlySet<string>>): StanceHit[] {
  const tokens = patternTokens(sentence.tokens, tags);
  const pos = sentence.tokens.map((t) => t.pos);
  const hits: Array<StanceHit & { length: number }> = [];
  const { byWord, byPrefix, byTag, anywhere } = cb.cues;
  const present = new Set<string>();
  for (const t of tokens) {
    present.add(t.lower);
    present.add(t.lemma);
    if (t.tags) for (const tag of t.tags) present.add(tag);
  }
  // Per cue: 0 not yet judged, 1 its necessary words are all in the sentence, 2 they are not (never tried).
  const possible = new Uint8Array(cb.cues.all.length);
  const seen = new Int32Array(cb.cues.all.length);
  const canMatch = (cue: CompiledCue): boolean => {
    if (possible[cue.index] === 0) {
      const ok = cue.pattern.required.every((set) => {
        for (const w of set) if (present.has(w)) return true;
        return false;
      });
      possible[cue.index] = ok ? 1 : 2;
    }
    return possible[cue.index] === 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const stamp = i + 1;
    const candidates: CompiledCue[] = [];
    const add = (list: readonly CompiledCue[] | undefined) => {
      if (!list) return;
      for (const cue of list) {
        if (seen[cue.index] === stamp) continue;
        seen[cue.index] = stamp;
        if (canMatch(cue)) candidates.push(cue);
      }
    };
    add(byWord.get(tok.lower));
    if (tok.lemma !== tok.lower) add(byWord.get(tok.lemma));
    const prefixed = byPrefix.get(tok.lower.slice(0, PREFIX_KEY));
    if (prefixed) add(prefixed.filter((c) => c.prefixes.some((p) => tok.lower.startsWith(p))));
    if (tok.tags) for (const tag of tok.tags) add(byTag.get(tag));
    if (anywhere.length > 0) add(anywhere);
    for (const cue of candidates) {
      const last = matchAt(cue.pattern, tokens, i);
      if (last < 0) continue;
      const flips = negations(tokens, pos, i, last, literalTokens(cue, tokens, i, last));
      const polarity = flips % 2 === 0 ? cue.polarity : cue.polarity === 'support' ? 'oppose' : 'support';
      // A concept with no opposite reading ("fight terrorism") is not flipped by a negation, only cancelled.
      if (polarity === 'oppose' && !cb.opposable.has(cue.concept)) continue;
      hits.push({ concept: cue.concept, polarity, first: i, last, via: 'cue', negated: flips > 0, length: last - i + 1 });
    }
  }
  return reduceOverlaps(hits.filter((hit) => !isTopicOfDiscussion(tokens, hit.first) && !describesFighting(tokens, hit.first)));
}

// "rebel factions fighting to topple the regime": a description of who fights whom, not a position.
const FIGHTING = new Set(['fighting', 'battling', 'struggling', 'trying', 'seeking', 'working']);
function describesFighting(tokens: readonly PatternToken[], first: number): boolean {
  return tokens[first - 1]?.lower === 'to' && FIGHTING.has(tokens[first - 2]?.lower ?? '') && tokens[first - 3]?.lower !== 'is' && tokens[first - 3]?.lower !== 'are';
}

const DISCUSS_REACH = 12;

/**
 * What parties "discussed" is a topic, not a position ("Putin and Obama
 * discussed ways to resolve the crisis"); agreeing to discuss is one, and the
 * cue that says so reads the "discuss" itself.
 */
function isTopicOfDiscussion(tokens: readonly PatternToken[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - DISCUSS_REACH; k--) {
    const t = tokens[k]!;
    if (t.lower === ';' || t.lower === '.' || t.lower === 'but') return false;
    if (t.lemma === 'discuss' || t.lower === 'topics' || t.lower === 'agenda' || t.lower === 'regarding' || t.lower === 'concerning') return true;
  }
  return false;
}

/** Of overlapping hits for the same concept, keep the longest (it read more of the sentence). */
function reduceOverlaps(hits: Array<StanceHit & { length: number }>): StanceHit[] {
  hits.sort((a, b) => b.length - a.length || a.first - b.first);
  const kept: Array<StanceHit & { length: number }> = [];
  for (const hit of hits) {
    const clash = kept.some((k) => k.concept === hit.concept && hit.first <= k.last && k.first <= hit.last);
    if (!clash) kept.push(hit);
  }
  kept.sort((a, b) => a.first - b.first);
  return kept.map(({ length: _length, ...hit }) => hit);
}
