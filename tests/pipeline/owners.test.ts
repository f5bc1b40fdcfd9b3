import { describe, expect, it } from 'vitest';
import { ownerCandidates } from '../../src/pipeline/owners.js';
import { analysed, contextFor, lastTraced, ownedClaims } from './stage.js';

/** The owner candidates of each stance of a text's last sentence, as "actor polarity source rules". */
function candidates(text: string): string[][] {
  const { sentences, stances } = analysed(text);
  const a = sentences[sentences.length - 1]!;
  return stances[sentences.length - 1]!.map((hit) => ownerCandidates(a, hit, contextFor()).map((c) => `${c.actor.id} ${c.polarity} ${c.source} ${c.rules.join(',')}`));
}

// Rows: [input, its last sentence's claims by the rules, "actor · stance · polarity · strongest owner rule"].
describe('owners: who holds a stance (claims of the rule decider)', () => {
  it.each([
    ['a relative clause holds its antecedent\'s position', 'Kerry met Lavrov, who has long backed a political solution.', ['lavrov · political-solution · support · owner.relative-clause']],
    ['"For X," at a clause start', 'For Tehran, Assad is a red line.', ['iran · assad-must-go · oppose · owner.for-whom']],
    ['… not a pair noun: the speaker judges both', 'Russia and Turkey sent envoys. "For both sides, talks are a big step towards a political solution," Kerry said.', ['kerry · political-solution · support · owner.quote-speaker']],
    // "despite warnings by X" after a deed: X objected to it.
    ['an objector after "in spite of"', 'Iran went on sending troops into Syria in spite of stern warnings by the United States.', ['iran · military-involvement · support · owner.clause-subject', 'us · military-involvement · oppose · owner.attitude-bearer']],
    ['… after "despite"', 'Russia sent troops to Syria despite objections from Turkey.', ['russia · military-involvement · support · owner.clause-subject', 'turkey · military-involvement · oppose · owner.attitude-bearer']],
    ['… two objectors', 'Iran sent troops to Syria despite protests from France and Britain.', ['france · military-involvement · oppose · owner.attitude-bearer', 'iran · military-involvement · support · owner.clause-subject', 'uk · military-involvement · oppose · owner.attitude-bearer']],
    ['… a refusal, objected to', 'Damascus refused to join the talks despite criticism from Moscow.', ['russia · political-solution · support · owner.attitude-bearer', 'syria · political-solution · oppose · owner.frame-speaker']],
    ['… no objection noun, no objector', 'Russia sent troops to Syria despite the weather in Turkey.', ['russia · military-involvement · support · owner.clause-subject']],
    // The holder's coordinated speakers hold with it, where nothing closer owns the stance.
    ['the holder and its coordinated speakers', 'The decision to abandon the demand that Assad leave came after pressure from Russia and Iran.', ['iran · assad-must-go · oppose · owner.holder', 'russia · assad-must-go · oppose · owner.holder']],
    ["a quotation's speaker", '"Assad must go," Kerry said.', ['kerry · assad-must-go · support · owner.quote-speaker']],
    ["… single marks", "'Assad must go,' Kerry said.", ['kerry · assad-must-go · support · owner.quote-speaker']],
    ['another side that decided something, inside a speaker\'s words', 'Kerry said the opposition had agreed to attend the talks in Geneva.', ['syria-opposition · political-solution · support · owner.third-party-decision']],
    // A decision signed or endorsed is the deciding side's, before a closing tag too; beside another side, the
    // speaker's own side is a party.
    ['… a deal signed', 'Lavrov said Turkey and Iran had signed a deal on de-escalation zones.', ['iran · cooperate · support · owner.third-party-decision', 'iran · political-solution · support · owner.third-party-decision', 'turkey · cooperate · support · owner.third-party-decision', 'turkey · political-solution · support · owner.third-party-decision']],
    ['… a plan endorsed', 'Kerry said Moscow had endorsed the plan for peace talks.', ['russia · political-solution · support · owner.third-party-decision']],
    ['… before a closing tag (the agreement\'s own frame)', 'The opposition had agreed to attend the talks in Geneva, Kerry said.', ['syria-opposition · political-solution · support · owner.frame-speaker']],
    ['… in a quotation before its tag, the speaker it reports', '"The opposition has agreed to attend the talks in Geneva," Kerry said.', ['syria-opposition · political-solution · support · owner.quoted-speech']],
    ['… a deal signed, before a closing tag', 'Turkey and Iran signed a deal on de-escalation zones, Lavrov said.', ['iran · cooperate · support · owner.third-party-decision', 'iran · political-solution · support · owner.third-party-decision', 'turkey · cooperate · support · owner.third-party-decision', 'turkey · political-solution · support · owner.third-party-decision']],
    ["… the speaker's side beside another", 'Lavrov said Russia and Turkey had signed a deal on de-escalation zones.', ['russia · cooperate · support · owner.third-party-decision', 'russia · political-solution · support · owner.third-party-decision', 'turkey · cooperate · support · owner.third-party-decision', 'turkey · political-solution · support · owner.third-party-decision']],
    // A part of a body that stands for it, in a list of signatories, in scare quotes too.
    ['… "the main forces of" a body', 'Zarif said Damascus and the leading forces of the opposition had signed a ceasefire deal.', ['syria · political-solution · support · owner.third-party-decision', 'syria-opposition · political-solution · support · owner.third-party-decision']],
    ['… in scare quotes', "Zarif said Damascus and the 'leading forces of the opposition' had signed a ceasefire deal.", ['syria · political-solution · support · owner.third-party-decision', 'syria-opposition · political-solution · support · owner.third-party-decision']],
    ['… in curly scare quotes', 'Zarif said Damascus and the “leading forces of the rebels” had signed a ceasefire deal.', ['syria · political-solution · support · owner.third-party-decision', 'syria-opposition · political-solution · support · owner.third-party-decision']],
    // Signing in other words: "put their signatures to".
    ['… a signature put to a deal', 'Lavrov said Ankara has put its signature to a ceasefire deal.', ['turkey · political-solution · support · owner.third-party-decision']],
    ['… signatures, before a closing tag', 'Iran and Turkey put their signatures to a ceasefire deal, Lavrov said.', ['iran · political-solution · support · owner.third-party-decision', 'turkey · political-solution · support · owner.third-party-decision']],
    ['… after "according to"', 'Iran and Turkey have put their signatures to a ceasefire deal, according to Kerry.', ['iran · political-solution · support · owner.third-party-decision', 'turkey · political-solution · support · owner.third-party-decision']],
    ['… in a quotation', "'Iran and Turkey have put their signatures to a ceasefire deal,' Kerry said.", ['iran · political-solution · support · owner.quoted-decision', 'turkey · political-solution · support · owner.quoted-decision']],
    ['… curly marks', '“Damascus has put its signature to a ceasefire deal,” Kerry said.', ['syria · political-solution · support · owner.quoted-decision']],
    // An obligation is the speaker's demand, not the third party's decision.
    ['… not an obligation: "must"', 'Kerry said Moscow must agree to a political solution.', ['kerry · political-solution · support · owner.frame-speaker']],
    ['… not "has to"', 'Kerry said Tehran has to be ready to join the talks.', ['kerry · political-solution · support · owner.frame-speaker']],
    ['… not "should", in a quotation', '"Tehran should accept a political solution," Kerry said.', ['kerry · political-solution · support · owner.quote-speaker']],
    ['… not "needs to", single marks', "'Damascus needs to agree to a ceasefire,' Kerry said.", ['kerry · political-solution · support · owner.quote-speaker']],
    ['… not "ought to", curly marks', '“Moscow ought to accept a political solution,” Kerry said.', ['kerry · political-solution · support · owner.quote-speaker']],
    ["… the speaker's side alone stays the speaker's", 'Lavrov said Russia had signed a deal on de-escalation zones.', ['lavrov · cooperate · support · owner.frame-speaker', 'lavrov · political-solution · support · owner.frame-speaker']],
    // Inside a quotation, a subject of another side that decided something holds it, as in reported speech.
    ['a decision of another side inside a quotation', '"Damascus has refused to hold talks with the opposition," Kerry said.', ['syria · political-solution · oppose · owner.quoted-decision']],
    ['… single marks, coordinated subjects', "'Russia and Iran agreed to a ceasefire,' Kerry said.", ['iran · political-solution · support · owner.quoted-decision', 'russia · political-solution · support · owner.quoted-decision']],
    ['… curly marks, an adjective of readiness', '“Tehran is ready to join the talks,” Kerry said.', ['iran · political-solution · support · owner.quoted-decision']],
    ['… curly single marks, a negated decision', '‘Washington will never accept a military solution,’ Lavrov said.', ['us · political-solution · support · owner.quoted-decision']],
    ['… a body', '"The rebels will boycott the talks in Geneva," Lavrov said.', ['syria-opposition · political-solution · oppose · owner.quoted-decision']],
    ["… the speaker's own side stays the speaker's", '"Russia agreed to a ceasefire," Lavrov said.', ['lavrov · political-solution · support · owner.quote-speaker']],
    ['… not in a question', 'Kerry asked: "Is Damascus ready to join the talks?"', ['kerry · political-solution · support · owner.quote-speaker']],
    ['… not an inverted question, curly marks', 'Kerry asked: “And is Tehran ready to back a political solution?”', ['kerry · political-solution · support · owner.quote-speaker']],
    ['… not a participle that modifies the subject', '"Iran and Russia attending the talks in Geneva are part of the problem," Roe said.', ['roe · political-solution · support · owner.quote-speaker']],
    ['… nor in reported speech', 'Kerry said Iran and Russia attending the talks in Geneva were part of the problem.', ['kerry · political-solution · support · owner.frame-speaker']],
    ['… not past a clause of its own', '"Damascus wants us to believe that talks are pointless," Kerry said.', []],
    ["the frame's speaker", 'Lavrov said a political solution was needed.', ['lavrov · political-solution · support · owner.frame-speaker']],
    ['every coordinated speaker', 'Kerry and Lavrov said a political solution was needed.', ['kerry · political-solution · support · owner.frame-speaker', 'lavrov · political-solution · support · owner.coordinated-speaker']],
    // An object pronoun is no subject of the clause.
    ['… not an object pronoun ("them")', 'Iraq asked for support. The idea is to offer them aid in their fight against terrorism.', []],
    ['… not "him"', 'Assad spoke on Monday. The plan is to push him into a political solution.', []],
    ['… a subject pronoun still is', 'Iraq needs help. They will join the fight against terrorism.', ['iraq · fight-terrorism · support · owner.clause-subject', 'iraq · military-involvement · support · owner.clause-subject']],
    ['the subject of its clause, in narration', 'Russia is working for a political solution.', ['russia · political-solution · support · owner.clause-subject']],
    // An aside between dashes or brackets holds no subject; a dateline's lone dash opens none.
    ['a subject after a dateline\'s dash', 'GENEVA (Reuters) – The Iranian and Turkish delegations back a political solution.', ['iran · political-solution · support · owner.clause-subject', 'turkey · political-solution · support · owner.clause-subject']],
    ['… a dateline with a date', 'ANKARA, May 3 – Tehran backs a political solution.', ['iran · political-solution · support · owner.clause-subject']],
    ['… an em dash', 'MOSCOW (AP) — Ankara now backs a political solution.', ['turkey · political-solution · support · owner.frame-speaker']],
    ['the subject before an aside between dashes', 'Russia – as an ally of Iran – works for a political solution.', ['russia · political-solution · support · owner.clause-subject']],
    ['the subject before an aside in brackets', 'Russia (like Iran) works for a political solution.', ['russia · political-solution · support · owner.clause-subject']],
    // The second of a list a preposition governs is no subject; the agent of a participle before the stance holds it.
    ['… not the second object of a preposition', 'A visit to Moscow and Ankara led to a political solution.', []],
    ['the agents of a participle before the stance, not what is said of their deed after it', 'The deal struck by Qatar and Saudi Arabia to arm the rebels was condemned.', ['qatar · military-involvement · support · owner.passive-agent', 'saudi-arabia · military-involvement · support · owner.passive-agent']],
    ['… a plan put forward by two', 'A plan put forward by France and Britain would lead to a political solution.', ['france · political-solution · support · owner.passive-agent', 'uk · political-solution · support · owner.passive-agent']],
    ['… before a verb of position, all the agents speak through the plan', 'A plan drawn up by France and Britain calls for a political solution.', ['france · political-solution · support · owner.frame-speaker', 'uk · political-solution · support · owner.coordinated-speaker']],
    ['… one agent', 'A resolution drafted by France urges a political solution.', ['france · political-solution · support · owner.frame-speaker']],
    ['the bearers after an attitude noun and "by"', 'The decision by Qatar and Saudi Arabia to arm the rebels angered Damascus.', ['qatar · military-involvement · support · owner.attitude-bearer', 'saudi-arabia · military-involvement · support · owner.attitude-bearer']],
    ['the bearer of an attitude', "Ankara's demand for a no-fly zone was rejected.", ['turkey · military-involvement · support · owner.attitude-bearer']],
    ['… with the polarity of the attitude', 'There is concern in Ankara over military intervention.', ['turkey · military-involvement · oppose · owner.attitude-bearer']],
    ['… beside the speaker who rejects it, with the opposite polarity', 'Ankara rejected Russian calls for a political solution.', ['russia · political-solution · support · owner.attitude-bearer', 'turkey · political-solution · oppose · owner.frame-speaker']],
    // A list of names before one attitude noun: each bears it, and the rejecting verb still reaches past the "and".
    ['… a list of demonyms beside the speaker who rejects it', 'Ankara rejected Russian and Iranian calls for a political solution.', ['iran · political-solution · support · owner.attitude-bearer', 'russia · political-solution · support · owner.attitude-bearer', 'turkey · political-solution · oppose · owner.frame-speaker']],
    ['… a name and a demonym after a preposition', 'The talks opened with U.S. and Russian backing for a political solution.', ['russia · political-solution · support · owner.attitude-bearer', 'us · political-solution · support · owner.attitude-bearer']],
    ['… possessive names', "Moscow and Tehran's insistence on a political solution angered the rebels.", ['iran · political-solution · support · owner.clause-subject', 'russia · political-solution · support · owner.clause-subject']],
    ['… three demonyms', 'Paris dismissed Russian, Iranian and Turkish proposals for a political solution.', ['france · political-solution · oppose · owner.frame-speaker', 'iran · political-solution · support · owner.attitude-bearer', 'russia · political-solution · support · owner.attitude-bearer', 'turkey · political-solution · support · owner.attitude-bearer']],
    ['… a list of demonyms before a group noun: its subject', 'The Russian, Iranian and Turkish delegations back a political solution.', ['iran · political-solution · support · owner.clause-subject', 'russia · political-solution · support · owner.clause-subject', 'turkey · political-solution · support · owner.clause-subject']],
    ['… and as a third party deciding inside a speaker\'s words', 'Lavrov said the Russian, Iranian and Turkish delegations had agreed to a political solution.', ['iran · political-solution · support · owner.third-party-decision', 'russia · political-solution · support · owner.third-party-decision', 'turkey · political-solution · support · owner.third-party-decision']],
    // A hyphenated compound of states: both are parties.
    ['a hyphenated compound of states', 'The Russian-Turkish deal backs a political solution.', ['russia · political-solution · support · owner.clause-subject', 'turkey · political-solution · support · owner.clause-subject']],
    ['… a name and a demonym', 'A joint U.S.-Russian communique said both governments would cooperate against terrorism.', ['russia · cooperate · support · owner.clause-subject', 'us · cooperate · support · owner.clause-subject']],
    // A pair noun with a number in digits or a lowercase modifier: the states of the list before.
    ['"the 3 countries"', 'Iran, Russia and Turkey met on Monday. The 3 countries also backed a political solution.', ['iran · political-solution · support · owner.frame-speaker', 'russia · political-solution · support · owner.frame-speaker', 'turkey · political-solution · support · owner.frame-speaker']],
    ['"the sponsor states"', 'Iran, Russia and Turkey met on Monday. The sponsor states backed a political solution.', ['iran · political-solution · support · owner.frame-speaker', 'russia · political-solution · support · owner.frame-speaker', 'turkey · political-solution · support · owner.frame-speaker']],
    ['"the two warring sides"', 'Damascus and the opposition sent envoys. The two warring sides refused to join the talks.', ['syria · political-solution · oppose · owner.frame-speaker', 'syria-opposition · political-solution · oppose · owner.frame-speaker']],
    // A name before an attitude noun after a preposition bears it too; so does the subject before "its"/"their".
    ['… a name before an attitude noun after a preposition', 'Turkey bristles at U.S. moves to arm the Kurds.', ['turkey · military-involvement · support · owner.clause-subject', 'us · military-involvement · support · owner.attitude-bearer']],
    ['… "over U.S. plans"', 'Ankara is angry over U.S. plans to arm the Kurds.', ['turkey · military-involvement · support · owner.clause-subject', 'us · military-involvement · support · owner.attitude-bearer']],
    ['… "steps by" a name', 'The Kurds pointed to steps by Turkey to keep them out of the talks.', ['kurds · inclusive-opposition · oppose · owner.clause-subject', 'turkey · inclusive-opposition · oppose · owner.attitude-bearer']],
    ['… a coordinated verb under an obligation', 'The United States has to stand by its ally Turkey and cancel its decision to arm the Kurds, Erdogan said.', ['erdogan · military-involvement · oppose · owner.frame-speaker', 'us · military-involvement · support · owner.attitude-bearer']],
    ['… the subject\'s own act of dropping it', 'The opposition dropped its demand for Assad to go.', ['syria-opposition · assad-must-go · oppose · owner.clause-subject']],
    ['… asked to drop it, single marks', "'Tehran must end its support for Assad,' Kerry said.", ['iran · assad-must-go · oppose · owner.attitude-bearer', 'kerry · assad-must-go · support · owner.quote-speaker']],
    ['… a possessive before "focus"', "Kerry welcomed Russia's focus on fighting terrorism.", ['kerry · fight-terrorism · support · owner.frame-speaker', 'russia · fight-terrorism · support · owner.attitude-bearer']],
    ['… "its decision": the subject before the verb', 'Erdogan said Washington must cancel its decision to arm the Kurds.', ['erdogan · military-involvement · oppose · owner.frame-speaker', 'us · military-involvement · support · owner.attitude-bearer']],
    ['… "their support"', 'Kerry urged Moscow and Tehran to drop their support for Assad.', ['iran · assad-must-go · oppose · owner.attitude-bearer', 'kerry · assad-must-go · support · owner.frame-speaker', 'russia · assad-must-go · oppose · owner.attitude-bearer']],
    ['… not a name after "of" or "in"', 'Kerry spoke of Russian involvement in Syria.', []],
    // The name before an attitude noun in the object of a verb that takes a noun phrase bears the attitude.
    ['… a name as the modifier of the object\'s attitude noun', 'Lavrov rejected U.S. demands that Assad step down.', ['lavrov · assad-must-go · oppose · owner.frame-speaker', 'us · assad-must-go · support · owner.attitude-bearer']],
    ['… a body as the modifier', 'Assad rejected opposition demands that he step down.', ['assad · assad-must-go · oppose · owner.frame-speaker', 'syria-opposition · assad-must-go · support · owner.attitude-bearer']],
    ['… after "dismissed"', 'Lavrov dismissed U.S. calls for Assad to quit.', ['lavrov · assad-must-go · oppose · owner.frame-speaker', 'us · assad-must-go · support · owner.attitude-bearer']],
    ['… after a verb of approval, both sides support', 'Moscow welcomed Washington demands for a political solution.', ['russia · political-solution · support · owner.frame-speaker', 'us · political-solution · support · owner.attitude-bearer']],
    ['… a body backed in its call', 'Ankara backed opposition calls for a no-fly zone.', ['syria-opposition · military-involvement · support · owner.attitude-bearer', 'turkey · military-involvement · support · owner.frame-speaker']],
    // The actor blamed or praised for a deed holds the deed's stance; the speaker the opposite after blame.
    ['the actor blamed for a deed, "blamed … for"', 'Kerry blamed Russia for blocking peace talks.', ['kerry · political-solution · support · owner.frame-speaker', 'russia · political-solution · oppose · owner.blamed']],
    ['… "blamed … for", a refusal', 'Lavrov blamed Washington for refusing to cooperate with Moscow.', ['lavrov · cooperate · support · owner.frame-speaker', 'us · cooperate · oppose · owner.blamed']],
    ['… "took … to task for"', 'Lavrov took the Western capitals to task for refusing to cooperate with Moscow.', ['lavrov · cooperate · support · owner.frame-speaker', 'west · cooperate · oppose · owner.blamed']],
    ['… "criticised … for" a deed', 'Kerry criticised Moscow for backing Assad.', ['kerry · assad-must-go · support · owner.frame-speaker', 'russia · assad-must-go · oppose · owner.blamed']],
    ['… "for failing to", not doing what follows', 'Erdogan attacked the West for failing to support a no-fly zone.', ['erdogan · military-involvement · support · owner.frame-speaker', 'west · military-involvement · oppose · owner.blamed']],
    ['… praised: both hold it', 'Kerry praised Moscow for backing the peace talks.', ['kerry · political-solution · support · owner.frame-speaker', 'russia · political-solution · support · owner.blamed']],
    ['the holder, when nothing in the sentence names an owner', 'Lavrov told reporters in Geneva:\nA political solution is needed.', ['lavrov · political-solution · support · owner.holder']],
    ['the agent of a passive', 'A political solution was proposed by Moscow.', ['russia · political-solution · support · owner.passive-agent']],
    ['… of a passive rejection', 'The plan for a political solution was rejected by Moscow.', ['russia · political-solution · oppose · owner.passive-agent']],
  ])('%s: %s', (_, text, claims) => {
    expect(ownedClaims(lastTraced(text))).toEqual(claims);
  });

  it.each([
    // A possessed actor is no subject ("Russia's allies"), nor is the object of a preposition.
    ['an object is no owner', 'Kerry said the talks with Moscow about a political solution had stalled.', ['kerry · political-solution · support · owner.frame-speaker']],
    ['an actor in a parenthesis is no clause subject', 'The rebels — backed by Ankara — are working for a political solution.', ['syria-opposition · political-solution · support · owner.clause-subject']],
    ['a speaker who reports a decision does not hold it', 'Kerry said the opposition had agreed to attend the talks in Geneva.', ['syria-opposition · political-solution · support · owner.third-party-decision']],
    ['a stance that is a topic of discussion has no owner', 'Kerry met Lavrov in Geneva to discuss a political solution.', []],
    // After a speech verb "demands" is the name's own verb: the opposition decides, Lavrov reports it.
    ['a name before "demands" after "said" is a clause subject, no bearer', 'Lavrov said the opposition demands that Assad step down.', ['syria-opposition · assad-must-go · support · owner.third-party-decision']],
    ['an outlet relays, it holds nothing', 'The Washington Post says a political solution is needed.', []],
    // Blame for a thing, not a deed: nobody did a deed the stance names.
    ['blame for a noun, no gerund', 'Lavrov blamed the rebels for the collapse of the peace talks.', ['lavrov · political-solution · support · owner.frame-speaker']],
    ['"of" after a verb that blames nobody', 'Kerry spoke of Russia backing the peace talks.', ['kerry · political-solution · support · owner.clause-subject']],
    // The subject of a passive undergoes the act: no tier of the rules gives it the stance.
    ['the subject of a passive holds nothing', 'Ruritania was invited to the peace talks.', []],
    ['… a passive with its auxiliaries and a negation', 'Ruritania has not been invited to the peace talks.', []],
    ['… its agent does', 'Iran was invited to the peace talks by the UN envoy.', ['un · inclusive-opposition · support · owner.passive-agent', 'un · political-solution · support · owner.passive-agent']],
    ['… a participle of state is no passive', 'Iran is prepared to attend the peace talks.', ['iran · political-solution · support · owner.clause-subject']],
    ['… nor the receiver of an invitation', 'Ruritania has received an invitation to the peace talks.', []],
    ['… one received or not', 'Ruritania received no invitation to the peace talks.', []],
    ['… but accepting one is a decision', 'Iran accepted an invitation to the peace talks.', ['iran · political-solution · support · owner.clause-subject']],
    ['… an attitude adjective is none either: it frames its subject\'s position', 'Iran is determined to attend the peace talks.', ['iran · political-solution · support · owner.frame-speaker']],
  ])('trap: %s (%s)', (_, text, claims) => {
    expect(ownedClaims(lastTraced(text))).toEqual(claims);
  });
});

