import type { LinearModel } from '../linear.js';
import type { Example } from './types.js';

/**
 * Examples as compressed sparse rows: example i's features are
 * `cols[rowStart[i] .. rowStart[i+1])` with `values` (occurrence counts), its
 * labels `labels[i*k + c]` (1 or 0), its weight `weights[i]`.
 */
export interface Encoded {
  n: number;
  k: number;
  /** Feature index → name, in order of first occurrence. */
  features: string[];
  rowStart: Int32Array;
  cols: Int32Array;
  values: Float64Array;
  labels: Uint8Array;
  weights: Float64Array;
}

/** Encodes checked examples; repeated features of an example are merged into one count. */
export function encode(examples: readonly Example[], classes: readonly string[]): Encoded {
  const n = examples.length;
  const k = classes.length;
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const index = new Map<string, number>();
  const features: string[] = [];
  let nnz = 0;
  for (const e of examples) nnz += e.features.length;
  const rowStart = new Int32Array(n + 1);
  let cols = new Int32Array(nnz);
  let values = new Float64Array(nnz);
  const labels = new Uint8Array(n * k);
  const weights = new Float64Array(n);
  // mark[f] === row + 1 when feature f already sits in the row, at slot[f].
  const mark: number[] = [];
  const slot: number[] = [];
  let at = 0;
  examples.forEach((e, i) => {
    rowStart[i] = at;
    for (const name of e.features) {
      let f = index.get(name);
      if (f === undefined) {
        f = features.length;
        index.set(name, f);
        features.push(name);
        mark.push(0);
        slot.push(0);
      }
      if (mark[f] === i + 1) values[slot[f]!]! += 1;
      else {
        mark[f] = i + 1;
        slot[f] = at;
        cols[at] = f;
        values[at] = 1;
        at++;
      }
    }
    for (const label of e.labels) labels[i * k + classIndex.get(label)!] = 1;
    weights[i] = e.weight ?? 1;
  });
  rowStart[n] = at;
  if (at < nnz) {
    cols = cols.slice(0, at);
    values = values.slice(0, at);
  }
  return { n, k, features, rowStart, cols, values, labels, weights };
}

/**
 * The weight of each example for class c: its own weight, times, when
 * `balanced`, n / (2·positives) for a positive and n / (2·negatives) for a
 * negative (weighted counts), so that both sides weigh half the total.
 */
export function classWeights(data: Encoded, c: number, balanced: boolean): Float64Array {
  const out = Float64Array.from(data.weights);
  if (!balanced) return out;
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < data.n; i++) {
    if (data.labels[i * data.k + c]) pos += out[i]!;
    else neg += out[i]!;
  }
  const total = pos + neg;
  if (pos === 0 || neg === 0) return out;
  const wp = total / (2 * pos);
  const wn = total / (2 * neg);
  for (let i = 0; i < data.n; i++) out[i]! *= data.labels[i * data.k + c] ? wp : wn;
  return out;
}

/**
 * The model from learned parameters: `w[f*k + c]` for feature f and class c.
 * Features whose weights are all zero are left out; keys are sorted so that the
 * JSON is stable.
 */
export function toModel(classes: readonly string[], features: readonly string[], bias: ArrayLike<number>, w: Float64Array): LinearModel {
  const k = classes.length;
  const order = features.map((_, f) => f).sort((x, y) => (features[x]! < features[y]! ? -1 : features[x]! > features[y]! ? 1 : 0));
  const entries: Array<[string, number[]]> = [];
  for (const f of order) {
    let any = false;
    for (let c = 0; c < k; c++) if (w[f * k + c] !== 0) any = true;
    if (!any) continue;
    const row = new Array<number>(k);
    for (let c = 0; c < k; c++) row[c] = w[f * k + c]! + 0; // + 0 turns -0 into 0, as JSON would
    entries.push([features[f]!, row]);
  }
  // Object.fromEntries defines own properties, so a feature named "__proto__" stays a feature.
  return { kind: 'linear', classes: [...classes], bias: Array.from(bias, (b) => b + 0), weights: Object.fromEntries(entries) };
}
