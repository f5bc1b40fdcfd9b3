import { describe, expect, it } from 'vitest';
import { syriaInput } from '../../src/codebook/syria.js';
import { createLabeler, defineCodebook } from '../../src/index.js';
import type { LabeledSentence } from '../../src/types.js';
import { traced } from './stage.js';

/** How the mentions of sentence `index` (default: the last) resolved, as "text = actor / rule". */
function resolutions(sentences: LabeledSentence[], index = sentences.length - 1): string[] {
  return sentences[index]!.trace!.mentions.map((m) => `${m.text} = ${m.actor} / ${m.resolution}`);
}
const resolved = (text: string, index?: number, date?: string) => resolutions(traced(text, date), index);

// Rows: [input text, the resolution expected in its last sentence as "text = actor / rule"].
describe('coreference: names, persons the codebook lacks, bodies', () => {
  it('reads a lower-case body noun as a body named only a few sentences back', () => {
    const far = 'The Arab League met in Cairo. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The league said talks must go on.';
    expect(resolved(far).join()).not.toContain('arab-league');
    expect(resolved('The Arab League met in Cairo. The league said talks must go on.').join()).toContain('arab-league');
  });

  it.each([
    ['Moscow wants talks.', 'Moscow = russia / coref.named'],
    // A plural title over a list of states: who held it there (with no date, the states).
    ['The presidents of Russia and Iran met.', 'The presidents of Russia and Iran = iran / coref.titled-list'],
    ['Jane Roe said talks must go on.', 'Jane Roe = roe / coref.adhoc'],
    ['Richmond police said the road was closed.', 'Richmond police = richmond-police / coref.adhoc'],
    // Named again by the surname: the same person, and what the text said of her holds.
    ['Ambassador Jane Roe arrived in Geneva. Roe said talks must go on.', 'Roe = roe / coref.adhoc-again'],
    ['Jane Roe, a senior Turkish diplomat, arrived in Geneva. Later, Roe said talks must go on.', 'Roe = roe / coref.adhoc-again'],
    // A surname alone one letter off a person named just before: that person, misspelt.
    ['Saeed Jalili arrived in Damascus. Jalali said talks must go on.', 'Jalali = jalili / coref.spelling-variant'],
    ['Sergei Lavrov met Kerry. Lavrvo said talks must go on.', 'Lavrvo = lavrov / coref.spelling-variant'],
    ['Ambassador Jane Robinson arrived. Robinsen said talks must go on.', 'Robinsen = robinson / coref.spelling-variant'],
    // "the ministry": the last body whose name has that noun.
    ['The Russian Foreign Ministry issued a note on Monday. The ministry said talks must go on.', 'The ministry = russia / coref.definite-body'],
    ['The UN Security Council met on Monday. In a statement, the council said talks must go on.', 'the council = un / coref.definite-body'],
    // … and a capitalised one, the body's own name shortened, however many sentences back its name stands.
    ['The Syrian Observatory for Human Rights counted the dead. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The Observatory said talks must go on.', 'The Observatory = sohr / coref.definite-body'],
    ['The Zenda Front rebel group said it took the town. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The Front said talks must go on.', 'Front = zenda-front-rebel-group / coref.definite-body'],
    ['The Arab League met in Cairo. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. In a statement, the League said talks must go on.', 'the League = arab-league / coref.definite-body'],
    ['The UN Security Council met on Monday. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The roads were shut. The Council said talks must go on.', 'The Council = un / coref.definite-body'],
    // A state's organ with no body of that name before: the state of the speaker before, else of the first actor named.
    ['"Talks must go on," Lavrov said. The ministry said talks must go on.', 'The ministry = russia / coref.state-organ-speaker'],
    ['Turkey closed its border. The foreign ministry said talks must go on.', 'The foreign ministry = turkey / coref.state-organ-recent'],
    ['Lavrov met Kerry. The ministry said talks must go on.', 'The ministry = russia / coref.state-organ-recent'],
  ])('%s → %s', (text, row) => {
    expect(resolved(text)).toContain(row);
  });

  it('keeps the side the text gave a person the codebook lacks when the surname comes back', () => {
    const sentences = traced('Jane Roe, a senior Turkish diplomat, arrived in Geneva. Roe said talks must go on.');
    expect(sentences[1]!.holder).toMatchObject({ id: 'roe', affiliation: 'turkey' });
  });

  it.each([
    // A new placement is a new reading of the person, not "named again".
    ['a name placed anew', 'Kremlin spokesman Jane Roe arrived in Geneva. Jane Roe of the Syrian National Coalition said talks must go on.', 'Jane Roe = roe / coref.adhoc'],
  ])('trap: %s', (_, text, row) => {
    expect(resolved(text)).toContain(row);
  });

  it.each([
    ['a definite noun that no body before has in its name', 'The Russian Foreign Ministry issued a note. The agency said talks must go on.'],
    ['a definite body noun with nothing before it', 'The ministry said talks must go on.'],
  ])('trap: %s resolves to nobody (%s)', (_, text) => {
    expect(resolved(text)).toEqual([]);
  });
});

