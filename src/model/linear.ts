import { InputError } from '../errors/input-error.js';

/**
 * A linear model over sparse string features, as plain JSON: one logit per
 * class, each class an independent binary decision (multi-label).
 *
 * `weights[feature][c]` is the feature's weight for `classes[c]`; a feature the
 * model does not list weighs nothing. `calibration[c]` (Platt scaling) maps
 * class c's logit z to the probability `sigmoid(a·z + b)`; without it the
 * probability is `sigmoid(z)`.
 */
export interface LinearModel {
  kind: 'linear';
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
  calibration?: Array<{ a: number; b: number }>;
}

// The JSON model as flat arrays, built once per model object: one Map lookup
// per feature, then a contiguous row of class weights.
interface Prepared {
  offsets: Map<string, number>;
  rows: Float64Array;
  bias: Float64Array;
  a: Float64Array;
  b: Float64Array;
}
const prepared = new WeakMap<LinearModel, Prepared>();

function invalid(message: string): never {
  throw new InputError('MODEL_INVALID', `the linear model is malformed: ${message}`);
}

function isNumberRow(row: unknown, length: number): row is number[] {
  if (!Array.isArray(row) || row.length !== length) return false;
  for (const x of row) if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  return true;
}

function prepare(model: LinearModel): Prepared {
  const cached = prepared.get(model);
  if (cached) return cached;
  if (model === null || typeof model !== 'object' || model.kind !== 'linear') invalid('expected an object with kind "linear"');
  if (!Array.isArray(model.classes) || model.classes.length === 0 || !model.classes.every((c) => typeof c === 'string')) invalid('classes must be a non-empty array of strings');
  const k = model.classes.length;
  if (!isNumberRow(model.bias, k)) invalid(`bias must hold ${k} finite numbers, one per class`);
  if (model.weights === null || typeof model.weights !== 'object') invalid('weights must be an object of feature → one weight per class');
  const entries = Object.entries(model.weights);
  const rows = new Float64Array(entries.length * k);
  const offsets = new Map<string, number>();
  entries.forEach(([feature, row], i) => {
    if (!isNumberRow(row, k)) invalid(`weights[${JSON.stringify(feature)}] must hold ${k} finite numbers, one per class`);
    // + 0 turns −0 into 0, as a JSON round trip would, so that a parsed copy scores identically.
    for (let c = 0; c < k; c++) rows[i * k + c] = row[c]! + 0;
    offsets.set(feature, i * k);
  });
  const a = new Float64Array(k).fill(1);
  const b = new Float64Array(k);
  if (model.calibration !== undefined) {
    if (!Array.isArray(model.calibration) || model.calibration.length !== k) invalid(`calibration must hold ${k} entries { a, b }, one per class`);
    model.calibration.forEach((entry, c) => {
      if (entry === null || typeof entry !== 'object' || !Number.isFinite(entry.a) || !Number.isFinite(entry.b)) invalid(`calibration[${c}] must be { a, b } with finite numbers`);
      a[c] = entry.a + 0;
      b[c] = entry.b + 0;
    });
  }
  const p: Prepared = { offsets, rows, bias: Float64Array.from(model.bias, (x) => x + 0), a, b };
  prepared.set(model, p);
  return p;
}

/**
 * The model's weights as `scoreLinear` reads them, for a scorer that finds a
 * feature's row its own way and adds rows in the order `scoreLinear` would:
 * `offsets` gives a feature's first weight in `rows` (one per class after it); `a` and `b` are the classes'
 * calibration (1 and 0 without one).
 */
export function linearRows(model: LinearModel): { readonly offsets: ReadonlyMap<string, number>; readonly rows: Float64Array; readonly bias: Float64Array; readonly a: Float64Array; readonly b: Float64Array } {
  return prepare(model);
}

