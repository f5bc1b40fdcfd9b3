/**
 * The constructions of whole news articles that decide holders and owners,
 * each a table of sentences written for it: the holder of every sentence (as
 * "id/affiliation/source", "none" for narration) and the claims of the rules
 * ("actor · stance · polarity"). Marks come single and double, straight and
 * curly, wherever a construction has marks.
 */
import { describe, expect, it } from 'vitest';
import type { LabeledSentence } from '../../src/types.js';
import { claimRows, mentionsOf, traced } from './stage.js';

const holderOf = (s: LabeledSentence) => (s.holder ? `${s.holder.id}/${s.holder.affiliation}/${s.holder.source}` : 'none');
const holders = (text: string) => traced(text).map(holderOf);
const claims = (text: string) => traced(text).map(claimRows);

describe('single quotation marks, and apostrophes that open and close nothing', () => {
  it.each([
    ["'Assad must go,' Kerry said.", ['kerry/us/quote'], [['kerry · assad-must-go · support']]],
    ['‘Assad must go,’ Kerry said.', ['kerry/us/quote'], [['kerry · assad-must-go · support']]],
    ['"Assad must go," Kerry said.', ['kerry/us/quote'], [['kerry · assad-must-go · support']]],
    ['“Assad must go,” Kerry said.', ['kerry/us/quote'], [['kerry · assad-must-go · support']]],
    // Apostrophes inside the quotation: Syria's, don't, the rebels'.
    ["'Syria's future is for Syrians to decide, and we don't take the rebels' side,' Lavrov said.", ['lavrov/russia/quote'], [['lavrov · syrians-decide · support']]],
    ['‘Syria’s future is for Syrians to decide, and we don’t take the rebels’ side,’ Lavrov said.', ['lavrov/russia/quote'], [['lavrov · syrians-decide · support']]],
    // A quotation that resumes after its tag, single marks straight and curly.
    ["'Assad must go,' Kerry said. 'There is no military solution.'", ['kerry/us/quote', 'kerry/us/quote'], [['kerry · assad-must-go · support'], ['kerry · political-solution · support']]],
    ['‘Assad must go,’ Kerry said. ‘There is no military solution.’', ['kerry/us/quote', 'kerry/us/quote'], [['kerry · assad-must-go · support'], ['kerry · political-solution · support']]],
    // Single marks inside double ones, and double inside single.
    [`Lavrov said: "They call it 'a political solution', but there is no military solution."`, ['lavrov/russia/quote'], [['lavrov · political-solution · support']]],
    ['Lavrov said: ‘They call it “a political solution”, but there is no military solution.’', ['lavrov/russia/quote'], [['lavrov · political-solution · support']]],
  ])('%s', (text, expectedHolders, expectedClaims) => {
    expect(holders(text)).toEqual(expectedHolders);
    expect(claims(text)).toEqual(expectedClaims);
  });

  it.each([
    // An apostrophe is no quotation mark: narration stays narration, straight or curly.
    ["The rebels' leaders met in Istanbul. Syria's envoy didn't attend."],
    ['The rebels’ leaders met in Istanbul. Syria’s envoy didn’t attend.'],
    ["Syria's allies and the rebels' backers met on Monday."],
    ["The monitors' report on Aleppo isn't out yet."],
    ['The monitors’ report on Aleppo isn’t out yet.'],
  ])('trap: %s has no quotation and no holder', (text) => {
    expect(holders(text).every((h) => h === 'none')).toBe(true);
  });
});