describe('coreference: pronouns', () => {
  it.each([
    ['an actor before it in its own sentence', 'Kerry said he backed the talks.', 'he = kerry / coref.pronoun-same-sentence'],
    ['the speaker of the sentence before', 'Lavrov said talks must go on. He added that the date was not set.', 'He = lavrov / coref.pronoun-speaker'],
    ['a body as speaker, for "it"', 'The Turkish Foreign Ministry said talks must go on. It added that the date was set.', 'It = turkey / coref.pronoun-speaker'],
    // A speaker is never named inside what he says: after a quotation, the subject of a speech verb skips its sentence.
    ['after a quotation, the subject of a speech verb skips its own sentence for the speaker before', 'Lavrov said talks must go on. "Kerry is wrong," he said.', 'he = lavrov / coref.pronoun-speaker'],
    ['… single curly marks', 'Lavrov said talks must go on. ‘Kerry is wrong,’ he said.', 'he = lavrov / coref.pronoun-speaker'],
    // With no quotation before it, the sentence's own subject speaks again.
    ['the subject of a speech verb, no quotation before: its own sentence\'s subject', 'Lavrov said talks must go on. Kerry arrived before he said the date was set.', 'he = kerry / coref.pronoun-same-sentence'],
    ['an actor named before, when nobody spoke', 'Kerry met Lavrov in Geneva. He said talks must go on.', 'He = kerry / coref.pronoun-recent'],
    ['by gender, past an actor that does not fit', 'Kerry met Zakharova in Geneva. She said talks must go on.', 'She = zakharova / coref.pronoun-recent'],
    ['a role standing for a body, for "he"', "Lavrov's aide arrived in Geneva. He said talks must go on.", 'He = russia / coref.pronoun-recent'],
  ])('%s: %s → %s', (_, text, row) => {
    expect(resolved(text)).toContain(row);
  });

  it.each([
    ['a speaker of the other gender', 'Zakharova said talks must go on. He added that the date was set.', 'He = null / coref.pronoun-unresolved'],
    ['"it" for a person', 'Kerry spoke in Geneva. It said talks must go on.', 'It = null / coref.pronoun-unresolved'],
    ['nobody named before', 'He said talks must go on.', 'He = null / coref.pronoun-unresolved'],
    ['an actor more than five sentences back', 'Kerry arrived in Geneva. Talks resumed. Talks stalled. Talks resumed. Talks stalled. Talks resumed. He said talks must go on.', 'He = null / coref.pronoun-unresolved'],
  ])('trap: %s: %s → %s', (_, text, row) => {
    expect(resolved(text)).toContain(row);
  });
});

describe('coreference: "you" in an interview', () => {
  it.each([
    ['the other party of the turn before', 'President Putin: We back the government. Charlie Rose: You back President Assad.', 'You = putin / coref.interlocutor'],
    ['… of the turn after', 'Charlie Rose: You back President Assad. President Putin: Only the Syrian people can decide.', 'You = putin / coref.interlocutor', 0],
    ['… past a turn of the same speaker', 'Lavrov: We want talks. Jane Roe: Do you? Jane Roe: You said Assad must stay.', 'You = lavrov / coref.interlocutor'],
    ['… the interviewer, in the answer', 'Jane Roe: Will you meet Kerry? Lavrov: You know that I will.', 'You = roe / coref.interlocutor'],
    ['… several times in one turn', 'Zarif: We back talks. Jane Roe: You say you back talks.', 'you = zarif / coref.interlocutor'],
  ])('%s: %s → %s', (_, text, row, index?: number) => {
    expect(resolved(text, index)).toContain(row);
  });

  it.each([
    ['no other turn: nobody', 'Jane Roe: You back President Assad.'],
    ['not a transcript turn', 'Kerry said: "You cannot back Assad."'],
  ])('trap: %s', (_, text) => {
    expect(resolved(text).filter((r) => r.includes('interlocutor'))).toEqual([]);
  });
});

