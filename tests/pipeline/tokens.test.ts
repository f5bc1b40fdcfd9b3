import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/lexicon/lexicon.js';
import { passiveAfter } from '../../src/pipeline/tokens.js';
import { oneSentence } from './stage.js';

const lex = lexicon();

/** The participle of the passive whose subject is the sentence's first word, or null. */
function participleAfterFirstWord(text: string): string | null {
  const tokens = oneSentence(text).tokens;
  const at = passiveAfter(tokens, 0, lex.passiveAuxiliaries, lex.irregularParticiples);
  return at < 0 ? null : tokens[at]!.value;
}

// Rows: [sentence whose first word is the subject, the participle of its passive or null].
describe('passiveAfter: the participle of a passive after its subject', () => {
  it.each([
    ['Ruritania was invited to the talks.', 'invited'],
    ['Ruritania has been asked to attend.', 'asked'],
    ['Ruritania was not consulted.', 'consulted'],
    ['Ruritania will be given a seat.', 'given'],
    ['Ruritania has also been warned.', 'warned'],
    // Active verbs, and a participle after an auxiliary that is not a form of be, are no passive.
    ['Ruritania invited the envoy.', null],
    ['Ruritania has invited the envoy.', null],
    ['Ruritania wants to be invited.', null],
    ['Ruritania is ready to attend.', null],
  ])('%s → %s', (text, participle) => {
    expect(participleAfterFirstWord(text)).toBe(participle);
  });
});
