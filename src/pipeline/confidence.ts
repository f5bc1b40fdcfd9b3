import type { ClaimSource, StanceHit } from '../types.js';

/** What a claim's confidence is computed from. */
export interface ConfidenceFeatures {
  hit: StanceHit;
  source: ClaimSource;
  /** The sentence names the actor (not a continued quote or a resolved pronoun from elsewhere). */
  named: boolean;
}

// Logistic weights fitted (scripts/fit-confidence.mjs) on whether claims were right at the affiliation
// level, over the library's attribution fixture and a development sample of real news; checked on another.
// Without a model, `noModel` stands in for a typical agreement.
const W = {
  bias: -0.61,
  cue: 0.77,
  negated: -0.28,
  agree: 1.18,
  none: 0,
  quote: 0.3,
  reported: 0.27,
  tweet: 0.49,
  named: -0.18,
  noModel: 0.7,
};

/**
 * A claim's confidence in (0, 1]: a logistic function of how the stance and
 * the holder were found, so that claims at 0.8 are right about 80% of the time.
 */
export function confidenceOf({ hit, source, named }: ConfidenceFeatures): number {
  const x =
    W.bias +
    (hit.via === 'cue' ? W.cue : 0) +
    (hit.negated ? W.negated : 0) +
    (hit.model ? W.agree * hit.model.agree + W.none * hit.model.none : W.noModel) +
    (source === 'quote' ? W.quote : source === 'reported' ? W.reported : source === 'tweet' ? W.tweet : 0) +
    (named ? W.named : 0);
  const p = 1 / (1 + Math.exp(-x));
  return Math.round(Math.min(1, Math.max(0.01, p)) * 1000) / 1000;
}

/** The features as a vector, in the order of `FEATURE_NAMES` (for refitting the weights). */
export const FEATURE_NAMES = ['cue', 'negated', 'agree', 'none', 'quote', 'reported', 'tweet', 'named', 'noModel'] as const;
export function featureVector({ hit, source, named }: ConfidenceFeatures): number[] {
  return [
    hit.via === 'cue' ? 1 : 0,
    hit.negated ? 1 : 0,
    hit.model?.agree ?? 0,
    hit.model?.none ?? 0,
    source === 'quote' ? 1 : 0,
    source === 'reported' ? 1 : 0,
    source === 'tweet' ? 1 : 0,
    named ? 1 : 0,
    hit.model ? 0 : 1,
  ];
}
