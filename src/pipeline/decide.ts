import type { Polarity } from '../types.js';
import type { FoundStance } from './stance.js';
import type { OwnerCandidate, SentenceAnalysis, StanceHit } from './types.js';

/** A claim decided for a sentence, before it is given its public shape. */
export interface Decision {
  concept: string;
  polarity: Polarity;
  /** Evidence tokens. */
  first: number;
  last: number;
  cue: string | null;
  negations: string[];
  owner: OwnerCandidate;
  confidence: number;
  model?: { stance: number; owner: number };
}

/** What a decider reads for one sentence. */
export interface DecisionInput {
  analysis: SentenceAnalysis;
  stances: readonly FoundStance[];
  /** Owner candidates for a stance found at these tokens. */
  candidates: (hit: StanceHit) => OwnerCandidate[];
  /** The whole document, analysed, and where this sentence stands in it. */
  document: DocumentContext;
}

/** A sentence's place in its analysed document, for features that read its neighbours. */
export interface DocumentContext {
  index: number;
  sentences: readonly SentenceAnalysis[];
  stances: readonly (readonly FoundStance[])[];
}

/** Decides a sentence's claims from the evidence the stages found. */
export interface Decider {
  readonly kind: 'rules' | 'model';
  decide(input: DecisionInput): Decision[];
}

// Owners who hold a stance beside the speaker who reports, rejects or blames it ("Ankara rejected Russian calls for
// …", "blamed Moscow for refusing …"): taken with the strongest tier, not instead of it.
const BESIDE_SPEAKER: readonly string[] = ['owner.attitude-bearer', 'owner.blamed'];

// Owner rules in the order the rule decider trusts them: it takes the candidates of the first tier present.
const TIERS: readonly (readonly string[])[] = [
  ['owner.relative-clause'],
  ['owner.for-whom'],
  ['owner.quoted-speech', 'owner.quoted-decision'],
  ['owner.quote-speaker'],
  ['owner.third-party-decision'],
  ['owner.frame-speaker', 'owner.coordinated-speaker'],
  ['owner.clause-subject'],
  BESIDE_SPEAKER,
  ['owner.holder'],
  ['owner.passive-agent'],
];

// The rule decider's confidence: the share of its claims that were right (affiliation level) on the
// project's own example sets, by how the stance and the owner were found (scripts/fit-rule-confidence.mjs).
const RULE_CONFIDENCE = { base: 0.62, negated: -0.08, quote: 0.06, holder: -0.06 };

/**
 * The decider of a codebook with no trained model: every cue match that is
 * a position (not a topic of discussion, not a description of fighting) is a
 * claim of the owners of the strongest owner rule that applies.
 */
export const ruleDecider: Decider = {
  kind: 'rules',
  decide({ stances, candidates }) {
    const out: Decision[] = [];
    for (const hit of stances) {
      if (hit.flags.length > 0) continue;
      for (const owner of ruleOwners(candidates(hit))) {
        const confidence = RULE_CONFIDENCE.base + (hit.negations.length > 0 ? RULE_CONFIDENCE.negated : 0) + (owner.source === 'quote' ? RULE_CONFIDENCE.quote : 0) + (owner.rules[0] === 'owner.holder' ? RULE_CONFIDENCE.holder : 0);
        out.push({ concept: hit.concept, polarity: owner.polarity, first: hit.first, last: hit.last, cue: hit.cue, negations: hit.negations.map((n) => n.rule), owner, confidence });
      }
    }
    return out;
  },
};

/**
 * The owners the rules give a stance: the candidates of the strongest owner
 * rule present (news outlets aside: they relay what others hold, and a
 * columnist is a person), and the bearers of an attitude beside them, who
 * hold it beside the speaker who reports or rejects it ("Ankara rejected
 * Russian calls for talks": Russia's call, with its own polarity).
 */
export function ruleOwners(candidates: readonly OwnerCandidate[]): OwnerCandidate[] {
  const all = candidates.filter((c) => c.actor.kind !== 'media');
  const tier = TIERS.find((rules) => all.some((c) => rules.includes(c.rules[0]!)));
  if (!tier) return [];
  const bearers = tier === BESIDE_SPEAKER ? [] : all.filter((c) => BESIDE_SPEAKER.includes(c.rules[0]!));
  return [...all.filter((c) => tier.includes(c.rules[0]!)), ...bearers];
}
