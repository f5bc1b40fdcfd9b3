import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, fitCalibration, fitPlatt, reliability, withCalibration } from '../../src/model/learn/calibrate.js';
import { trainCalibrated } from '../../src/model/learn/crossval.js';
import { logistic } from '../../src/model/learn/logistic.js';
import { perceptron } from '../../src/model/learn/perceptron.js';
import { seededRandom } from '../../src/model/learn/random.js';
import { probabilities, scoreLinear, sigmoid } from '../../src/model/linear.js';
import { graded, toy } from './toy.js';

// Scores whose true probability is sigmoid(0.5·s − 1): a miscalibrated
// "logit" that Platt scaling must map back.
function synthetic(n: number, seed: number): { scores: Float64Array; positives: Uint8Array } {
  const random = seededRandom(seed);
  const scores = new Float64Array(n);
  const positives = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = (random() + random() + random() - 1.5) * 8;
    scores[i] = s;
    positives[i] = random() < sigmoid(0.5 * s - 1) ? 1 : 0;
  }
  return { scores, positives };
}

describe('fitPlatt', () => {
  it('recovers the true scaling of synthetic scores', () => {
    const { scores, positives } = synthetic(20000, 1);
    const { a, b } = fitPlatt(scores, positives);
    expect(a).toBeCloseTo(0.5, 1);
    expect(b).toBeCloseTo(-1, 1);
  });

  it('makes calibrated probabilities: the reliability table holds on fresh data', () => {
    const platt = fitPlatt(...(Object.values(synthetic(5000, 2)) as [Float64Array, Uint8Array]));
    const fresh = synthetic(20000, 3);
    const calibrated = Array.from(fresh.scores, (s) => sigmoid(platt.a * s + platt.b));
    const raw = Array.from(fresh.scores, (s) => sigmoid(s));
    const table = reliability(calibrated, fresh.positives);
    for (const bin of table) if (bin.count >= 200) expect(Math.abs(bin.meanPredicted! - bin.observed!)).toBeLessThan(0.05);
    expect(expectedCalibrationError(table)).toBeLessThan(0.02);
    // The uncalibrated scores are far off: the table can tell the difference.
    expect(expectedCalibrationError(reliability(raw, fresh.positives))).toBeGreaterThan(0.15);
  });

  it('is symmetric on symmetric data (b = 0) and keeps a class seen never away from 0 and 1', () => {
    const symmetric = fitPlatt([-2, -1, 1, 2], [false, false, true, true]);
    expect(symmetric.a).toBeGreaterThan(0);
    expect(symmetric.b).toBeCloseTo(0, 6);
    const never = fitPlatt([-3, -1, 0, 2, 5], [0, 0, 0, 0, 0]);
    const p = sigmoid(never.a * 5 + never.b);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.5);
  });

  it('rejects mismatched lengths and non-finite scores', () => {
    expect(() => fitPlatt([1, 2], [true])).toThrow(expect.objectContaining({ code: 'CALIBRATE_INVALID_INPUT' }));
    expect(() => fitPlatt([1, Number.NaN], [true, false])).toThrow(/score 1 is NaN/);
  });
});

describe('reliability', () => {
  it('bins probabilities with equal widths; 1 falls in the last bin; empty bins are null', () => {
    expect(reliability([0, 0.1, 0.2, 0.8, 1], [0, 0, 1, 1, 1], 2)).toEqual([
      { from: 0, to: 0.5, count: 3, meanPredicted: expect.closeTo(0.1, 12), observed: 1 / 3 },
      { from: 0.5, to: 1, count: 2, meanPredicted: 0.9, observed: 1 },
    ]);
    expect(reliability([0.05], [1], 4)[3]).toEqual({ from: 0.75, to: 1, count: 0, meanPredicted: null, observed: null });
  });

  it('rejects a probability outside [0, 1] and bad bins', () => {
    expect(() => reliability([1.5], [1])).toThrow(/probability 0 is 1.5/);
    expect(() => reliability([0.5], [1], 0)).toThrow(/bins must be an integer >= 1/);
  });
});

describe('calibration of a model by cross-validation', () => {
  it.each([
    ['logistic', logistic],
    ['perceptron', perceptron],
  ] as const)('%s: held-out probabilities are calibrated', (_, learner) => {
    const { classes, examples: train } = graded({ n: 3000, seed: 4 });
    const groups = train.map((_, i) => `article${Math.floor(i / 10)}`);
    const { model, heldOutProbabilities, heldOutLogits } = trainCalibrated(train, groups, learner, { classes, folds: 5 });
    expect(model.calibration).toHaveLength(classes.length);
    if (learner === perceptron) {
      // Margins read as logits are far from calibrated: what the calibration corrects.
      const raw = reliability(heldOutLogits.map((z) => sigmoid(z[0]!)), train.map((e) => new Set(e.labels).has(classes[0]!)));
      expect(expectedCalibrationError(raw)).toBeGreaterThan(0.08);
    }
    classes.forEach((cls, c) => {
      const table = reliability(
        heldOutProbabilities.map((p) => p[c]!),
        train.map((e) => new Set(e.labels).has(cls)),
      );
      for (const bin of table) if (bin.count >= 100) expect(Math.abs(bin.meanPredicted! - bin.observed!)).toBeLessThan(0.08);
      expect(expectedCalibrationError(table)).toBeLessThan(0.04);
    });
  });

  it('keeps given folds, and each fold model gives the held-out scores of its fold', () => {
    const { classes, train } = toy({ n: 200 });
    const groups = train.map((_, i) => `article${i % 4}`);
    const foldOf = new Map([['article0', 0], ['article1', 0], ['article2', 1], ['article3', 1]]);
    const { folds, foldModels, heldOutLogits, model } = trainCalibrated(train, groups, logistic, { classes, foldOf });
    expect(Array.from(folds)).toEqual(groups.map((g) => foldOf.get(g)));
    expect([...foldModels.keys()].sort()).toEqual([0, 1]);
    train.forEach((e, i) => expect(Array.from(scoreLinear(foldModels.get(folds[i]!)!, e.features))).toEqual(Array.from(heldOutLogits[i]!)));
    // The fold models carry the calibration of the whole model.
    for (const m of foldModels.values()) expect(m.calibration).toEqual(model.calibration);
    expect(() => trainCalibrated(train, groups, logistic, { classes, foldOf: new Map([['article0', 0]]) })).toThrow(/foldOf gives no fold for group article1/);
  });

  it('withCalibration returns a new model whose probabilities use it', () => {
    const { classes, train } = toy({ n: 200 });
    const model = logistic(train, { classes });
    const calibration = fitCalibration(train.map((e) => scoreLinear(model, e.features)), train.map((e) => e.labels), classes);
    const calibrated = withCalibration(model, calibration);
    expect(model.calibration).toBeUndefined();
    const z = scoreLinear(calibrated, ['cue0_0']);
    expect(probabilities(calibrated, z)[0]).toBeCloseTo(sigmoid(calibration[0]!.a * z[0]! + calibration[0]!.b), 12);
    expect(JSON.parse(JSON.stringify(calibrated))).toEqual(calibrated);
  });
});
