import { describe, expect, it } from 'vitest';
import { mentionRows, mentionsOf } from './stage.js';

// Rows: [input sentence, the mention expected as "text = what it says / rule"].
describe('mentions: names the codebook knows', () => {
  it.each([
    ['Moscow wants talks.', 'Moscow = russia / mention.alias'],
    ['Talks were held in Ankara.', 'Ankara = turkey / mention.alias'],
    // The longest alias wins: one mention, not "Russian" and "Foreign Ministry".
    ['The Russian Foreign Ministry wants talks.', 'Russian Foreign Ministry = russia / mention.alias'],
    ['Dmitri Peskov said talks must go on.', 'Dmitri Peskov = peskov / mention.alias'],
    // A given name spelled another way before a surname with its particle is part of the name.
    ['Fayssal al-Miqdad said talks must go on.', 'Fayssal al-Miqdad = mekdad / mention.alias'],
    ['On Monday Ambassador al-Jaafari said talks must go on.', 'Ambassador al-Jaafari = jaafari / mention.title-name'],
    // A body's people speak for the body.
    ['Kremlin officials said talks must go on.', 'Kremlin officials = russia / mention.body-people'],
    ['White House sources said talks must go on.', 'White House sources = us / mention.body-people'],
    // "you" in a transcript turn.
    ['Jane Roe: You back President Assad.', 'You = pronoun:n / mention.interview-you'],
    ['Lavrov: Will you meet Kerry?', 'you = pronoun:n / mention.interview-you'],
    // A part that stands for the whole body, named with it.
    ['The leading forces of the opposition signed the accord.', 'The leading forces of the opposition = syria-opposition / mention.body-part'],
    ["Ankara and the 'armed units of the opposition' signed the accord.", "the 'armed units of the opposition = syria-opposition / mention.body-part"],
    ['Representatives of the opposition signed the deal.', 'Representatives of the opposition = syria-opposition / mention.body-part'],
    ['Members of the Arab League met in Cairo.', 'Members of the Arab League = arab-league / mention.body-part'],
    ['Its delegates of the opposition left.', 'Its delegates of the opposition = syria-opposition / mention.body-part'],
    ['The envoy urged the government and the opposition to begin talks.', 'the opposition = syria-opposition / mention.alias'],
    // An outlet's own nouns belong to its name.
    ['The SANA news agency said talks must go on.', 'SANA news agency = sana / mention.alias'],
    ['Thanks, @JohnKerry, for the call.', '@JohnKerry = kerry / mention.handle'],
    ['Moscow thanked @mfa_russia followers.', '@mfa_russia = russia / mention.handle'],
    ['We thank #Lavrov for the talks.', '#Lavrov = lavrov / mention.hashtag'],
    // "#Name:" at the start of a tweet quotes that person, known or not.
    ['#Gatilov: Talks must go on.', '#Gatilov = gatilov / mention.hashtag-speaker'],
    ['#Roe: Talks must go on.', '#Roe = adhoc:Roe/other / mention.hashtag-speaker'],
  ])('%s → %s', (text, row) => {
    expect(mentionRows(text)).toContain(row);
  });

  it.each([
    // A person's aides are no body: the person's mention stays the name alone.
    ['Putin aides said talks must go on.', 'Putin = putin / mention.alias'],
    // A role title longer than the body's name is read as the role ("UN chief" is no mention of the UN itself).
    ['The UN chief said talks must go on.', 'UN chief = role:un / mention.role'],
    ['The Kremlin spokesman said talks must go on.', 'Kremlin spokesman = role:russia / mention.role'],
    // The noun of a party read as an attitude, after a possessive or a verb, names no one; after an article it is the party.
    ['Moscow restated its firm opposition to sending troops.', 'Moscow = russia / mention.alias'],
    ['Lavrov voiced opposition to a ground operation.', 'Lavrov = lavrov / mention.alias'],
  ])('trap: %s → only %s', (text, row) => {
    expect(mentionRows(text)).toEqual([row]);
  });

  it.each([
    ['an unknown handle', 'Thanks, @nobody, for the call.'],
    ['a hashtag that names no actor', 'We want #peace in the region.'],
    ['a city the codebook does not list as a capital alias', 'Delegations met in Vienna on Monday.'],
  ])('trap: %s is no mention', (_, text) => {
    expect(mentionsOf(text)).toEqual([]);
  });

  it('marks a possessive mention ("Russia\'s"), and a bare apostrophe after a plural', () => {
    const [russia] = mentionsOf("Russia's position has not changed.");
    expect(russia!.mention.possessive).toBe(true);
    const [rebels] = mentionsOf("The rebels' position has not changed.");
    expect(rebels!.text).toBe('rebels');
    expect(rebels!.mention.possessive).toBe(true);
    expect(mentionsOf('Russia said talks must go on.')[0]!.mention.possessive).toBe(false);
  });

  it('gives each token to one mention at most, in the order of the sentence', () => {
    const found = mentionsOf('Russian Foreign Minister Sergei Lavrov met Kremlin officials and the Turkish foreign minister.');
    for (let k = 1; k < found.length; k++) expect(found[k]!.mention.first).toBeGreaterThan(found[k - 1]!.mention.last);
    expect(found.map((m) => m.rule)).toEqual(['mention.title-name', 'mention.body-people', 'mention.role']);
  });
});
