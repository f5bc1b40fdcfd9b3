import type { Lexicon } from '../lexicon/lexicon.js';
import type { DocumentContext } from '../pipeline/decide.js';
import type { FoundStance } from '../pipeline/stance.js';
import type { OwnerCandidate, SentenceAnalysis, StanceHit } from '../pipeline/types.js';

/**
 * The features the trained models read. Shared by training and labeling so
 * that both see a sentence the same way. Features are strings: "w:" lemmas,
 * "nw:" lemmas inside a negation's reach, "b:" lemma bigrams, "cue:" cue ids,
 * "cc:" a cue's concept and polarity, "h:" how the holder was found, "p:"
 * what the sentence before held; for an owner "r:" the rules that propose it.
 */

const CONTENT = /[\p{L}\p{N}]/u;
let KEYWORDS: unknown;
const kwCache = new WeakMap<object, string[]>();
function keywordHits(a: SentenceAnalysis, lex: Lexicon): string[] {
  const cached = kwCache.get(a);
  if (cached) return cached;
  const kw = (KEYWORDS ??= JSON.parse((process as unknown as { getBuiltinModule: (m: string) => { readFileSync: (p: string, e: string) => string } }).getBuiltinModule('node:fs').readFileSync('.scratch/keywords.json', 'utf8'))) as Record<string, string[]>;
  const out: string[] = [];
  let neg = false;
  for (const t of a.sentence.tokens) {
    if (/^[,;:.!?]$/.test(t.value)) neg = false;
    if (lex.negators.has(t.lemma) || lex.rejectors.has(t.lower)) neg = true;
    for (const [c, words] of Object.entries(kw)) if (words.includes(t.lemma) || words.includes(t.lower)) out.push(`${neg ? 'nkw' : 'kw'}:${c}`);
  }
  kwCache.set(a, out);
  return out;
}

/** The lemma stream of a sentence, actors replaced by their kind ("@state must stop"). */
function lemmaStream(a: SentenceAnalysis): string[] {
  const tokens = a.sentence.tokens;
  const stream: string[] = [];
  const entityAt = new Map<number, { last: number; tag: string }>();
  for (const e of a.entities) entityAt.set(e.mention.first, { last: e.mention.last, tag: `@${e.actor.kind}` });
  for (let k = 0; k < tokens.length; k++) {
    const e = entityAt.get(k);
    if (e) {
      stream.push(e.tag);
      k = e.last;
      continue;
    }
    const t = tokens[k]!;
    const lemma = t.lemma.replace(/[’‘]/g, "'");
    if (!CONTENT.test(lemma)) stream.push(/^[,;:.!?—–-]$/.test(lemma) ? '|' : '');
    else stream.push(/^\d[\d,.]*$/.test(lemma) ? '<num>' : lemma);
  }
  return stream.filter((w) => w !== '');
}

// Sentences on each side whose cues a sentence's features read.
const NEIGHBOURS = 2;

/** The concepts a document's cues name, and how often (a document about strikes makes "act" mean strikes). */
const conceptCounts = new WeakMap<object, Map<string, number>>();
function documentConcepts(doc: DocumentContext): Map<string, number> {
  let counts = conceptCounts.get(doc.stances);
  if (!counts) {
    counts = new Map();
    for (const list of doc.stances) for (const s of new Set(list.map((x) => x.concept))) counts.set(s, (counts.get(s) ?? 0) + 1);
    conceptCounts.set(doc.stances, counts);
  }
  return counts;
}

/**
 * What a sentence says, for the stance model: lemmas and bigrams with
 * negation scope, its cues, its frame, the cues of its neighbours ("p:" the
 * sentence before, "n:" after) and the concepts its document's cues name
 * ("d:" once, "dd:" in three sentences or more).
 */