describe('coreference: roles', () => {
  it.each([
    ['a name in apposition after the role', 'The Kremlin spokesman, Dmitry Peskov, said talks must go on.', 'Kremlin spokesman = peskov / coref.role-apposition'],
    ['a name in apposition before the role', 'Dmitry Peskov, the Kremlin spokesman, said talks must go on.', 'the Kremlin spokesman = peskov / coref.role-apposition'],
    ['an unknown name in apposition', 'The German ambassador, Jane Roe, said talks must go on.', 'German ambassador = roe / coref.role-apposition'],
    ['the person with that title named before', 'Lavrov met Kerry in Geneva. The Secretary of State said talks must go on.', 'Secretary of State = kerry / coref.role-recent'],
    ['a head word the person named before holds', 'Lavrov arrived in Geneva. The foreign minister said talks must go on.', 'foreign minister = lavrov / coref.role-recent'],
    ['a relational title, the person named before', 'Kerry arrived in Geneva. Lavrov met his counterpart.', 'counterpart = kerry / coref.role-recent'],
    ['a role with no person named: the body whose role it is', 'The UN envoy said talks must go on.', 'UN envoy = un / coref.role-body'],
    ['… the state of a demonym', 'A Saudi diplomat said talks must go on.', 'Saudi diplomat = saudi-arabia / coref.role-body'],
    ['a role nobody holds and no body owns', 'The foreign minister said talks must go on.', 'foreign minister = null / coref.role-unresolved'],
  ])('%s: %s → %s', (_, text, row) => {
    expect(resolved(text)).toContain(row);
  });

  it('resolves a role to the person named in the next sentences', () => {
    expect(resolved('A Russian diplomat said talks must go on. Lavrov spoke later.', 0)).toContain('Russian diplomat = lavrov / coref.role-named-later');
  });

  it('… who holds a title of that kind, unless the role says only what kind of person it is', () => {
    expect(resolved('A U.N. spokesman said talks must go on. Annan arrived later.', 0)).toContain('U.N. spokesman = un / coref.role-body');
    expect(resolved('A Turkish spokesman said talks must go on. Cavusoglu arrived later.', 0)).toContain('Turkish spokesman = turkey / coref.role-body');
    expect(resolved('A senior Turkish diplomat said talks must go on. Cavusoglu arrived later.', 0)).toContain('Turkish diplomat = cavusoglu / coref.role-named-later');
  });

  it.each([
    ['2012-05-01', 'clinton'],
    ['2015-05-01', 'kerry'],
  ])('resolves a role by the date of the text (%s → %s)', (date, id) => {
    expect(resolved('The Secretary of State said talks must go on.', 0, date)).toContain(`Secretary of State = ${id} / coref.role-date`);
  });

  it("resolves a role by the codebook's default date when the text has none", () => {
    const dated = defineCodebook({ ...(syriaInput as Record<string, unknown>), id: 'syria-dated', defaultDate: '2015-05-01' });
    const s = createLabeler({ codebook: dated, model: null }).label('The Secretary of State said talks must go on.', { trace: true }).sentences[0]!;
    expect(resolutions([s])).toContain('Secretary of State = kerry / coref.role-default-date');
  });

  it.each([
    ['a person named before on another side', 'Lavrov arrived in Geneva. The Qatari foreign minister said talks must go on.', 'Qatari foreign minister = qatar / coref.role-body'],
    ['a role with no person in the text and no body', "Lavrov met his counterpart in Geneva.", 'counterpart = null / coref.role-unresolved'],
  ])('trap: %s: %s → %s', (_, text, row) => {
    expect(resolved(text)).toContain(row);
  });
});

