import { describe, expect, it } from 'vitest';
import { logistic } from '../../src/model/learn/logistic.js';
import { dropFeaturesOfFewGroups, dropRareFeatures, featureCounts, fitToBudget, pruneWeights, serializedSize } from '../../src/model/learn/prune.js';
import { scoreLinear, type LinearModel } from '../../src/model/linear.js';
import { accuracy, toy } from './toy.js';

describe('rare features', () => {
  it('counts the examples a feature occurs in, not its occurrences', () => {
    expect(featureCounts([{ features: ['a', 'a', 'b'] }, { features: ['a'] }])).toEqual(new Map([['a', 2], ['b', 1]]));
  });

  it('drops features seen in fewer than minCount examples, keeping the rest of each example', () => {
    const examples = [
      { features: ['a', 'b', 'a'], labels: ['x'], weight: 2 },
      { features: ['a', 'c'], labels: [] },
    ];
    expect(dropRareFeatures(examples, 2)).toEqual([
      { features: ['a', 'a'], labels: ['x'], weight: 2 },
      { features: ['a'], labels: [] },
    ]);
    expect(dropRareFeatures(examples, 1)).toEqual(examples);
    expect(() => dropRareFeatures(examples, 0)).toThrow(expect.objectContaining({ code: 'PRUNE_INVALID_INPUT' }));
  });
});

describe('features of one passage only', () => {
  it('drops features seen in fewer than minGroups passages, however often one passage has them', () => {
    const data = {
      examples: [
        { features: ['a', 'b', 'b'], labels: ['x'] },
        { features: ['b', 'c'], labels: [] },
        { features: ['a'], labels: [] },
      ],
      groups: ['p1', 'p1', 'p2'],
      sets: [0, 1, 2],
    };
    expect(dropFeaturesOfFewGroups(data, 2)).toEqual({
      examples: [
        { features: ['a'], labels: ['x'] },
        { features: [], labels: [] },
        { features: ['a'], labels: [] },
      ],
      groups: ['p1', 'p1', 'p2'],
      sets: [0, 1, 2],
    });
    expect(dropFeaturesOfFewGroups(data, 1)).toEqual(data);
    expect(() => dropFeaturesOfFewGroups(data, 0)).toThrow(expect.objectContaining({ code: 'PRUNE_INVALID_INPUT' }));
  });
});

describe('pruneWeights', () => {
  const model: LinearModel = { kind: 'linear', classes: ['x', 'y'], bias: [0.123456, -1], weights: { a: [0.00001, -0.00002], b: [1.98765, 0.0004], c: [-0, 0.5] }, calibration: [{ a: 1, b: 0 }, { a: 2, b: 1 }] };

  it('zeroes weights below epsilon, drops features left with zeros, rounds, keeps calibration', () => {
    expect(pruneWeights(model, { epsilon: 0.001, decimals: 2 })).toEqual({
      kind: 'linear',
      classes: ['x', 'y'],
      bias: [0.12, -1],
      weights: { b: [1.99, 0], c: [0, 0.5] },
      calibration: [{ a: 1, b: 0 }, { a: 2, b: 1 }],
    });
  });

  it('leaves the input model as it was', () => {
    const before = JSON.stringify(model);
    pruneWeights(model, { epsilon: 1 });
    expect(JSON.stringify(model)).toBe(before);
  });

  it('rejects a bad epsilon or decimals', () => {
    expect(() => pruneWeights(model, { epsilon: -1 })).toThrow(/epsilon must be a finite number >= 0/);
    expect(() => pruneWeights(model, { decimals: 1.5 })).toThrow(/decimals must be an integer from 0 to 15/);
  });
});

describe('size', () => {
  it('serializedSize is the UTF-8 length of the JSON', () => {
    const model: LinearModel = { kind: 'linear', classes: ['x'], bias: [0], weights: {} };
    expect(serializedSize(model)).toBe(57);
    const accented: LinearModel = { kind: 'linear', classes: ['é'], bias: [0], weights: { ü: [1] } };
    expect(serializedSize(accented)).toBe(Buffer.byteLength(JSON.stringify(accented)));
  });

  it('fitToBudget meets the budget and keeps what matters: the large weights', () => {
    const { classes, train, test } = toy({ n: 1500, flip: 0.1, seed: 6 });
    const rare = train.map((e, i) => ({ ...e, features: [...e.features, `rare${i}`] }));
    const model = logistic(rare, { classes });
    const full = serializedSize(model);
    const budget = Math.floor(full / 4);
    const { model: small, epsilon } = fitToBudget(model, budget);
    expect(serializedSize(small)).toBeLessThanOrEqual(budget);
    expect(epsilon).toBeGreaterThan(0);
    for (const row of Object.values(small.weights)) expect(row.some((w) => Math.abs(w) >= epsilon)).toBe(true);
    expect(accuracy(small, test)).toBeGreaterThanOrEqual(accuracy(model, test) - 0.01);
    // The smallest epsilon that fits: one step less would not.
    const looser = pruneWeights(pruneWeights(model, { decimals: 4 }), { epsilon: epsilon * 0.999 });
    expect(serializedSize(looser)).toBeGreaterThan(budget);
  });

  it('fitToBudget returns the model only rounded when it already fits', () => {
    const { classes, train } = toy({ n: 100 });
    const model = logistic(train, { classes });
    const { model: same, epsilon } = fitToBudget(model, 10_000_000);
    expect(epsilon).toBe(0);
    expect(Object.keys(same.weights)).toEqual(Object.keys(pruneWeights(model, { decimals: 4 }).weights));
    for (const e of train) scoreLinear(same, e.features).forEach((z, c) => expect(z).toBeCloseTo(scoreLinear(model, e.features)[c]!, 2));
  });

  it('fitToBudget says so when even the bias alone is over budget', () => {
    const model: LinearModel = { kind: 'linear', classes: ['x'], bias: [0], weights: { a: [1] } };
    expect(() => fitToBudget(model, 10)).toThrow(expect.objectContaining({ code: 'PRUNE_OVER_BUDGET' }));
  });
});
