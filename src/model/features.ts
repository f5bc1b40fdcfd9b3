import type { Lexicon } from '../lexicon/lexicon.js';
import type { Decision, DocumentContext } from '../pipeline/decide.js';
import type { FoundStance } from '../pipeline/stance.js';
import { isFirstPerson } from '../pipeline/tokens.js';
import { stanceWords, type StanceWords } from './stance-words.js';

export { ownerFeatures } from './owner-features.js';
import type { SentenceAnalysis } from '../pipeline/types.js';

/**
 * The features the trained models read. Shared by training and labeling so
 * that both see a sentence the same way. Features are strings: "w:" lemmas,
 * "nw:" lemmas inside a negation's reach, "b:" lemma bigrams, "cue:" cue ids,
 * "cc:" a cue's concept and polarity, "h:" how the holder was found, "p:"
 * what the sentence before held; for an owner "r:" the rules that propose it.
 */

const CONTENT = /[\p{L}\p{N}]/u;
const CLAUSE_MARK = /^[,;:.!?—–-]$/;
const NUMBER = /^\d[\d,.]*$/;

// CONTENT.test without a regex call for the usual lemma: an ASCII letter or digit answers, ASCII alone rules it out.
function hasContent(lemma: string): boolean {
  let ascii = true;
  for (let k = 0; k < lemma.length; k++) {
    const code = lemma.charCodeAt(k);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
    if (code >= 0x80) ascii = false;
  }
  return !ascii && CONTENT.test(lemma);
}

const startsWithDigit = (lemma: string): boolean => lemma.charCodeAt(0) >= 0x30 && lemma.charCodeAt(0) <= 0x39;
/**
 * The concepts whose codebook keywords a sentence uses ("kw:"), inside a negation's reach "nkw:": a negator
 * (as a lemma) or a rejector (as written) opens the reach, a negation break closes it. Each is given to `emit`
 * as its prefix and concept, in the order of the features.
 */
function keywordHits(a: SentenceAnalysis, words: StanceWords, emit: (prefix: string, concept: string) => void): void {
  let negated = false;
  // A clause's keyword concepts and whether a word in it states a position: together they are a position on the concept
  // in words no cue lists ("kws:"), which the model may weigh for phrasings it has not seen. Pairs of prefix and concept.
  const clause: string[] = [];
  let signal = false;
  const distinct = new Map<string, Set<string>>();
  const close = () => {
    if (signal) for (let k = 0; k < clause.length; k += 2) emit(clause[k] === 'nkw:' ? 'nkws:' : 'kws:', clause[k + 1]!);
    clause.length = 0;
    signal = false;
  };
  for (const t of a.sentence.tokens) {
    const lower = words.get(t.lower);
    const lemma = t.lemma === t.lower ? lower : words.get(t.lemma);
    if (lower?.breaks) {
      negated = false;
      close();
    }
    if (lemma?.negator || lower?.rejector) negated = true;
    if (lemma?.signal || lower?.signal || lower?.rejector) signal = true;
    const concepts = lemma?.concepts ?? lower?.concepts;
    if (concepts) {
      // The form the keyword list has ("talks" and "Talks" are one keyword), found once for all its concepts.
      const keyword = lemma?.concepts ? t.lemma : t.lower;
      for (const concept of concepts) {
        const prefix = negated ? 'nkw:' : 'kw:';
        emit(prefix, concept);
        if (!holdsPair(clause, prefix, concept)) clause.push(prefix, concept);
        let seen = distinct.get(concept);
        if (!seen) distinct.set(concept, (seen = new Set()));
        seen.add(keyword);
      }
    }
  }
  close();
  for (const [concept, seen] of distinct) if (seen.size >= 2) emit('kw2:', concept);
}

const holdsPair = (pairs: readonly string[], a: string, b: string): boolean => {
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === a && pairs[k + 1] === b) return true;
  return false;
};

// Whether a lemma holds ’ or ‘, by one scan of its codes (two indexOf calls per token cost more).
function hasCurlyQuote(lemma: string): boolean {
  for (let k = 0; k < lemma.length; k++) {
    const code = lemma.charCodeAt(k);
    if (code === 0x2019 || code === 0x2018) return true;
  }
  return false;
}

