import { describe, expect, it } from 'vitest';
import { mentionRows, mentionsOf } from './stage.js';

// Rows: [input sentence, the mention expected as "text = what it says / rule"].
describe('mentions: groups, statements and pronouns', () => {
  it.each([
    // A demonym and a group noun stand for the state.
    ['Turkish officials said talks must go on.', 'Turkish officials = turkey / mention.demonym-group'],
    ['Senior Russian diplomats said talks must go on.', 'Russian diplomats = russia / mention.demonym-group'],
    ['Chinese analysts said talks must go on.', 'Chinese analysts = china / mention.demonym-group'],
    // One person of a state, perhaps named later: a role.
    ['A Saudi diplomat said talks must go on.', 'Saudi diplomat = role:saudi-arabia / mention.demonym-person'],
    ['The top Saudi diplomat said talks must go on.', 'Saudi diplomat = role:saudi-arabia / mention.demonym-person'],
    ['One Iranian source said talks must go on.', 'Iranian source = role:iran / mention.demonym-person'],
    // A title word after the demonym is the titles pass's: the same role, read as a title.
    ['An Iranian official said talks must go on.', 'Iranian official = role:iran / mention.title-role'],
    // A demonym before an attitude noun: the state bears the attitude.
    ['Ankara rejected Russian calls for talks.', 'Russian = russia / mention.demonym-attitude'],
    ['Moscow dismissed Turkish objections to the plan.', 'Turkish = turkey / mention.demonym-attitude'],
    // A plural demonym standing alone.
    ['The Russians said talks must go on.', 'Russians = russia / mention.demonym-plural'],
    ['Iranians voted on Friday.', 'Iranians = iran / mention.demonym-plural'],
    // A hyphenated compound of states: each is a party.
    ['A joint U.S.-Russian statement said talks must go on.', 'Russian = russia / mention.demonym-compound'],
    ['The Russian-Turkish deal was signed.', 'Russian = russia / mention.demonym-compound'],
    ['The Russian-Turkish deal was signed.', 'Turkish = turkey / mention.demonym-compound'],
    ['Turkish-Iranian talks began.', 'Iranian = iran / mention.demonym-compound'],
    ['An Iranian-Russian plan was unveiled.', 'Iranian = iran / mention.demonym-compound'],
    ['The Russian, Iranian and Turkish delegations met.', 'Russian = russia / mention.demonym-listed'],
    ['The Russian, Iranian and Turkish delegations met.', 'Iranian = iran / mention.demonym-listed'],
    ['The Russian, Iranian and Turkish delegations met.', 'Turkish delegations = turkey / mention.demonym-group'],
    ['French and British officials said talks must go on.', 'French = france / mention.demonym-listed'],
    ['Ankara rejected Russian and Iranian calls for talks.', 'Russian = russia / mention.demonym-listed'],
    ['Ankara rejected Russian and Iranian calls for talks.', 'Iranian = iran / mention.demonym-attitude'],
    // Pair nouns: the last actors named, as many as the phrase says.
    ['Both leaders said talks must go on.', 'Both leaders = group:person×2 / mention.pair-noun'],
    ['The three sides said talks must go on.', 'The three sides = group:body×3 / mention.pair-noun'],
    // With no number: as many as the list they stand for (coreference reads it).
    ['The countries said talks must go on.', 'The countries = group:body×0 / mention.pair-noun-listed'],
    ['The leaders said talks must go on.', 'The leaders = group:person×0 / mention.pair-noun-listed'],
    ['The governments agreed to meet again.', 'The governments = group:body×0 / mention.pair-noun-listed'],
    ['The parties further agreed to meet again.', 'The parties = group:body×0 / mention.pair-noun-listed'],
    ['Both parties said talks must go on.', 'Both parties = group:body×2 / mention.pair-noun'],
    ['The two delegations agreed to meet again.', 'The two delegations = group:body×2 / mention.pair-noun'],
    ['The delegations said talks must go on.', 'The delegations = group:body×0 / mention.pair-noun-listed'],
    ['The three parties agreed to meet again.', 'The three parties = group:body×3 / mention.pair-noun'],
    // A number in digits, and lowercase modifiers before the noun.
    ['The 3 countries agreed to meet again.', 'The 3 countries = group:body×3 / mention.pair-noun'],
    ['The three guarantor states agreed to meet again.', 'The three guarantor states = group:body×3 / mention.pair-noun-modified'],
    ['The guarantor states agreed to meet again.', 'The guarantor states = group:body×0 / mention.pair-noun-modified'],
    ['The warring sides agreed to meet again.', 'The warring sides = group:body×0 / mention.pair-noun-modified'],
    ['The two warring parties said talks must go on.', 'The two warring parties = group:body×2 / mention.pair-noun-modified'],
    ['The 2 foreign ministers said talks must go on.', 'The 2 foreign ministers = group:person×2 / mention.pair-noun-modified'],
    // A plural title over a list of states: the holders of the title there.
    ['The presidents of Russia and Turkey said talks must go on.', 'The presidents of Russia and Turkey = group:person×2 / mention.titled-list'],
    ['The foreign ministers of Russia, Iran and Turkey met.', 'The foreign ministers of Russia, Iran and Turkey = group:person×3 / mention.titled-list'],
    // A body named before, by its noun.
    ['The ministry said talks must go on.', 'The ministry = definite:ministry / mention.definite-body'],
    ['The agency said talks must go on.', 'The agency = definite:agency / mention.definite-body'],
    ['The foreign ministry said talks must go on.', 'The foreign ministry = definite:ministry / mention.definite-body'],
    // Statements speak for their issuers.
    ['The statement said talks must go on.', 'The statement = statement:? / mention.statement'],
    ['Its communique said talks must go on.', 'Its communique = statement:? / mention.statement'],
    ['A statement from the Kremlin said talks must go on.', 'A statement = statement:russia / mention.statement-of'],
    ['A letter issued by Ankara said talks must go on.', 'A letter = statement:turkey / mention.statement-of'],
    ['The joint statement of Russia and Iran said talks must go on.', 'The joint statement = statement:iran / mention.statement-of'],
    ['A closing communique from Ankara said talks must go on.', 'A closing communique = statement:turkey / mention.statement-of'],
    ['A statement put out by Ankara said talks must go on.', 'A statement = statement:turkey / mention.statement-of'],
    ['A statement read out by Lavrov said talks must go on.', 'A statement = statement:lavrov / mention.statement-of'],
    ['A communique released by the Kremlin said talks must go on.', 'A communique = statement:russia / mention.statement-of'],
    // Third-person pronouns with gender and number.
    ['He said talks must go on.', 'He = pronoun:m / mention.pronoun'],
    ['She said talks must go on.', 'She = pronoun:f / mention.pronoun'],
    ['It said talks must go on.', 'It = pronoun:n / mention.pronoun'],
    ['They said talks must go on.', 'They = pronoun:n+plural / mention.pronoun'],
  ])('%s → %s', (text, row) => {
    expect(mentionRows(text)).toContain(row);
  });

  it.each([
    // A role title after the demonym is the titles pass's: "the Russian top diplomat" is one role.
    ['a demonym before a role title', 'The Russian top diplomat arrived.', ['Russian top diplomat = role:russia / mention.role']],
    // "a statement" with no issuer names nobody; an issuer phrase that names no actor makes no statement mention.
    ['an indefinite statement with no issuer', 'A statement said talks must go on.', []],
    ['a statement from no actor', 'A statement from the crowd said talks must go on.', []],
    // A body noun followed by "of" or a capitalised word is a name of its own, not "the ministry" named before.
    ['a definite body noun followed by of', 'The ministry of defence said talks must go on.', []],
    // A dash with spaces around it is no compound.
    ['a spaced dash between demonyms', 'Russian - Turkish ties are old.', []],
    // A demonym as a plain adjective is no mention.
    ['a demonym as an adjective', 'Russian jets struck the town.', []],
    ['a singular demonym with no group noun', 'The plan was a Turkish one.', []],
    // "the two" needs a pair noun after it.
    ['a count with no pair noun', 'The two met in Geneva.', []],
  ])('trap: %s (%s)', (_, text, rows) => {
    expect(mentionRows(text)).toEqual(rows);
  });

  it('takes "both" and a count only before a pair noun, and "one person" only after an article', () => {
    expect(mentionsOf('Both sides said talks must go on.')[0]!.rule).toBe('mention.pair-noun');
    expect(mentionsOf('Saudi diplomats said talks must go on.').map((m) => m.rule)).toEqual(['mention.demonym-group']);
  });
});
