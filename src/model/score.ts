import type { Sentence, TrainedModel } from '../types.js';
import { sentenceFeatures } from './features.js';

/** A model's reading of a sentence: probability per class label ("none" or "concept:polarity"). */
export interface ModelScores {
  probabilities: Map<string, number>;
  best: string;
  bestProbability: number;
}

// The JSON model as lookup tables, built once per model object.
interface Prepared {
  rows: Map<string, readonly number[]>;
}
const prepared = new WeakMap<TrainedModel, Prepared>();

function prepare(model: TrainedModel): Prepared {
  let p = prepared.get(model);
  if (!p) {
    p = { rows: new Map(Object.entries(model.likelihoods)) };
    prepared.set(model, p);
  }
  return p;
}

/**
 * Scores a sentence with a plain-JSON naive Bayes model. Pure arithmetic over
 * the JSON: no training library on this path.
 */
export function scoreSentence(model: TrainedModel, sentence: Sentence): ModelScores {
  const { rows } = prepare(model);
  // Presence features, as the classifier was trained: each counts once.
  const features = new Set(sentenceFeatures(sentence.tokens));
  const logs = model.priors.slice();
  for (const f of features) {
    const row = rows.get(f);
    if (!row) continue;
    for (let c = 0; c < logs.length; c++) logs[c]! += row[c] ?? model.unseen[c]!;
  }
  let max = -Infinity;
  for (const l of logs) if (l > max) max = l;
  let total = 0;
  const exps = logs.map((l) => {
    const e = Math.exp(l - max);
    total += e;
    return e;
  });
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
