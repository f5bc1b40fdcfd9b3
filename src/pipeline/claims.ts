import type { CompiledCodebook } from '../codebook/compile.js';
import type { Claim, Holder, SentenceTrace } from '../types.js';
import type { Decision } from './decide.js';
import type { FoundStance } from './stance.js';
import { spanOf } from './tokens.js';
import type { SentenceAnalysis } from './types.js';

/**
 * Gives decisions their public shape: one claim per actor, concept and
 * polarity (the most confident), with the evidence span, where this
 * sentence names the actor, and (when asked) the ids behind it.
 */
export function assembleClaims(a: SentenceAnalysis, decisions: readonly Decision[], cb: CompiledCodebook, decider: 'rules' | 'model', trace: boolean): Claim[] {
  const { sentence } = a;
  const labels = cb.conceptLabels;
  const byKey = new Map<string, Claim>();
  for (const d of decisions) {
    const actor = d.owner.actor;
    if (actor.id === null) continue;
    const mention = actor.mention && actor.mention.start >= sentence.start && actor.mention.end <= sentence.end ? actor.mention : null;
    const claim: Claim = {
      actor: { id: actor.id, name: actor.name, affiliation: actor.affiliation, mention },
      stance: { id: d.concept, label: labels.get(d.concept) ?? d.concept },
      polarity: d.polarity,
      confidence: Math.round(Math.min(1, Math.max(0.001, d.confidence)) * 1000) / 1000,
      evidence: spanOf(sentence, d.first, d.last),
      source: d.owner.source,
      ...(trace ? { trace: { cue: d.cue, negations: d.negations, owner: d.owner.rules, decider, ...(d.model ? { model: d.model } : {}) } } : {}),
    };
    const key = `${actor.id}\u0000${d.concept}\u0000${d.polarity}`;
    const old = byKey.get(key);
    if (!old || old.confidence < claim.confidence) byKey.set(key, claim);
  }
  return [...byKey.values()];
}

/** The sentence's holder in its public shape. */
export function publicHolder(a: SentenceAnalysis): Holder | null {
  const h = a.holder;
  if (!h) return null;
  return { id: h.actor.id, name: h.actor.name, affiliation: h.actor.affiliation, mention: h.actor.mention, source: h.source };
}

/** The rule and cue ids behind a sentence. */
export function sentenceTrace(a: SentenceAnalysis, stances: readonly FoundStance[]): SentenceTrace {
  const { sentence } = a;
  return {
    holder: a.holder?.rule ?? null,
    mentions: a.entities.map((e) => ({ ...spanOf(sentence, e.mention.first, e.mention.last), rule: e.mention.rule, actor: e.actor.id, resolution: e.rule })),
    frames: a.frames.map((f) => ({ rule: f.rule, speaker: f.speaker.id, verb: f.verb >= 0 ? spanOf(sentence, f.verb, f.verb) : null })),
    stances: stances.map((h) => ({ cue: h.cue, concept: h.concept, polarity: h.polarity, negations: h.negations.map((n) => n.rule), flags: h.flags, evidence: spanOf(sentence, h.first, h.last) })),
  };
}