export function stanceFeatures(a: SentenceAnalysis, stances: readonly FoundStance[], doc: DocumentContext, lex: Lexicon): string[] {
  const previous = doc.index > 0 ? { analysis: doc.sentences[doc.index - 1]!, stances: doc.stances[doc.index - 1]! } : null;
  const out: string[] = ['bias'];
  let negated = false;
  let prev = '<s>';
  for (const w of lemmaStream(a)) {
    if (w === '|') {
      negated = false;
      prev = '<s>';
      continue;
    }
    if (lex.negators.has(w) || lex.rejectors.has(w)) {
      negated = true;
      out.push(`w:${w}`, `b:${prev}_${w}`);
      prev = w;
      continue;
    }
    out.push(negated ? `nw:${w}` : `w:${w}`, `b:${prev}_${w}`);
    prev = w;
  }
  if (process.env.SP_KW) {
    for (const f of keywordHits(a, lex)) out.push(f, `kwh:${f}:${a.holder ? a.holder.source : 'none'}`);
  }
  for (const s of stances) {
    out.push(`cue:${s.cue}`, `cc:${s.concept}:${s.polarity}`, `cn:${s.concept}`);
    if (s.negations.length > 0) out.push(`cneg:${s.concept}`);
    for (const f of s.flags) out.push(`cf:${s.concept}:${f}`);
    for (const n of s.negations) out.push(`neg:${n.rule}`);
  }
  const h = a.holder;
  out.push(`h:${h ? h.source : 'none'}`, `hr:${h?.rule ?? 'none'}`);
  if (h) out.push(`hk:${h.actor.kind}`);
  if (a.sentence.isHeadline) out.push('headline');
  if (a.quotes.inside.some(Boolean)) out.push('quoted');
  if (previous?.analysis.holder && h && previous.analysis.holder.actor.id === h.actor.id) out.push('p:same-holder');
  for (let d = 1; d <= NEIGHBOURS; d++) {
    for (const s of doc.stances[doc.index - d] ?? []) out.push(`p${d}:${s.concept}:${s.polarity}`);
    for (const s of doc.stances[doc.index + d] ?? []) out.push(`n${d}:${s.concept}:${s.polarity}`);
  }
  if (process.env.SP_DOC) for (const [concept, n] of documentConcepts(doc)) {
    out.push(`d:${concept}`);
    if (n >= 3) out.push(`dd:${concept}`);
  }
  return out;
}

const bucket = (d: number) => (d < 0 ? 'none' : d === 0 ? '0' : d <= 2 ? '1-2' : d <= 5 ? '3-5' : d <= 10 ? '6-10' : '11+');

/** What relates a candidate owner to a stance of class `cls`, for the owner model. */
export function ownerFeatures(a: SentenceAnalysis, cls: string, hit: StanceHit & { fromCue: boolean }, c: OwnerCandidate, count: number): string[] {
  const concept = cls.slice(0, cls.lastIndexOf(':'));
  const polarity = cls.slice(cls.lastIndexOf(':') + 1);
  const primary = c.rules[0]!;
  const out = ['bias', `r1:${primary}`, `src:${c.source}`, `k:${c.actor.kind}`, `d:${bucket(c.distance)}`, `r1c:${primary}:${concept}`, `cue:${hit.fromCue}`, `r1cue:${primary}:${hit.fromCue}`];
  for (const r of c.rules) out.push(`r:${r}`);
  out.push(c.polarity === polarity ? 'pol:same' : 'pol:flipped');
  if (a.holder?.actor.id === c.actor.id) out.push('holder');
  else if (a.holder && a.holder.actor.affiliation === c.actor.affiliation) out.push('holder-side');
  if (c.actor.mention === null || c.actor.mention.start < a.sentence.start || c.actor.mention.end > a.sentence.end) out.push('unnamed-here');
  if (count === 1) out.push('only');
  out.push(`n:${count > 4 ? '5+' : count}`);
  return out;
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
  if (tokens.some((t) => lex.firstPersonWords.has(t.lower))) out.push('v:first-person');
  if (/^(but|and|yet|so|however|still|instead|indeed|moreover)$/.test(tokens[0]?.lower ?? '')) out.push(`v:opens:${tokens[0]!.lower}`);
  if (tokens[tokens.length - 1]?.value === '?') out.push('v:question');
  if (tokens.some((t) => /^(would|should|must|could|will|might)$/.test(t.lower))) out.push('v:modal');
  if (a.quotes.inside.some(Boolean)) out.push(a.quotes.inside[0] ? 'v:opens-quoted' : 'v:has-quote');
  if (a.frames.length > 0) out.push('v:has-frame');
  if (a.entities.length === 0) out.push('v:no-actor');
  if (a.sentence.isHeadline) out.push('v:headline');
  if (a.sentence.lineStart) out.push('v:line-start');
  if (tokens.length <= 8) out.push('v:short');
  return out;
}
