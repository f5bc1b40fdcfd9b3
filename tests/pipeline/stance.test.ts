import { describe, expect, it } from 'vitest';
import { findStances } from '../../src/pipeline/stance.js';
import { entityTags } from '../../src/pipeline/tags.js';
import { analysed, contextFor, lastTraced } from './stage.js';

/** The stances of a text's last sentence as "evidence: concept polarity cue [flags]". */
function stances(text: string): string[] {
  return lastTraced(text).trace!.stances.map((h) => `${h.evidence.text}: ${h.concept} ${h.polarity} ${h.cue}${h.flags.length ? ` [${h.flags.join(' ')}]` : ''}`);
}

// Rows: [input, the stance expected as "evidence: concept polarity cue-id [flags]"].
describe('stance: cues', () => {
  it.each([
    ['Assad must go, the minister said.', 'Assad must go: assad-must-go support assad-must-go/must-go'],
    ['Ankara called for a no-fly zone.', 'no-fly zone: military-involvement support military-involvement/no-fly-zone'],
    ['Moscow wants to defeat Daesh.', 'defeat Daesh: fight-terrorism support fight-terrorism/fight-terror'],
    ['The Kremlin is willing to open talks with Washington on Syria.', 'willing to open talks: cooperate support cooperate/ready-to-hold-talks'],
    ['The militaries agreed on deconfliction measures.', 'deconfliction: cooperate support cooperate/deconfliction'],
    ['The Syrians alone should decide who leads them.', 'The Syrians alone should decide: syrians-decide support syrians-decide/syrians-decide'],
    ['Turkey wants to exclude the Kurds from the talks.', 'exclude the Kurds from the talks: inclusive-opposition oppose inclusive-opposition/exclude-the-groups'],
    ['Damascus still believes in a military victory.', 'military victory: political-solution oppose political-solution/military-solution'],
    // An actor slot filled by the sentence's entities: a name, a body, a pronoun resolved to the actor.
    ['The minister praised the cooperation with Moscow.', 'cooperation with Moscow: cooperate support cooperate/cooperation-with-an-actor'],
    ['Assad met the envoy. The minister said he must go.', 'he must go: assad-must-go support assad-must-go/must-go'],
  ])('%s → %s', (text, row) => {
    expect(stances(text)).toContain(row);
  });

  it.each([
    // Of overlapping matches of one concept the longest stays: "no military solution", not a negated "military solution".
    ['There is no military solution to the conflict.', ['no military solution: political-solution support political-solution/no-military-solution']],
    ['Moscow supports the UN-backed talks in Geneva.', ['supports the UN-backed talks: political-solution support political-solution/convene-talks']],
    // A shorter match of another concept wholly inside a longer one is a word of the longer phrase.
    ['The three governments agreed to create de-escalation zones in the north.', ['create de-escalation zones: cooperate support cooperate/de-escalation-zones']],
    ['Washington signed the de-escalation zone agreement for the south.', ['de-escalation zone agreement: cooperate support cooperate/de-escalation-zones']],
    // Overlapping but not inside: both stand.
    ['Moscow called for de-escalation and a political solution.', ['de-escalation: political-solution support political-solution/de-escalation', 'political solution: political-solution support political-solution/political-solution']],
  ])('keeps the longest of overlapping matches: %s', (text, rows) => {
    expect(stances(text)).toEqual(rows);
  });

  it.each([
    ['what parties discussed is a topic', 'The two sides discussed a political solution.', 'political solution: political-solution support political-solution/political-solution [stance.topic]'],
    ['an open question ("whether") is a topic', 'The minister would not say whether Paris wants a political solution.', 'political solution: political-solution support political-solution/political-solution [stance.topic]'],
    ['what is speculated is a topic', 'The visit fuelled speculation that Paris wants a political solution.', 'political solution: political-solution support political-solution/political-solution [stance.topic]'],
    ['who fights to do what describes the war', 'Moscow backs factions fighting to topple the regime.', 'topple the regime: assad-must-go support assad-must-go/topple-the-regime [stance.fighting]'],
    ['a participle after a noun of military action says what the action does', 'Moscow began a bombing campaign propping up Assad last autumn.', 'propping up Assad: assad-must-go oppose assad-must-go/back-assad [stance.fighting]'],
    ['a participle after a noun of armed force says what the force does', 'Militias defending the Assad regime moved into the town.', 'defending the Assad regime: assad-must-go oppose assad-must-go/back-assad [stance.fighting]'],
    ['what one side accuses another of is nobody\'s position', 'Zenda accused Ruritania of arming the rebels.', 'arming the rebels: military-involvement support military-involvement/arm-the-rebels [stance.accusation]'],
    ['… nor what an accusation alleges', 'Ruritania faces accusations that it is arming the rebels.', 'arming the rebels: military-involvement support military-involvement/arm-the-rebels [stance.accusation]'],
  ])('flags a match that is no position: %s', (_, text, row) => {
    expect(stances(text)).toContain(row);
  });

  it.each([
    ['a clause of its own is no description of fighting', 'The rebels are fighting to topple the regime.', 'topple the regime: assad-must-go support assad-must-go/topple-the-regime'],
    ['a topic word in another clause', 'They discussed the weather; Moscow backs a political solution.', 'political solution: political-solution support political-solution/political-solution'],
    ['a participle after an actor is a position', 'Moscow, backing Assad, vetoed the text.', 'backing Assad: assad-must-go oppose assad-must-go/back-assad'],
    ['a finite verb after a noun of force is a position', 'Moscow said its forces back Assad.', 'back Assad: assad-must-go oppose assad-must-go/back-assad'],
    ['an accusation in another clause', 'Zenda accused Ruritania of lying, and it backs a political solution.', 'political solution: political-solution support political-solution/political-solution'],
    ['a preposition between the accusation and its "of"', 'Accusations flew at the opening of the peace talks.', 'peace talks: political-solution support political-solution/peace-talks'],
  ])('trap: no flag when %s (%s)', (_, text, row) => {
    expect(stances(text)).toContain(row);
  });

  it.each([
    ['an actor slot with no actor in it', 'The minister praised the cooperation with the weather.'],
    ['a slot for one actor filled by another word', 'The president must leave for Hawaii.'],
    ['a concept with no opposite reading is cancelled by a negation, not flipped', 'Moscow will not fight terrorism.'],
    ['no cue at all', 'The weather in Geneva was fine.'],
    // A cue word that a person's name spells is the name: "Ban" is the UN chief, not a ban.
    ['a name that spells a cue word', 'Ban said the talks must start.'],
    ['… after a title', 'Secretary-General Ban said the delegations would meet.'],
    ['… named in full', 'Ban Ki-moon told the groups the talks were close.'],
  ])('trap: no stance for %s (%s)', (_, text) => {
    expect(stances(text)).toEqual([]);
  });

  it.each([
    ['the verb the name spells', 'The council voted to ban the groups from the talks.', 'ban the groups from the talks: inclusive-opposition oppose inclusive-opposition/exclude-the-groups'],
    ['a cue that names the person', 'Assad must go, the minister said.', 'Assad must go: assad-must-go support assad-must-go/must-go'],
    ['… in a full name, through an actor slot', 'Bashar al-Assad must step down, the minister said.', 'Bashar al-Assad must step down: assad-must-go support assad-must-go/must-step-down'],
  ])('trap: a cue word outside a name, or naming the person, stands: %s (%s)', (_, text, row) => {
    expect(stances(text)).toContain(row);
  });

  it('fills actor slots only from the entity tags it is given', () => {
    const ctx = contextFor();
    const text = 'Assad met the envoy. The minister said he must go.';
    const a = analysed(text).sentences[1]!;
    expect(findStances(a.sentence, ctx).map((h) => h.cue)).toEqual([]);
    expect(findStances(a.sentence, ctx, entityTags(a.sentence.tokens.length, a.entities, ctx)).map((h) => h.cue)).toEqual(['assad-must-go/must-go']);
  });
});
