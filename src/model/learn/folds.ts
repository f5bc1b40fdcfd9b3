import { InputError } from '../../errors/input-error.js';
import { seededRandom, shuffleInPlace } from './random.js';

/**
 * Assigns items to k folds so that the items of a group (an article) are
 * never in two folds. Groups go largest first, each to the fold with the
 * fewest items so far (the lowest-numbered on a tie), so fold sizes differ by
 * at most the largest group; groups of equal size are taken in a seeded
 * order, so another seed gives other folds and the same seed the same.
 *
 * @param groups - The group key of every item (e.g. its article id).
 * @param k - Number of folds, >= 2 and at most the number of distinct groups.
 * @param seed - Orders groups of equal size (default 1).
 * @returns The fold (0 … k−1) of every item.
 * @throws InputError FOLDS_INVALID_INPUT for a bad k, too few groups, or a key that is not a string or number.
 * @example
 * groupedFolds(['a', 'a', 'b', 'c', 'c', 'c'], 2) // Int32Array [1, 1, 1, 0, 0, 0]: c alone, a and b together
 */
export function groupedFolds(groups: ReadonlyArray<string | number>, k: number, seed = 1): Int32Array {
  if (!Number.isSafeInteger(k) || k < 2) throw new InputError('FOLDS_INVALID_INPUT', `groupedFolds: k must be an integer >= 2, got ${k}`);
  if (!Number.isSafeInteger(seed)) throw new InputError('FOLDS_INVALID_INPUT', `groupedFolds: seed must be an integer, got ${seed}`);
  const members = new Map<string | number, number[]>();
  groups.forEach((key, i) => {
    if (typeof key !== 'string' && !(typeof key === 'number' && Number.isFinite(key))) throw new InputError('FOLDS_INVALID_INPUT', `groupedFolds: the group of item ${i} is ${String(key)}; give a string or a finite number`);
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  });
  if (members.size < k) throw new InputError('FOLDS_INVALID_INPUT', `groupedFolds: ${members.size} group${members.size === 1 ? '' : 's'} cannot fill ${k} folds; use k <= ${members.size}`);
  const lists = shuffleInPlace([...members.values()], seededRandom(seed));
  lists.sort((x, y) => y.length - x.length); // stable: the seeded order breaks ties
  const sizes = new Array<number>(k).fill(0);
  const fold = new Int32Array(groups.length);
  for (const list of lists) {
    let target = 0;
    for (let f = 1; f < k; f++) if (sizes[f]! < sizes[target]!) target = f;
    sizes[target]! += list.length;
    for (const i of list) fold[i] = target;
  }
  return fold;
}