/** The lemma stream of a sentence, actors replaced by their kind ("@state must stop"). */
function lemmaStream(a: SentenceAnalysis): string[] {
  const tokens = a.sentence.tokens;
  const stream: string[] = [];
  // The entity each token begins (the last of several that begin there), none for most sentences' most tokens.
  const entityAt = a.entities.length > 0 ? new Map<number, SentenceAnalysis['entities'][number]>() : undefined;
  if (entityAt) for (const e of a.entities) entityAt.set(e.mention.first, e);
  for (let k = 0; k < tokens.length; k++) {
    const e = entityAt?.get(k);
    if (e) {
      stream.push(`@${e.actor.kind}`);
      k = e.mention.last;
      continue;
    }
    const t = tokens[k]!;
    const lemma = hasCurlyQuote(t.lemma) ? t.lemma.replace(/[’‘]/g, "'") : t.lemma;
    // A word without content is a clause mark or nothing: nothing is left out of the stream.
    if (!hasContent(lemma)) {
      if (CLAUSE_MARK.test(lemma)) stream.push('|');
    } else stream.push(startsWithDigit(lemma) && NUMBER.test(lemma) ? '<num>' : lemma);
  }
  return stream;
}

// Sentences before a sentence whose cues its features read.
const NEIGHBOURS = 2;

/**
 * What a sentence says, for the stance model: lemmas and bigrams with
 * negation scope, its cues, its frame, the cues of its neighbours ("p:" the
 * sentence before, "n:" after) and the codebook keywords of each concept
 * it uses ("kw:", "nkw:" under a negation).
 */
export function stanceFeatures(a: SentenceAnalysis, stances: readonly FoundStance[], doc: DocumentContext, lex: Lexicon, keywords: ReadonlyMap<string, readonly string[]>, words: StanceWords = stanceWords(lex, keywords)): string[] {
  const out: string[] = [];
  emitStanceFeatures(
    a,
    stances,
    doc,
    lex,
    keywords,
    {
      word: (prefix, lemma) => out.push(`${prefix}${lemma}`),
      bigram: (prev, lemma) => out.push(`b:${prev}_${lemma}`),
      name: (feature) => out.push(feature),
      parts: (...parts) => out.push(parts.join('')),
    },
    words,
  );
  return out;
}

/**
 * Receives the features of `stanceFeatures` in their order: a lemma's
 * feature ("w:" or "nw:" and the lemma), a bigram ("b:" prev "_" lemma),
 * or any other by its name or its parts. Labeling scores the lemma features from the
 * lemmas (`scoreStance`), training spells them out, so both read the same.
 */
export interface StanceSink {
  word(prefix: 'w:' | 'nw:', lemma: string): void;
  bigram(prev: string, lemma: string): void;
  name(feature: string): void;
  /** The feature its parts spell, joined: a scorer may find it from the parts, which are strings it has seen before. */
  parts(a: string, b: string, c?: string, d?: string, e?: string): void;
}

/**
 * `stanceFeatures`, each feature given to the sink as it is found. `words` is `stanceWords(lex, keywords)`,
 * which a caller scoring many sentences makes once.
 */
export function emitStanceFeatures(a: SentenceAnalysis, stances: readonly FoundStance[], doc: DocumentContext, lex: Lexicon, keywords: ReadonlyMap<string, readonly string[]>, sink: StanceSink, words: StanceWords = stanceWords(lex, keywords)): void {
  const previous = doc.index > 0 ? { analysis: doc.sentences[doc.index - 1]!, stances: doc.stances[doc.index - 1]! } : null;
  sink.name('bias');
  let negated = false;
  let prev = '<s>';
  for (const w of lemmaStream(a)) {
    if (w === '|') {
      negated = false;
      prev = '<s>';
      continue;
    }
    const info = words.get(w);
    if (info !== undefined && (info.negator || info.rejector)) {
      negated = true;
      sink.word('w:', w);
      sink.bigram(prev, w);
      prev = w;
      continue;
    }
    sink.word(negated ? 'nw:' : 'w:', w);
    sink.bigram(prev, w);
    prev = w;
  }
  // The rest, a dozen or so a sentence, by their parts (see StanceSink.parts).
  const source = a.holder ? a.holder.source : 'none';
  keywordHits(a, words, (prefix, concept) => {
    sink.parts(prefix, concept);
    sink.parts('kwh:', prefix, concept, ':', source);
  });
  for (const s of stances) {
    sink.parts('cue:', s.cue);
    sink.parts('cc:', s.concept, ':', s.polarity);
    sink.parts('cn:', s.concept);
    if (s.negations.length > 0) sink.parts('cneg:', s.concept);
    for (const f of s.flags) sink.parts('cf:', s.concept, ':', f);
    for (const n of s.negations) sink.parts('neg:', n.rule);
  }
  const h = a.holder;
  sink.parts('h:', h ? h.source : 'none');
  sink.parts('hr:', h?.rule ?? 'none');
  if (h) sink.parts('hk:', h.actor.kind);
  if (a.sentence.isHeadline) sink.name('headline');
  if (a.quotes.inside.includes(true)) sink.name('quoted');
  if (previous?.analysis.holder && h && previous.analysis.holder.actor.id === h.actor.id) sink.name('p:same-holder');
  // Only the sentences before: what follows a sentence never changes its labels (a text may be labelled as it grows).
  for (let d = 1; d <= NEIGHBOURS; d++) for (const s of doc.stances[doc.index - d] ?? []) sink.parts(NEIGHBOUR_PREFIXES[d]!, s.concept, ':', s.polarity);
}

