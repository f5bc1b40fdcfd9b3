import type { PatternToken } from '../cues/pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { harmfulOutcome } from './harmful-outcome.js';
import { DENIED_BY_FAR_FROM, exceptedAfter, rejectingNounGoverns } from './negator-scope.js';

// How many tokens before a stance phrase a negator still governs it.
const REACH_BEFORE = 7;
// How many tokens after it a rejecting predicate still does.
const REACH_AFTER = 5;

const NOMINAL = new Set(['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM']);
const ARTICLES = new Set(['a', 'an', 'the', 'any']);
const NOT_ONLY = new Set(['only', 'just', 'merely', 'simply']);

/** A word that negates what follows: a negator, or a rejecting word ("rejects", "ruled out", "warned against"). */
export function isNegator(lex: Lexicon, tok: PatternToken, next: PatternToken | undefined, previous?: PatternToken): boolean {
  if (lex.negators.has(tok.lower) || lex.negators.has(tok.lemma)) return true;
  // "warned against": the verb and its particle are one negation.
  if (previous && takesParticle(lex, previous.lower, tok.lower)) return false;
  if (tok.lower === 'longer' || tok.lower === 'less') return false;
  // "opposition to …": a noun that rejects only with its preposition ("the opposition" is a party).
  const preposition = lex.maps.rejectingNouns.get(tok.lower);
  if (preposition) return next?.lower === preposition;
  if (!lex.rejectors.has(tok.lower)) return false;
  return !lex.maps.particleVerbs.has(tok.lower) || takesParticle(lex, tok.lower, next?.lower ?? '');
}

/** Whether `word` is one of the particles with which the rejecting verb rejects ("cut back", "cut off"). */
function takesParticle(lex: Lexicon, verb: string, word: string): boolean {
  const particles = lex.maps.particleVerbs.get(verb);
  if (!particles || word === '') return false;
  return particles === word || (' ' + particles + ' ').includes(' ' + word + ' ');
}

/**
 * An "and" or a comma at k in a list of actors' names that modify one noun ("rejected Russian and Iranian calls", "U.S. and
 * Turkish demands"): inside a noun phrase, no clause boundary.
 */