describe('owners: an accusation is an allegation, not the accused\'s position', () => {
  it.each([
    'Kerry accused Russia of blocking peace talks.',
    'Ankara accused Moscow of backing Assad.',
    'The rebels accuse Iran of sending troops.',
  ])('%s', (text) => {
    expect(ownedClaims(lastTraced(text)).filter((c) => c.includes('owner.blamed'))).toEqual([]);
  });
});

describe('owners: the candidates a decider chooses from', () => {
  it('lists every owner rule that proposes an actor, strongest first, and every actor named', () => {
    expect(candidates('"Assad must go," Kerry said.')).toEqual([['kerry support quote owner.quote-speaker,owner.frame-speaker,owner.holder,owner.mentioned', 'assad support quote owner.mentioned']]);
  });

  it('gives the speaker and the third party their own source', () => {
    expect(candidates('Kerry said the opposition had agreed to attend the talks in Geneva.')).toEqual([
      ['syria-opposition support author owner.third-party-decision,owner.mentioned', 'kerry support reported owner.frame-speaker,owner.clause-subject,owner.holder,owner.mentioned'],
    ]);
  });

  it('keeps the subject of a passive as a candidate, under its own rule', () => {
    expect(candidates('Iran was invited to the peace talks.')[0]).toContain('iran support author owner.passive-subject,owner.mentioned');
  });

  it("gives an attitude's bearer its own polarity: a negation before the attitude, or a predicate after the stance, is the speaker's", () => {
    expect(candidates('Ankara rejected Russian calls for a political solution.')).toEqual([
      ['turkey oppose reported owner.frame-speaker,owner.clause-subject,owner.holder,owner.mentioned', 'russia support author owner.attitude-bearer,owner.mentioned'],
    ]);
    expect(candidates('Kerry said Turkish calls for a no-fly zone were unacceptable.')[0]).toContain('turkey support author owner.attitude-bearer,owner.mentioned');
  });
});