describe('quotations over several sentences and paragraphs', () => {
  it.each([
    // The speaker named in the first sentence, the next ones untagged.
    ['Lavrov said: "We will not give up. We will talk to everyone. There is no military solution."', ['lavrov/russia/quote', 'lavrov/russia/quote', 'lavrov/russia/quote']],
    ['Lavrov said: ‘We will not give up. We will talk to everyone. There is no military solution.’', ['lavrov/russia/quote', 'lavrov/russia/quote', 'lavrov/russia/quote']],
    ["Lavrov said: 'We will not give up. We will talk to everyone. There is no military solution.'", ['lavrov/russia/quote', 'lavrov/russia/quote', 'lavrov/russia/quote']],
    // The speaker named at the end.
    ['“We will not give up. We will talk to everyone. There is no military solution,” Lavrov said.', ['lavrov/russia/quote', 'lavrov/russia/quote', 'lavrov/russia/quote']],
    // A paragraph that reopens the quotation with no tag.
    ["Lavrov told reporters: 'We will not give up.\n'There is no military solution.'", ['lavrov/russia/quote', 'lavrov/russia/quote']],
    ['Lavrov told reporters: “We will not give up.\n“There is no military solution.”', ['lavrov/russia/quote', 'lavrov/russia/quote']],
    ['Lavrov told reporters: "We will not give up.\n"There is no military solution."', ['lavrov/russia/quote', 'lavrov/russia/quote']],
    // A quotation after the tagged one, in the next sentence.
    ['"We will not give up," Lavrov said. "There is no military solution."', ['lavrov/russia/quote', 'lavrov/russia/quote']],
    // Colon lead-ins: "He said:", "In a statement, the ministry said:".
    ['Lavrov arrived in Geneva. He said:\nThere is no military solution.', ['none', 'lavrov/russia/reported', 'lavrov/russia/reported']],
    ["The Turkish Foreign Ministry criticised the plan. In a statement, the ministry said: 'Assad must go.'", ['turkey/turkey/reported', 'turkey/turkey/quote']],
    ['The Turkish Foreign Ministry criticised the plan. In a statement, the ministry said:\n“Assad must go.”', ['turkey/turkey/reported', 'turkey/turkey/reported', 'turkey/turkey/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('gives the claim of an untagged sentence of the quotation to its speaker', () => {
    expect(claims('Lavrov said: ‘We will not give up. There is no military solution.’')).toEqual([[], ['lavrov · political-solution · support']]);
  });

  it.each([
    ['narration after the quotation closed', '"We will not give up," Lavrov said. Talks resumed on Monday.', ['lavrov/russia/quote', 'none']],
    ['… single marks', "'We will not give up,' Lavrov said. Talks resumed on Monday.", ['lavrov/russia/quote', 'none']],
    ['a quotation three sentences after its speaker', 'Lavrov said talks must go on. Kerry arrived. Zarif arrived. "We will not give up."', ['lavrov/russia/reported', 'none', 'none', 'none']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('group and coordinated speakers', () => {
  it.each([
    ['Washington and its allies have said Assad must go.', ['us/us/reported'], [['us · assad-must-go · support']]],
    ['Washington and many of its allies have said Assad must go.', ['us/us/reported'], [['us · assad-must-go · support']]],
    ['Turkish officials said there is no military solution.', ['turkey/turkey/reported'], [['turkey · political-solution · support']]],
    ['Chinese analysts said there is no military solution.', ['china/china/reported'], [['china · political-solution · support']]],
    ['Members of the opposition said Assad must go.', ['syria-opposition/syria-opposition/reported'], [['syria-opposition · assad-must-go · support']]],
    // Every coordinated speaker gets the claim.
    ['Both Kerry and Lavrov said there is no military solution.', ['kerry/us/reported'], [['kerry · political-solution · support', 'lavrov · political-solution · support']]],
    ['Kerry, Lavrov and Zarif said there is no military solution.', ['kerry/us/reported'], [['kerry · political-solution · support', 'lavrov · political-solution · support', 'zarif · political-solution · support']]],
    ['Ankara and Moscow say there is no military solution.', ['turkey/turkey/reported'], [['russia · political-solution · support', 'turkey · political-solution · support']]],
    ['"There is no military solution," Kerry and Lavrov said.', ['kerry/us/quote'], [['kerry · political-solution · support', 'lavrov · political-solution · support']]],
    ['‘There is no military solution,’ said Kerry and Lavrov.', ['kerry/us/quote'], [['kerry · political-solution · support', 'lavrov · political-solution · support']]],
    ['Erdogan met Putin in Ankara. The two leaders said there is no military solution.', ['none', 'erdogan/turkey/reported'], [[], ['erdogan · political-solution · support', 'putin · political-solution · support']]],
  ])('%s', (text, expectedHolders, expectedClaims) => {
    expect(holders(text)).toEqual(expectedHolders);
    expect(claims(text)).toEqual(expectedClaims);
  });

  it.each([
    // A list joined by commas alone is no coordination; an object joined to the speaker is no speaker.
    ['the object of a preposition is no co-speaker', 'Kerry, after talks with Lavrov, said there is no military solution.', [['kerry · political-solution · support']]],
    ['an actor met is no co-speaker', 'Kerry met Lavrov and said there is no military solution.', [['kerry · political-solution · support']]],
  ])('trap: %s (%s)', (_, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("a state's organs and officials that speak for it", () => {
  it.each([
    // "the (foreign) ministry" with no state named: the state of the subject or the speaker just before.
    ['Turkey closed its border. The foreign ministry said there is no military solution.', ['none', 'turkey/turkey/reported'], [[], ['turkey · political-solution · support']]],
    ['Turkey closed its border. The Foreign Ministry said there is no military solution.', ['none', 'turkey/turkey/reported'], [[], ['turkey · political-solution · support']]],
    ['Lavrov met Kerry in Geneva. The ministry later said Russia is ready to cooperate with Washington.', ['none', 'russia/russia/reported'], [[], ['russia · cooperate · support']]],
    ['Russia launched new strikes. The Defence Ministry said there is no military solution.', ['none', 'russia/russia/reported'], [[], ['russia · political-solution · support']]],
    ['"Assad must go," Erdogan said. The ministry later said there is no military solution.', ['erdogan/turkey/quote', 'turkey/turkey/reported'], [['erdogan · assad-must-go · support'], ['turkey · political-solution · support']]],
    ['Turkey closed its border. Foreign Ministry officials said there is no military solution.', ['none', 'turkey/turkey/reported'], [[], ['turkey · political-solution · support']]],
    // "the Foreign Ministry of Iran", "the government of Turkey": the state after "of".
    ['The Foreign Ministry of Iran said there is no military solution.', ['iran/iran/reported'], [['iran · political-solution · support']]],
    ['The government of Turkey said Assad must go.', ['turkey/turkey/reported'], [['turkey · assad-must-go · support']]],
    // Officials in a state or its capital speak for the state.
    ['Officials in Moscow said there is no military solution.', ['russia/russia/reported'], [['russia · political-solution · support']]],
    ['Senior officials in Ankara said Assad must go.', ['turkey/turkey/reported'], [['turkey · assad-must-go · support']]],
    ['Diplomats in Washington said Assad must go.', ['us/us/reported'], [['us · assad-must-go · support']]],
    // A hyphenated participle before the subject modifies it: it governs nothing.
    ['The Syrian Observatory for Human Rights, based in Britain, said ten civilians died in the raids.', ['sohr/other/reported'], [[]]],
    ['The Saudi-backed High Negotiations Committee said Assad must go.', ['syria-opposition/syria-opposition/reported'], [['syria-opposition · assad-must-go · support', 'syria-opposition · political-solution · support']]],
    // A body's panel or team speaks for the body.
    ['A UN panel said there is no military solution.', ['un/un/reported'], [['un · political-solution · support']]],
    ['UN investigators said the government used chemical weapons.', ['un/un/reported'], [[]]],
  ])('%s', (text, expectedHolders, expectedClaims) => {
    expect(holders(text)).toEqual(expectedHolders);
    expect(claims(text)).toEqual(expectedClaims);
  });

  it.each([
    // Residents are nobody's officials; a ministry with a body of that name before is that body.
    ['residents speak for no state', 'Residents in Moscow said there is no military solution.', ['none']],
    ['a ministry named before is that ministry', 'The Russian Foreign Ministry issued a note. Kerry met Zarif. The ministry said there is no military solution.', ['none', 'none', 'russia/russia/reported']],
    ['no state anywhere before: no holder', 'The ministry said there is no military solution.', ['none']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('speech after a verb of going on, and "cited as saying"', () => {
  it.each([
    ['Lavrov went on to say that there is no military solution.', ['lavrov/russia/reported'], [['lavrov · political-solution · support']]],
    ['Kerry went on to say that Assad must go.', ['kerry/us/reported'], [['kerry · assad-must-go · support']]],
    ['Zarif was quick to add that there is no military solution.', ['zarif/iran/reported'], [['zarif · political-solution · support']]],
    ['Erdogan continued to insist that Assad must go.', ['erdogan/turkey/reported'], [['erdogan · assad-must-go · support']]],
    ["'Assad must go,' Kerry said. He went on to say that there is no military solution.", ['kerry/us/quote', 'kerry/us/reported'], [['kerry · assad-must-go · support'], ['kerry · political-solution · support']]],
    ['Reuters cited Lavrov as saying there is no military solution.', ['lavrov/russia/reported'], [['lavrov · political-solution · support']]],
    ['The agency cited a senior Turkish official as saying Assad must go.', ['turkey/turkey/reported'], [['turkey · assad-must-go · support']]],
    ['Lavrov was cited by Interfax as saying there is no military solution.', ['lavrov/russia/reported'], [['lavrov · political-solution · support']]],
    ['Interfax quoted a senior Russian diplomat as saying there is no military solution.', ['russia/russia/reported'], [['russia · political-solution · support']]],
  ])('%s', (text, expectedHolders, expectedClaims) => {
    expect(holders(text)).toEqual(expectedHolders);
    expect(claims(text)).toEqual(expectedClaims);
  });

  it.each([
    // Words refused or declined are no frame of going on.
    ['declined to say', 'Kerry declined to say whether the talks would resume.'],
    ['an infinitive of purpose', 'Kerry flew to Geneva to say goodbye.'],
  ])('trap: %s is no catenative frame', (_, text) => {
    expect(traced(text).every((s) => s.trace!.holder !== 'holder.frame.catenative')).toBe(true);
  });
});

describe('persons the codebook lacks', () => {
  it.each([
    // The side from the words around the name; the id from the surname.
    ['Jane Roe, of the opposition Syrian National Council, said Assad must go.', 'roe/syria-opposition/reported'],
    ['Jane Roe of the Syrian National Coalition said Assad must go.', 'roe/syria-opposition/reported'],
    ['"Assad must go," Jane Roe of the Syrian National Coalition said.', 'roe/syria-opposition/quote'],
    ['Jane Roe, a Green member of the European Parliament, said there is no military solution.', 'roe/eu/reported'],
    ['Jane Roe, a senior Turkish diplomat, said Assad must go.', 'roe/turkey/reported'],
    ['"Assad must go," said Jane Roe, a senior Turkish diplomat.', 'roe/turkey/quote'],
    ['Jane Roe, a Saudi diplomat, told reporters: “Assad must go.”', 'roe/saudi-arabia/quote'],
    ['Kremlin spokesman Jane Roe said there is no military solution.', 'roe/russia/reported'],
    ['Abu Mohammed al-Roe, a commander of the Syrian National Coalition, said Assad must go.', 'roe/syria-opposition/reported'],
    // Unnamed persons placed by whom they serve or where they come from.
    ['A spokesman for the Saudi-led coalition said Assad must go.', 'saudi-arabia/saudi-arabia/reported'],
    ['An Iranian general said Assad is a red line.', 'iran/iran/reported'],
  ])('%s → %s', (text, expected) => {
    expect(holders(text)).toEqual([expected]);
  });

  it.each([
    // The side from earlier in the article.
    ['Jane Roe, a senior Turkish diplomat, arrived in Geneva. Roe said Assad must go.', ['none', 'roe/turkey/reported']],
    ['Jane Roe, a senior member of the Syrian National Coalition, arrived in Geneva. Roe said Assad must go.', ['none', 'roe/syria-opposition/reported']],
    ["Jane Roe, the Qatari foreign minister, arrived in Geneva. 'Assad must go,' Roe said.", ['none', 'roe/qatar/quote']],
    // A title with no side named, right after a speaker of some side: of that side (coref.adhoc-side-before).
    ['Lavrov said the talks would resume. Deputy Foreign Minister Jane Roe said there is no military solution.', ['lavrov/russia/reported', 'roe/russia/reported']],
    ['Zarif said the talks would resume. "There is no military solution," Deputy Foreign Minister Jane Roe said.', ['zarif/iran/reported', 'roe/iran/quote']],
    ['Kerry said the talks would resume. ‘There is no military solution,’ spokesman Jane Roe said.', ['kerry/us/reported', 'roe/us/quote']],
    ['Erdogan spoke in Ankara on Monday. Spokesman Jane Roe said there is no military solution.', ['none', 'roe/other/reported']],
    ['The Guardian reported the talks would resume. Spokesman Jane Roe said there is no military solution.', ['guardian/other/reported', 'roe/other/reported']],
    // A role that spoke unnamed, then a person named with no side: the role's person, of its side (coref.adhoc-role-before).
    ['The Kurds were not invited, their envoy in Paris said. "Nobody asked us," Jane Roe told reporters.', ['kurds/kurds/reported', 'roe/kurds/quote']],
    ["The rebels will attend, their spokesman said. 'We will be there,' Jane Roe said.", ['syria-opposition/syria-opposition/reported', 'roe/syria-opposition/quote']],
    ['The Kurds were not invited, their envoy said on Monday. “We were left out,” said Jane Roe.', ['kurds/kurds/reported', 'roe/kurds/quote']],
    ["The Kurds were not invited, their envoy said. ‘Nobody called us,’ Jane Roe told AFP.", ['kurds/kurds/reported', 'roe/kurds/quote']],
    ['The Kurds were not invited, their envoy said. Jane Roe said nobody had called.', ['kurds/kurds/reported', 'roe/kurds/reported']],
    // A named speaker between them keeps the new person side-less.
    ['The Kurds were not invited, their envoy said. Kerry said the list was not final. Jane Roe said nobody had called.', ['kurds/kurds/reported', 'kerry/us/reported', 'roe/other/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it.each([
    // `other` only when nothing says whose side the person is on.
    ['Jane Roe said there is no military solution.', 'roe/other/reported'],
    ['Jean-Pierre Dupont said there is no military solution.', 'dupont/other/reported'],
    ['“There is no military solution,” said Jane Roe.', 'roe/other/quote'],
    ["'There is no military solution,' said Jane Roe, who chaired the meeting.", 'roe/other/quote'],
    ['Jane Roe of Ruritania, who chaired the meeting, said there is no military solution.', 'roe/other/reported'],
  ])('nothing says the side: %s → %s', (text, expected) => {
    expect(holders(text)).toEqual([expected]);
  });
});

describe("a body's statement read over several sentences", () => {
  it.each([
    ['The Russian Foreign Ministry issued a statement on Monday. The statement said there is no military solution. It added that Assad is a red line.', ['none', 'russia/russia/reported', 'russia/russia/reported']],
    ['The Kremlin said there is no military solution. It added that Assad is a red line.', ['russia/russia/reported', 'russia/russia/reported']],
    ['The Turkish Foreign Ministry criticised the plan. Ankara has long opposed the militia. Officials met in the capital. The ministry said in a statement that Assad must go.', ['turkey/turkey/reported', 'turkey/turkey/reported', 'none', 'turkey/turkey/reported']],
    ['A statement from the Kremlin said there is no military solution. It added that Assad is a red line.', ['russia/russia/reported', 'russia/russia/reported']],
    ['The UN Security Council met on Monday. In a statement, the council said there is no military solution.', ['none', 'un/un/reported']],
    ['The Russian Defence Ministry said there is no military solution. "The strikes will go on," the statement added.', ['russia/russia/reported', 'russia/russia/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('gives each sentence of the statement its claims', () => {
    expect(claims('The Russian Foreign Ministry issued a statement on Monday. The statement said there is no military solution. It added that Assad is a red line.')).toEqual([
      [],
      ['russia · political-solution · support'],
      ['russia · assad-must-go · oppose'],
    ]);
  });

  it.each([
    ['a statement with no issuer and no speaker before', 'Lavrov arrived in Geneva. The statement said there is no military solution.', ['none', 'none']],
    ['"the ministry" with no ministry named before', 'In a statement, the ministry said: "There is no military solution."', ['none']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('owners of narrated positions, and third parties in a speaker\'s sentence', () => {
  it.each([
    // The clause subject, each coordinated subject.
    ['China and Russia oppose any military intervention.', ['china · military-involvement · oppose', 'russia · military-involvement · oppose']],
    ['The UK has long called for a political solution.', ['uk · political-solution · support']],
    ['Moscow and Tehran want Assad to stay in power.', ['iran · assad-must-go · oppose', 'russia · assad-must-go · oppose']],
    ['Russia is working for a political solution.', ['russia · political-solution · support']],
    ['Turkey, which backs the rebels, has long said Assad must go.', ['turkey · assad-must-go · support']],
    // The bearer of an attitude.
    ["Ankara's demand for a no-fly zone was rejected.", ['turkey · military-involvement · support']],
    ['There is growing concern in Ankara over the military intervention.', ['turkey · military-involvement · oppose']],
    // A third party inside a speaker's sentence: its own position, with its own polarity.
    ['Ankara rejected Russian calls for a political solution.', ['russia · political-solution · support', 'turkey · political-solution · oppose']],
    ['Kerry rejected Russian calls for joint strikes.', ['kerry · cooperate · oppose', 'russia · cooperate · support']],
    ['Lavrov dismissed Turkish demands for a no-fly zone.', ['lavrov · military-involvement · oppose', 'turkey · military-involvement · support']],
    ['Tehran welcomed Russian calls for a political solution.', ['iran · political-solution · support', 'russia · political-solution · support']],
    ['Kerry said Turkish calls for a no-fly zone were unacceptable.', ['kerry · military-involvement · oppose', 'turkey · military-involvement · support']],
    ['Kerry said the opposition had agreed to attend the talks in Geneva.', ['syria-opposition · political-solution · support']],
    ['Kerry met Lavrov, who has long backed a political solution.', ['lavrov · political-solution · support']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it.each([
    ['an actor after a preposition holds nothing', 'Kerry said the talks with Moscow about a political solution had stalled.', ['kerry · political-solution · support']],
    ['a possessed actor is no subject', "Russia's allies are working for a political solution.", []],
  ])('trap: %s (%s)', (_, text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });
});

describe('headlines and datelines', () => {
  it.each([
    // "X: …" and "X says …" headlines have X as holder.
    ['Kerry: Assad must go\nTalks resumed on Monday.', ['kerry/us/reported', 'none'], [['kerry · assad-must-go · support'], []]],
    ['Kerry says Assad must go\nTalks resumed on Monday.', ['kerry/us/reported', 'none'], [['kerry · assad-must-go · support'], []]],
    ['Erdogan says Assad must go\nTalks resumed on Monday.', ['erdogan/turkey/reported', 'none'], [['erdogan · assad-must-go · support'], []]],
    ['Lavrov: ‘There is no military solution’\nTalks resumed on Monday.', ['lavrov/russia/quote', 'none'], [['lavrov · political-solution · support'], []]],
    ['Lavrov: "There is no military solution"\nTalks resumed on Monday.', ['lavrov/russia/quote', 'none'], [['lavrov · political-solution · support'], []]],
    // A headline of a position verb is the desk's summary: no holder, the position is the subject's.
    ['Russia backs a political solution\nTalks resumed on Monday.', ['none', 'none'], [['russia · political-solution · support'], []]],
    // … and so is one whose verb voices more than it says ("urges", "calls on").
    ['Kerry urges Assad to step down\nTalks resumed on Monday.', ['none', 'none'], [['kerry · assad-must-go · support'], []]],
    ['Erdogan calls on Assad to step down\nTalks resumed on Monday.', ['none', 'none'], [['erdogan · assad-must-go · support'], []]],
    // A headline credited after a dash, straight or curly marks inside.
    ['Talks must go on – Lavrov\nTalks resumed on Monday.', ['lavrov/russia/reported', 'none'], [['lavrov · political-solution · support'], []]],
    ['"There is no military solution" — Lavrov\nTalks resumed on Monday.', ['lavrov/russia/quote', 'none'], [['lavrov · political-solution · support'], []]],
    ['‘There is no military solution’ - Lavrov\nTalks resumed on Monday.', ['lavrov/russia/quote', 'none'], [['lavrov · political-solution · support'], []]],
    ["'Assad must go' – Kerry\nTalks resumed on Monday.", ['kerry/us/quote', 'none'], [['kerry · assad-must-go · support'], []]],
  ])('%s', (text, expectedHolders, expectedClaims) => {
    expect(holders(text)).toEqual(expectedHolders);
    expect(claims(text)).toEqual(expectedClaims);
  });

  it('traces the credit', () => {
    expect(holderRule('Talks must go on – Lavrov\nTalks resumed on Monday.')).toEqual(['holder.frame.headline-credit', null]);
  });

  it.each([
    // A dateline is no speaker: the sentence's own speaker or none.
    ['GENEVA (Reuters) - Talks resumed on Monday.', ['none']],
    ['GENEVA (Reuters) - There is no military solution, Lavrov said on Monday.', ['lavrov/russia/reported']],
    ['MOSCOW, March 3 (AP) — Lavrov said there is no military solution.', ['lavrov/russia/reported']],
    ['ANKARA (Reuters) - There is no military solution, Erdogan said.', ['erdogan/turkey/reported']],
    ['BEIRUT (AFP) - The opposition said Assad must go.', ['syria-opposition/syria-opposition/reported']],
    // A place before a colon in running text is a dateline too.
    ['Moscow: Lavrov said there is no military solution. Talks resumed in Geneva.', ['lavrov/russia/reported', 'none']],
    ['Damascus: The talks resumed on Monday. They went on into the night.', ['none', 'none']],
  ])('dateline: %s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

const holderRule = (text: string) => traced(text).map((s) => s.trace?.holder ?? null);

describe('attitude adjectives after a linking verb', () => {
  it.each([
    ['Tehran has grown more and more critical of Western support for the rebels.', 'iran/iran/reported'],
    ['Moscow remains opposed to any military intervention.', 'russia/russia/reported'],
    ['Beijing is deeply sceptical of sanctions.', 'china/china/reported'],
    ['Ankara is adamant that Assad must go.', 'turkey/turkey/reported'],
    ['France is keen to see a political solution.', 'france/france/reported'],
    ['Britain, a close ally of Washington, has become wary of arming the rebels.', 'uk/uk/reported'],
    // Inside a quotation the speaker holds it; single and double marks, straight and curly.
    [`"Moscow remains opposed to any intervention," Kerry said.`, 'kerry/us/quote'],
    ['“Moscow remains opposed to any intervention,” Kerry said.', 'kerry/us/quote'],
    ["'Moscow remains opposed to any intervention,' Kerry said.", 'kerry/us/quote'],
    ['‘Moscow remains opposed to any intervention,’ Kerry said.', 'kerry/us/quote'],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual([expected]);
  });

  it('traces the rule', () => {
    expect(holderRule('Moscow remains opposed to any military intervention.')).toEqual(['holder.frame.attitude-adjective']);
  });

  it("inside a speaker's words, the speaker's own side's attitude stays the speaker's", () => {
    expect(claims('Kerry noted that the United States is firm in its belief that Assad must go.')).toEqual([['kerry · assad-must-go · support']]);
  });

  it.each([
    ['a subject that is no actor', 'The situation is critical.', ['none']],
    ['an adjective before its noun', 'Russia gave a critical speech on Monday.', ['none']],
    ['a headline is the desk\'s summary', 'Russia remains opposed to intervention\nTalks resumed on Monday.', ['none', 'none']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('progressive speech verbs', () => {
  it.each([
    ['Lavrov is insisting that the report be published in full.', 'lavrov/russia/reported'],
    ['Kerry has been saying for weeks that there is no military solution.', 'kerry/us/reported'],
    ['In spite of the objections, Zarif is still arguing that the talks must go on.', 'zarif/iran/reported'],
    ['Erdogan was warning that Turkey would act alone.', 'erdogan/turkey/reported'],
    ['The rebels are claiming that the regime used chemical weapons.', 'syria-opposition/syria-opposition/reported'],
    // The participle after a comma stays the main subject's.
    ['Turkey closed the border, saying it would not let fighters cross.', 'turkey/turkey/reported'],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual([expected]);
  });
});

describe('a speaker coordinated with people the text does not place', () => {
  it.each([
    ['Erdogan and other officials have said that Turkey will not send troops.', 'erdogan/turkey/reported', ['erdogan · military-involvement · oppose']],
    ['Any deal would be hard to enforce, French officials and analysts warn.', 'france/france/reported', []],
    ['Lavrov and senior diplomats said there is no military solution.', 'lavrov/russia/reported', ['lavrov · political-solution · support']],
    ['Washington and its allies have said Assad must go.', 'us/us/reported', ['us · assad-must-go · support']],
    ['Zarif and other senior officials said there is no military solution.', 'zarif/iran/reported', ['zarif · political-solution · support']],
  ])('%s', (text, expectedHolder, expectedClaims) => {
    expect(holders(text)).toEqual([expectedHolder]);
    expect(claims(text)).toEqual([expectedClaims]);
  });
});

describe('position verbs of objecting and denouncing', () => {
  it.each([
    ['Turkey objected to the decision.'],
    ['Turkey decried the decision as a mistake.'],
    ['Turkey slammed the decision.'],
    ['Turkey lambasted the decision.'],
    ['Turkey disputed the findings of the report.'],
  ])('%s', (text) => {
    expect(holders(text)).toEqual(['turkey/turkey/reported']);
    expect(holderRule(text)).toEqual(['holder.frame.position']);
  });
});

describe('transcripts: a speaker turn holds the sentences after it', () => {
  it.each([
    ['known speaker, the rest of the line', 'President Putin: Well, that is correct. We are backing the government. We see the same in Iraq.', ['putin/russia/reported', 'putin/russia/reported', 'putin/russia/reported']],
    ['a speaker the codebook lacks', 'Jane Roe: So you want to join the coalition? That is one reason you are there.', ['roe/other/reported', 'roe/other/reported']],
    ['a name the tagger reads as a verb', 'Jane Rose: So you want to join the coalition? That is one reason you are there.', ['rose/other/reported', 'rose/other/reported']],
    ['turns change mid-line', 'Jane Roe: Do you back the government? Lavrov: We do. It is legitimate.', ['roe/other/reported', 'lavrov/russia/reported', 'lavrov/russia/reported']],
    ['a new line ends the turn', 'Lavrov: We back the government. It is legitimate.\nThe interview ended on Monday.', ['lavrov/russia/reported', 'lavrov/russia/reported', 'none']],
    ['a quotation inside the turn, double marks', 'Lavrov: We said it then. "There is no military solution."', ['lavrov/russia/reported', 'lavrov/russia/quote']],
    ['a quotation inside the turn, single curly marks', 'Lavrov: We said it then. ‘There is no military solution.’', ['lavrov/russia/reported', 'lavrov/russia/quote']],
  ])('%s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('traces the turn', () => {
    expect(holderRule('Jane Roe: Do you back the government? Is it legitimate?')).toEqual(['holder.frame.speaker-colon', 'holder.turn']);
  });

  it.each([
    ['a headline names a topic', 'Syria Talks: What Comes Next\nThe talks resumed on Monday.', ['none', 'none']],
    ['capitals are no name', 'BREAKING NEWS: The talks resumed on Monday.', ['none']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe("a live blog's time stamps", () => {
  it.each([
    ['12:15 p.m. A senior Turkish official says Ankara is against the plan.', ['turkey/turkey/reported']],
    ['9 a.m. Zarif says Tehran wants talks. 10:30 a.m. Lavrov says there is no military solution.', ['zarif/iran/reported', 'lavrov/russia/reported']],
    ['10.30am Kerry said Assad must go.', ['kerry/us/reported']],
    ['5:25 PM Lavrov said the talks must go on.', ['lavrov/russia/reported']],
    ['8 a.m. "There is no military solution," Lavrov said.', ['lavrov/russia/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('a stamp joins the entry after it, not the sentence before', () => {
    expect(traced('Talks resumed. 12:15 p.m. Lavrov said they would go on.').map((s) => s.text)).toEqual(['Talks resumed.', '12:15 p.m. Lavrov said they would go on.']);
  });
});

describe("a wire dateline with the agency between slashes", () => {
  it.each([
    ['MOSCOW, March 3. /TASS/. Talks must go on, Lavrov said on Thursday.', ['lavrov/russia/reported']],
    ['GENEVA, June 30. /TASS/. "Talks must go on," Lavrov said.', ['lavrov/russia/quote']],
    ["ANKARA, Sept 12. /Anadolu/. 'Talks must go on,' Erdogan said.", ['erdogan/turkey/quote']],
    ['NEW YORK, May 4. /TASS/. Russia said the talks must go on. The talks resumed.', ['russia/russia/reported', 'none']],
    ['TEHRAN, Jan. 24. /IRNA/. Zarif said there is no military solution.', ['zarif/iran/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('the dateline joins the sentence after it', () => {
    expect(traced('MOSCOW, March 3. /TASS/. Russia said the talks must go on.').map((s) => s.text)).toEqual(['MOSCOW, March 3. /TASS/. Russia said the talks must go on.']);
  });
});

describe('a pronoun speaker whose antecedent is its own sentence\'s subject', () => {
  it.each([
    ['Merkel, Sarkozy and Cameron put out a joint text in which they said Assad must go.', ['merkel/germany/reported']],
    ['Lavrov arrived in Geneva on Monday and he said the talks must go on.', ['lavrov/russia/reported']],
    ['Erdogan met the envoy, and he said Turkey would not send troops.', ['erdogan/turkey/reported']],
    // After a quotation the speaker is the one named before it.
    ['Kerry arrived. "Lavrov is wrong," he said.', ['none', 'kerry/us/quote']],
    ['Kerry arrived. ‘Lavrov is wrong,’ he said.', ['none', 'kerry/us/quote']],
    // After a preposition the actor is no subject.
    ['Kerry met Lavrov. After the talks with Lavrov, he said there is no military solution.', ['none', 'kerry/us/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe("first-person words outside any quotation: a speech, a transcript, an official's own article", () => {
  it.each([
    ['the speaker just before goes on', 'Lavrov said talks must go on. We will not give up. Our position is clear.', ['lavrov/russia/reported', 'lavrov/russia/reported', 'lavrov/russia/reported']],
    ["the document's voice, past a line of narration", 'Kerry said Assad must go. Kerry said the talks would resume. Kerry said there is no military solution. Talks resumed in Geneva. We would not send in troops.', ['kerry/us/reported', 'kerry/us/reported', 'kerry/us/reported', 'none', 'kerry/us/reported']],
    ['a transcript turn goes on in the first person', 'President of Russia Vladimir Putin: Dear friends, I have just finished talks on Syria. We agreed to keep working together.', ['putin/russia/reported', 'putin/russia/reported']],
    ['first person inside a quotation is the quotation\'s, double marks', 'Kerry arrived. "We will not give up," Lavrov said.', ['none', 'lavrov/russia/quote']],
    ['… single curly marks', 'Kerry arrived. ‘We will not give up,’ Lavrov said.', ['none', 'lavrov/russia/quote']],
    // The sentences after a first-person one go on in its voice to the end of the paragraph or a speaker of their own.
    ['a speech goes on past sentences with no first person', 'Lavrov said talks must go on. We will not give up. This shelling is an outrage. The regime must answer for it. Kerry said the talks would resume.', ['lavrov/russia/reported', 'lavrov/russia/reported', 'lavrov/russia/reported', 'lavrov/russia/reported', 'kerry/us/reported']],
    ['… to the end of its paragraph', 'Lavrov said talks must go on. We will not give up. This attack is an affront.\nTalks resumed in Geneva.', ['lavrov/russia/reported', 'lavrov/russia/reported', 'lavrov/russia/reported', 'none']],
    ['the person the narration just introduced', 'Jane Roe, 26, a teacher in Aleppo, walked home on Thursday. I saw a family living in a tent. The street was quiet.', ['none', 'roe/other/reported', 'roe/other/reported']],
    ['… named in the sentence before the one before', 'John Doe, 55, who runs a bakery in Homs, closed his shop. He sat outside. We have no flour.', ['none', 'none', 'doe/other/reported']],
    ['… and a voice silent for a dozen sentences is no longer the document\'s', 'Kerry said Assad must go. Kerry said the talks would resume. Kerry said there is no military solution. Talks resumed. Talks resumed. Talks resumed. Talks resumed. Talks resumed. Talks resumed. Talks resumed. Talks resumed. Talks resumed. Talks resumed. Talks resumed. "Talks must go on," Lavrov said. Talks resumed. We will not give up.', ['kerry/us/reported', 'kerry/us/reported', 'kerry/us/reported', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'lavrov/russia/quote', 'none', 'none']],
    ['… a first-person speaker goes on past a document voice', 'Kerry said Assad must go. Kerry said the talks would resume. Kerry said there is no military solution.\nJane Roe, 26, a teacher, walked home. I saw a tent. I saw a family.', ['kerry/us/reported', 'kerry/us/reported', 'kerry/us/reported', 'none', 'roe/other/reported', 'roe/other/reported']],
    ['… and not into a quotation of another speaker', "Lavrov said talks must go on. We will not give up. 'We will see,' Kerry said.", ['lavrov/russia/reported', 'lavrov/russia/reported', 'kerry/us/quote']],
  ])('%s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('traces the rule', () => {
    expect(holderRule('Lavrov said talks must go on. We will not give up.')).toEqual(['holder.frame.preposed', 'holder.first-person']);
    expect(holderRule('Lavrov said talks must go on. We will not give up. This attack is an affront.')).toEqual(['holder.frame.preposed', 'holder.first-person', 'holder.voice-continues']);
  });

  it.each([
    ['nobody spoke before', 'Talks resumed on Monday. We will not give up.', ['none', 'none']],
    ['nobody spoke before, and the paragraph goes on', 'Talks resumed on Monday. We will not give up. The border is closed.', ['none', 'none', 'none']],
    ['"US" in capitals is the United States', 'Lavrov said talks must go on. The US will not send troops.', ['lavrov/russia/reported', 'none']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('a position stated in an adverbial clause is not what the sentence reports', () => {
  it.each([
    ['France walked out of the session after Russia and China blocked the resolution.', ['none']],
    ['The envoy left Geneva while Moscow had long pressed for a delay.', ['none']],
    ['Kerry left Geneva after Russia rejected the plan.', ['none']],
    ['After Russia rejected the plan, Kerry said talks must go on.', ['kerry/us/reported']],
    ['"Talks must go on," Kerry said after Russia rejected the plan.', ['kerry/us/quote']],
    ['‘Talks must go on,’ Kerry said after Russia rejected the plan.', ['kerry/us/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('the main clause still holds its own position', () => {
    expect(holders('Russia rejected the plan after the talks ended.')).toEqual(['russia/russia/reported']);
  });
});

describe('roles that serve a named person, and indefinite roles', () => {
  // Whose side the role is on: id and affiliation of each sentence's holder.
  const sides = (text: string, date?: string) => traced(text, date).map((x) => (x.holder ? `${x.holder.id}/${x.holder.affiliation}` : 'none'));

  it.each([
    ['A senior Assad aide said talks must go on.', ['syria/syria']],
    ['Erdogan spoke on Monday. An Erdogan adviser said Assad must go.', ['none', 'turkey/turkey']],
    ['A senior Assad aide said talks must go on. Assad spoke on Monday.', ['syria/syria', 'none']],
    ['"Talks must go on," a senior Assad aide said.', ['syria/syria']],
    ['‘Talks must go on,’ a senior Assad aide said.', ['syria/syria']],
  ])('an aide is not the person served: %s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });

  it('an indefinite role is nobody who held the title then', () => {
    expect(sides('"Talks must go on," a U.N. spokesman said.', '2015-06-01')).toEqual(['un/un']);
    expect(sides('"Talks must go on," the U.N. spokesman said.', '2015-06-01')).toEqual(['dujarric/un']);
  });

  it('an indefinite role is nobody named before', () => {
    expect(sides('Annan spoke in Geneva. A U.N. envoy said talks must go on.')).toEqual(['none', 'un/un']);
  });
});

describe('a postposed speaker with an article and modifiers before it', () => {
  it.each([
    ['"Talks must go on," a senior Assad aide said.', ['syria/syria/quote']],
    ['“Talks must go on,” a senior Turkish official said.', ['turkey/turkey/quote']],
    ["'Talks must go on,' a U.N. spokesman said.", ['un/un/quote']],
    ['‘Talks must go on,’ the Kremlin spokesman said.', ['russia/russia/quote']],
    ['Talks must go on, a senior Turkish official said.', ['turkey/turkey/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
    expect(holderRule(text)).toEqual(['holder.frame.postposed']);
  });
});

describe('words sent out, and attitudes voiced', () => {
  it.each([
    // A verb of sending out words with an utterance noun as its object.
    ["Tehran sent a stern warning to the rebels' backers.", 'iran/iran/reported', 'holder.frame.utterance'],
    ['The Kremlin issued an appeal for calm on Monday.', 'russia/russia/reported', 'holder.frame.utterance'],
    ['The opposition delivered an ultimatum to the mediators.', 'syria-opposition/syria-opposition/reported', 'holder.frame.utterance'],
    ['Ankara lodged a formal protest with the Russian ambassador.', 'turkey/turkey/reported', 'holder.frame.utterance'],
    ['Lavrov sounded a warning about the risks of intervention.', 'lavrov/russia/reported', 'holder.frame.utterance'],
    // A verb of expressing reports a position even without a content clause.
    ['France voiced concern about the siege.', 'france/france/reported', 'holder.frame.preposed'],
    ['Zarif expressed support for the ceasefire.', 'zarif/iran/reported', 'holder.frame.preposed'],
  ])('%s', (text, holder, rule) => {
    expect(holders(text)).toEqual([holder]);
    expect(holderRule(text)).toEqual([rule]);
  });

  it.each([
    ['troops sent are a deed', 'Moscow sent warplanes to the coast.'],
    ['documents issued are a deed', 'Russia issued visas to the delegation.'],
    ['an offer renewed without a content clause is a deed', 'France renewed its offer of aid.'],
  ])('trap: %s', (_, text) => {
    expect(holders(text)).toEqual(['none']);
  });
});

describe('blame: attacking a party for what it did, taking it to task, holding it responsible', () => {
  it.each([
    ['Moscow attacked Washington for refusing to share intelligence.', 'russia/russia/reported', 'holder.frame.blame'],
    ['The Russian defence ministry attacked the coalition for its silence.', 'russia/russia/reported', 'holder.frame.blame'],
    ['Lavrov took the Western capitals to task for refusing to cooperate with Moscow.', 'lavrov/russia/reported', 'holder.frame.blame'],
    ['Britain held Moscow accountable for the bombing of the convoy.', 'uk/uk/reported', 'holder.frame.blame'],
    ['Ankara holds the government in Damascus responsible for the shelling.', 'turkey/turkey/reported', 'holder.frame.blame'],
    ['Erdogan lashed out at the United Nations for its failure to act.', 'erdogan/turkey/reported', 'holder.frame.blame'],
    // A verb of blaming is a position verb of its own.
    ['Assad blames the unrest on armed gangs.', 'assad/syria/reported', 'holder.frame.position'],
  ])('%s', (text, holder, rule) => {
    expect(holders(text)).toEqual([holder]);
    expect(holderRule(text)).toEqual([rule]);
  });

  it.each([
    ['an attack of arms for a span of time', 'Government forces attacked rebel positions for a second day.'],
    ['an attack of arms repeated', 'Russian jets attacked the town for the third time.'],
    ['talks held', 'Kerry held talks with Lavrov in Geneva.'],
  ])('trap: %s', (_, text) => {
    expect(holders(text)).toEqual(['none']);
  });
});

describe('an apposition with a relative clause, a speaker placed in a city, a role owned by a pronoun', () => {
  it.each([
    ['The Syrian Observatory for Human Rights, a group that tracks the war, said rebels had shelled the city.', ['sohr/other/reported']],
    ['The Arab League, a bloc that suspended Syria in 2011, said the plan must go ahead.', ['arab-league/arab-league/reported']],
    ['Lavrov in Moscow said the truce would hold.', ['lavrov/russia/reported']],
    // A possessive pronoun before a role places the role on its antecedent's side.
    ['The Kurds were not invited. Their envoy in Paris said the talks were a sham.', ['none', 'kurds/kurds/reported']],
    ['The Kurds were not invited, their envoy said.', ['kurds/kurds/reported']],
    ["The Arab League met on Sunday. 'Talks must go on,' its spokesman said.", ['none', 'arab-league/arab-league/quote']],
    ['The rebels met in Istanbul. ‘Talks must go on,’ their spokesman said.', ['none', 'syria-opposition/syria-opposition/quote']],
    ['Zakharova spoke on Monday. “Talks must go on,” her aide said.', ['none', 'russia/russia/quote']],
    ['The rebels met in Istanbul. "Talks must go on," their spokesman said.', ['none', 'syria-opposition/syria-opposition/quote']],
    // The codebook's side words: "rebel" is the opposition's.
    ['Rebel commanders said the truce was dead.', ['syria-opposition/syria-opposition/reported']],
    ['Turkish commanders said the truce was dead.', ['turkey/turkey/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe("'' typed for a double quotation mark", () => {
  it.each([
    ["Lavrov said: ''We will not give up.'' The talks resumed on Monday.", ['lavrov/russia/quote', 'none']],
    ["“We will not give up,'' Lavrov said. The talks resumed on Monday.", ['lavrov/russia/quote', 'none']],
    ["''There is no military solution,'' Kerry said. He left for Geneva.", ['kerry/us/quote', 'none']],
    ["Kerry said: ''There is no military solution.'' Lavrov said the talks must go on.", ['kerry/us/quote', 'lavrov/russia/reported']],
    // An apostrophe and a single quotation stay what they were.
    ["'Assad must go,' Kerry said. Syria's envoy didn't attend.", ['kerry/us/quote', 'none']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe("a body's organ, a quoting source, a manner adverb before the verb", () => {
  it.each([
    // The organ noun after a body's name, with a modifier between.
    ['The UN refugee agency says thousands are stuck at the border.', 'un/un/reported'],
    ['The US defense department said it had no plans for ground troops.', 'us/us/reported'],
    ["Syria's army said the truce would hold.", 'syria/syria/reported'],
    // "is quoting X as saying" is active; "was (also) quoted by Y as saying" passive.
    ['Turkish state television is quoting a Turkish official as saying the border will stay closed.', 'turkey/turkey/reported'],
    ['Zarif was also quoted by state media as saying the talks would go on.', 'zarif/iran/reported'],
    ['Lavrov was quoted by Interfax as saying the talks would go on.', 'lavrov/russia/reported'],
    // A manner adverb between the subject and its verb.
    ['Moscow angrily denied that its jets had hit the hospital.', 'russia/russia/reported'],
    ['Kurdish militias defiantly announced that they would not withdraw.', 'kurds/kurds/reported'],
    ['Western diplomats were never hopeful about the talks.', 'west/west/reported'],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual([expected]);
  });

  it('the rules that found them', () => {
    expect(mentionsOf('The US defense department said it had no plans for ground troops.').map((m) => m.rule)).toContain('mention.body-organ');
    expect(holderRule('Zarif was also quoted by state media as saying the talks would go on.')).toEqual(['holder.frame.quoted-as-saying']);
  });

  it.each([
    ['an organ noun that modifies another noun is no organ', "Russia's military intervention was condemned.", ['none']],
    ['a manner adverb before a deed', 'Moscow quickly sent warplanes to the coast.', ['none']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('a speaker of another side that a quotation reports, and a dateline before a colon', () => {
  it.each([
    ['“Lavrov told me that there is no military solution,” Kerry said.', [['lavrov · political-solution · support']]],
    ["'Zarif stressed that Assad must go,' Kerry said.", [['zarif · assad-must-go · support']]],
    ['‘Erdogan warned that there is no military solution,’ Kerry said.', [['erdogan · political-solution · support']]],
    // An editor's brackets name the speaker.
    ['"[Zarif] stressed that Assad must go," Kerry said.', [['zarif · assad-must-go · support']]],
    // The speaker's own side's words are the speaker's; a new clause is the speaker's again.
    ['"The United States has said time and again that Assad must go," Kerry said.', [['kerry · assad-must-go · support']]],
    ['"Assad said he would stay, but he must go," Kerry said.', [['kerry · assad-must-go · support']]],
    // In running text a place before a colon opening the sentence is its dateline, no actor.
    ['Moscow: Putin said Assad must go.', [['putin · assad-must-go · support']]],
    ['Ankara: Erdogan said there is no military solution.', [['erdogan · political-solution · support']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('the rules that found them', () => {
    const [sentence] = traced('“Lavrov told me that there is no military solution,” Kerry said.');
    expect(JSON.stringify(sentence!.claims)).toContain('owner.quoted-speech');
    expect(mentionsOf('Moscow: Putin said Assad must go.').map((m) => m.actor)).toEqual(['putin', 'assad']);
  });
});

describe('officials no word places speak for the group last named with that noun', () => {
  it.each([
    ['U.S. officials said the plan was ready. The effort would not involve ground forces, officials said.', ['us/us/reported', 'us/us/reported']],
    ['Russian diplomats met on Monday. Diplomats said the talks would go on.', ['none', 'russia/russia/reported']],
    ['Turkish officials met the envoy. "The talks will go on," officials said.', ['none', 'turkey/turkey/quote']],
    ["Senior Iranian officials arrived in Geneva. 'The talks will go on,' senior officials said.", ['none', 'iran/iran/quote']],
    ['Chinese diplomats met on Monday. “The talks will go on,” diplomats said.', ['none', 'china/china/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it.each([
    ['no group was named before', 'Officials said the road was closed.', ['none']],
    ['a group of another noun', 'Russian diplomats met on Monday. Officials said the road was closed.', ['none', 'none']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('the rule that found them', () => {
    expect(mentionsOf('The effort would not involve ground forces, officials said.').map((m) => m.rule)).toEqual(['mention.bare-officials']);
  });
});

describe('a title is the person named last with it, before whoever held it on the date; a stray comma before the verb', () => {
  const dated = (text: string, date: string) => traced(text, date).map(holderOf);
  it.each([
    ['Cameron spoke in London. The Prime Minister said the vote was a mistake.', '2013-08-30', ['none', 'cameron/uk/reported']],
    ['Medvedev spoke in Moscow. The prime minister said there is no military solution.', '2013-08-30', ['none', 'medvedev/russia/reported']],
    ['Erdogan arrived in Ankara. "Talks must go on," the president said.', '2016-05-01', ['none', 'erdogan/turkey/quote']],
  ])('%s (%s)', (text, date, expected) => {
    expect(dated(text, date)).toEqual(expected);
  });

  it.each([
    ['Russian envoy Vitaly Churkin, said the vote was a mistake.', ['churkin/russia/reported']],
    ['The Kremlin, said talks must go on.', ['russia/russia/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('a plural pronoun whose antecedent is coordinated stands for every member', () => {
  it.each([
    ['Merkel, Sarkozy and Cameron issued a statement in which they said Assad must go.', [['cameron · assad-must-go · support', 'merkel · assad-must-go · support', 'sarkozy · assad-must-go · support']]],
    ['Russia and China met on Monday, and they said there is no military solution.', [['china · political-solution · support', 'russia · political-solution · support']]],
    ['Russia and China met on Monday. They said there is no military solution.', [[], ['china · political-solution · support', 'russia · political-solution · support']]],
    ['France and Britain met on Monday. "There is no military solution," they said.', [[], ['france · political-solution · support', 'uk · political-solution · support']]],
    // The speakers who decided together are no third party of their own words.
    ['Kerry and Lavrov say they have agreed on a framework for talks.', [['kerry · cooperate · support', 'lavrov · cooperate · support']]],
    // An apostrophe inside a word (a pronunciation guide) opens no quotation before the pronoun.
    ["Kerry and Sergey Lavrov (SEHR'-gay) say they have agreed on a framework for talks.", [['kerry · cooperate · support', 'lavrov · cooperate · support']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('traces the rule, and a singular antecedent stays one actor', () => {
    const [, second] = traced('Russia and China met on Monday. They said there is no military solution.');
    expect(JSON.stringify(second!.trace)).toContain('coref.pronoun-group');
    expect(claims('Kerry met Lavrov. They said there is no military solution.')).toEqual([[], ['kerry · political-solution · support']]);
  });
});

describe('"according to": a source that relays a speaker its sentence names, and a source that is no actor', () => {
  it.each([
    ['"Talks must go on," Lavrov said, according to Reuters.', ['lavrov/russia/quote']],
    ["'Talks must go on,' Zarif said, according to state media.", ['zarif/iran/quote']],
    ['According to Russian state media, Lavrov said talks must go on.', ['lavrov/russia/reported']],
    ['Talks must go on, Jane Roe said, according to a report by Zenda Radio.', ['roe/other/reported']],
    // The source is what follows "to" up to the comma: an actor after it is the sentence's subject.
    ['According to reports, the Syrian army took the town.', ['none']],
    ['According to the Kremlin, talks must go on.', ['russia/russia/reported']],
    // An outlet that reports what its sources say relays nobody: the sources speak.
    ['The New York Times said Russian aircraft had struck targets near Hama, according to officials in Washington.', ['us/us/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('naming a thing so is saying so: "called the plan a sham"', () => {
  it.each([
    ['Kremlin spokesman Dmitry Peskov called the raids a breach of the law.', ['peskov/russia/reported']],
    ['Kerry called the talks a success.', ['kerry/us/reported']],
    ['Lavrov called the plan "a recipe for war".', ['lavrov/russia/quote']],
    ['Zarif called the strikes ‘a crime’.', ['zarif/iran/quote']],
    ["Zarif called the strikes 'a crime'.", ['zarif/iran/quote']],
    ['Erdogan called the Russian air strikes an unacceptable escalation.', ['erdogan/turkey/reported']],
    // Other verbs of naming, in forms the tagger reads as a noun or an adjective.
    ['Erdogan labels the militia "a terrorist outfit" over its links to the insurgents.', ['erdogan/turkey/quote']],
    ['Ankara branded the militia a terror group.', ['turkey/turkey/reported']],
    ['Moscow dubbed the plan a sham.', ['russia/russia/reported']],
    ["Lavrov termed the decision 'a mistake'.", ['lavrov/russia/quote']],
    // A quoted label past a preposition inside the object, or right after the verb.
    ['Lavrov called the bombing of the Syrian airbase "unlawful."', ['lavrov/russia/quote']],
    ['Zarif called the strikes on the airbase ‘a crime’.', ['zarif/iran/quote']],
    ['The truce, which a U.N. spokesman called "a good start", was signed.', ['un/un/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
    expect(holderRule(text)).toEqual(['holder.frame.call-it']);
  });

  it.each([
    ['a phone call', 'Obama called Putin on Monday.'],
    ['a meeting called', 'Russia called a meeting of the council.'],
    ['a phone call, a time phrase after a preposition', 'Kerry called Lavrov in Moscow a day after the attack.'],
    ['labels on things', 'The labels on the boxes were Russian.'],
  ])('trap: %s', (_, text) => {
    expect(holders(text)).toEqual(['none']);
  });
});

describe("a title with a phrase of its own: 'the Turkish ambassador to the UN', and the name apposed to it", () => {
  it.each([
    ['The Turkish ambassador to the UN said there is no military solution.', ['turkey/turkey/reported']],
    ['The UN envoy for Syria said there is no military solution.', ['un/un/reported']],
    ['The Turkish ambassador to the UN, Jane Roe, said there is no military solution.', ['roe/turkey/reported']],
    ['Britain\'s envoy to the peace talks, Jane Roe, said on Friday: "There is no military solution."', ['roe/uk/quote']],
    ['Jane Roe of the opposition High Negotiations Committee, by contrast, said: “Assad must go.”', ['roe/syria-opposition/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('the name, not the title, holds the claims', () => {
    expect(claims('Britain\'s envoy to the peace talks, Jane Roe, said on Friday: "There is no military solution."')).toEqual([['roe · political-solution · support']]);
  });
});

describe("a sentence that announces a person's own words after it", () => {
  it.each([
    ["The complete text of Kerry's speech can be read below.\nGood afternoon, everyone. This attack is an affront. We will act.", ['none', 'kerry/us/reported', 'kerry/us/reported', 'kerry/us/reported']],
    ["Here is the transcript of Lavrov's remarks:\nThe talks were useful. Nobody wants a war.", ['none', 'lavrov/russia/reported', 'lavrov/russia/reported']],
    ["The full text of Erdogan's statement follows.\nThe border will stay closed.", ['none', 'erdogan/turkey/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('traces the rule, and a text named with no word placing it after is no announcement', () => {
    expect(holderRule("The full text of Erdogan's statement follows.\nThe border will stay closed.")).toEqual([null, 'holder.announced-text']);
    expect(holders("The text of Erdogan's statement was leaked on Monday.\nThe border will stay closed.")).toEqual(['none', 'none']);
  });
});

describe('a colon lead-in hands its speaker to the first-person words after it; a body named in a phrase after "of"', () => {
  it.each([
    ['Lavrov spoke first. Jane Roe of the opposition-rebel High Negotiations Committee, for her part, said:\nI think this round went better. We talked in depth.', ['none', 'roe/syria-opposition/reported', 'roe/syria-opposition/reported', 'roe/syria-opposition/reported']],
    ['Jane Roe of the Syrian opposition National Coalition said talks must go on.', ['roe/syria-opposition/reported']],
    ['Kerry said Assad must go. Kerry said the talks would resume. Kerry said there is no military solution. Zarif said:\nWe will not give up.', ['kerry/us/reported', 'kerry/us/reported', 'kerry/us/reported', 'zarif/iran/reported', 'zarif/iran/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('an agreement reached is an event of the story, not words reported', () => {
  it.each([
    ['Russia, Iran and Turkey agreed on Tuesday to set up de-escalation zones.', ['none']],
    ['The sides agreed that talks would resume in Geneva.', ['none']],
    ['The two governments agreed to meet again next month.', ['none']],
    ['Moscow and Ankara have agreed on a ceasefire for the north.', ['none']],
    ['At the meeting, the foreign ministers agreed to keep the talks going.', ['none']],
    // A speaker who reports the agreement holds the sentence; a closing tag is still speech.
    ['Kerry and Lavrov say they have agreed on a framework for talks.', ['kerry/us/reported']],
    ['"We agreed to keep talking," Lavrov said.', ['lavrov/russia/quote']],
    ['‘We agreed to keep talking,’ Lavrov said.', ['lavrov/russia/quote']],
    ["'We agreed on nothing,' Lavrov said.", ['lavrov/russia/quote']],
    ['The sides agreed to meet again, Lavrov said.', ['lavrov/russia/reported']],
    // Assent to words is speech: nothing after the verb, or "with" a speaker.
    ['Zarif said talks must go on. Lavrov agreed.', ['zarif/iran/reported', 'lavrov/russia/reported']],
    ['Lavrov agreed with Kerry that talks must go on.', ['lavrov/russia/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('the parties to the agreement still own the claims it states', () => {
    expect(claims('Russia, Iran and Turkey agreed on Tuesday to set up de-escalation zones.')).toEqual([['iran · cooperate · support', 'russia · cooperate · support', 'turkey · cooperate · support']]);
  });

  it("a speech goes on past the agreement it reports", () => {
    expect(holders('Lavrov said talks must go on. We will not give up. The ministers agreed to meet again. We will keep working.')).toEqual(['lavrov/russia/reported', 'lavrov/russia/reported', 'lavrov/russia/reported', 'lavrov/russia/reported']);
  });
});

describe('a person of a body the codebook lacks: "Jane Roe of Acme Capital said"', () => {
  it.each([
    ['Jane Roe of Acme Capital said markets were calm.', ['roe/other/reported']],
    ['Jane Roe of Acme Capital in Hong Kong said markets were calm.', ['roe/other/reported']],
    ['John Doe of the Zenda Institute told reporters the ceasefire would not hold.', ['doe/other/reported']],
    ['Jane Roe of Acme Capital on Monday said Assad must step down.', ['roe/other/reported']],
    ['"Markets are calm," said Jane Roe of Acme Capital.', ['roe/other/quote']],
    ['Jane Roe of Acme Capital said: ‘Markets are calm.’', ['roe/other/quote']],
    // A body the codebook knows gives the person its side, as before.
    ['Jane Roe of the Syrian National Coalition said talks must go on.', ['roe/syria-opposition/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('the person holds the claims', () => {
    expect(claims('Jane Roe of the Zenda Institute said Assad must go.')).toEqual([['roe · assad-must-go · support']]);
  });

  it.each([
    ['a body named with no speech verb after it', 'Jane Roe of Acme Capital arrived in Geneva.'],
    ['the object of a preposition', 'Talks with Jane Roe of the Zenda Institute went on.'],
  ])('trap: %s', (_, text) => {
    expect(holders(text)).toEqual(['none']);
  });
});

describe('a quoted subhead glued to the end of a paragraph speaks for nobody', () => {
  it.each([
    ['Lavrov said talks must go on. "A Window for Talks"\nKerry arrived.', ['lavrov/russia/reported', 'none', 'none']],
    ['"We will go on," Lavrov said. ‘Nobody Will Listen’\nKerry arrived.', ['lavrov/russia/quote', 'none', 'none']],
    ["Lavrov said talks must go on. 'DAY OF RECKONING'\nKerry arrived.", ['lavrov/russia/reported', 'none', 'none']],
    ['“We will go on,” Lavrov said. “No Way Back, Nobody Will Listen”\nKerry arrived.', ['lavrov/russia/quote', 'none', 'none']],
    ['Lavrov said talks must go on. "Talks Must Go On"\nWe will not give up.', ['lavrov/russia/reported', 'none', 'none']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe("a speaker's bracket and body in a speech tag", () => {
  it.each([
    // A legislator's party and state in brackets.
    ['"That is not enough," Senate Chairman John McCain (R-Ariz.) told Kerry.', ['mccain/us/quote']],
    ['‘That is not enough,’ Senator Jane Roe (D-Calif.) told the minister.', ['roe/other/quote']],
    ['Jane Roe (D-N.Y.) said Assad must go.', ['roe/other/reported']],
    ["'Assad must go,' John Doe (R-S.C.) told reporters.", ['doe/other/quote']],
    ['John Doe (R-S.C.) told reporters Assad must go. Talks resumed.', ['doe/other/reported', 'none']],
    // An inverted tag whose speaker goes on with the body, or what the words were about, before a relative clause.
    ['"We have no trust in them," said Jane Roe of the Zenda Brigade, who says her group has been fighting.', ['roe/other/quote']],
    ['‘We have no trust in them,’ said John Doe of the Syrian National Coalition, who chaired the talks.', ['doe/syria-opposition/quote']],
    ['"It is a sham," said Kerry of the plan, which Moscow had put forward.', ['kerry/us/quote']],
    ["'It is a sham,' said Lavrov of the proposal.", ['lavrov/russia/quote']],
    ['“We have no trust in them,” said Jane Roe of Acme Capital.', ['roe/other/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('a clause that ends with a colon leads into the quotation after it', () => {
  it.each([
    ['In Paris, Foreign Minister Laurent Fabius struck a similar note: "Arming them is not the answer." "We send aid instead."', ['fabius/france/quote', 'fabius/france/quote']],
    ["Kerry was blunt: 'Assad must go.'", ['kerry/us/quote']],
    ['Lavrov had a message for Washington: “Talks must go on.”', ['lavrov/russia/quote']],
    ['Zarif put it another way: ‘There is no military solution.’', ['zarif/iran/quote']],
    // A pronoun tag after the quotation speaks for the lead-in's subject, who stands outside the quotation.
    ['Lavrov met Zarif. Kerry struck a similar note: "There is no military solution," he told reporters.', ['none', 'kerry/us/quote']],
    ["Cavusoglu met Kerry. Lavrov was just as firm: 'Talks must go on,' he told the press.", ['none', 'lavrov/russia/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it.each([
    ['no actor leads in', 'The stakes are clear: "Assad must go."', ['none']],
    ['a speech verb frames it itself', 'Lavrov said: "Talks must go on."', ['lavrov/russia/quote']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('a place or a list before a title, and a phrase between auxiliary and verb', () => {
  it.each([
    // The title after a place governed by a preposition opens a clause of its own: no apposition, no list.
    ['Putin seeks closer ties with Damascus, the Syrian foreign minister said on Wednesday.', '2015-10-21', ['muallem/syria/reported']],
    ['Putin wants a pact between Moscow and Tehran, the Syrian foreign minister said.', '2015-10-21', ['muallem/syria/reported']],
    ['Asked about a plan to send troops into Syria, the Russian prime minister replied that war was near.', '2016-02-13', ['medvedev/russia/reported']],
    ['Kerry wants talks with Russia, the Iranian foreign minister said.', '2015-10-21', ['zarif/iran/reported']],
    ["'Talks must go on,' Lavrov told Kerry and Zarif, the Iranian foreign minister said.", '2015-10-21', ['zarif/iran/quote']],
    // "has for years complained": a phrase between auxiliary and verb.
    ['Ankara has for a long time objected to the Russian raids.', '2015-10-21', ['turkey/turkey/reported']],
    ['Turkey, a foe of Assad, has for months complained that Russian jets stray.', '2015-10-21', ['turkey/turkey/reported']],
    ['Moscow had in recent weeks insisted that Assad must stay.', '2015-10-21', ['russia/russia/reported']],
    ['Tehran has during the war maintained that Assad must stay.', '2015-10-21', ['iran/iran/reported']],
    ['Ankara has over the past month said Assad must go.', '2015-10-21', ['turkey/turkey/reported']],
  ])('%s', (text, date, expected) => {
    expect(traced(text, date).map(holderOf)).toEqual(expected);
  });
});

describe('an indefinite title is one of several, and a headline in title case', () => {
  it.each([
    // "a senior Kremlin aide": modifiers between the article and the title; the person named before is not meant.
    ['Shaaban spoke on Monday. A senior Assad aide said truces were the road to peace.', ['none', 'syria/syria/reported']],
    ['Peskov spoke on Monday. A senior Kremlin spokesman said talks must go on.', ['none', 'russia/russia/reported']],
    ['Kerry met Lavrov. A top Russian foreign ministry official said talks must go on.', ['none', 'russia/russia/reported']],
    // In a headline in title case a capitalised word right after a known name is its verb, not a new name.
    // A pronoun after it goes back to the name.
    ['Lavrov Declines to Say Whether Assad Must Go\nAsked about Assad, he told reporters talks must go on.', ['lavrov/russia/reported', 'lavrov/russia/reported']],
    ['Lavrov Pledges to Tell Allies of Plan\nHe said on Monday that talks must go on.', ['lavrov/russia/reported', 'lavrov/russia/reported']],
    ['Lavrov Declines to Comment on Strikes\nHe said only that talks must go on.', ['none', 'lavrov/russia/reported']],
    ['Zarif Declines to Confirm Deal With Moscow\nHe told reporters there is no military solution.', ['zarif/iran/reported', 'zarif/iran/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
    expect(traced(text).flatMap((s) => s.trace!.mentions.map((m) => m.rule))).not.toContain('mention.unknown-speaker');
  });
});

describe('a parenthetical between dashes, and a frame inside a relative clause', () => {
  it.each([
    // The subject stands before a parenthetical set off by dashes, of any dash.
    ['Lavrov - who met Kerry on Monday - said talks must go on.', ['lavrov/russia/reported']],
    ['Lavrov — a veteran of many talks — said there is no military solution.', ['lavrov/russia/reported']],
    ['Zarif – fresh from Vienna – has told reporters that Assad must stay.', ['zarif/iran/reported']],
    // A frame in a relative clause ("who won backing from …", ", who insisted …") does not make the holder.
    ['The Kurds – who won backing from Washington – protested at being left out of the talks.', ['kurds/kurds/reported']],
    ['Asked about a speech of the Iranian leader, who insisted that Assad must stay, Jubeir said: "We disagree."', ['jubeir/saudi-arabia/quote']],
    ['Erdogan, who has long opposed Assad, told reporters that talks must go on.', ['erdogan/turkey/reported']],
    ["The rebels — who drew support from Ankara — said: 'Assad must go.'", ['syria-opposition/syria-opposition/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it.each([
    ['a dash that closes nothing before the verb', 'Talks resumed - and Lavrov said they must go on.', ['lavrov/russia/reported']],
    ['a relative clause alone still frames its antecedent', 'Moscow, which says Assad must stay, sent more jets.', ['russia/russia/reported']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('an auxiliary after appositions, and a participle inside what is named', () => {
  it.each([
    // "Roe, the envoy, who …, had said": the subject stands before the appositions, an auxiliary after them.
    ['Lavrov, the envoy for Syria, who has championed a peace plan, had said talks must go on.', ['lavrov/russia/reported']],
    ['Zarif, the Iranian foreign minister, has said there is no military solution.', ['zarif/iran/reported']],
    ['Kerry, who flew in from Vienna, had told reporters that Assad must go.', ['kerry/us/reported']],
    ['Lavrov, a veteran diplomat, was saying talks must go on.', ['lavrov/russia/reported']],
    ['Erdogan, in Ankara, has insisted Assad must go.', ['erdogan/turkey/reported']],
    // 'called the deteriorating situation "grotesque"': a participle the tagger reads as a verb, after a determiner.
    ['Zarif has called the deteriorating situation around Homs "grotesque."', ['zarif/iran/quote']],
    ["Kerry called the escalating raids on Aleppo 'a disgrace.'", ['kerry/us/quote']],
    ['Lavrov called the proposed truce “a trap.”', ['lavrov/russia/quote']],
    ['Erdogan has called the worsening crisis in Idlib ‘unbearable.’', ['erdogan/turkey/quote']],
    ['Cavusoglu called the renewed shelling of the town "a crime," warning of reprisals.', ['cavusoglu/turkey/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('a place in a list of speaking states, and a body named in apposition to its kind', () => {
  it.each([
    // A place name inside a list of states before a speech or position verb is its state, a co-speaker.
    ['Russia, Syria and Iran contend that there is no military solution.', ['russia/russia/reported'], [['iran · political-solution · support', 'russia · political-solution · support', 'syria · political-solution · support']]],
    ["Moscow, Doha and Ankara said there is no military solution.", ['russia/russia/reported'], [['qatar · political-solution · support', 'russia · political-solution · support', 'turkey · political-solution · support']]],
    ['Tehran, Syria and Moscow insist that a political solution is the only way.', ['iran/iran/reported'], [['iran · political-solution · support', 'russia · political-solution · support', 'syria · political-solution · support']]],
  ])('%s', (text, expectedHolders, expectedClaims) => {
    expect(holders(text)).toEqual(expectedHolders);
    expect(claims(text)).toEqual(expectedClaims);
  });

  it.each([
    // "a … group, Name,": the body named in apposition to its kind is what "the group" names after.
    ['Talks stalled after a hardline rebel group, Zenda Front, walked out. The group said it would not return.', ['none', 'zenda-front/other/reported']],
    ['The walkout of a major Islamist group, Ahrar al-Sham, split the meeting. In a statement, the group said it would stay away.', ['none', 'ahrar-al-sham/syria-opposition/reported']],
    ["A small opposition party, the Zenda Alliance, left Geneva. The party said: 'We will not come back.'", ['none', 'zenda-alliance/other/quote']],
    ['Zenda Front, a hardline rebel group, walked out. The group said it would not return.', ['none', 'zenda-front/other/reported']],
    // "The group said …" twice running: the body that spoke just before, though another of its kind came between.
    ['Ahrar al-Sham, a rebel group, quit the talks. The group said it objected to a role for the Zenda Council, a rival group from Homs. The group said it would stay away.', ['none', 'ahrar-al-sham/syria-opposition/reported', 'ahrar-al-sham/syria-opposition/reported']],
    ['The Zenda Front, a rebel group, quit. The group said a rival group had too many seats. The group said it would not return.', ['none', 'zenda-front/other/reported', 'zenda-front/other/reported']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it.each([
    ['a place that is the object of a preposition', 'Talks between Russia, Syria and Iran went on.', ['none']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe("a state's place name that owns a title, and an opening clause with no comma", () => {
  it.each([
    // "Syria's envoy": the place owns the title as its state does.
    ["Syria's envoy said talks must go on.", '2015-12-01', ['syria/syria/reported']],
    ["Syria's U.N. envoy said talks must go on.", '2015-12-01', ['jaafari/syria/reported']],
    ["Doha's ambassador told reporters that Assad must go.", '2015-12-01', ['qatar/qatar/reported']],
    ["'Assad must go,' Paris's envoy said.", '2015-12-01', ['france/france/quote']],
    ['The plan drew criticism from Syria’s envoy.', '2015-12-01', ['syria/syria/reported']],
    // "After the talks ended Lavrov said": an adverbial clause opens the sentence, its verb right before the subject.
    ['After the talks ended Lavrov said his government would stay.', '2015-12-01', ['lavrov/russia/reported']],
    ['Six months after the unrest began President Assad maintains that reforms are under way.', '2011-10-05', ['assad/syria/reported']],
    ['Once the vote closed Kerry told reporters that Assad must go.', '2015-12-01', ['kerry/us/reported']],
    ['When the meeting ended Zarif insisted there is no military solution.', '2015-12-01', ['zarif/iran/reported']],
    ['Before the session began Jaafari said: "We will not give up."', '2015-12-01', ['jaafari/syria/quote']],
  ])('%s', (text, date, expected) => {
    expect(traced(text, date).map(holderOf)).toEqual(expected);
  });

  it.each([
    ['the object of the opening clause', 'After the army shelled Homs the talks ended.', ['none']],
  ])('trap: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('a plural title over a list of states, and a quotation after a relayed speaker', () => {
  it.each([
    // "the presidents of Russia and Turkey": the holder of the title in each state on the date, else the state.
    ['The presidents of Russia and Turkey said there is no military solution.', '2016-08-09', ['putin/russia/reported'], [['erdogan · political-solution · support', 'putin · political-solution · support']]],
    ['The foreign ministers of Russia, Iran and Turkey agreed that there is no military solution.', '2016-12-20', ['none'], [['cavusoglu · political-solution · support', 'lavrov · political-solution · support', 'zarif · political-solution · support']]],
    ["'There is no military solution,' the foreign ministers of Russia and Iran told reporters.", '2016-12-20', ['lavrov/russia/quote'], [['lavrov · political-solution · support', 'zarif · political-solution · support']]],
    // With no date to read who held the title, the states themselves.
    ['The leaders of Russia and Iran said there is no military solution.', '', ['russia/russia/reported'], [['iran · political-solution · support', 'russia · political-solution · support']]],
    ['“There is no military solution,” said the presidents of Russia and Iran.', '2016-12-20', ['putin/russia/quote'], [['putin · political-solution · support', 'rouhani · political-solution · support']]],
  ])('%s', (text, date, expectedHolders, expectedClaims) => {
    const sentences = traced(text, date);
    expect(sentences.map(holderOf)).toEqual(expectedHolders);
    expect(sentences.map(claimRows)).toEqual(expectedClaims);
  });

  it.each([
    // "According to the agency, Roe wrote …": the source relays the speaker it names, whose quotation follows.
    ['According to SANA, Assad wrote in a letter to Tehran. "We will stand by our allies to the end."', ['assad/syria/reported', 'assad/syria/quote']],
    ["According to TASS, Lavrov told his hosts in Ankara. 'There is no military solution, and we will keep saying so.'", ['lavrov/russia/reported', 'lavrov/russia/quote']],
    ['According to IRNA, Zarif wrote to the envoy on Monday. “Talks must go on whatever the others decide.”', ['zarif/iran/reported', 'zarif/iran/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('a relative clause with no comma after the subject, and a note of anonymity', () => {
  it.each([
    // "An official who spoke on condition of anonymity said": the relative clause stands between subject and verb.
    ['A Russian official who spoke on condition of anonymity said talks must go on.', ['russia/russia/reported']],
    ['A French diplomat who asked not to be named told reporters that Assad must go.', ['france/france/reported']],
    ["A Turkish diplomat who declined to be identified said: 'Assad must go.'", ['turkey/turkey/quote']],
    ['Syrian officials who met the envoy in Geneva on Monday said talks must go on.', ['syria/syria/reported']],
    ['The rebels who Assad said were terrorists left the town.', ['assad/syria/reported']],
    // "asked not to be named" is the reporter's note, not what the source said.
    ['The official asked not to be named because he was not allowed to speak.', ['none']],
    ['Two diplomats asked not to be identified.', ['none']],
    ['A Saudi source, who asked not to be named, said “Assad must go.”', ['saudi-arabia/saudi-arabia/quote']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it.each([
    // A headline capitalises its first word: alone, it is no new name; a state's place name still speaks.
    ['Extension expected\nThe mission will go on.', ['none', 'none']],
    ['Syria says it is ready to join the fight\nTalks resumed.', ['syria/syria/reported', 'none']],
  ])('headline: %s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe("a body's kind in the plural after its name", () => {
  it.each([
    // "the opposition groups", "the rebel factions": the body, which may speak or decide.
    ['Jane Roe, the Saudi chairman, told reporters that the opposition groups had agreed to hold peace talks.', [['syria-opposition · cooperate · support', 'syria-opposition · political-solution · support']]],
    ['The rebel groups said Assad must go.', [['syria-opposition · assad-must-go · support']]],
    ["'Assad must go,' the opposition factions said.", [['syria-opposition · assad-must-go · support']]],
    ['Lavrov said the opposition groups had agreed to join the ceasefire.', [['syria-opposition · political-solution · support']]],
    ['The Kurdish groups said there is no military solution.', [['kurds · political-solution · support']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
