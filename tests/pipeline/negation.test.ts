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
    // A verb may reject with more than one particle ("cut back", "cut off"), and with no other.
    ['Ankara cut off talks with Moscow on a truce.', 'talks with Moscow on: cooperate oppose [neg.before]'],
    // "far from" before a state or an act denies it; before a place it does not.
    ['Ankara is far from willing to send troops, the minister said.', 'willing to send: military-involvement oppose [neg.far-from]'],
    ['Ruritania is far from opposed to a political solution.', 'political solution: political-solution support [neg.before neg.far-from]'],
    ['Far from the capital, Ruritania wants a political solution.', 'political solution: political-solution support []'],
    // What "no alternative to", "no substitute for", "no other way than" except from the denial is affirmed; "no way to" still denies.
    ['There is no alternative to a political solution, the minister said.', 'political solution: political-solution support []'],
    ['Ruritania sees no real alternative to a political solution.', 'political solution: political-solution support []'],
    ['There is no other way than a political solution, the minister said.', 'political solution: political-solution support []'],
    ['There is no way to a political solution, the minister said.', 'political solution: political-solution oppose [neg.before]'],
    // "instead of" before the stance.
    ['Instead of sending troops, Ankara will send aid.', 'sending troops: military-involvement oppose [neg.instead-of]'],
    ['Ankara wants a political solution instead of a military victory.', 'military victory: political-solution support [neg.instead-of]'],
    // A noun that rejects with its preposition ("opposition to", "withdrawal of"); as a party, after an article, it rejects nothing.
    ['Ankara voiced its opposition to sending troops.', 'sending troops: military-involvement oppose [neg.before]'],
    ['Ankara restated its firm opposition to a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Ankara repeated its resistance to arming the rebels.', 'arming the rebels: military-involvement oppose [neg.before]'],
    ['The armed opposition to the regime wants a political solution.', 'political solution: political-solution support []'],
    ['The envoy wants to bring the government and the opposition to the negotiating table.', 'bring the government and the opposition to the negotiating table: political-solution support []'],
    ['Ankara has made no secret of its opposition to arming the rebels.', 'arming the rebels: military-involvement oppose [neg.before]'],
    // What follows a rejecting noun's object is said of the noun: no predicate after it reaches the stance.
    ["Ankara's opposition to arming the rebels has not changed.", 'arming the rebels: military-involvement oppose [neg.before]'],
    // Two negations cancel.
    ['Moscow has never rejected a political solution.', 'political solution: political-solution support [neg.before neg.before]'],
    ['Moscow is not opposed to a political solution.', 'political solution: political-solution support [neg.before neg.before]'],
    // An objection is a cue's own word, read as opposing: a negation before it makes no objection a support.
    ['The exiles objected to negotiating with the regime.', 'objected to negotiating with the regime: political-solution oppose []'],
    ['The exiles did not object to negotiating with the regime.', 'object to negotiating with the regime: political-solution support [neg.before]'],
    ['Ankara has no objection to sitting down with Damascus.', 'objection to sitting down with Damascus: political-solution support [neg.before]'],
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
    ["Assad's departure need not come first, the minister said.", "Assad's departure: assad-must-go oppose [neg.after-modal]"],
    ['The idea of a political solution was rejected by Moscow.', 'political solution: political-solution oppose [neg.after-predicate]'],
    ['A political solution was ruled out.', 'political solution: political-solution oppose [neg.after-predicate]'],
    // A predicate after a relative clause set off by commas still reaches the stance; a negation inside the aside does not.
    ['A military intervention, which Paris has urged, is out of the question, Lavrov said.', 'military intervention: military-involvement oppose [neg.after-predicate]'],
    ['A political solution, which the envoy has long sought, is impossible, the minister said.', 'political solution: political-solution oppose [neg.after-predicate]'],
    ['A political solution, which Moscow has never opposed, is near, the minister said.', 'political solution: political-solution support []'],
    // Past a relative "that", a rejecting verb still reaches.
    ['Moscow would oppose any deal that brought a political solution.', 'political solution: political-solution oppose [neg.before]'],
    // The negator of a verb of holding true reaches past its "that"; one further back belongs to another clause.
    ['Ruritania does not accept that a political solution is out of reach.', 'political solution: political-solution oppose [neg.complement]'],
    ['Ankara has never really believed that a political solution exists.', 'political solution: political-solution oppose [neg.complement]'],
    ['The minister said it was not true that Paris wanted to send troops.', 'wanted to send: military-involvement oppose [neg.complement]'],
    ['Ruritania does not think that there is a military solution.', 'military solution: political-solution support [neg.complement]'],
    ['Ruritania believes that a political solution is near.', 'political solution: political-solution support []'],
    ['There was no change in the view that a political solution is near.', 'political solution: political-solution support []'],
    // A "no" that denies the antecedent of a relative "that" denies what the relative clause says of it.
    ['Ruritania will back no resolution that opens the way to a political solution.', 'political solution: political-solution oppose [neg.antecedent]'],
    ['Ruritania will back no new resolution that would allow sending troops.', 'sending troops: military-involvement oppose [neg.antecedent]'],
    ['Ruritania backs a resolution that opens the way to a political solution.', 'political solution: political-solution support []'],
    // The clause after the relative one is the main clause again: the "no" negates it as a negator, not as the antecedent's.
    ['No party that has renounced violence should block a political solution.', 'political solution: political-solution support [neg.before neg.before]'],
    // A rejecting verb of exclusion before the stance.
    ['Paris excludes sending ground troops to Syria.', 'sending ground troops: military-involvement oppose [neg.before]'],
    // A negated modal, then a passive rejecting verb: the stance stays open, and the two cancel.
    ['A ground operation cannot be ruled out, Erdogan said.', 'ground operation: military-involvement support [neg.after-modal neg.after-predicate]'],
    ['A ground operation cannot be excluded, Erdogan said.', 'ground operation: military-involvement support [neg.after-modal neg.after-predicate]'],
    // An extraposed rejecting predicate before the stance's infinitive ("it … a mistake to …").
    ['It would be a mistake to send troops, Lavrov said.', 'send troops: military-involvement oppose [neg.extraposed]'],
    ['Lavrov said it is dangerous to arm the rebels.', 'to arm the rebels: military-involvement oppose [neg.extraposed]'],
    ["Hammond said it would be a 'grave mistake' to suspend talks with Moscow.", 'suspend talks: cooperate support [neg.extraposed]'],
    ['It would be a mistake not to send troops, Lavrov said.', 'send troops: military-involvement support [neg.before neg.extraposed]'],
    // Rejecting verbs with their particle, and objection words.
    ['Ankara shied away from sending troops.', 'sending troops: military-involvement oppose [neg.before]'],
    ['Paris brushed aside calls for a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow balked at sending troops.', 'sending troops: military-involvement oppose [neg.before]'],
    ['Tehran voiced objections to a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow objected to sending troops.', 'sending troops: military-involvement oppose [neg.before]'],
    ['Tehran objects to a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Moscow did not object to a political solution.', 'political solution: political-solution support [neg.before neg.before]'],
    // The verbs of criticism and reluctance news uses, in all their forms; "cautioned" only with "against".
    ['Rome cautioned against arming the rebels.', 'arming the rebels: military-involvement oppose [neg.before]'],
    ['Ankara is reluctant to send troops.', 'send troops: military-involvement oppose [neg.before]'],
    ['Moscow derided calls for a political solution.', 'political solution: political-solution oppose [neg.before]'],
    ['Paris keeps criticising plans to send troops.', 'plans to send: military-involvement oppose [neg.before]'],
    // A rejecting phrase after the stance.
    ['A political solution is off the table, the minister said.', 'political solution: political-solution oppose [neg.after-predicate]'],
    ['Sending troops is out of the question, Ankara said.', 'Sending troops: military-involvement oppose [neg.after-predicate]'],
    ['A political solution remains a non-starter, Damascus said.', 'political solution: political-solution oppose [neg.after-predicate]'],
    ['Arming the rebels would be a recipe for disaster, Rome said.', 'Arming the rebels: military-involvement oppose [neg.after-predicate]'],
    ['The peace talks are a farce, the rebel leader said.', 'peace talks: political-solution oppose [neg.after-predicate]'],
    // The stance phrase as the subject of a harmful consequence.
    ['Sending troops would only prolong the war, Ankara said.', 'Sending troops: military-involvement oppose [neg.after-harm]'],
    ['Arming the rebels risks a wider war, Lavrov said.', 'Arming the rebels: military-involvement oppose [neg.after-harm]'],
    // … an outcome verb with a harmful outcome after it, or a copula before one.
    ['Sending troops would lead to a new world war, Ankara said.', 'Sending troops: military-involvement oppose [neg.after-harm]'],
    ['Arming the rebels could plunge the country into chaos, Rome said.', 'Arming the rebels: military-involvement oppose [neg.after-harm]'],
    ['Sending troops would be a grave error, Ankara said.', 'Sending troops: military-involvement oppose [neg.after-harm]'],
    // A noun of fear or danger before the stance ("fears of", "the dangers of").
    ['Rome voiced fears of a military intervention.', 'military intervention: military-involvement oppose [neg.before]'],
    ['Rome warned of the dangers of a military intervention.', 'military intervention: military-involvement oppose [neg.before]'],
  ])('%s → %s', (text, row) => {
    expect(stances(text)).toContain(row);
  });

  it.each([
    ['"not only"', 'Moscow wants not only a political solution but elections.', 'political solution: political-solution support []'],
    ['"not merely … but"', 'Moscow wants not merely a political solution but elections.', 'political solution: political-solution support []'],
    ['"object" without "to"', 'The object of the talks is a political solution.', 'political solution: political-solution support []'],
    ['a "not" that negates a copula further back', 'The focus must not be on a political solution.', 'political solution: political-solution support []'],
    ['a negation after a comma', 'Moscow wants a political solution, not a war.', 'political solution: political-solution support []'],
    ['a negator past a relative "that" that is no rejecting verb', 'Moscow did not say that it wanted a political solution.', 'political solution: political-solution support []'],
    ['a negation in another clause', 'Moscow rejected the plan, but it backs a political solution.', 'political solution: political-solution support []'],
    ['a negation a cue names itself', 'Moscow said there is no military solution.', 'no military solution: political-solution support []'],
    ['… and a rejecting word a cue names', 'Moscow ruled out cooperation with Washington.', 'ruled out cooperation: cooperate oppose []'],
    ['a passive of a verb that rejects only with its particle', 'The idea of a political solution was ruled a success.', 'political solution: political-solution support []'],
    ['a negator too far before', 'Nobody expected that the long, hard and bitter talks in Vienna would bring a political solution.', 'political solution: political-solution support []'],
    ['a predicate before an infinitive with no "it" and copula', 'The mistake to send troops was made in 2003.', 'send troops: military-involvement support []'],
    ['an extraposed predicate that rejects nothing', 'Lavrov said it was important to send troops.', 'send troops: military-involvement support []'],
    ['a rejecting predicate in another clause', 'It would be a mistake, Lavrov said, and Moscow will send troops.', 'send troops: military-involvement support []'],
    ['a particle verb without its particle', 'The shy minister backed a political solution.', 'political solution: political-solution support []'],
    ['"cautioned" without "against"', 'Rome cautioned that it would send troops.', 'send troops: military-involvement support []'],
    ['a harmful noun as the object of a preposition after a copula', 'A political solution is the only way out of the war.', 'political solution: political-solution support []'],
    ['a harmful noun past a rejecting word', 'A political solution would lead to an end of the war.', 'political solution: political-solution support []'],
    ['an outcome verb that brings no harm', 'A political solution would bring peace to the region.', 'political solution: political-solution support []'],
    ['a harmful noun that the outcome ends', 'A political solution would bring the war to an end.', 'political solution: political-solution support []'],
    ['a harmful noun that owns what follows', "A political solution is the war's only exit.", 'political solution: political-solution support []'],
    ['a phrase that is no rejecting one', 'Talks on a political solution are on the table.', 'political solution: political-solution support []'],
    ['a consequence that harms nothing', 'A political solution would end the war, Lavrov said.', 'political solution: political-solution support []'],
    ['a harmful verb before the stance, which is its object', 'Terrorists would undermine a political solution.', 'political solution: political-solution support []'],
    ['a negator before a stance that opens its own clause ("as long as")', 'There can be no peace as long as Assad stays in power.', 'as long as Assad stays in power: assad-must-go support []'],
    ['… and "while"', 'No settlement is possible while Assad remains in power, Paris said.', 'while Assad remains in power: assad-must-go support []'],
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
    ['excluded', undefined, undefined, true],
    ['objected', undefined, undefined, true],
    ['shied', 'away', undefined, true],
    ['shied', 'from', undefined, false],
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
