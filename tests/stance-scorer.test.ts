import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StanceSink } from '../src/model/features.js';
import { scoreLinear, type LinearModel } from '../src/model/linear.js';
import { lemmaWeight, scoreStance } from '../src/model/stance-scorer.js';

// Lemmas with '_' make a bigram name that splits more than one way: only the split that spells it may find it.
const model: LinearModel = {
  kind: 'linear',
  classes: ['a', 'b'],
  bias: [0.1, -0.2],
  weights: { bias: [0.5, 0.25], 'w:go': [1, 2], 'nw:go': [-1, 3], 'b:<s>_go': [0.3, 0.7], 'b:x_y_z': [4, 5], 'b:go_x_y': [0.125, 1e-9], 'cue:q': [-2, 0] },
};

type Feature = ['word', 'w:' | 'nw:', string] | ['bigram', string, string] | ['name', string];
const spelled = (f: Feature) => (f[0] === 'word' ? `${f[1]}${f[2]}` : f[0] === 'bigram' ? `b:${f[1]}_${f[2]}` : f[1]);
const emitting = (features: Feature[]) => (sink: StanceSink) => {
  for (const f of features) {
    if (f[0] === 'word') sink.word(f[1], f[2]);
    else if (f[0] === 'bigram') sink.bigram(f[1], f[2]);
    else sink.name(f[1]);
  }
};

describe('scoreStance', () => {
  it.each<[string, Feature[]]>([
    ['words and bigrams', [['name', 'bias'], ['word', 'w:', 'go'], ['bigram', '<s>', 'go'], ['word', 'nw:', 'go'], ['bigram', 'go', 'go'], ['name', 'cue:q']]],
    ['bigrams of lemmas with _', [['bigram', 'x', 'y_z'], ['bigram', 'x_y', 'z'], ['bigram', 'go', 'x_y'], ['bigram', 'go_x', 'y'], ['bigram', 'x', 'y']]],
    ['unknown words', [['word', 'w:', 'stay'], ['bigram', 'go', 'stay'], ['bigram', 'stay', 'go'], ['name', 'w:nope']]],
  ])('scores %s as scoreLinear scores their names, to the bit', (_, features) => {
    expect(Array.from(scoreStance(model, emitting(features)))).toEqual(Array.from(scoreLinear(model, features.map(spelled))));
  });
});

describe('lemmaWeight', () => {
  const weighted: LinearModel = {
    kind: 'linear',
    classes: ['a', 'b'],
    bias: [0, 0],
    weights: { 'w:go': [1, 2], 'nw:go': [-1, 3], 'w:down': [-2, -0], 'nw:back': [0.5, -4], 'b:go_x': [9, 9] },
  };
  it.each<[string, number, number]>([
    // [lemma, class, weight]
    ['go', 0, 1],
    ['go', 1, 3],
    ['down', 0, 0],
    ['down', 1, 0],
    ['back', 0, 0.5],
    ['back', 1, 0],
    ['x', 0, 0],
    ['stay', 1, 0],
  ])('%s for class %i weighs %s: the larger of its w: and nw: weights and 0', (lemma, c, expected) => {
    expect(lemmaWeight(weighted, c)(lemma)).toBe(expected);
  });

  it('is the larger of the "w:" and "nw:" weights, 0 for a missing one (property)', () => {
    const lemmas = ['go', 'x', 'x_y', 'y', 'stop'];
    const row = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 2 });
    const names = fc.constantFrom(...lemmas.flatMap((l) => [`w:${l}`, `nw:${l}`, `b:${l}_go`]));
    fc.assert(
      fc.property(fc.dictionary(names, row), fc.constantFrom(...lemmas, 'none'), fc.constantFrom(0, 1), (weights, lemma, c) => {
        const m: LinearModel = { kind: 'linear', classes: ['a', 'b'], bias: [0, 0], weights };
        expect(lemmaWeight(m, c)(lemma)).toBe(Math.max(weights[`w:${lemma}`]?.[c] ?? 0, weights[`nw:${lemma}`]?.[c] ?? 0) + 0);
      }),
    );
  });
});
