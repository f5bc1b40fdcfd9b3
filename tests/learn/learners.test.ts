import { describe, expect, it } from 'vitest';
import { bayes } from '../../src/model/learn/bayes.js';
import { LearnInputError } from '../../src/model/learn/check.js';
import { logistic } from '../../src/model/learn/logistic.js';
import { perceptron } from '../../src/model/learn/perceptron.js';
import type { Learner } from '../../src/model/learn/types.js';
import { scoreLinear } from '../../src/model/linear.js';
import { accuracy, toy } from './toy.js';

// Every learner against the same problems. The noisy problem flips 10% of the
// labels: no model can score above ~0.9 against its test labels, and a model
// that learned the rule scores near 1 against the noise-free ones.
//
// Naive Bayes as natural computes it adds evidence only for the features an
// example has, never for those it lacks, so "no cue of this class" weighs
// nothing and noise features can tip a negative over: it need not separate a
// separable problem, and its floors are lower. (That its weights are
// natural's own is tested in bayes.test.ts.)
const learners: Array<[string, Learner, { separable: number; clean: number }]> = [
  ['logistic', logistic, { separable: 1, clean: 0.97 }],
  ['perceptron', perceptron, { separable: 1, clean: 0.97 }],
  ['bayes', bayes, { separable: 0.93, clean: 0.95 }],
];

