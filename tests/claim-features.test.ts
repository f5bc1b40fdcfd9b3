import { describe, expect, it } from 'vitest';
import { claimFeatures, classOwners } from '../src/model/features.js';
import type { Decision } from '../src/pipeline/decide.js';
import type { SentenceAnalysis } from '../src/pipeline/types.js';

// A decision as the model decider makes it: only what the claim model reads is filled in.
function decision(over: { ps: number; po?: number; owner?: string | null; negated?: boolean; source?: string }): Decision {
  return {
    concept: 'cooperate',
    polarity: 'support',
    first: 0,
    last: 0,
    cue: 'cooperate/ready-to-cooperate',
    negations: over.negated ? ['negation.not'] : [],
    owner: { actor: { id: over.owner === undefined ? 'lavrov' : over.owner }, source: over.source ?? 'reported', rules: ['owner.frame-speaker'] } as Decision['owner'],
    confidence: over.ps,
    model: { stance: over.ps, owner: over.po ?? 1 },
  };
}
const heldBy = (id: string | null) => ({ holder: id === null ? null : { actor: { id } } }) as unknown as SentenceAnalysis;

describe('claim model features', () => {
  it.each([
    // [why, decision, sentence holder, owners of the class, sentence index, features expected among them]
    ['a cued class with the rules\' owner: the stance bands it reaches, no owner band', decision({ ps: 0.55 }), 'lavrov', 1, 0, ['c:ruled', 'c:ps>=0.5', 'c:holder', 'c:at:0', 'c:class:cooperate:support', 'c:source:reported']],
    ['a class the model added: the owner bands too', decision({ ps: 0.85, po: 0.42 }), 'lavrov', 1, 3, ['c:added', 'c:ps>=0.8', 'c:po>=0.4', 'c:at:3-7']],
    ['the owner is not the holder', decision({ ps: 0.3, owner: 'kerry' }), 'lavrov', 2, 9, ['c:third-party', 'c:shared', 'c:at:8+']],
    ['no holder: narration', decision({ ps: 0.3 }), null, 1, 1, ['c:narration', 'c:at:1-2']],
    ['a negated stance', decision({ ps: 0.3, negated: true }), null, 1, 1, ['c:negated']],
  ])('%s', (_, d, holder, owners, index, expected) => {
    const features = claimFeatures(d, heldBy(holder), owners, index);
    for (const f of expected) expect(features).toContain(f);
  });

  it.each([
    ['a band the probability does not reach', decision({ ps: 0.55 }), ['c:ps>=0.6', 'c:po>=0.05', 'c:added']],
    ['one owner, the holder, not negated', decision({ ps: 0.55 }), ['c:shared', 'c:third-party', 'c:narration', 'c:negated']],
  ])('trap: %s', (_, d, absent) => {
    const features = claimFeatures(d, heldBy('lavrov'), 1, 0);
    for (const f of absent) expect(features).not.toContain(f);
  });

  it.each([
    ['one actor twice (two cue matches) is one owner', [decision({ ps: 0.5 }), decision({ ps: 0.6 })], 1],
    ['two actors are two', [decision({ ps: 0.5 }), decision({ ps: 0.6, owner: 'kerry' })], 2],
    ['a decision without an actor is no owner', [decision({ ps: 0.5 }), decision({ ps: 0.6, owner: null })], 1],
    ['another polarity is another class', [decision({ ps: 0.5 }), { ...decision({ ps: 0.6, owner: 'kerry' }), polarity: 'oppose' as const }], 1],
  ])('owners of a class: %s', (_, decisions, expected) => {
    expect(classOwners(decisions[0]!, decisions)).toBe(expected);
  });
});
