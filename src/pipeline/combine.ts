import type { ModelScores } from '../model/score.js';
import type { Polarity, StanceHit } from '../types.js';

// A model alone must be this sure before it adds a stance no cue found.
const MODEL_ALONE = 0.99;

/**
 * Combines cue hits with the model's reading of the sentence: each hit
 * carries the model's probabilities (the claim's confidence is computed from
 * them in claims.ts), and a very confident model adds a stance the cues missed.
 */
export function mergeModelHits(cueHits: readonly StanceHit[], scores: ModelScores): StanceHit[] {
  const none = scores.probabilities.get('none') ?? 0;
  const out = cueHits.map((hit) => ({ ...hit, model: { agree: scores.probabilities.get(`${hit.concept}:${hit.polarity}`) ?? 0, none } }));
  if (scores.best !== 'none' && scores.bestProbability >= MODEL_ALONE) {
    const [concept, polarity] = scores.best.split(':') as [string, Polarity];
    if (!out.some((h) => h.concept === concept)) out.push({ concept, polarity, first: -1, last: -1, via: 'model', model: { agree: scores.bestProbability, none } });
  }
  return out;
}