describe('coreference: pair nouns and statements', () => {
  it.each([
    ['two persons named before', 'Erdogan met Putin in Ankara. The two leaders said talks must go on.', ['The two leaders = erdogan / coref.pair', 'The two leaders = putin / coref.pair']],
    ['three', 'Kerry met Lavrov and Zarif. The three ministers said talks must go on.', ['The three ministers = kerry / coref.pair', 'The three ministers = lavrov / coref.pair', 'The three ministers = zarif / coref.pair']],
    ['fewer actors than the count: nobody', 'Kerry arrived in Geneva. Both men said talks must go on.', []],
    // A list of exactly as many actors, named before, is the group: actors named since are not of it.
    ['a list of three, another state named since', 'Russia, Iran and Turkey met in Astana. At a meeting in the Kazakh capital, the three countries agreed to set up de-escalation zones.', ['the three countries = russia / coref.pair-list', 'the three countries = iran / coref.pair-list', 'the three countries = turkey / coref.pair-list']],
    ['a list of two, a third named between', 'Washington and Moscow unveiled the plan on Monday. Damascus welcomed it. The two countries said the truce would start on Saturday.', ['The two countries = us / coref.pair-list', 'The two countries = russia / coref.pair-list']],
    ['a list of persons two sentences back', "Putin, Rouhani and Erdogan met in Sochi. The Syrian opposition was not invited. The three leaders said the congress would meet soon.", ['The three leaders = putin / coref.pair-list', 'The three leaders = rouhani / coref.pair-list', 'The three leaders = erdogan / coref.pair-list']],
    ["the list's own sentence", 'After France and Britain voted for the text, the two governments urged Moscow to back it.', ['the two governments = france / coref.pair-list', 'the two governments = uk / coref.pair-list']],
    ['no number: the latest list, of any length', 'Russia, Iran and Turkey met in Astana. The countries said they supported the talks in Geneva.', ['The countries = russia / coref.pair-list', 'The countries = iran / coref.pair-list', 'The countries = turkey / coref.pair-list']],
    ['no number and no list: nobody', 'Kerry met Lavrov in Geneva. The leaders said talks must go on.', []],
    ['a list of the other kind is passed over: the last two persons', 'Paris and London backed the resolution. Kerry met Lavrov later. The two ministers said talks must go on.', ['The two ministers = kerry / coref.pair', 'The two ministers = lavrov / coref.pair']],
  ])('%s: %s', (_, text, rows) => {
    expect(resolved(text).filter((r) => r.includes(' / coref.pair'))).toEqual(rows);
  });

  it.each([
    ['its issuer, named after it', 'A statement from the Kremlin said talks must go on.', 'A statement = russia / coref.statement-issuer'],
    ['the speaker just before', 'Lavrov said talks must go on. The statement added that the date was not set.', 'The statement = lavrov / coref.statement-anaphor'],
    // A list of issuers: every one but the last by the list, the last as the issuer.
    ['each issuer of a list', 'The joint statement of Russia, Iran and Turkey said talks must go on.', 'The joint statement = russia / coref.statement-issuers'],
    ['… the second', 'The joint statement of Russia, Iran and Turkey said talks must go on.', 'The joint statement = iran / coref.statement-issuers'],
    ['… the last', 'The joint statement of Russia, Iran and Turkey said talks must go on.', 'The joint statement = turkey / coref.statement-issuer'],
    ['… two, after "from"', 'A joint statement from Moscow and Ankara said talks must go on.', 'A joint statement = russia / coref.statement-issuers'],
    ['… after the quotation it closes', '"Talks must go on," said the closing statement of Russia and Iran.', 'the closing statement = russia / coref.statement-issuers'],
    ['the subject of "issued a statement"', 'The Russian Foreign Ministry issued a statement on Monday. The statement said talks must go on.', 'The statement = russia / coref.statement-issued'],
  ])('a statement speaks for %s: %s → %s', (_, text, row) => {
    expect(resolved(text)).toContain(row);
  });

  it.each([
    ['nobody spoke or issued anything before', 'Lavrov arrived in Geneva. The statement said talks must go on.'],
    ['the speaker is more than four sentences back', 'Lavrov said talks must go on. Kerry arrived. Zarif arrived. Jubeir arrived. Cavusoglu arrived. The statement said the date was set.'],
  ])('trap: a statement is nobody\'s when %s', (_, text) => {
    expect(resolved(text)).toEqual([]);
  });
});
