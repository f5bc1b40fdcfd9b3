import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bayes, bayesWith } from '../../src/model/learn/bayes.js';
import { loadNaturalBayes } from '../../src/model/learn/natural.js';
import { scoreLinear } from '../../src/model/linear.js';
import { toy } from './toy.js';

interface NaturalDocuments {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  classify(tokens: string[]): string;
  getClassifications(tokens: string[]): Array<{ label: string; value: number }>;
}
const require = createRequire(import.meta.url);
const NaturalBayes = require('natural/lib/natural/classifiers/bayes_classifier') as new (stemmer?: unknown, smoothing?: number) => NaturalDocuments;

// natural's own document API, one yes/no classifier per class: the reference
// the exported weights must reproduce.
function naturalPerClass(train: ReadonlyArray<{ features: readonly string[]; labels: ReadonlySet<string> | readonly string[] }>, classes: readonly string[], smoothing?: number): NaturalDocuments[] {
  return classes.map((cls) => {
    const classifier = new NaturalBayes(undefined, smoothing);
    for (const e of train) classifier.addDocument([...new Set(e.features)], new Set(e.labels).has(cls) ? 'yes' : 'no');
    classifier.train();
    return classifier;
  });
}

describe('bayes: the exported weights are natural', () => {
  it.each([undefined, 0.5])('classify a test set as natural does, with its log-odds (smoothing %s)', (smoothing) => {
    const { classes, train, test } = toy({ n: 240, testN: 120, flip: 0.15, seed: 11 });
    const model = bayes(train, smoothing === undefined ? { classes } : { classes, smoothing });
    const natural = naturalPerClass(train, classes, smoothing);
    let compared = 0;
    for (const e of test) {
      const features = [...new Set(e.features)];
      const logits = scoreLinear(model, features);
      classes.forEach((_, c) => {
        const verdict = natural[c]!.classify(features);
        expect(logits[c]! > 0 ? 'yes' : 'no').toBe(verdict);
        const values = Object.fromEntries(natural[c]!.getClassifications(features).map((x) => [x.label, x.value]));
        expect(logits[c]).toBeCloseTo(Math.log(values.yes! / values.no!), 9);
        compared++;
      });
    }
    expect(compared).toBe(360);
  });

  it('ignores a feature natural never saw, as natural does', () => {
    const { classes, train } = toy({ n: 100 });
    const model = bayes(train, { classes });
    expect(scoreLinear(model, ['pool3', 'never-seen'])).toEqual(scoreLinear(model, ['pool3']));
  });

  it('counts an integer weight as that many copies, and skips documents without features as natural does', () => {
    const { classes, train } = toy({ n: 100 });
    const doubled = bayes([...train.slice(1), { ...train[0]!, weight: 2 }, { features: [], labels: [classes[0]!] }], { classes });
    expect(doubled).toEqual(bayes([...train.slice(1), train[0]!, train[0]!], { classes }));
  });

  it('balanced: equal priors, the same feature weights', () => {
    const { classes, train } = toy({ n: 100 });
    const plain = bayes(train, { classes });
    const balanced = bayes(train, { classes, balanced: true });
    expect(balanced.bias).toEqual([0, 0, 0]);
    expect(balanced.weights).toEqual(plain.weights);
  });
});

describe('bayes without natural', () => {
  it('is a StandpointError TRAIN_NEEDS_NATURAL that says what to install', () => {
    const missing = () => {
      throw Object.assign(new Error("Cannot find module 'natural/lib/natural/classifiers/bayes_classifier'"), { code: 'MODULE_NOT_FOUND' });
    };
    expect(() => loadNaturalBayes(missing)).toThrow(expect.objectContaining({ name: 'StandpointError', code: 'TRAIN_NEEDS_NATURAL', message: expect.stringContaining('npm install natural') }));
    expect(() => bayesWith(() => loadNaturalBayes(missing), [{ features: ['a'], labels: [] }], { classes: ['x'] })).toThrow(expect.objectContaining({ code: 'TRAIN_NEEDS_NATURAL' }));
  });

  it('loads natural by its deep path only', () => {
    const asked: string[] = [];
    const Bayes = loadNaturalBayes((id) => {
      asked.push(id);
      return require(id);
    });
    expect(asked).toEqual(['natural/lib/natural/classifiers/bayes_classifier']);
    expect(new Bayes().classifier.smoothing).toBe(1);
  });
});
