import type { Sentence, TrainedModel } from '../types.js';
import { sentenceFeatures } from './features.js';

/** A model's reading of a sentence: probability per class label ("none" or "concept:polarity"). */
export interface ModelScores {
  probabilities: Map<string, number>;
  best: string;
  bestProbability: number;
}

/**
 * Scores a sentence with a plain-JSON naive Bayes model. Pure arithmetic over
 * the JSON: no training library on this path.
 */
export function scoreSentence(model: TrainedModel, sentence: Sentence): ModelScores {
  // Presence features, as the classifier was trained: each counts once.
  const features = new Set(sentenceFeatures(sentence.tokens));
  const logs = model.priors.slice();
  for (const f of features) {
    const row = model.likelihoods[f];
    if (!row) continue;
    for (let c = 0; c < logs.length; c++) logs[c]! += row[c] ?? model.unseen[c]!;
  }
  const max = Math.max(...logs);
  const exps = logs.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const probabilities = new Map<string, number>();
  let best = 'none';
  let bestProbability = 0;
  model.classes.forEach((cls, c) => {
    const p = exps[c]! / total;
    probabilities.set(cls, p);
    if (p > bestProbability) {
      best = cls;
      bestProbability = p;
    }
  });
  return { probabilities, best, bestProbability };
}
