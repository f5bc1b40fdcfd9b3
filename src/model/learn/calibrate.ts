import { InputError } from '../../errors/input-error.js';
import { sigmoid, type LinearModel } from '../linear.js';

/** Platt scaling of one class: probability = sigmoid(a·logit + b). */
export interface Platt {
  a: number;
  b: number;
}

function checkPairs(what: string, scores: ArrayLike<number>, positives: ArrayLike<boolean | number>): void {
  if (scores.length !== positives.length) throw new InputError('CALIBRATE_INVALID_INPUT', `${what}: ${scores.length} scores but ${positives.length} labels; give one label per score`);
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isFinite(scores[i])) throw new InputError('CALIBRATE_INVALID_INPUT', `${what}: score ${i} is ${scores[i]}; scores must be finite numbers`);
  }
}

/**
 * Fits Platt scaling to held-out scores of one class: the a, b that maximise
 * the likelihood of the labels under sigmoid(a·score + b), with Platt's
 * smoothed targets (N₊+1)/(N₊+2) and 1/(N₋+2) so that a class seen a few
 * times is not fitted to certainty. Newton's method with backtracking, as in
 * Lin, Lin & Weng (2007), "A note on Platt's probabilistic outputs".
 *
 * @param scores - Held-out (cross-validated) logits or margins of the class.
 * @param positives - Whether each item belongs to the class.
 * @returns `{ a, b }`.
 * @throws InputError CALIBRATE_INVALID_INPUT for lengths that differ or non-finite scores.
 * @example
 * fitPlatt([-2, -1, 1, 2], [false, false, true, true]) // { a: 0.674…, b: 0 (to rounding) }: b = 0 by symmetry
 */
export function fitPlatt(scores: ArrayLike<number>, positives: ArrayLike<boolean | number>): Platt {
  checkPairs('fitPlatt', scores, positives);
  const n = scores.length;
  let nPos = 0;
  for (let i = 0; i < n; i++) if (positives[i]) nPos++;
  const nNeg = n - nPos;
  const hi = (nPos + 1) / (nPos + 2);
  const lo = 1 / (nNeg + 2);
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = positives[i] ? hi : lo;
  // Lin et al. fit P = 1/(1+exp(A·f + B)); here a = −A, b = −B.
  let A = 0;
  let B = Math.log((nNeg + 1) / (nPos + 1));
  const sigma = 1e-12;
  const objective = (A: number, B: number): number => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      const fApB = scores[i]! * A + B;
      f += fApB >= 0 ? t[i]! * fApB + Math.log1p(Math.exp(-fApB)) : (t[i]! - 1) * fApB + Math.log1p(Math.exp(fApB));
    }
    return f;
  };
  let fval = objective(A, B);
  for (let iteration = 0; iteration < 100; iteration++) {
    let h11 = sigma;
    let h22 = sigma;
    let h21 = 0;
    let g1 = 0;
    let g2 = 0;
    for (let i = 0; i < n; i++) {
      const fApB = scores[i]! * A + B;
      const p = fApB >= 0 ? Math.exp(-fApB) / (1 + Math.exp(-fApB)) : 1 / (1 + Math.exp(fApB));
      const q = 1 - p;
      const d2 = p * q;
      const d1 = t[i]! - p;
      const f = scores[i]!;
      h11 += f * f * d2;
      h22 += d2;
      h21 += f * d2;
      g1 += f * d1;
      g2 += d1;
    }
    if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) break;
    const det = h11 * h22 - h21 * h21;
    const dA = -(h22 * g1 - h21 * g2) / det;
    const dB = -(-h21 * g1 + h11 * g2) / det;
    const gd = g1 * dA + g2 * dB;
    let step = 1;
    let moved = false;
    while (step >= 1e-10) {
      const newA = A + step * dA;
      const newB = B + step * dB;
      const newF = objective(newA, newB);
      if (newF < fval + 1e-4 * step * gd) {
        A = newA;
        B = newB;
        fval = newF;
        moved = true;
        break;
      }
      step /= 2;
    }
    if (!moved) break;
  }
  return { a: -A + 0, b: -B + 0 };
}

/**
 * Fits Platt scaling for every class of a model from held-out logits: the
 * logits of each item scored by a model that did not train on it (see
 * `outOfFold`).
 *
 * @param logits - Per item, one logit per class (`scoreLinear` of a fold model).
 * @param labels - Per item, the classes it belongs to.
 * @param classes - The classes, in the model's order.
 * @returns One `{ a, b }` per class: the model's `calibration`.
 * @example
 * fitCalibration([[-2], [-1], [1], [2]], [[], [], ['x'], ['x']], ['x']) // [{ a: 0.674…, b: 0 (to rounding) }]
 */
