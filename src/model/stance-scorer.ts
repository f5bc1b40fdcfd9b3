import type { StanceSink } from './features.js';
import { linearRows, type LinearModel } from './linear.js';
import { nameOf, nameRoot, type NameNode } from '../utils/name-trie.js';

/**
 * The stance model's lemma features, indexed by lemma: most of a sentence's
 * features are a lemma ("w:", "nw:") or a bigram ("b:"), and spelling each
 * out to look it up among some 25,000 names cost more than all the rest of
 * the model decider (a fresh string to build and hash, a name to compare).
 * Here a lemma is looked up once, as a number, and a bigram is a pair of
 * numbers.
 */
interface LemmaIndex {
  ids: Map<string, number>;
  /** Per lemma id: the row offset of "w:lemma" and of "nw:lemma", or -1. */
  word: Int32Array;
  negated: Int32Array;
  /** Per pair of lemma ids: the row offset of "b:prev_lemma" (see PairTable). */
  pairs: PairTable;
  /** The other features by their parts (see StanceSink.parts), each node's value its row offset or -1. */
  named: NameNode<number>;
}

/**
 * The bigrams by their pair of lemma ids, open addressing in one typed array of (prev, lemma, row offset)
 * triples, with a bit per hash in a filter small enough to stay in the processor's cache: a Map of some
 * 6,000 pairs cost a cache miss or two per bigram of every sentence, and most bigrams of a sentence are
 * none of the model's, which the filter tells without touching the table.
 */
interface PairTable {
  slots: Int32Array;
  mask: number;
  filter: Uint32Array;
}

const FILTER_BITS = 1 << 17;

function filterBit(p: number, n: number): number {
  return (Math.imul(p, 0x27d4eb2d) + Math.imul(n, 0x165667b1)) >>> 15;
}

function pairSlot(mask: number, p: number, n: number): number {
  return (Math.imul(p, 0x9e3779b1) ^ Math.imul(n, 0x85ebca6b)) & mask;
}

function pairTable(pairs: ReadonlyArray<readonly [number, number, number]>): PairTable {
  let size = 8;
  while (size < pairs.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 3).fill(-1);
  const filter = new Uint32Array(FILTER_BITS / 32);
  for (const [p, n, at] of pairs) {
    const bit = filterBit(p, n);
    filter[bit >>> 5]! |= 1 << (bit & 31);
    let h = pairSlot(mask, p, n);
    // A pair set twice keeps its last offset, as Map.set did.
    while (slots[h * 3] !== -1 && !(slots[h * 3] === p && slots[h * 3 + 1] === n)) h = (h + 1) & mask;
    slots[h * 3] = p;
    slots[h * 3 + 1] = n;
    slots[h * 3 + 2] = at;
  }
  return { slots, mask, filter };
}

/** The row offset of the bigram of lemma ids p and n, or -1. */
function pairAt(table: PairTable, p: number, n: number): number {
  const { slots, mask, filter } = table;
  const bit = filterBit(p, n);
  if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
  for (let h = pairSlot(mask, p, n); ; h = (h + 1) & mask) {
    const q = slots[h * 3]!;
    if (q === -1) return -1;
    if (q === p && slots[h * 3 + 1] === n) return slots[h * 3 + 2]!;
  }
}

const indexes = new WeakMap<LinearModel, LemmaIndex>();