describe.each(learners)('%s', (name, learn, floor) => {
  it('learns a linearly separable problem', () => {
    const { classes, train, test } = toy();
    const model = learn(train, { classes });
    expect(model.kind).toBe('linear');
    expect(model.classes).toEqual(classes);
    expect(accuracy(model, train)).toBeGreaterThanOrEqual(floor.separable);
    expect(accuracy(model, test)).toBeGreaterThanOrEqual(floor.separable);
  });

  it('learns the rule under 10% label noise, and does not beat the noise', () => {
    const { classes, train, test, clean } = toy({ n: 1500, flip: 0.1, seed: 2 });
    const model = learn(train, { classes });
    expect(accuracy(model, test, clean)).toBeGreaterThanOrEqual(floor.clean);
    const noisy = accuracy(model, test);
    expect(noisy).toBeGreaterThan(0.84);
    expect(noisy).toBeLessThan(0.94);
  });

  it('gives the same model for the same seed', () => {
    const { classes, train } = toy({ flip: 0.1, seed: 3 });
    expect(learn(train, { classes, seed: 7 })).toEqual(learn(train, { classes, seed: 7 }));
  });

  it('handles a class without positive examples: never predicted, no feature weights, the others unchanged', () => {
    const { classes, train, test } = toy({ never: true });
    const model = learn(train, { classes: ['never', ...classes.filter((c) => c !== 'never')] });
    expect(Number.isFinite(model.bias[0])).toBe(true);
    expect(model.bias[0]).toBeLessThan(0);
    for (const row of Object.values(model.weights)) expect(row[0]).toBe(0);
    for (const e of test) expect(scoreLinear(model, e.features)[0]).toBeLessThan(0);
    const without = learn(train, { classes: classes.filter((c) => c !== 'never') });
    for (const [feature, row] of Object.entries(without.weights)) expect(model.weights[feature]!.slice(1)).toEqual(row);
    expect(model.bias.slice(1)).toEqual(without.bias);
  });

  it('round-trips through JSON with identical scores', () => {
    const { classes, train, test } = toy({ flip: 0.1 });
    const model = learn(train, { classes });
    const copy = JSON.parse(JSON.stringify(model));
    for (const e of test) expect(scoreLinear(copy, e.features)).toEqual(scoreLinear(model, e.features));
  });

  it('keeps a feature named like an Object property a plain feature', () => {
    const classes = ['x'];
    const train = [
      { features: ['__proto__', 'constructor', 'a'], labels: ['x'] },
      { features: ['toString', 'b'], labels: [] },
      { features: ['__proto__', 'c'], labels: ['x'] },
      { features: ['toString', 'hasOwnProperty'], labels: [] },
    ];
    const model = learn(train, { classes });
    expect(Object.getPrototypeOf(model.weights)).toBe(Object.prototype);
    expect(Object.keys(model.weights)).toContain('__proto__');
    const copy = JSON.parse(JSON.stringify(model));
    expect(scoreLinear(copy, ['__proto__'])).toEqual(scoreLinear(model, ['__proto__']));
    expect(scoreLinear(model, ['__proto__'])[0]).toBeGreaterThan(scoreLinear(model, ['toString'])[0]!);
  });

  it('weighs examples: an example of weight 0 counts as absent', () => {
    const { classes, train } = toy({ n: 200 });
    const extra = { features: ['cue0_0', 'pool1'], labels: [], weight: 0 };
    expect(learn([...train, extra], { classes })).toEqual(learn(train, { classes }));
  });

  it('balanced weighting raises a rare class', () => {
    const classes = ['rare'];
    const train = [
      ...Array.from({ length: 45 }, (_, i) => ({ features: [`n${i % 5}`, 'shared'], labels: [] })),
      ...Array.from({ length: 5 }, (_, i) => ({ features: [`r${i % 2}`, 'shared'], labels: ['rare'] })),
    ];
    const plain = scoreLinear(learn(train, { classes }), ['shared'])[0]!;
    const balanced = scoreLinear(learn(train, { classes, balanced: true }), ['shared'])[0]!;
    expect(balanced).toBeGreaterThan(plain);
  });

  it('lists every problem of bad examples at once, with paths', () => {
    const bad = [{ features: ['a', 3], labels: ['x'] }, { features: ['b'], labels: ['y'], weight: -1 }, null];
    let caught: unknown;
    try {
      learn(bad as never, { classes: ['x'] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LearnInputError);
    const error = caught as LearnInputError;
    expect(error.code).toBe('LEARN_INVALID_EXAMPLES');
    expect(error.issues.map((i) => i.path)).toEqual([
      ['examples', 0, 'features', 1],
      ['examples', 1, 'labels', 0],
      ['examples', 1, 'weight'],
      ['examples', 2],
    ]);
    expect(error.message).toContain('examples.1.labels.0: "y" is not one of options.classes');
  });

  it('checks options strictly: no classes, a duplicate, an unknown key', () => {
    const codes = (options: unknown) => {
      try {
        learn([], options as never);
      } catch (error) {
        return { code: (error as LearnInputError).code, paths: (error as LearnInputError).issues.map((i) => i.path.join('.')) };
      }
      return null;
    };
    expect(codes(undefined)).toEqual({ code: 'LEARN_INVALID_OPTIONS', paths: ['options'] });
    expect(codes({ classes: [] })).toEqual({ code: 'LEARN_INVALID_OPTIONS', paths: ['options.classes'] });
    expect(codes({ classes: ['a', 'a'], seed: 1.5, balanced: 'yes', epochz: 3 })).toEqual({
      code: 'LEARN_INVALID_OPTIONS',
      paths: ['options.classes', 'options.seed', 'options.balanced', 'options.epochz'],
    });
  });

  it('trains on no examples: every class at its prior', () => {
    const model = learn([], { classes: ['a', 'b'] });
    expect(model.weights).toEqual({});
    expect(scoreLinear(model, ['anything'])).toEqual(Float64Array.from(model.bias));
  });
});

describe('learner options of their own', () => {
  it('rejects an option of another learner', () => {
    expect(() => perceptron([], { classes: ['a'], l2: 1 } as never)).toThrow(/options\.l2: is not an option of perceptron\(\)/);
    expect(() => logistic([], { classes: ['a'], l2: 0 })).toThrow(/options\.l2: must be a finite number > 0/);
    expect(() => logistic([], { classes: ['a'], maxEpochs: 0 })).toThrow(/options\.maxEpochs/);
    expect(() => perceptron([], { classes: ['a'], epochs: 2.5 })).toThrow(/options\.epochs/);
    expect(() => bayes([], { classes: ['a'], smoothing: -1 })).toThrow(/options\.smoothing/);
  });

  it('logistic: a stronger L2 penalty gives smaller weights', () => {
    const { classes, train } = toy({ flip: 0.1 });
    const norm = (l2: number) => Object.values(logistic(train, { classes, l2 }).weights).reduce((s, row) => s + row.reduce((t, w) => t + w * w, 0), 0);
    expect(norm(10)).toBeLessThan(norm(1));
    expect(norm(1)).toBeLessThan(norm(0.1));
  });

  it('logistic: reaches the optimum, where the gradient vanishes', () => {
    // Stationarity of λ/2‖w‖² + Σ loss (bias regularised too): λ·w_f = Σ (y − p)·x_f for every feature f.
    const { classes, train } = toy({ n: 300, flip: 0.1, classes: 1 });
    const model = logistic(train, { classes, l2: 1, tolerance: 1e-6 });
    const residual = train.map((e) => {
      const p = 1 / (1 + Math.exp(-scoreLinear(model, e.features)[0]!));
      return (new Set(e.labels).has('class0') ? 1 : 0) - p;
    });
    let biasGradient = model.bias[0]!;
    residual.forEach((r) => (biasGradient -= r));
    expect(Math.abs(biasGradient)).toBeLessThan(1e-4);
    for (const [feature, row] of Object.entries(model.weights)) {
      let g = row[0]!;
      train.forEach((e, i) => {
        for (const f of e.features) if (f === feature) g -= residual[i]!;
      });
      expect(Math.abs(g)).toBeLessThan(1e-4);
    }
  });

  it('perceptron: more epochs never break a separable problem', () => {
    const { classes, train, test } = toy({ seed: 5 });
    for (const epochs of [1, 3, 20]) expect(accuracy(perceptron(train, { classes, epochs }), test)).toBeGreaterThanOrEqual(epochs === 1 ? 0.95 : 1);
  });

  it('bayes: rejects a fractional weight, which naive Bayes cannot count', () => {
    expect(() => bayes([{ features: ['a'], labels: [], weight: 0.5 }], { classes: ['x'] })).toThrow(/examples\.0\.weight: naive Bayes counts examples/);
  });
});
