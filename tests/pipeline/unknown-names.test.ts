import { describe, expect, it } from 'vitest';
import { mentionRows, mentionsOf } from './stage.js';

// Rows: [input sentence, the mention expected as "text = what it says / rule"]. Jane Roe and John Doe are
// persons no codebook knows; Ruritania is a place no codebook knows.
describe('mentions: names the codebook lacks', () => {
  it.each([
    // Before a speech or position verb, across auxiliaries and adverbs.
    ['Jane Roe said talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-speaker'],
    ['Jane Roe has repeatedly warned that talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-speaker'],
    ['John Doe insists that talks must go on.', 'John Doe = adhoc:John Doe/other / mention.unknown-speaker'],
    // After an inverted speech verb.
    ['"Talks must go on," said Jane Roe.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-inverted'],
    ['Talks must go on, said Jane Roe.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-inverted'],
    ['According to Jane Roe, talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-according'],
    ['State media quoted Jane Roe as saying talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-quoted'],
    // A transcript's speaker turn.
    ['Jane Roe: So the talks must go on?', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-turn'],
    ['John Doe: We back the talks.', 'John Doe = adhoc:John Doe/other / mention.unknown-turn'],
    // In apposition with a title: the title's side.
    ['The German ambassador, Jane Roe, said talks must go on.', 'Jane Roe = adhoc:Jane Roe/germany / mention.unknown-apposition'],
    ['Jane Roe, the Qatari foreign minister, said talks must go on.', 'Jane Roe = adhoc:Jane Roe/qatar / mention.unknown-apposition'],
    ['Jane Roe, a senior Turkish diplomat, said talks must go on.', 'Jane Roe = adhoc:Jane Roe/turkey / mention.unknown-apposition'],
    ['John Doe, her fellow captive, confirmed that talks must go on.', 'John Doe = adhoc:John Doe/other / mention.unknown-apposition'],
    ['Jane Roe, the former Qatari foreign minister, said talks must go on.', 'Jane Roe = adhoc:Jane Roe/qatar / mention.unknown-apposition'],
    ['Jane Roe, a senior member of the Syrian National Coalition, arrived in Geneva.', 'Jane Roe = adhoc:Jane Roe/syria-opposition / mention.unknown-apposition'],
    // With an age in apposition.
    ['Jane Roe, 26, a teacher in Aleppo, walked home.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-age'],
    ['John Doe, 55, who runs a bakery, closed his shop.', 'John Doe = adhoc:John Doe/other / mention.unknown-age'],
    // An apposition or relative clause that says nothing of the side.
    ['Jane Roe, who chaired the meeting, said talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-apposition'],
    // … and a participle clause, the reduced relative ("speaking in …", "released on …").
    ['Jane Roe, speaking in Geneva, said talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-apposition'],
    ['John Doe, released on Monday, said talks must go on.', 'John Doe = adhoc:John Doe/other / mention.unknown-apposition'],
    ['Jane Roe, reached by phone in Ankara, insisted talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-apposition'],
    ['John Doe, visiting the camp, warned that talks must go on.', 'John Doe = adhoc:John Doe/other / mention.unknown-apposition'],
    ['Jane Roe, freed after a year as a hostage, said talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-apposition'],
    // Placed by the body after "of".
    ['Jane Roe of the Syrian National Coalition said talks must go on.', 'Jane Roe = adhoc:Jane Roe/syria-opposition / mention.unknown-of'],
    ['Jane Roe, of the opposition Syrian National Council, said talks must go on.', 'Jane Roe = adhoc:Jane Roe/syria-opposition / mention.unknown-of'],
    ['Jane Roe of Ruritania, who chaired the meeting, said talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-of'],
    // … and of a body the codebook lacks, perhaps with its place: a person whose side it does not say.
    ['Jane Roe of Acme Capital said talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-of-body'],
    ['Jane Roe of the Zenda Institute said talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-of-body'],
    ['John Doe of Acme Capital Markets in Geneva warned that talks must go on.', 'John Doe = adhoc:John Doe/other / mention.unknown-of-body'],
    ['John Doe of Zenda Analytics has repeatedly said talks must go on.', 'John Doe = adhoc:John Doe/other / mention.unknown-of-body'],
    ['Jane Roe of the Acme Foundation at Oxford insists that talks must go on.', 'Jane Roe = adhoc:Jane Roe/other / mention.unknown-of-body'],
    // A place before a body noun is a body the codebook lacks.
    ['Richmond police said the road was closed.', 'Richmond police = adhoc:Richmond police/other / mention.unknown-body'],
    // … with words that describe it between its name and its kind.
    ['The Zenda Brigade rebel group said the road was closed.', 'Zenda Brigade rebel group = adhoc:Zenda Brigade rebel group/other / mention.unknown-body'],
    ['The Zenda armed rebel movement said the road was closed.', 'Zenda armed rebel movement = adhoc:Zenda armed rebel movement/other / mention.unknown-body'],
    ['The Zenda Islamist front warned that the road was closed.', 'Zenda Islamist front = adhoc:Zenda Islamist front/other / mention.unknown-body'],
    ['Hama provincial police said the road was closed.', 'Hama provincial police = adhoc:Hama provincial police/other / mention.unknown-body'],
    ['The Zenda human rights group said the road was closed.', 'Zenda human rights group = adhoc:Zenda human rights group/other / mention.unknown-body'],
    // … and a body whose name goes on after "for", "of" or "on", before the speech verb or an apposition.
    ['The Zenda Network for Human Rights said the road was closed.', 'Zenda Network for Human Rights = adhoc:Zenda Network for Human Rights/other / mention.unknown-body-of'],
    ['The Zenda Organisation for Human Rights, which follows the war, says the road was closed.', 'Zenda Organisation for Human Rights = adhoc:Zenda Organisation for Human Rights/other / mention.unknown-body-of'],
    ['The Zenda Council on Foreign Relations warned that the road was closed.', 'Zenda Council on Foreign Relations = adhoc:Zenda Council on Foreign Relations/other / mention.unknown-body-of'],
    ['The Zenda Institute of Peace Studies said the road was closed.', 'Zenda Institute of Peace Studies = adhoc:Zenda Institute of Peace Studies/other / mention.unknown-body-of'],
    ['The Zenda Committee for the Defence of Rights said the road was closed.', 'Zenda Committee for the Defence of Rights = adhoc:Zenda Committee for the Defence of Rights/other / mention.unknown-body-of'],
    // A body noun alone at the start of a sentence is a body named before.
    ['Police said the road was closed.', 'Police = definite:police / mention.definite-body'],
    // An organ by its generic name is a body named before, no person.
    ['Foreign Ministry officials said the road was closed.', 'Foreign Ministry officials = definite:ministry / mention.titled-body'],
    ['In Ankara, Defence Ministry sources said the road was closed.', 'Defence Ministry sources = definite:ministry / mention.titled-body'],
    ['Interior Ministry said the road was closed.', 'Interior Ministry = definite:ministry / mention.titled-body'],
    // A codebook person's surname alone is that person.
    ['Hague said talks must go on.', 'Hague = hague / mention.surname'],
    // … and so is the full name spelled another way; another given name is another person.
    ['Willam Hague said talks must go on.', 'Willam Hague = hague / mention.surname'],
    ['Jane Hague said talks must go on.', 'Jane Hague = adhoc:Jane Hague/other / mention.unknown-speaker'],
    // A body named in apposition to its kind, before or after it.
    ['Jane Roe, who leads the Zenda Brigade, a rebel group, said talks must go on.', 'Zenda Brigade = adhoc:Zenda Brigade/other / mention.unknown-body-apposition'],
    ['Talks stalled after a hardline rebel group, Zenda Front, walked out.', 'Zenda Front = adhoc:Zenda Front/other / mention.unknown-body-apposition'],
    ['A small opposition party, the Zenda Alliance, left Geneva.', 'Zenda Alliance = adhoc:Zenda Alliance/other / mention.unknown-body-apposition'],
    // A place inside a list of states that speaks is its state.
    ['Russia, Syria and Iran said talks must go on.', 'Syria = syria / mention.place-listed'],
    ['Moscow, Paris and Ankara insist that talks must go on.', 'Paris = france / mention.place-listed'],
    // … and a given name that agrees with a surname one letter off is the same person misspelt.
    ['Binali Yidirim said talks must go on.', 'Binali Yidirim = yildirim / mention.spelling-variant'],
    ['Sergei Lavrvo said talks must go on.', 'Sergei Lavrvo = lavrov / mention.spelling-variant'],
    ['"Talks must go on," said Ahmet Davutgolu.', 'Ahmet Davutgolu = davutoglu / mention.spelling-variant'],
    ['Prime Minister Binali Yildrim said talks must go on.', 'Prime Minister Binali Yildrim = yildirim / mention.spelling-variant'],
    ['Foreign Minister Mevlut Cavusolgu said talks must go on.', 'Foreign Minister Mevlut Cavusolgu = cavusoglu / mention.spelling-variant'],
    ['Jane Yidirim said talks must go on.', 'Jane Yidirim = adhoc:Jane Yidirim/other / mention.unknown-speaker'],
    // … the codebook's `surname` where the family name comes first ("Wang Yi").
    ['Wang said talks must go on.', 'Wang = wang / mention.surname'],
    ['"Talks must go on," said Ban.', 'Ban = ban / mention.surname'],
    // A state's place name that speaks is the state (the codebook's `places`).
    ['Syria said talks must go on.', 'Syria = syria / mention.place-speaker'],
    ['Syria has repeatedly warned that talks must go on.', 'Syria = syria / mention.place-speaker'],
    // … and so is its organ, after a possessive.
    ["Syria's state-run Zenda news channel said talks must go on.", "Syria's state-run Zenda news channel = syria / mention.place-organ"],
    ['"Talks must go on," said Syria.', 'Syria = syria / mention.place-speaker'],
    // A capital stands for its state only where it speaks.
    ['Paris said talks must go on.', 'Paris = france / mention.place-speaker'],
    ['London insists that talks must go on.', 'London = uk / mention.place-speaker'],
    ['"Talks must go on," said Berlin.', 'Berlin = germany / mention.place-speaker'],
    ['According to Doha, talks must go on.', 'Doha = qatar / mention.place-speaker'],
    ['Amman has repeatedly warned that talks must go on.', 'Amman = jordan / mention.place-speaker'],
    ['According to Syria, talks must go on.', 'Syria = syria / mention.place-speaker'],
    ['State media quoted Syria as saying talks must go on.', 'Syria = syria / mention.place-speaker'],
  ])('%s → %s', (text, row) => {
    expect(mentionRows(text)).toContain(row);
  });

  it('makes a body the codebook lacks an organisation, and a person a person', () => {
    expect(mentionsOf('Richmond police said the road was closed.')[0]!.mention.adhoc!.kind).toBe('org');
    expect(mentionsOf('Jane Roe said talks must go on.')[0]!.mention.adhoc!.kind).toBe('person');
  });

  it.each([
    // [why, input, the unknown names it may have]
    ['a name with nothing that makes it a speaker', 'Jane Roe arrived in Geneva.', []],
    ['… after a time phrase', 'On Monday Jane Roe arrived in Geneva.', []],
    ['a name after a preposition of place, before a title', 'In Ruritania, the minister said talks must go on.', []],
    ['… "at" too', 'At Zenda, the envoy said talks must go on.', []],
    // The body in apposition to its kind is a body (see its row above), no person.
    ["a body's name in apposition", 'Jane Roe, who leads the Zenda Brigade, a rebel group, said talks must go on.', ['Jane Roe', 'Zenda Brigade']],
    ['a place before a noun', 'Geneva talks resumed on Monday.', []],
    ['people nouns at the start of a sentence', 'Reporters said the road was closed.', []],
    ['… members of a body', 'Members of the Ruritanian delegation said talks must go on.', []],
    ['a plural acronym', 'MPs said talks must go on.', []],
    ['the object of a preposition', 'The envoy for Ruritania said talks must go on.', []],
    ['a place after of, before a relative clause', 'Jane Roe of Ruritania, who chaired the meeting, said talks must go on.', ['Jane Roe']],
    ['a month before a speech verb', 'March said little about the talks.', []],
  ])('trap: %s (%s)', (_, text, allowed) => {
    expect(mentionsOf(text).filter((m) => m.kind === 'unknown-name').map((m) => m.text)).toEqual(allowed);
  });

  it.each([
    ['a place talked about', 'Talks on Syria must go on.'],
    ['a place where things happen', 'Fighting in Syria went on as the talks resumed.'],
    ['a place with a possessive', "Syria's neighbours said talks must go on."],
  ])('trap: a place name that does not speak is no actor: %s (%s)', (_, text) => {
    expect(mentionsOf(text).filter((m) => m.text === 'Syria')).toEqual([]);
  });

  it.each([
    ['a venue', 'The ministers met in Paris on Monday.', 'Paris'],
    ['a destination', 'Lavrov flew to Berlin for the talks.', 'Berlin'],
    ['a capital before a noun', 'The London conference said little.', 'London'],
  ])('trap: a capital that does not speak is no actor: %s (%s)', (_, text, place) => {
    expect(mentionsOf(text).filter((m) => m.text === place)).toEqual([]);
  });
});