function indexOf(model: LinearModel): LemmaIndex {
  const cached = indexes.get(model);
  if (cached) return cached;
  const { offsets } = linearRows(model);
  const ids = new Map<string, number>();
  const id = (lemma: string) => {
    let n = ids.get(lemma);
    if (n === undefined) ids.set(lemma, (n = ids.size));
    return n;
  };
  const words: Array<[number, number]> = [];
  const negated: Array<[number, number]> = [];
  const pairs: Array<[number, number, number]> = [];
  for (const [name, at] of offsets) {
    if (name.startsWith('w:')) words.push([id(name.slice(2)), at]);
    else if (name.startsWith('nw:')) negated.push([id(name.slice(3)), at]);
    else if (name.startsWith('b:')) {
      // Every '_' may be the one between the two lemmas: each split is a pair whose bigram spells this name, and no other.
      const both = name.slice(2);
      for (let k = both.indexOf('_'); k >= 0; k = both.indexOf('_', k + 1)) pairs.push([id(both.slice(0, k)), id(both.slice(k + 1)), at]);
    }
  }
  const width = ids.size;
  const named = nameRoot(-1);
  const index: LemmaIndex = { ids, word: new Int32Array(width).fill(-1), negated: new Int32Array(width).fill(-1), pairs: pairTable(pairs), named };
  for (const [n, at] of words) index.word[n] = at;
  for (const [n, at] of negated) index.negated[n] = at;
  indexes.set(model, index);
  return index;
}

/**
 * `scoreLinear(model, stanceFeatures(…))` with the features that `emit`
 * gives the sink: the same rows added in the same order, so the logits are
 * the same to the bit.
 *
 * @param model - The stance model.
 * @param emit - `emitStanceFeatures` of a sentence, given the sink.
 * @param out - Where to write the logits (one per class), if not in a new array.
 * @returns One logit per class, in `model.classes` order.
 */
export function scoreStance(model: LinearModel, emit: (sink: StanceSink) => void, out?: Float64Array): Float64Array {
  const { offsets, rows, bias } = linearRows(model);
  const { ids, word, negated, pairs, named } = indexOf(model);
  const rowOf = (name: string) => offsets.get(name) ?? -1;
  // The rows of the features found, in their order; added up at the end, class by class.
  const found: number[] = [];
  const add = (at: number | undefined) => {
    if (at !== undefined && at >= 0) found.push(at);
  };
  // A bigram comes right after its lemma's own feature, and its first lemma is the one before: their ids are at hand.
  let current = '';
  let currentId: number | undefined;
  let before = '';
  let beforeId: number | undefined;
  emit({
    word: (prefix, lemma) => {
      before = current;
      beforeId = currentId;
      current = lemma;
      currentId = ids.get(lemma);
      if (currentId !== undefined) add(prefix === 'w:' ? word[currentId] : negated[currentId]);
    },
    bigram: (prev, lemma) => {
      const p = prev === before ? beforeId : ids.get(prev);
      const n = lemma === current ? currentId : ids.get(lemma);
      if (p !== undefined && n !== undefined) add(pairAt(pairs, p, n));
    },
    name: (feature) => add(offsets.get(feature)),
    parts: (a, b, c, d, e) => {
      add(nameOf(named, rowOf, a, b, c, d, e).value);
    },
  });
  // Each class's logit is its bias plus its weight in every row, in the order the rows came: the sum scoreLinear makes,
  // to the bit (a class's sum never mixes with another's), with the running sum in a local instead of the array.
  const k = bias.length;
  const logits = out ?? new Float64Array(k);
  for (let c = 0; c < k; c++) {
    let z = bias[c]!;
    for (let f = 0; f < found.length; f++) z += rows[found[f]! + c]!;
    logits[c] = z;
  }
  return logits;
}

/**
 * How much the stance model weighs a lemma for class `c`: the larger of its "w:" and "nw:" weights, 0 for one it
 * lacks (a weight of -0 reads as 0). Found by the lemma's id, where spelling both names out for every token of a
 * sentence, and looking each up among the model's names, cost more than the rest of finding a stance's place.
 *
 * @param model - The stance model.
 * @param c - A class index.
 * @returns The weight of a lemma.
 */
export function lemmaWeight(model: LinearModel, c: number): (lemma: string) => number {
  const { rows } = linearRows(model);
  const { ids, word, negated } = indexOf(model);
  return (lemma) => {
    const n = ids.get(lemma);
    if (n === undefined) return 0;
    const w = word[n]!;
    const nw = negated[n]!;
    return Math.max(w >= 0 ? rows[w + c]! : 0, nw >= 0 ? rows[nw + c]! : 0);
  };
}
