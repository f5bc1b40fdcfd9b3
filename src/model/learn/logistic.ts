import type { LinearModel } from '../linear.js';
import { above, atLeast, checkExamples, checkOptions } from './check.js';
import { classWeights, encode, toModel, type Encoded } from './encode.js';
import { seededRandom, shuffleInPlace } from './random.js';
import type { Learner, LearnerOptions } from './types.js';

/** Options of {@link logistic}. */
export interface LogisticOptions extends LearnerOptions {
  /** L2 penalty λ: the model minimises λ/2·‖w‖² + Σ weightᵢ·loglossᵢ (default 1, i.e. C = 1). */
  l2?: number;
  /** Stop a class when no dual coordinate's projected gradient exceeds this (default 0.01). */
  tolerance?: number;
  /** Most passes over the examples per class (default 1000). */
  maxEpochs?: number;
}

/**
 * Fits one class by dual coordinate descent (Yu, Huang & Lin 2011, "Dual
 * coordinate descent methods for logistic regression and maximum entropy
 * models", the method of LIBLINEAR's `-s 7`). Each step solves one example's
 * dual variable by a few Newton steps and touches only that example's
 * features, so a pass costs O(nonzeros): measured several times faster than
 * L-BFGS and than AdaGrad SGD on 50k sparse features, at the same held-out
 * log loss. The bias is a constant feature of value 1, regularised like the
 * others (as in LIBLINEAR).
 *
 * The dual of  min ½‖w‖² + Σ Cᵢ log(1 + exp(−yᵢ w·xᵢ)),  Cᵢ = weightᵢ/λ, is
 * min ½αᵀQα + Σ αᵢ log αᵢ + (Cᵢ−αᵢ) log(Cᵢ−αᵢ) over 0 < αᵢ < Cᵢ, with
 * w = Σ αᵢ yᵢ xᵢ. Each αᵢ is kept as the pair (αᵢ, Cᵢ−αᵢ) so that whichever is
 * small is updated directly, without cancellation.
 */
function fitClass(data: Encoded, c: number, s: Float64Array, l2: number, tolerance: number, maxEpochs: number, random: () => number, w: Float64Array): number {
  const { n, k, rowStart, cols, values, labels } = data;
  const y = new Float64Array(n);
  const cost = new Float64Array(n);
  const qd = new Float64Array(n);
  const alpha = new Float64Array(2 * n);
  let bias = 0;
  const active: number[] = [];
  for (let i = 0; i < n; i++) {
    y[i] = labels[i * k + c] ? 1 : -1;
    cost[i] = s[i]! / l2;
    if (cost[i] === 0) continue;
    active.push(i);
    let q = 1; // the bias feature
    for (let p = rowStart[i]!, end = rowStart[i + 1]!; p < end; p++) q += values[p]! * values[p]!;
    qd[i] = q;
    const a = Math.min(0.001 * cost[i]!, 1e-8);
    alpha[2 * i] = a;
    alpha[2 * i + 1] = cost[i]! - a;
    const ya = y[i]! * a;
    for (let p = rowStart[i]!, end = rowStart[i + 1]!; p < end; p++) w[cols[p]!]! += ya * values[p]!;
    bias += ya;
  }
  const order = Int32Array.from(active);
  const innerMin = Math.min(1e-8, tolerance);
  let innerTolerance = 1e-2;
  for (let epoch = 0; epoch < maxEpochs; epoch++) {
    shuffleInPlace(order, random);
    let largest = 0;
    for (let o = 0; o < order.length; o++) {
      const i = order[o]!;
      const start = rowStart[i]!;
      const end = rowStart[i + 1]!;
      const yi = y[i]!;
      const C = cost[i]!;
      let margin = bias;
      for (let p = start; p < end; p++) margin += w[cols[p]!]! * values[p]!;
      const a = qd[i]!;
      const b = yi * margin;
      let ind1 = 2 * i;
      let ind2 = 2 * i + 1;
      let sign = 1;
      if (0.5 * a * (alpha[ind2]! - alpha[ind1]!) + b < 0) {
        ind1 = 2 * i + 1;
        ind2 = 2 * i;
        sign = -1;
      }
      const old = alpha[ind1]!;
      let z = old;
      if (C - z < 0.5 * C) z *= 0.1;
      let gp = a * (z - old) + sign * b + Math.log(z / (C - z));
      if (Math.abs(gp) > largest) largest = Math.abs(gp);
      let inner = 0;
      while (inner <= 100 && Math.abs(gp) >= innerTolerance) {
        const next = z - gp / (a + C / (C - z) / z);
        z = next <= 0 ? z * 0.1 : next;
        gp = a * (z - old) + sign * b + Math.log(z / (C - z));
        inner++;
      }
      if (inner === 0) continue;
      alpha[ind1] = z;
      alpha[ind2] = C - z;
      const delta = sign * (z - old) * yi;
      for (let p = start; p < end; p++) w[cols[p]!]! += delta * values[p]!;
      bias += delta;
    }
    if (largest < tolerance) break;
    if (largest < innerTolerance) innerTolerance = Math.max(0.1 * innerTolerance, innerMin);
  }
  return bias;
}

/**
 * L2-regularised logistic regression, one independent binary classifier per
 * class (multi-label), trained by dual coordinate descent in a seeded order:
 * the same seed gives the same model. A class without positive (or without
 * negative) examples gets no feature weights and the smoothed base rate
 * log((P + ½)/(N + ½)) as its bias. Logits are log-odds; Platt calibration on
 * held-out scores can still correct them.
 *
 * @param examples - Training examples.
 * @param options - `classes`, `l2` (default 1), `balanced`, `seed`, `tolerance`, `maxEpochs`.
 * @returns A plain-JSON linear model.
 * @throws LearnInputError LEARN_INVALID_OPTIONS or LEARN_INVALID_EXAMPLES, listing every problem.
 * @example
 * const model = logistic([
 *   { features: ['good'], labels: ['pos'] },
 *   { features: ['bad'], labels: [] },
 * ], { classes: ['pos'] })
 * scoreLinear(model, ['good'])[0] > 0 // true
 */
export const logistic: Learner<LogisticOptions> = (examples, options): LinearModel => {
  checkOptions('logistic', options, { l2: above(0), tolerance: above(0), maxEpochs: atLeast(1, true) });
  checkExamples('logistic', examples, options.classes);
  const data = encode(examples, options.classes);
  const { n, k } = data;
  const d = data.features.length;
  const weights = new Float64Array(d * k);
  const bias = new Float64Array(k);
  const w = new Float64Array(d);
  const random = seededRandom(options.seed ?? 1);
  for (let c = 0; c < k; c++) {
    const s = classWeights(data, c, options.balanced ?? false);
    let positives = 0;
    let negatives = 0;
    for (let i = 0; i < n; i++) {
      if (data.labels[i * k + c]) positives += s[i]!;
      else negatives += s[i]!;
    }
    // One side empty: the optimum is "always no" (or "always yes") at infinity; keep the smoothed base rate.
    if (positives === 0 || negatives === 0) {
      bias[c] = Math.log((positives + 0.5) / (negatives + 0.5));
      continue;
    }
    w.fill(0);
    bias[c] = fitClass(data, c, s, options.l2 ?? 1, options.tolerance ?? 0.01, options.maxEpochs ?? 1000, random, w);
    for (let f = 0; f < d; f++) weights[f * k + c] = w[f]!;
  }
  return toModel(options.classes, data.features, bias, weights);
};
