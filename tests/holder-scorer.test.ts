import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../src/model/default-model.js';
import { holderOptionFeatures, holderOptionScorer, modelHolderChooser } from '../src/model/holder-chooser.js';
import { voiceFeatures } from '../src/model/features.js';
import { probabilityOf, type LinearModel } from '../src/model/linear.js';
import type { HolderChoice } from '../src/pipeline/holders.js';
import { analyse, type HolderChooser } from '../src/pipeline/index.js';
import type { SentenceAnalysis } from '../src/pipeline/types.js';
import { contextFor } from './pipeline/stage.js';

type Asked = { choice: HolderChoice; sentence: Parameters<HolderChooser>[1]; previous: SentenceAnalysis | null };

// Texts of our own whose sentences give the holder model several options (a frame, a voice, a quotation, the sentence before).
const TEXTS = [
  'Lavrov said Moscow rejects any foreign intervention. He added that talks must go on. "We will not accept it," he told reporters.',
  'The minister spoke first. Kerry, however, insisted that Assad must go, and Turkey agreed. "It is over," an aide said.',
  'Roe, a teacher, walked home. She said the war must end. According to the ministry, the ceasefire holds.',
];

// Every choice the pipeline put to a holder chooser over the texts, with what the chooser was given.
function choicesAsked(): Asked[] {
  const ctx = contextFor();
  const asked: Asked[] = [];
  const spy: HolderChooser = (choice, sentence, previous) => {
    asked.push({ choice, sentence, previous });
    return choice.chosen;
  };
  for (const text of TEXTS) analyse(text, ctx, spy);
  return asked.filter((a) => a.choice.options.length > 1);
}

const asked = choicesAsked();
const lex = contextFor().lex;
const spelled = (holder: LinearModel, a: Asked, i: number) => probabilityOf(holder, holderOptionFeatures(a.choice, i, a.sentence, a.previous, lex));

describe('holderOptionScorer', () => {
  it('has choices of several options to score', () => {
    expect(asked.length).toBeGreaterThan(3);
  });

  it("gives the bundled model's probability of each option's spelled features, to the bit", () => {
    const holder = defaultModel()!.holder as LinearModel;
    const score = holderOptionScorer(holder);
    for (const a of asked) {
      const voice = voiceFeatures(a.sentence as SentenceAnalysis, lex);
      a.choice.options.forEach((_, i) => expect(score(a.choice, i, a.sentence, a.previous, voice)).toBe(spelled(holder, a, i)));
    }
  });

  it('picks, as modelHolderChooser, the first option of the highest spelled probability', () => {
    const model = defaultModel()!;
    const choose = modelHolderChooser(model, lex);
    for (const a of asked) {
      const ps = a.choice.options.map((_, i) => spelled(model.holder as LinearModel, a, i));
      expect(choose(a.choice, a.sentence, a.previous)).toBe(ps.indexOf(Math.max(...ps)));
    }
  });

  it('scores as probabilityOf for any model over the names the options spell (property)', () => {
    const names = [...new Set(asked.flatMap((a) => a.choice.options.flatMap((_, i) => holderOptionFeatures(a.choice, i, a.sentence, a.previous, lex))))];
    const weight = fc.double({ min: -5, max: 5, noNaN: true });
    const model = fc.record({
      bias: weight,
      weights: fc.dictionary(fc.constantFrom(...names, 'not-a-feature'), weight),
      platt: fc.option(fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), weight)),
    });
    fc.assert(
      fc.property(model, fc.nat(asked.length - 1), ({ bias, weights, platt }, at) => {
        const holder: LinearModel = {
          kind: 'linear',
          classes: ['holder'],
          bias: [bias],
          weights: Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, [w]])),
          ...(platt ? { calibration: [{ a: platt[0], b: platt[1] }] } : {}),
        };
        const a = asked[at]!;
        const voice = voiceFeatures(a.sentence as SentenceAnalysis, lex);
        const score = holderOptionScorer(holder);
        a.choice.options.forEach((_, i) => expect(score(a.choice, i, a.sentence, a.previous, voice)).toBe(spelled(holder, a, i)));
      }),
      { numRuns: 200 },
    );
  });
});