function namesJoined(lex: Lexicon, tokens: readonly PatternToken[], pos: readonly string[], k: number): boolean {
  const join = tokens[k]!.lower;
  if ((join !== 'and' && join !== ',') || !tokens[k - 1]?.tags?.size || !tokens[k + 1]?.tags?.size) return false;
  // "Russian, Iranian and Turkish proposals": a comma goes on the list up to its "and".
  let end = k + 1;
  while (tokens[end + 1] && (tokens[end + 1]!.lower === ',' || tokens[end + 1]!.lower === 'and') && tokens[end + 2]?.tags?.size) end += 2;
  const at = /^['’]s?$/.test(tokens[end + 1]?.lower ?? '') ? end + 2 : end + 1;
  const noun = tokens[at];
  // The tagger may read the attitude noun after a name as a verb ("Iranian calls").
  return !!noun && !noun.tags?.size && (pos[at] === 'NOUN' || lex.attitudeNouns.has(noun.lower));
}

export interface Negation {
  rule: string;
  /** Token of the negating word. */
  at: number;
}

/**
 * The negations that govern tokens[first..last], each with its rule id and place: a negator or
 * rejecting word before it in its clause ("neg.before"), "rather than" ("neg.rather-than"), "instead of"
 * ("neg.instead-of"), "far from" before a state or an act ("neg.far-from"), an
 * extraposed rejecting predicate before its infinitive ("neg.extraposed": "it would be a mistake to
 * …"), one inside a gap of the match ("neg.inside"), and after it a rejecting predicate or phrase
 * ("neg.after-predicate": "… is unacceptable", "… was ruled out", "… is off the table", and past a relative
 * clause set off by commas: "…, which Paris has urged, is out of the question"), a negated
 * copula ("neg.after-copula": "… is no precondition"), a negated modal ("neg.after-modal": "… will
 * not bring"; with a passive rejecting verb after it the two cancel: "… cannot be ruled out") or a
 * harmful consequence ("neg.after-harm": "… would only prolong the war"). A noun-phrase stance ("a
 * political solution") is negated by "no" or "without" before it, or a "not" right before it, not by
 * a "not" that negates a copula further back ("the focus must not be on a transition"). Past a
 * relative "that" only a rejecting verb still reaches ("would oppose any deal that kept him"). A stance
 * phrase that opens a clause of its own ("as long as Assad stays", "while he remains") takes no
 * negation from before it.
 */
export function negationsOf(lex: Lexicon, tokens: readonly PatternToken[], pos: readonly string[], first: number, last: number, literal: ReadonlySet<number>): Negation[] {
  const found: Negation[] = [];
  const nominal = NOMINAL.has(pos[first] ?? '');
  let pastThat = false;
  let headedByNoun = false;
  // A stance phrase that opens a clause of its own ("no peace as long as Assad stays", "… while he remains"): a negation
  // before it belongs to the clause it depends on.
  const opensClause = lex.negationBreaks.has(tokens[first]!.lower) || lex.clauseOpeners.has(tokens[first]!.lower);
  for (let k = first - 1; !opensClause && k >= 0 && k >= first - REACH_BEFORE; k--) {
    const tok = tokens[k]!;
    if (tok.lower === 'that') {
      const held = heldTrueNegation(lex, tokens, k);
      if (held >= 0) found.push({ rule: 'neg.complement', at: held });
      // "will back no resolution that …": what the clause says of a thing denied by "no" is denied.
      else if (!pastThat) {
        // The "no" first: it is rare, and the walk over the relative clause's verbs is then not made for every "that".
        const no = negatedAntecedent(tokens, pos, k);
        if (no >= 0 && oneVerbGroup(pos, k + 1, first)) found.push({ rule: 'neg.antecedent', at: no });
      }
      pastThat = true;
      continue;
    }
    if (lex.negationBreaks.has(tok.lower) && !namesJoined(lex, tokens, pos, k)) break;
    if (pastThat && !lex.rejectors.has(tok.lower)) continue;
    if (nominal && (tok.lower === 'not' || tok.lemma === 'not')) {
      const adjacent = k === first - 1 || (k === first - 2 && ARTICLES.has(tokens[first - 1]!.lower));
      if (!adjacent && tokens.slice(k + 1, first).some((t) => t.lemma === 'be')) continue;
    }
    if (tok.lower === 'rather' && tokens[k + 1]?.lower === 'than') {
      found.push({ rule: 'neg.rather-than', at: k });
      continue;
    }
    if (tok.lower === 'instead' && tokens[k + 1]?.lower === 'of') {
      found.push({ rule: 'neg.instead-of', at: k });
      continue;
    }
    // "far from ready to …", "far from backing …": a denial of what follows.
    if (tok.lower === 'from' && tokens[k - 1]?.lower === 'far' && k + 1 <= first && DENIED_BY_FAR_FROM.has(pos[k + 1] ?? '')) {
      found.push({ rule: 'neg.far-from', at: k - 1 });
      k--;
      continue;
    }
    if (isNegator(lex, tok, tokens[k + 1], tokens[k - 1])) {
      // "not only", "not merely … but": no negation.
      if (tok.lower === 'not' && NOT_ONLY.has(tokens[k + 1]?.lower ?? '')) continue;
      // "no alternative to …", "no substitute for …": what is excepted from the denial is affirmed.
      if (tok.lower === 'no' && exceptedAfter(lex, tokens, pos, k, first)) continue;
      if (lex.maps.rejectingNouns.has(tok.lower)) {
        if (!rejectingNounGoverns(lex, tokens, pos, k, first)) continue;
        // "Our opposition to X has not changed": what follows is said of the opposition, not of X.
        headedByNoun = true;
      }
      found.push({ rule: 'neg.before', at: k });
    }
  }
  const extraposed = extraposedRejection(lex, tokens, first);
  if (extraposed >= 0) found.push({ rule: 'neg.extraposed', at: extraposed });
  for (let k = first; k <= last; k++) {
    if (literal.has(k) || !isNegator(lex, tokens[k]!, tokens[k + 1], tokens[k - 1])) continue;
    // Inside the match, what a rejecting noun takes is the match itself: only its reading as a party is in question.
    if (!lex.maps.rejectingNouns.has(tokens[k]!.lower) || rejectingNounGoverns(lex, tokens, pos, k, k + 2)) found.push({ rule: 'neg.inside', at: k });
  }
  let end = headedByNoun ? last : last + REACH_AFTER;
  for (let k = last + 1; k < tokens.length && k <= end; k++) {
    const tok = tokens[k]!;
    // "A military intervention, which Paris has urged, is out of the question": the predicate after an aside.
    const aside = tok.lower === ',' ? relativeAsideEnd(lex, tokens, k) : -1;
    if (aside >= 0) {
      end = aside + REACH_AFTER;
      k = aside;
      continue;
    }
    if (lex.negationBreaks.has(tok.lower) && tok.lower !== 'and') break;
    const before = tokens[k - 1]?.lower ?? '';
    // "… is off the table", "… remains a non-starter".
    if (startsPhrase(lex.rejectingPhrases, tokens, k)) {
      found.push({ rule: 'neg.after-predicate', at: k });
      break;
    }
    // "… would only prolong the war": the stance phrase is the subject of a harmful consequence.
    // "… would lead to a wider war", "… would be a grave error".
    if ((lex.harmVerbs.has(tok.lemma) || harmfulOutcome(lex, tokens, pos, k)) && predicateOf(lex, tokens, last, k)) {
      found.push({ rule: 'neg.after-harm', at: k });
      break;
    }
    // "… is unacceptable"; a passive rejecting verb: "… was rejected (by Moscow)", "… was voted down", "… would be
    // cut back".
    if (lex.postRejectors.has(tok.lower) || (k > last + 1 && passiveRejection(lex, tokens, k))) {
      found.push({ rule: 'neg.after-predicate', at: k });
      break;
    }
    if ((tok.lower === 'no' || tok.lower === 'not') && lex.copulas.has(before) && !['only', 'the'].includes(tokens[k + 1]?.lower ?? '')) {
      found.push({ rule: 'neg.after-copula', at: k });
      break;
    }
    if (k <= last + 2 && (tok.lower === 'not' || tok.lemma === 'not' || tok.lower === "n't") && lex.modalsBeforeNot.has(before)) {
      found.push({ rule: 'neg.after-modal', at: k });
      // "… cannot be ruled out": a passive rejecting verb after the negated modal cancels it (the stance stays open).
      if (k + 2 < tokens.length && passiveRejection(lex, tokens, k + 2)) found.push({ rule: 'neg.after-predicate', at: k + 2 });
      break;
    }
  }
  return found;
}

// How many words a relative clause between commas may have for a predicate after it still to reach the stance.
const ASIDE_WORDS = 12;

/** The closing comma of a relative clause set off by the comma at k (", which Paris has urged,"), or -1. */
function relativeAsideEnd(lex: Lexicon, tokens: readonly PatternToken[], k: number): number {
  if (!lex.relativePronouns.has(tokens[k + 1]?.lower ?? '')) return -1;
  for (let j = k + 2; j < tokens.length && j <= k + 1 + ASIDE_WORDS; j++) {
    const t = tokens[j]!.lower;
    if (t === ',') return j;
    if (lex.negationBreaks.has(t) && t !== 'and') return -1;
  }
  return -1;
}

// How far before a verb of holding true its negator may stand ("has never really accepted").
const HOLDER_NEGATOR_REACH = 3;

/**
 * The negator of the verb or adjective of holding true whose "that" stands at k ("does not accept that …", "it is not
 * true that …"), or -1: what it says is not held true. A negation further back is another clause's ("no change in
 * the view that …"), and a rejecting verb reaches past the "that" on its own.
 */
function heldTrueNegation(lex: Lexicon, tokens: readonly PatternToken[], k: number): number {
  const taker = tokens[k - 1];
  if (!taker || !(lex.complementTakers.has(taker.lower) || lex.complementTakers.has(taker.lemma))) return -1;
  for (let j = k - 2; j >= 0 && j >= k - 1 - HOLDER_NEGATOR_REACH; j--) {
    const t = tokens[j]!;
    if (lex.negationBreaks.has(t.lower)) return -1;
    if (lex.negators.has(t.lower) || lex.negators.has(t.lemma)) return j;
  }
  return -1;
}

// How many words the noun phrase of a relative "that" may have after its "no" ("no new UN resolution that").
const ANTECEDENT_WORDS = 3;

/**
 * Whether the words from `from` to before `to` hold at most one group of verbs: the stance is then in the relative
 * clause ("no resolution that would open the way to …"), not in the main clause after it ("no group that had
 * renounced … should be kept out").
 */
function oneVerbGroup(pos: readonly string[], from: number, to: number): boolean {
  let groups = 0;
  for (let j = from; j < to; j++) if ((pos[j] === 'VERB' || pos[j] === 'AUX') && pos[j - 1] !== 'VERB' && pos[j - 1] !== 'AUX' && pos[j - 1] !== 'ADV' && pos[j - 1] !== 'PART') groups++;
  return groups <= 1;
}

/** The "no" that opens the noun phrase just before a relative "that" at k ("no resolution that …"), or -1. */
function negatedAntecedent(tokens: readonly PatternToken[], pos: readonly string[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 1 - ANTECEDENT_WORDS; j--) {
    if (tokens[j]!.lower === 'no') return j < k - 1 ? j : -1;
    if (pos[j] !== 'NOUN' && pos[j] !== 'PROPN' && pos[j] !== 'ADJ') return -1;
  }
  return -1;
}

/** Whether token k is a passive rejecting verb after its copula: "(was) rejected", "(be) ruled out", "(were) voted down". */
function passiveRejection(lex: Lexicon, tokens: readonly PatternToken[], k: number): boolean {
  const verb = tokens[k]!;
  const passive = /ed$/.test(verb.lower) || lex.maps.particleVerbs.has(verb.lower);
  return passive && lex.copulas.has(tokens[k - 1]?.lower ?? '') && isNegator(lex, verb, tokens[k + 1], tokens[k - 1]);
}

// Tokens between "it" and its copula ("it would be"), and between the copula and the rejecting predicate ("is a grave mistake").
const IT_REACH = 3;
const PREDICATE_REACH = 4;

/**
 * An extraposed rejecting predicate before the stance's infinitive: "it would be a mistake to send troops", "it is
 * dangerous to arm the rebels". The predicate is one of the words that reject a stance phrase after it ("… is a
 * mistake"), here in the other order, with "to" right before the stance (or opening it) and "it" and a copula before
 * the predicate. The predicate's token, or -1.
 */
function extraposedRejection(lex: Lexicon, tokens: readonly PatternToken[], first: number): number {
  const to = tokens[first]?.lower === 'to' ? first : tokens[first - 1]?.lower === 'to' ? first - 1 : -1;
  if (to < 0) return -1;
  // A closing quotation mark ("a 'grave mistake' to walk away") or a "not" ("a mistake not to act") may stand before "to".
  const between = tokens[to - 1]?.lower ?? '';
  const at = /^["'”’]$/.test(between) || between === 'not' ? to - 2 : to - 1;
  if (at < 0 || !lex.postRejectors.has(tokens[at]!.lower)) return -1;
  for (let c = at - 1; c >= 0 && c >= at - PREDICATE_REACH; c--) {
    if (!lex.copulas.has(tokens[c]!.lower)) continue;
    for (let i = c - 1; i >= 0 && i >= c - IT_REACH; i--) if (tokens[i]!.lower === 'it') return at;
    return -1;
  }
  return -1;
}

// Auxiliaries and adverbs that may stand between the stance phrase and its verb ("would only further").
const BEFORE_VERB_REACH = 3;

/** Whether the verb at k is the predicate of the phrase ending at `last`: right after it, or after auxiliaries and adverbs only. */
function predicateOf(lex: Lexicon, tokens: readonly PatternToken[], last: number, k: number): boolean {
  if (k - last - 1 > BEFORE_VERB_REACH) return false;
  for (let i = last + 1; i < k; i++) {
    const w = tokens[i]!.lower;
    if (!lex.modalsBeforeNot.has(w) && !lex.harmAdverbs.has(w)) return false;
  }
  return true;
}

// Each list of phrases, split into words once.
const splitPhrases = new WeakMap<ReadonlySet<string>, string[][]>();

/** Whether one of `phrases` (space-separated words) starts at token k. */
function startsPhrase(phrases: ReadonlySet<string>, tokens: readonly PatternToken[], k: number): boolean {
  let split = splitPhrases.get(phrases);
  if (!split) splitPhrases.set(phrases, (split = [...phrases].map((p) => p.split(' '))));
  const first = tokens[k]!.lower;
  for (const words of split) {
    if (words[0] !== first) continue;
    let w = 1;
    while (w < words.length && tokens[k + w]?.lower === words[w]) w++;
    if (w === words.length) return true;
  }
  return false;
}
