import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { probabilities, probabilityOf, scoreLinear, sigmoid, type LinearModel } from '../../src/model/linear.js';

const model: LinearModel = { kind: 'linear', classes: ['a', 'b'], bias: [0, -1], weights: { x: [2, 0.5], y: [-1, 1], __proto__x: [0, 0] } };

describe('scoreLinear', () => {
  it.each<[string, Iterable<string> | ReadonlyMap<string, number>, number[]]>([
    ['no feature: the bias', [], [0, -1]],
    ['one feature', ['x'], [2, -0.5]],
    ['a repeated string counts each time', ['x', 'x'], [4, 0]],
    ['a Set counts once', new Set(['x', 'x']), [2, -0.5]],
    ['an unknown feature weighs nothing', ['x', 'nope'], [2, -0.5]],
    ['two features add', ['x', 'y'], [1, 0.5]],
    ['a map gives values', new Map([['x', 0.5], ['y', 2]]), [-1, 1.25]],
    ['a map value of 0 weighs nothing', new Map([['x', 0]]), [0, -1]],
    ['a generator is iterated', (function* () { yield 'y'; })(), [-1, 0]],
  ])('%s', (_, features, expected) => {
    expect(Array.from(scoreLinear(model, features))).toEqual(expected);
  });

  it('reads "__proto__" and other Object names as features of a parsed model', () => {
    const parsed = JSON.parse('{"kind":"linear","classes":["a"],"bias":[0],"weights":{"__proto__":[3],"constructor":[1]}}') as LinearModel;
    expect(Array.from(scoreLinear(parsed, ['__proto__', 'constructor', 'toString']))).toEqual([4]);
  });

  it('rejects a non-finite map value, naming the feature', () => {
    expect(() => scoreLinear(model, new Map([['x', Number.NaN]]))).toThrow(expect.objectContaining({ code: 'SCORE_INVALID_FEATURE_VALUE', message: expect.stringContaining('"x"') }));
  });

  it.each<[string, unknown, string]>([
    ['not a linear model', { kind: 'standpoint-nb' }, 'kind "linear"'],
    ['no classes', { kind: 'linear', classes: [], bias: [], weights: {} }, 'classes'],
    ['a bias of the wrong length', { kind: 'linear', classes: ['a'], bias: [0, 1], weights: {} }, 'bias must hold 1'],
    ['a row of the wrong length', { kind: 'linear', classes: ['a'], bias: [0], weights: { x: [1, 2] } }, 'weights["x"]'],
    ['a null weight (JSON of NaN)', { kind: 'linear', classes: ['a'], bias: [0], weights: { x: [null] } }, 'weights["x"]'],
    ['a calibration of the wrong length', { kind: 'linear', classes: ['a'], bias: [0], weights: {}, calibration: [] }, 'calibration must hold 1'],
  ])('rejects a malformed model: %s', (_, bad, message) => {
    expect(() => scoreLinear(bad as LinearModel, ['x'])).toThrow(expect.objectContaining({ code: 'MODEL_INVALID', message: expect.stringContaining(message) }));
  });

  it('gives the same scores on every call (the prepared model is cached per object)', () => {
    const fresh: LinearModel = JSON.parse(JSON.stringify(model));
    const first = scoreLinear(fresh, ['x', 'y']);
    expect(scoreLinear(fresh, ['x', 'y'])).toEqual(first);
    expect(scoreLinear(model, ['x', 'y'])).toEqual(first);
  });
});

describe('probabilities', () => {
  it('is the sigmoid of each logit without calibration', () => {
    const p = probabilities(model, Float64Array.of(0, Math.log(3)));
    expect(p[0]).toBe(0.5);
    expect(p[1]).toBeCloseTo(0.75, 12);
  });

  it('applies Platt calibration per class', () => {
    const calibrated: LinearModel = { ...model, calibration: [{ a: 1, b: 0 }, { a: 2, b: -1 }] };
    const p = probabilities(calibrated, Float64Array.of(0, 0.5));
    expect(Array.from(p)).toEqual([0.5, 0.5]);
    expect(probabilities(calibrated, [0, 1])[1]).toBeCloseTo(sigmoid(1), 12);
  });

  it('is independent per class (multi-label): probabilities need not sum to 1', () => {
    expect(Array.from(probabilities(model, [10, 10])).reduce((s, p) => s + p, 0)).toBeGreaterThan(1.9);
  });

  it('rejects logits of the wrong length', () => {
    expect(() => probabilities(model, [1])).toThrow(expect.objectContaining({ code: 'SCORE_INVALID_LOGITS' }));
  });

  it('sigmoid does not overflow', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(-40)).toBeGreaterThan(0);
  });
});

// ───────────── properties ─────────────

const featureName = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x', 'y', ''));
const modelArbitrary = fc
  .integer({ min: 1, max: 4 })
  .chain((k) =>
    fc.record({
      kind: fc.constant('linear' as const),
      classes: fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: k, maxLength: k }),
      bias: fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: k, maxLength: k }),
      weights: fc.dictionary(featureName, fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: k, maxLength: k })),
    }),
  )
  .filter((m) => m.classes.length === m.bias.length);

describe('scoreLinear properties', () => {
  it('never throws on any string features and gives one finite logit per class', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.array(featureName, { maxLength: 30 }), (m, features) => {
        const logits = scoreLinear(m, features);
        expect(logits.length).toBe(m.classes.length);
        for (const z of logits) expect(Number.isFinite(z)).toBe(true);
        for (const p of probabilities(m, logits)) expect(p >= 0 && p <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives finite logits for any finite map values of moderate size', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.array(fc.tuple(featureName, fc.double({ min: -1e6, max: 1e6, noNaN: true })), { maxLength: 20 }), (m, pairs) => {
        for (const z of scoreLinear(m, new Map(pairs))) expect(Number.isFinite(z)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is additive: the logits of A then B are the bias plus the parts of A and B', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.array(featureName, { maxLength: 10 }), fc.array(featureName, { maxLength: 10 }), (m, a, b) => {
        const both = scoreLinear(m, [...a, ...b]);
        const sa = scoreLinear(m, a);
        const sb = scoreLinear(m, b);
        both.forEach((z, c) => expect(z).toBeCloseTo(sa[c]! + sb[c]! - m.bias[c]!, 6));
      }),
      { numRuns: 200 },
    );
  });

  it('probabilityOf is the first class of probabilities(scoreLinear(…)), to the bit, with or without calibration', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.array(featureName, { maxLength: 20 }), fc.option(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }))), (m, features, platt) => {
        const model: LinearModel = platt ? { ...m, calibration: m.classes.map(() => ({ a: platt[0], b: platt[1] })) } : m;
        expect(probabilityOf(model, features)).toBe(probabilities(model, scoreLinear(model, features))[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('scores a JSON round trip of the model identically', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.array(featureName, { maxLength: 20 }), (m, features) => {
        expect(scoreLinear(JSON.parse(JSON.stringify(m)), features)).toEqual(scoreLinear(m, features));
      }),
      { numRuns: 200 },
    );
  });
});
