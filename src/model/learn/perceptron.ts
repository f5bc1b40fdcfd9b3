import type { LinearModel } from '../linear.js';
import { atLeast, checkExamples, checkOptions } from './check.js';
import { classWeights, encode, toModel } from './encode.js';
import { seededRandom, shuffleInPlace } from './random.js';
import type { Learner, LearnerOptions } from './types.js';

/** Options of {@link perceptron}. */
export interface PerceptronOptions extends LearnerOptions {
  /** Passes over the examples, each in a new seeded order (default 10). */
  epochs?: number;
}

/**
 * The averaged perceptron (Collins 2002), one binary perceptron per class on
 * the same passes: an example whose margin y·(w·x + b) is not positive moves
 * w by y·weight·x, and the model is the average of w over every step, kept
 * with the usual trick w̄ = w − u/t (u sums t·Δw). A class without positive
 * (or without negative) examples gets no feature weights and bias −1 (or +1).
 * Scores are margins, not log-odds: calibrate them before reading them as
 * probabilities.
 *
 * @param examples - Training examples.
 * @param options - `classes`, `epochs` (default 10), `seed`, `balanced`.
 * @returns A plain-JSON linear model.
 * @throws LearnInputError LEARN_INVALID_OPTIONS or LEARN_INVALID_EXAMPLES, listing every problem.
 * @example
 * const model = perceptron([
 *   { features: ['good'], labels: ['pos'] },
 *   { features: ['bad'], labels: [] },
 * ], { classes: ['pos'] })
 * scoreLinear(model, ['good'])[0] > 0 // true
 */
export const perceptron: Learner<PerceptronOptions> = (examples, options): LinearModel => {
  checkOptions('perceptron', options, { epochs: atLeast(1, true) });
  checkExamples('perceptron', examples, options.classes);
  const data = encode(examples, options.classes);
  const { n, k, rowStart, cols, values, labels } = data;
  const d = data.features.length;
  // Per example and class: the step size (the example's weight, balanced per class), signed by the label.
  const step = new Float64Array(n * k);
  const trained = new Uint8Array(k);
  const bias = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const s = classWeights(data, c, options.balanced ?? false);
    let positives = 0;
    let negatives = 0;
    for (let i = 0; i < n; i++) {
      const yes = labels[i * k + c] === 1;
      if (yes) positives += s[i]!;
      else negatives += s[i]!;
      step[i * k + c] = yes ? s[i]! : -s[i]!;
    }
    if (positives === 0 || negatives === 0) bias[c] = positives === 0 ? -1 : 1;
    else trained[c] = 1;
  }
  const w = new Float64Array(d * k);
  const u = new Float64Array(d * k);
  const b = new Float64Array(k);
  const ub = new Float64Array(k);
  const margin = new Float64Array(k);
  // An example of weight 0 takes no part (nor a step of the averaging clock).
  const order = Int32Array.from(Array.from(data.weights).flatMap((weight, i) => (weight > 0 ? [i] : [])));
  const random = seededRandom(options.seed ?? 1);
  let t = 1;
  for (let epoch = 0; epoch < (options.epochs ?? 10); epoch++) {
    shuffleInPlace(order, random);
    for (let o = 0; o < order.length; o++, t++) {
      const i = order[o]!;
      const start = rowStart[i]!;
      const end = rowStart[i + 1]!;
      margin.set(b);
      for (let p = start; p < end; p++) {
        const at = cols[p]! * k;
        const v = values[p]!;
        for (let c = 0; c < k; c++) margin[c]! += v * w[at + c]!;
      }
      for (let c = 0; c < k; c++) {
        const delta = step[i * k + c]!;
        if (!trained[c] || delta === 0 || delta * margin[c]! > 0) continue;
        b[c]! += delta;
        ub[c]! += t * delta;
        for (let p = start; p < end; p++) {
          const at = cols[p]! * k + c;
          const change = delta * values[p]!;
          w[at]! += change;
          u[at]! += t * change;
        }
      }
    }
  }
  for (let j = 0; j < w.length; j++) w[j]! -= u[j]! / t;
  for (let c = 0; c < k; c++) if (trained[c]) bias[c] = b[c]! - ub[c]! / t;
  return toModel(options.classes, data.features, bias, w);
};
