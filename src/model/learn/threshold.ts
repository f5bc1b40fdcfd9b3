import { InputError } from '../../errors/input-error.js';

/** The threshold that takes no item (every probability is at most 1). */
export const NONE_TAKEN = 1.01;

/** A decision threshold (predict the class when probability >= threshold) and what it scores on the data it was fitted to. */
export interface ThresholdFit {
  threshold: number;
  f1: number;
  precision: number;
  recall: number;
}

/**
 * The threshold that maximises F1 on held-out probabilities, deciding
 * "positive" when p >= threshold. Every distinct probability is a candidate;
 * among thresholds of equal F1 the higher wins (fewer, surer predictions).
 * Without any positive item F1 is 0 everywhere, and the threshold is 1.
 *
 * With `given`, the items are scored together with decisions already made
 * (`tp` right of `predicted` taken) against all `positives` there are, these
 * items' and others': the cut then raises the F1 of all decisions, and when
 * taking none of the items is best the threshold is {@link NONE_TAKEN}.
 *
 * @param probabilities - Held-out probabilities of one class.
 * @param positives - Whether each item belongs to the class.
 * @param given - Decisions already made and the positives of all decisions.
 * @returns The threshold and its F1, precision and recall (of all decisions, with `given`).
 * @throws InputError THRESHOLD_INVALID_INPUT for lengths that differ or a non-finite probability.
 * @example
 * bestThreshold([0.9, 0.8, 0.6, 0.3], [true, false, true, false])
 * // { threshold: 0.6, f1: 0.8, precision: 0.666…, recall: 1 }
 * bestThreshold([0.9, 0.6], [true, false], { tp: 3, predicted: 3, positives: 4 }).threshold // 0.9
 */
export function bestThreshold(probabilities: ArrayLike<number>, positives: ArrayLike<boolean | number>, given?: { tp: number; predicted: number; positives: number }): ThresholdFit {
  if (probabilities.length !== positives.length) throw new InputError('THRESHOLD_INVALID_INPUT', `bestThreshold: ${probabilities.length} probabilities but ${positives.length} labels; give one label per probability`);
  const n = probabilities.length;
  const order = Array.from({ length: n }, (_, i) => i);
  let totalPositives = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(probabilities[i])) throw new InputError('THRESHOLD_INVALID_INPUT', `bestThreshold: probability ${i} is ${probabilities[i]}; give finite numbers`);
    if (positives[i]) totalPositives++;
  }
  const all = given ? given.positives : totalPositives;
  const score = (tp: number, predicted: number): ThresholdFit => ({ threshold: NONE_TAKEN, f1: tp === 0 ? 0 : (2 * tp) / (predicted + all), precision: predicted === 0 ? 0 : tp / predicted, recall: all === 0 ? 0 : tp / all });
  const best: ThresholdFit = given ? score(given.tp, given.predicted) : { threshold: 1, f1: 0, precision: 0, recall: 0 };
  if (totalPositives === 0) return best;
  order.sort((x, y) => probabilities[y]! - probabilities[x]!);
  // Sweep from the highest probability down; a candidate is complete once every item tied with it is counted.
  let tp = given?.tp ?? 0;
  let predicted = given?.predicted ?? 0;
  // Without `given` some cut is always taken; with it, a cut must beat taking none.
  let bestF1 = given ? best.f1 : -1;
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    predicted++;
    if (positives[i]) tp++;
    const p = probabilities[i]!;
    if (r + 1 < n && probabilities[order[r + 1]!] === p) continue;
    const fit = score(tp, predicted);
    // Strictly greater: the first (highest) threshold keeps a tie.
    if (fit.f1 > bestF1) {
      bestF1 = fit.f1;
      Object.assign(best, fit, { threshold: p });
    }
  }
  return best;
}

function column(probabilities: ReadonlyArray<ArrayLike<number>>, sets: ReadonlyArray<ReadonlySet<string>>, cls: string, c: number, k: number): [Float64Array, Uint8Array] {
  const p = new Float64Array(probabilities.length);
  const y = new Uint8Array(probabilities.length);
  probabilities.forEach((row, i) => {
    if (row.length !== k) throw new InputError('THRESHOLD_INVALID_INPUT', `item ${i} has ${row.length} probabilities for ${k} classes`);
    p[i] = row[c]!;
    y[i] = sets[i]!.has(cls) ? 1 : 0;
  });
  return [p, y];
}

function labelSets(probabilities: ReadonlyArray<ArrayLike<number>>, labels: ReadonlyArray<ReadonlySet<string> | readonly string[]>): Array<ReadonlySet<string>> {
  if (probabilities.length !== labels.length) throw new InputError('THRESHOLD_INVALID_INPUT', `${probabilities.length} rows of probabilities but ${labels.length} label sets; give one per item`);
  return labels.map((l) => (l instanceof Set ? l : new Set(l as readonly string[])));
}

/**
 * The F1-optimal threshold of every class (see {@link bestThreshold}).
 *
 * @param probabilities - Per item, one held-out probability per class.
 * @param labels - Per item, the classes it belongs to.
 * @param classes - The classes, in the order of the probabilities.
 * @returns One fit per class.
 * @example
 * classThresholds([[0.9, 0.1], [0.2, 0.7]], [['a'], ['b']], ['a', 'b']).map((t) => t.threshold) // [0.9, 0.7]
 */
export function classThresholds(probabilities: ReadonlyArray<ArrayLike<number>>, labels: ReadonlyArray<ReadonlySet<string> | readonly string[]>, classes: readonly string[]): ThresholdFit[] {
  const sets = labelSets(probabilities, labels);
  return classes.map((cls, c) => bestThreshold(...column(probabilities, sets, cls, c, classes.length)));
}

/**
 * One threshold for all classes: the one that maximises micro-averaged F1
 * over every (item, class) decision. Steadier than per-class thresholds for
 * classes with few held-out positives.
 *
 * @example
 * globalThreshold([[0.9, 0.1], [0.2, 0.7]], [['a'], ['b']], ['a', 'b']).threshold // 0.7
 */
export function globalThreshold(probabilities: ReadonlyArray<ArrayLike<number>>, labels: ReadonlyArray<ReadonlySet<string> | readonly string[]>, classes: readonly string[]): ThresholdFit {
  const sets = labelSets(probabilities, labels);
  const k = classes.length;
  const p = new Float64Array(probabilities.length * k);
  const y = new Uint8Array(probabilities.length * k);
  classes.forEach((cls, c) => {
    const [pc, yc] = column(probabilities, sets, cls, c, k);
    for (let i = 0; i < pc.length; i++) {
      p[i * k + c] = pc[i]!;
      y[i * k + c] = yc[i]!;
    }
  });
  return bestThreshold(p, y);
}