export function fitCalibration(logits: ReadonlyArray<ArrayLike<number>>, labels: ReadonlyArray<ReadonlySet<string> | readonly string[]>, classes: readonly string[]): Platt[] {
  if (logits.length !== labels.length) throw new InputError('CALIBRATE_INVALID_INPUT', `fitCalibration: ${logits.length} rows of logits but ${labels.length} label sets; give one per item`);
  const sets = labels.map((l) => (l instanceof Set ? l : new Set(l as readonly string[])));
  return classes.map((cls, c) => {
    const scores = new Float64Array(logits.length);
    const positives = new Uint8Array(logits.length);
    logits.forEach((row, i) => {
      if (row.length !== classes.length) throw new InputError('CALIBRATE_INVALID_INPUT', `fitCalibration: item ${i} has ${row.length} logits for ${classes.length} classes`);
      scores[i] = row[c]!;
      positives[i] = sets[i]!.has(cls) ? 1 : 0;
    });
    return fitPlatt(scores, positives);
  });
}

/**
 * The model with a calibration: a new object, the input is left as it is.
 *
 * @example
 * withCalibration(model, fitCalibration(heldOut, labels, model.classes)).calibration // [{ a, b }, …]
 */
export function withCalibration(model: LinearModel, calibration: readonly Platt[]): LinearModel {
  if (calibration.length !== model.classes.length) throw new InputError('CALIBRATE_INVALID_INPUT', `withCalibration: ${calibration.length} calibrations for ${model.classes.length} classes`);
  return { ...model, calibration: calibration.map(({ a, b }) => ({ a, b })) };
}

/** Applies Platt scaling to a score. */
export function applyPlatt({ a, b }: Platt, score: number): number {
  return sigmoid(a * score + b);
}

/** One bin of a reliability table; an empty bin has `meanPredicted` and `observed` null. */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number | null;
  observed: number | null;
}

/**
 * A reliability table: probabilities cut into equal-width bins over [0, 1]
 * (the last bin includes 1), with the mean predicted probability and the
 * observed frequency of positives in each. Calibrated probabilities have
 * `meanPredicted ≈ observed` in every well-filled bin.
 *
 * @param probabilities - Predicted probabilities, in [0, 1].
 * @param positives - Whether each item is positive.
 * @param bins - Number of bins (default 10).
 * @returns One entry per bin, empty bins included.
 * @throws InputError CALIBRATE_INVALID_INPUT for lengths that differ, a probability outside [0, 1], or bins < 1.
 * @example
 * reliability([0.1, 0.2, 0.8, 0.9], [false, false, true, true], 2)
 * // [{ from: 0, to: 0.5, count: 2, meanPredicted: 0.15…, observed: 0 }, { from: 0.5, to: 1, count: 2, meanPredicted: 0.85…, observed: 1 }]
 */
export function reliability(probabilities: ArrayLike<number>, positives: ArrayLike<boolean | number>, bins = 10): ReliabilityBin[] {
  if (!Number.isSafeInteger(bins) || bins < 1) throw new InputError('CALIBRATE_INVALID_INPUT', `reliability: bins must be an integer >= 1, got ${bins}`);
  if (probabilities.length !== positives.length) throw new InputError('CALIBRATE_INVALID_INPUT', `reliability: ${probabilities.length} probabilities but ${positives.length} labels; give one label per probability`);
  const count = new Float64Array(bins);
  const sum = new Float64Array(bins);
  const hits = new Float64Array(bins);
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    if (!(p >= 0 && p <= 1)) throw new InputError('CALIBRATE_INVALID_INPUT', `reliability: probability ${i} is ${p}; probabilities must lie in [0, 1]`);
    const bin = Math.min(bins - 1, Math.floor(p * bins));
    count[bin]!++;
    sum[bin]! += p;
    if (positives[i]) hits[bin]!++;
  }
  return Array.from({ length: bins }, (_, j) => ({
    from: j / bins,
    to: (j + 1) / bins,
    count: count[j]!,
    meanPredicted: count[j] ? sum[j]! / count[j]! : null,
    observed: count[j] ? hits[j]! / count[j]! : null,
  }));
}

/**
 * The expected calibration error of a reliability table: the mean gap
 * |meanPredicted − observed| over bins, weighted by their counts.
 *
 * @example
 * expectedCalibrationError(reliability([0.1, 0.2, 0.8, 0.9], [false, false, true, true], 2)) // 0.15 (to rounding)
 */
export function expectedCalibrationError(table: readonly ReliabilityBin[]): number {
  let total = 0;
  let gap = 0;
  for (const bin of table) {
    if (!bin.count) continue;
    total += bin.count;
    gap += bin.count * Math.abs(bin.meanPredicted! - bin.observed!);
  }
  return total ? gap / total : 0;
}
