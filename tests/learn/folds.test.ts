import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedFolds } from '../../src/model/learn/folds.js';
import { outOfFold } from '../../src/model/learn/crossval.js';
import { logistic } from '../../src/model/learn/logistic.js';
import { scoreLinear } from '../../src/model/linear.js';
import { toy } from './toy.js';

const groupsArbitrary = fc.array(fc.integer({ min: 0, max: 30 }).map((g) => `article${g}`), { minLength: 1, maxLength: 200 });

describe('groupedFolds', () => {
  it('assigns the largest group first, each to the emptiest fold', () => {
    expect(Array.from(groupedFolds(['a', 'a', 'b', 'c', 'c', 'c'], 2))).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it('never splits a group, fills every fold, and balances folds within the largest group', () => {
    fc.assert(
      fc.property(groupsArbitrary, fc.integer({ min: 2, max: 6 }), fc.integer(), (groups, k, seed) => {
        const distinct = new Set(groups).size;
        fc.pre(distinct >= k);
        const folds = groupedFolds(groups, k, seed);
        const foldOf = new Map<string, number>();
        groups.forEach((g, i) => {
          expect(folds[i]).toBeGreaterThanOrEqual(0);
          expect(folds[i]).toBeLessThan(k);
          if (foldOf.has(g)) expect(folds[i]).toBe(foldOf.get(g));
          foldOf.set(g, folds[i]!);
        });
        const sizes = Array.from({ length: k }, (_, f) => folds.filter((x) => x === f).length);
        const largest = Math.max(...[...new Set(groups)].map((g) => groups.filter((x) => x === g).length));
        expect(Math.min(...sizes)).toBeGreaterThan(0);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(largest);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic by seed, and another seed can give other folds', () => {
    const groups = Array.from({ length: 40 }, (_, i) => `g${i % 20}`);
    expect(groupedFolds(groups, 4, 9)).toEqual(groupedFolds(groups, 4, 9));
    const seen = new Set([1, 2, 3, 4, 5].map((seed) => groupedFolds(groups, 4, seed).join()));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('balances equal groups exactly', () => {
    const groups = Array.from({ length: 100 }, (_, i) => `g${i % 25}`);
    const folds = groupedFolds(groups, 5);
    for (let f = 0; f < 5; f++) expect(folds.filter((x) => x === f).length).toBe(20);
  });

  it.each<[string, ReadonlyArray<string | number>, number, RegExp]>([
    ['k below 2', ['a', 'b'], 1, /k must be an integer >= 2/],
    ['k not an integer', ['a', 'b'], 2.5, /k must be an integer >= 2/],
    ['fewer groups than folds', ['a', 'a', 'b'], 3, /2 groups cannot fill 3 folds; use k <= 2/],
    ['a key that is not a string or number', ['a', null as never, 'b'], 2, /the group of item 1 is null/],
  ])('rejects %s', (_, groups, k, message) => {
    expect(() => groupedFolds(groups, k)).toThrow(expect.objectContaining({ code: 'FOLDS_INVALID_INPUT', message: expect.stringMatching(message) }));
  });
});

describe('outOfFold', () => {
  it('scores each example with the model trained without its fold', () => {
    const { classes, train } = toy({ n: 120 });
    const folds = groupedFolds(train.map((_, i) => i % 4), 2);
    const logits = outOfFold(train, folds, logistic, { classes });
    const fold0 = logistic(train.filter((_, i) => folds[i] !== 0), { classes });
    train.forEach((e, i) => {
      if (folds[i] === 0) expect(logits[i]).toEqual(scoreLinear(fold0, e.features));
    });
  });

  it('rejects folds of another length and a single fold', () => {
    const { classes, train } = toy({ n: 10 });
    expect(() => outOfFold(train, [0, 1], logistic, { classes })).toThrow(expect.objectContaining({ code: 'CROSSVAL_INVALID_INPUT' }));
    expect(() => outOfFold(train, new Array(10).fill(0), logistic, { classes })).toThrow(/at least two folds/);
  });
});
