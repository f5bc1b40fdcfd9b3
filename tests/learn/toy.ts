// Synthetic problems for the learner tests: made-up feature names, no text.
import { seededRandom } from '../../src/model/learn/random.js';
import { scoreLinear, type LinearModel } from '../../src/model/linear.js';
import type { Example } from '../../src/model/learn/types.js';

export interface Toy {
  classes: string[];
  train: Example[];
  test: Example[];
  /** The noise-free labels of the test examples. */
  clean: Array<Set<string>>;
}

/**
 * Each class c has three cue features; an example belongs to c when it holds
 * one of them, among four features from a shared pool of 40. `flip` labels
 * are flipped at random in train and test (not in `clean`). `never` names a
 * class no example belongs to.
 */
export function toy({ n = 600, testN = 300, classes = 3, flip = 0, seed = 1, never = false } = {}): Toy {
  const random = seededRandom(seed);
  const names = Array.from({ length: classes }, (_, c) => `class${c}`);
  if (never) names.push('never');
  const make = (count: number) => {
    const examples: Example[] = [];
    const clean: Array<Set<string>> = [];
    for (let i = 0; i < count; i++) {
      const features: string[] = [];
      for (let j = 0; j < 4; j++) features.push(`pool${Math.floor(random() * 40)}`);
      const truth = new Set<string>();
      for (let c = 0; c < classes; c++) {
        if (random() < 0.3) {
          features.push(`cue${c}_${Math.floor(random() * 3)}`);
          truth.add(`class${c}`);
        }
      }
      const labels = new Set<string>();
      for (let c = 0; c < classes; c++) {
        const yes = truth.has(`class${c}`);
        if (random() < flip ? !yes : yes) labels.add(`class${c}`);
      }
      examples.push({ features, labels });
      clean.push(truth);
    }
    return { examples, clean };
  };
  const train = make(n);
  const test = make(testN);
  return { classes: names, train: train.examples, test: test.examples, clean: test.clean };
}

/** The share of (example, class) decisions with logit > 0 that match the labels. */
export function accuracy(model: LinearModel, examples: readonly Example[], labels: ReadonlyArray<ReadonlySet<string>> = examples.map((e) => new Set(e.labels))): number {
  let right = 0;
  let total = 0;
  examples.forEach((e, i) => {
    const logits = scoreLinear(model, new Set(e.features));
    model.classes.forEach((cls, c) => {
      total++;
      if (logits[c]! > 0 === labels[i]!.has(cls)) right++;
    });
  });
  return right / total;
}

/**
 * A problem whose labels are drawn from a logistic model: each example holds
 * three of twelve signal features (weights from −2 to 2) and three pool
 * features, and belongs to a class with probability sigmoid(−0.5 + Σ weights).
 * Probabilities are graded, so a calibrated model can match them bin by bin.
 */
export function graded({ n = 2000, classes = 2, seed = 1 } = {}): { classes: string[]; examples: Example[] } {
  const random = seededRandom(seed);
  const names = Array.from({ length: classes }, (_, c) => `class${c}`);
  const weights = names.map(() => Array.from({ length: 12 }, () => random() * 4 - 2));
  const examples: Example[] = [];
  for (let i = 0; i < n; i++) {
    const features: string[] = [];
    const signals = new Set<number>();
    while (signals.size < 3) signals.add(Math.floor(random() * 12));
    for (const s of signals) features.push(`signal${s}`);
    for (let j = 0; j < 3; j++) features.push(`pool${Math.floor(random() * 40)}`);
    const labels = names.filter((_, c) => {
      let z = -0.5;
      for (const s of signals) z += weights[c]![s]!;
      return random() < 1 / (1 + Math.exp(-z));
    });
    examples.push({ features, labels });
  }
  return { classes: names, examples };
}
