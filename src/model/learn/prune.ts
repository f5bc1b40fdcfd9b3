import { InputError } from '../../errors/input-error.js';
import type { LinearModel } from '../linear.js';
import type { Example } from './types.js';

/** The size budget of a model shipped in the package: at most 3 MB of JSON. */
export const DEFAULT_MODEL_BUDGET = 3_000_000;

/**
 * The number of examples each feature occurs in.
 *
 * @example
 * featureCounts([{ features: ['a', 'a', 'b'], labels: [] }, { features: ['a'], labels: [] }]) // Map { 'a' => 2, 'b' => 1 }
 */
export function featureCounts(examples: readonly Pick<Example, 'features'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/**
 * The examples without the features that occur in fewer than `minCount` of
 * them: rare features are mostly noise, and they make up most of a sparse
 * model's size. Apply before training (to the training examples only, in
 * cross-validation).
 *
 * @example
 * dropRareFeatures([{ features: ['a', 'b'], labels: ['x'] }, { features: ['a'], labels: [] }], 2)
 * // [{ features: ['a'], labels: ['x'] }, { features: ['a'], labels: [] }]
 */
export function dropRareFeatures<E extends Pick<Example, 'features'>>(examples: readonly E[], minCount: number): E[] {
  if (!Number.isSafeInteger(minCount) || minCount < 1) throw new InputError('PRUNE_INVALID_INPUT', `dropRareFeatures: minCount must be an integer >= 1, got ${minCount}`);
  const counts = featureCounts(examples);
  return examples.map((e) => ({ ...e, features: e.features.filter((f) => counts.get(f)! >= minCount) }));
}

/**
 * The examples without the features seen in fewer than `minGroups` groups
 * (passages): a feature of one article only is that article's wording, not
 * how news English states a position, and it cannot carry to text the model
 * has not seen. Apply to the training examples only (in cross-validation, to
 * each fold's).
 *
 * @example
 * dropFeaturesOfFewGroups({ examples: [{ features: ['a', 'b'], labels: [] }, { features: ['a'], labels: [] }], groups: ['p1', 'p2'] }, 2).examples
 * // [{ features: ['a'], labels: [] }, { features: ['a'], labels: [] }]
 */
export function dropFeaturesOfFewGroups<D extends { examples: readonly Pick<Example, 'features'>[]; groups: readonly string[] }>(data: D, minGroups: number): D {
  if (!Number.isSafeInteger(minGroups) || minGroups < 1) throw new InputError('PRUNE_INVALID_INPUT', `dropFeaturesOfFewGroups: minGroups must be an integer >= 1, got ${minGroups}`);
  const seenIn = new Map<string, Set<string>>();
  data.examples.forEach((e, i) => {
    for (const f of e.features) {
      let groups = seenIn.get(f);
      if (!groups) seenIn.set(f, (groups = new Set()));
      groups.add(data.groups[i]!);
    }
  });
  return { ...data, examples: data.examples.map((e) => ({ ...e, features: e.features.filter((f) => seenIn.get(f)!.size >= minGroups) })) };
}

/** Options of {@link pruneWeights}. */
export interface PruneOptions {
  /** Weights with |w| below this become 0; features left with only zeros are dropped (default 0). */
  epsilon?: number;
  /** Round every weight and bias to this many decimals (default: no rounding). */
  decimals?: number;
}

const rounder = (decimals: number | undefined) => {
  if (decimals === undefined) return (x: number) => x;
  const scale = 10 ** decimals;
  return (x: number) => Math.round(x * scale) / scale + 0;
};

/**
 * A smaller copy of a model: tiny weights zeroed, all-zero features dropped,
 * numbers rounded. The calibration is kept as it is.
 *
 * @example
 * pruneWeights({ kind: 'linear', classes: ['x'], bias: [0.123456], weights: { a: [0.00001], b: [1.98765] } }, { epsilon: 0.001, decimals: 2 })
 * // { kind: 'linear', classes: ['x'], bias: [0.12], weights: { b: [1.99] } }
 */
export function pruneWeights(model: LinearModel, options: PruneOptions = {}): LinearModel {
  const { epsilon = 0, decimals } = options;
  if (!(Number.isFinite(epsilon) && epsilon >= 0)) throw new InputError('PRUNE_INVALID_INPUT', `pruneWeights: epsilon must be a finite number >= 0, got ${epsilon}`);
  if (decimals !== undefined && !(Number.isSafeInteger(decimals) && decimals >= 0 && decimals <= 15)) throw new InputError('PRUNE_INVALID_INPUT', `pruneWeights: decimals must be an integer from 0 to 15, got ${decimals}`);
  const round = rounder(decimals);
  const entries: Array<[string, number[]]> = [];
  for (const [feature, row] of Object.entries(model.weights)) {
    const kept = row.map((w) => (Math.abs(w) < epsilon ? 0 : round(w)));
    if (kept.some((w) => w !== 0)) entries.push([feature, kept]);
  }
  const out: LinearModel = { kind: 'linear', classes: [...model.classes], bias: model.bias.map(round), weights: Object.fromEntries(entries) };
  if (model.calibration) out.calibration = model.calibration.map(({ a, b }) => ({ a, b }));
  return out;
}

/**
 * The size of a model as JSON, in bytes (UTF-8).
 *
 * @example
 * serializedSize({ kind: 'linear', classes: ['x'], bias: [0], weights: {} }) // 57
 */
export function serializedSize(model: LinearModel): number {
  return new TextEncoder().encode(JSON.stringify(model)).length;
}

/**
 * The model pruned just enough to fit a size budget: the smallest epsilon
 * (one of the model's own |w| values, found by bisection) whose pruned model
 * is at most `maxBytes` of JSON, after rounding to `decimals` (default 4).
 *
 * @param model - A trained model.
 * @param maxBytes - The budget (default 3 MB).
 * @returns The pruned model and the epsilon used.
 * @throws InputError PRUNE_OVER_BUDGET when even a model without feature weights exceeds the budget.
 * @example
 * const { model: small, epsilon } = fitToBudget(model, 3_000_000)
 * serializedSize(small) <= 3_000_000 // true
 */
export function fitToBudget(model: LinearModel, maxBytes = DEFAULT_MODEL_BUDGET, decimals = 4): { model: LinearModel; epsilon: number } {
  const rounded = pruneWeights(model, { decimals });
  if (serializedSize(rounded) <= maxBytes) return { model: rounded, epsilon: 0 };
  const candidates = [...new Set(Object.values(rounded.weights).flatMap((row) => row.map(Math.abs)))].sort((a, b) => a - b);
  candidates.push(Number.MAX_VALUE); // drops every feature weight
  // Size falls as epsilon grows: bisect for the first candidate that fits.
  let lo = 0;
  let hi = candidates.length - 1;
  let best: LinearModel | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const pruned = pruneWeights(rounded, { epsilon: candidates[mid]! });
    if (serializedSize(pruned) <= maxBytes) {
      best = pruned;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (!best) throw new InputError('PRUNE_OVER_BUDGET', `fitToBudget: the model exceeds ${maxBytes} bytes even without feature weights; raise the budget`);
  const at = lo;
  return { model: best, epsilon: candidates[at]! };
}
