import type { OwnerCandidate, SentenceAnalysis, StanceHit } from '../pipeline/types.js';
import { linearRows, sigmoid, type LinearModel } from './linear.js';
import { nameOf, nameRoot, type NameNode } from '../utils/name-trie.js';

/** Receives the owner features in their order: a name made of parts (each one of few), or a name as it is. */
interface OwnerSink {
  parts(a: string, b: string, c?: string, d?: string, e?: string): void;
  name(feature: string): void;
}

const bucket = (d: number) => (d < 0 ? 'none' : d === 0 ? '0' : d <= 2 ? '1-2' : d <= 5 ? '3-5' : d <= 10 ? '6-10' : '11+');

/** What relates a candidate owner to a stance of class `cls`, for the owner model. */
export function ownerFeatures(a: SentenceAnalysis, cls: string, hit: StanceHit & { fromCue: boolean }, c: OwnerCandidate, count: number, ruleChoice: boolean): string[] {
  const out: string[] = [];
  emitOwnerFeatures(a, cls, hit, c, count, ruleChoice, { parts: (...parts) => out.push(parts.join('')), name: (feature) => out.push(feature) });
  return out;
}

function emitOwnerFeatures(a: SentenceAnalysis, cls: string, hit: StanceHit & { fromCue: boolean }, c: OwnerCandidate, count: number, ruleChoice: boolean, sink: OwnerSink): void {
  const concept = cls.slice(0, cls.lastIndexOf(':'));
  const polarity = cls.slice(cls.lastIndexOf(':') + 1);
  const primary = c.rules[0]!;
  const fromCue = String(hit.fromCue);
  sink.name('bias');
  sink.parts('r1:', primary);
  sink.parts('src:', c.source);
  sink.parts('k:', c.actor.kind);
  sink.parts('d:', bucket(c.distance));
  sink.parts('r1c:', primary, ':', concept);
  sink.parts('cue:', fromCue);
  sink.parts('r1cue:', primary, ':', fromCue);
  for (const r of c.rules) sink.parts('r:', r);
  // Whether the rules alone would give the stance to this candidate (their tier order is evidence the model weighs).
  sink.name(ruleChoice ? 'rules-choice' : 'not-rules-choice');
  sink.parts('rules-choice:', String(ruleChoice), ':', primary);
  sink.name(c.polarity === polarity ? 'pol:same' : 'pol:flipped');
  if (a.holder?.actor.id === c.actor.id) sink.name('holder');
  else if (a.holder && a.holder.actor.affiliation === c.actor.affiliation) sink.name('holder-side');
  if (c.actor.mention === null || c.actor.mention.start < a.sentence.start || c.actor.mention.end > a.sentence.end) sink.name('unnamed-here');
  if (count === 1) sink.name('only');
  sink.parts('n:', count > 4 ? '5+' : String(count));
  // Where the candidate is named: its mention's kind, what stands before it, and the verb after it (any word: by
  // name, so that the names made of parts stay few).
  const e = a.entities.find((x) => x.actor.id === c.actor.id && x.actor.mention?.start === c.actor.mention?.start);
  if (e) {
    const tokens = a.sentence.tokens;
    sink.parts('mk:', e.mention.kind);
    sink.name(`before:${tokens[e.mention.first - 1]?.lower ?? '<s>'}`);
    const after = tokens.slice(e.mention.last + 1, e.mention.last + 4).find((t) => t.pos === 'VERB');
    if (after) sink.name(`verb:${after.lemma}`);
    if (e.mention.possessive) sink.name('possessive');
    sink.name(e.mention.last < hit.first ? 'before-stance' : 'after-stance');
  }
  if (a.holder) sink.parts('hr:', a.holder.rule);
}

// Per owner model, the feature names by their parts, each node's value its row offset or -1. The sink below is the
// holder scorer's again, on purpose: one sink shared by the two scorers measured 1.5-3% slower on label().
const rowsByModel = new WeakMap<LinearModel, NameNode<number>>();

/**
 * The probability of an owner, as `probabilityOf(owner, ownerFeatures(…))` gives it: the same rows added in the
 * same order, so the same number to the bit, with the names found from their parts instead of spelled and
 * looked up among the model's afresh for every candidate.
 */
export function ownerScorer(owner: LinearModel): (a: SentenceAnalysis, cls: string, hit: StanceHit & { fromCue: boolean }, c: OwnerCandidate, count: number, ruleChoice: boolean) => number {
  const { offsets, rows, bias, a, b } = linearRows(owner);
  const rowOf = (name: string) => offsets.get(name) ?? -1;
  let root = rowsByModel.get(owner);
  if (!root) rowsByModel.set(owner, (root = nameRoot(-1)));
  const named = root;
  let z = 0;
  const sink: OwnerSink = {
    parts: (p, q, r, s, t) => {
      const at = nameOf(named, rowOf, p, q, r, s, t).value;
      if (at >= 0) z += rows[at]!;
    },
    name: (feature) => {
      const at = offsets.get(feature);
      if (at !== undefined) z += rows[at]!;
    },
  };
  return (analysis, cls, hit, c, count, ruleChoice) => {
    z = bias[0]!;
    emitOwnerFeatures(analysis, cls, hit, c, count, ruleChoice, sink);
    return sigmoid(a[0]! * z + b[0]!);
  };
}
