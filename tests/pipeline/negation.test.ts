import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/lexicon/lexicon.js';
import { isNegator } from '../../src/pipeline/negation.js';
import { lastTraced } from './stage.js';

/** The stances of a text's last sentence as "evidence: concept polarity [negation rules]". */
function stances(text: string): string[] {
  return lastTraced(text).trace!.stances.map((h) => `${h.evidence.text}: ${h.concept} ${h.polarity} [${h.negations.join(' ')}]`);
}

// Rows: [input, the stance expected as "evidence: concept polarity [negation rule ids]"].
describe('negation: what flips a stance, and by which rule', () => {
  it.each([
    // A negator or a rejecting word before the stance, in its clause.
    ['Moscow does not want a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow will never accept a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['There is no political solution, the minister said.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow wants a deal without a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Nobody in Moscow wants a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow rejects a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow dismissed calls for a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Ankara refused to send troops.', 'send troops: military-involvement oppose [neg.before]'],
    // A passive rejecting verb with its particle after the stance.
    ['A motion supporting the use of force was voted down.', 'use of force: military-involvement oppose [neg.after-predicate]'],
    ['Plans to send troops were voted down on Monday.', 'send troops: military-involvement oppose [neg.after-predicate]'],
    ['Ground troops were ruled out.', 'Ground troops: military-involvement oppose [neg.after-predicate]'],
    ['A political solution was ruled out.', 'political solution: political-solution oppose [neg.after-predicate]'],
    ['A political solution was voted down by parliament.', 'political solution: political-solution oppose [neg.after-predicate]'],
    // The -ing and -s forms of blocking and vetoing words.
    ['Moscow is blocking a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow keeps vetoing a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow blocks a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow is preventing a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow vetoes a political solution.', 'political solution: political-solution oppose [neg.before]'],
    // A verb and its particle are one negation.
    ['Moscow warned against sending troops.', 'sending troops: military-involvement oppose [neg.before]'],
    // Two negations cancel.
    ['Moscow has never rejected a political solution.', 'political solution: political-solution support [neg.before neg.before]'],
    ['Moscow is not opposed to a political solution.', 'political solution: political-solution support [neg.before neg.before]'],
    // "rather than" before the stance.
    ['Moscow favours talks rather than a political solution.', 'political solution: political-solution oppose [neg.rather-than]'],
    ['Moscow wants a political solution rather than a military victory.', 'military victory: political-solution support [neg.rather-than]'],
    // A negator inside a gap of the cue.
    ['Moscow wants no cooperation with Ankara.', 'wants no cooperation: cooperate oppose [neg.inside]'],
    // A rejecting predicate after the stance.
    ['A political solution is unacceptable, the minister said.', 'political solution: political-solution oppose [neg.after-predicate]'],
    ['A political solution is a mistake, Ankara said.', 'political solution: political-solution oppose [neg.after-predicate]'],
    ['A political solution is no precondition for talks.', 'political solution: political-solution oppose [neg.after-copula]'],
    ['A political solution is no longer possible, the minister said.', 'political solution: political-solution oppose [neg.after-copula]'],
    ['A political solution will not work, the minister said.', 'political solution: political-solution oppose [neg.after-modal]'],
    ['The idea of a political solution was rejected by Moscow.', 'political solution: political-solution oppose [neg.after-predicate]'],
    ['A political solution was ruled out.', 'political solution: political-solution oppose [neg.after-predicate]'],
    // Past a relative "that", a rejecting verb still reaches.
    ['Moscow would oppose any deal that brought a political solution.', 'political solution: political-solution oppose [neg.before]'],
  ])('%s → %s', (text, row) => {
    expect(stances(text)).toContain(row);
  });

  it.each([
    ['"not only"', 'Moscow wants not only a political solution but elections.', 'political solution: political-solution support []'],
    ['a "not" that negates a copula further back', 'The focus must not be on a political solution.', 'political solution: political-solution support []'],
    ['a negation after a comma', 'Moscow wants a political solution, not a war.', 'political solution: political-solution support []'],
    ['a negator past a relative "that" that is no rejecting verb', 'Moscow did not say that it wanted a political solution.', 'political solution: political-solution support []'],
    ['a negation in another clause', 'Moscow rejected the plan, but it backs a political solution.', 'political solution: political-solution support []'],
    ['a negation a cue names itself', 'Moscow said there is no military solution.', 'no military solution: political-solution support []'],
    ['… and a rejecting word a cue names', 'Moscow ruled out cooperation with Washington.', 'ruled out cooperation: cooperate oppose []'],
    ['a passive of a verb that rejects only with its particle', 'The idea of a political solution was ruled a success.', 'political solution: political-solution support []'],
    ['a negator too far before', 'Nobody expected that the long, hard and bitter talks in Vienna would bring a political solution.', 'political solution: political-solution support []'],
  ])('trap: %s does not flip (%s)', (_, text, row) => {
    expect(stances(text)).toContain(row);
  });
});

describe('negation: negating words', () => {
  const lex = lexicon();
  const tok = (w: string) => ({ lower: w, lemma: w });
  it.each([
    ['not', undefined, undefined, true],
    ['never', undefined, undefined, true],
    ['rejects', undefined, undefined, true],
    // A verb whose particle makes it a negation: "ruled out", "warned against".
    ['ruled', 'out', undefined, true],
    ['ruled', 'that', undefined, false],
    ['warned', 'against', undefined, true],
    ['warned', 'that', undefined, false],
    // The particle after its verb is no second negation.
    ['against', undefined, 'warned', false],
    ['longer', undefined, 'no', false],
    ['talks', undefined, undefined, false],
  ])('%s (next %s, before %s) → %s', (word, next, previous, expected) => {
    expect(isNegator(lex, tok(word), next ? tok(next) : undefined, previous ? tok(previous) : undefined)).toBe(expected);
  });
});