/**
 * The logit of every class for a set of features. A string feature counts 1
 * each time it occurs; a map gives each feature its value. Unknown features
 * weigh nothing. The model is checked and indexed on first use (then cached
 * per model object), so mutate a model only before scoring with it.
 *
 * @param model - A linear model.
 * @param features - Feature names, or feature → value.
 * @returns One logit per class, in `model.classes` order.
 * @throws InputError MODEL_INVALID for a malformed model; SCORE_INVALID_FEATURE_VALUE for a non-finite map value.
 * @example
 * const model: LinearModel = { kind: 'linear', classes: ['a', 'b'], bias: [0, -1], weights: { x: [2, 0.5] } }
 * scoreLinear(model, ['x', 'x', 'y']) // Float64Array [4, 0]
 * scoreLinear(model, new Map([['x', 0.5]])) // Float64Array [1, -0.75]
 */
export function scoreLinear(model: LinearModel, features: Iterable<string> | ReadonlyMap<string, number>): Float64Array {
  const { offsets, rows, bias } = prepare(model);
  const k = bias.length;
  const logits = bias.slice();
  if (features instanceof Map) {
    for (const [feature, value] of features as ReadonlyMap<string, number>) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new InputError('SCORE_INVALID_FEATURE_VALUE', `feature ${JSON.stringify(feature)} has value ${String(value)}; feature values must be finite numbers`);
      }
      const at = offsets.get(feature);
      if (at === undefined) continue;
      for (let c = 0; c < k; c++) logits[c]! += value * rows[at + c]!;
    }
    return logits;
  }
  // An array (what the feature functions give) is walked by index, without an iterator.
  const list = Array.isArray(features) ? (features as readonly string[]) : [...(features as Iterable<string>)];
  for (let f = 0; f < list.length; f++) {
    const at = offsets.get(list[f]!);
    if (at === undefined) continue;
    for (let c = 0; c < k; c++) logits[c]! += rows[at + c]!;
  }
  return logits;
}

/**
 * `probabilities(model, scoreLinear(model, features))[0]`, the probability of the model's first class (the one
 * class of the holder, owner and claim models), without the two arrays: the same additions in the same order,
 * so the same number to the bit. A labeler asks it for every holder option, owner candidate and claim.
 *
 * @param model - A linear model.
 * @param features - Feature names (each counts 1 each time it occurs).
 * @returns The calibrated probability of `model.classes[0]`.
 */
export function probabilityOf(model: LinearModel, features: readonly string[]): number {
  const { offsets, rows, bias, a, b } = prepare(model);
  let z = bias[0]!;
  for (let f = 0; f < features.length; f++) {
    const at = offsets.get(features[f]!);
    if (at !== undefined) z += rows[at]!;
  }
  return sigmoid(a[0]! * z + b[0]!);
}

/** The logistic function, without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * The probability of every class from its logit: `sigmoid(a·z + b)` with the
 * model's Platt calibration, else `sigmoid(z)`. Classes are independent binary
 * decisions, so the probabilities need not sum to 1.
 *
 * @param model - The model that gave the logits.
 * @param logits - `scoreLinear(model, …)`.
 * @returns One probability per class, in `model.classes` order.
 * @example
 * const model: LinearModel = { kind: 'linear', classes: ['a', 'b'], bias: [0, 0], weights: {}, calibration: [{ a: 1, b: 0 }, { a: 2, b: -1 }] }
 * probabilities(model, Float64Array.of(0, 0.5)) // Float64Array [0.5, 0.5]
 */
export function probabilities(model: LinearModel, logits: ArrayLike<number>): Float64Array {
  return probabilitiesInto(model, logits, new Float64Array(prepare(model).a.length));
}

/**
 * `probabilities`, written into `out` (which may be `logits` itself) and returned: a caller scoring sentence
 * after sentence keeps one buffer, where a typed array made per sentence cost more than its dozen sigmoids.
 */
export function probabilitiesInto(model: LinearModel, logits: ArrayLike<number>, out: Float64Array): Float64Array {
  const { a, b } = prepare(model);
  if (logits.length !== a.length) throw new InputError('SCORE_INVALID_LOGITS', `expected ${a.length} logits (one per class of the model), got ${logits.length}`);
  for (let c = 0; c < a.length; c++) out[c] = sigmoid(a[c]! * logits[c]! + b[c]!);
  return out;
}