const NEIGHBOUR_PREFIXES = Array.from({ length: NEIGHBOURS + 1 }, (_, d) => `p${d}:`);

// Probability bands of the claim model: a feature per band a probability reaches, so that its weights add up to a step function.
const BANDS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
// Their feature names, spelled once (and so hashed once when the model looks them up), not per claim.
const STANCE_BANDS = BANDS.map((b) => `c:ps>=${b}`);
const OWNER_BANDS = BANDS.map((b) => `c:po>=${b}`);

/**
 * How a claim was decided, for the claim model that gives its confidence:
 * the path (a cued class whose owners the rules gave, or a class the model
 * added), the stance probability and, off the rules, the owner probability
 * (each as the bands it reaches), the owner's relation to the sentence's
 * holder, a negation, how many owners the class has in the sentence, its
 * class, and how far into its document the sentence stands (claims deep in
 * a whole article are right less often than in a short passage; only the
 * sentences before count, so that text added after never changes them).
 */
export function claimFeatures(d: Decision, a: SentenceAnalysis, owners: number, index: number): string[] {
  const ps = d.model?.stance ?? d.confidence;
  const po = d.model?.owner ?? 1;
  const ruled = po === 1;
  const out = ['bias', ruled ? 'c:ruled' : 'c:added', `c:class:${d.concept}:${d.polarity}`, `c:source:${d.owner.source}`];
  BANDS.forEach((b, k) => {
    if (ps >= b) out.push(STANCE_BANDS[k]!);
    if (!ruled && po >= b) out.push(OWNER_BANDS[k]!);
  });
  const holder = a.holder?.actor.id ?? null;
  out.push(holder === null ? 'c:narration' : holder === d.owner.actor.id ? 'c:holder' : 'c:third-party');
  if (d.negations.length > 0) out.push('c:negated');
  if (owners > 1) out.push('c:shared');
  out.push(`c:at:${index === 0 ? '0' : index <= 2 ? '1-2' : index <= 7 ? '3-7' : '8+'}`);
  return out;
}

/**
 * How many actors hold a decision's concept and polarity in its sentence:
 * distinct actors, none for a decision without one, as the labeler's claims
 * count them (one claim per actor, concept and polarity), so that training
 * and labeling read the same number.
 */
export function classOwners(d: Decision, decisions: readonly Decision[]): number {
  const ids = new Set<string>();
  for (const x of decisions) if (x.concept === d.concept && x.polarity === d.polarity && x.owner.actor.id !== null) ids.add(x.owner.actor.id);
  return ids.size;
}

/** One candidate holder of a sentence, for the holder model. */
export interface HolderCandidateFeatures {
  id: string | null;
  features: string[];
}

/** Sentence-level cues to whether a sentence goes on in its predecessor's voice. */
export function voiceFeatures(a: SentenceAnalysis, lex: Lexicon): string[] {
  const tokens = a.sentence.tokens;
  const out: string[] = [];
  if (tokens.some((t) => isFirstPerson(t, lex.firstPersonWords))) out.push('v:first-person');
  if (lex.voiceOpeners.has(tokens[0]?.lower ?? '')) out.push(`v:opens:${tokens[0]!.lower}`);
  if (tokens[tokens.length - 1]?.value === '?') out.push('v:question');
  if (tokens.some((t) => lex.voiceModals.has(t.lower))) out.push('v:modal');
  if (a.quotes.inside.includes(true)) out.push(a.quotes.inside[0] ? 'v:opens-quoted' : 'v:has-quote');
  if (a.frames.length > 0) out.push('v:has-frame');
  if (a.entities.length === 0) out.push('v:no-actor');
  if (a.sentence.isHeadline) out.push('v:headline');
  if (a.sentence.lineStart) out.push('v:line-start');
  if (tokens.length <= 8) out.push('v:short');
  return out;
}
