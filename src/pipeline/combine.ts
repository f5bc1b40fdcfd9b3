import type { ModelScores } from '../model/score.js';
import type { Polarity, StanceHit } from '../types.js';

// A model alone must be this sure before it adds a stance no cue found.
const MODEL_ALONE = 0.99;

/**
 * Combines cue hits with the model's reading of the sentence into one
 * confidence per hit: agreement raises it, a confident "none" lowers it,
 * and a very confident model adds a stance the cues missed.
 */
export function mergeModelHits(cueHits: readonly StanceHit[], scores: ModelScores): StanceHit[] {
  const out = cueHits.map((hit) => {
    const agree = scores.probabilities.get(`${hit.concept}:${hit.polarity}`) ?? 0;
    const none = scores.probabilities.get('none') ?? 0;
    const confidence = Math.min(1, Math.max(0.05, hit.confidence + 0.2 * agree - 0.25 * none));
    return { ...hit, confidence };
  });
  if (scores.best !== 'none' && scores.bestProbability >= MODEL_ALONE) {
    const [concept, polarity] = scores.best.split(':') as [string, Polarity];
    if (!out.some((h) => h.concept === concept)) out.push({ concept, polarity, confidence: 0.5 * scores.bestProbability, first: -1, last: -1, via: 'model' });
  }
  return out;
}
