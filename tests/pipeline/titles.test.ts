import { describe, expect, it } from 'vitest';
import { mentionRows, mentionsOf } from './stage.js';

// Rows: [input sentence, the mention expected as "text = what it says / rule"].
describe('mentions: titles and roles', () => {
  it.each([
    // A codebook person with a title: one mention of the person.
    ['Turkish Foreign Minister Mevlut Cavusoglu arrived.', 'Turkish Foreign Minister Mevlut Cavusoglu = cavusoglu / mention.title-name'],
    ['Secretary of State John Kerry arrived.', 'Secretary of State John Kerry = kerry / mention.title-name'],
    // A codebook person named by the surname after a title.
    ['Mr. Hague arrived.', 'Mr. Hague = hague / mention.title-surname'],
    ['Foreign Secretary Hague arrived.', 'Foreign Secretary Hague = hague / mention.title-surname'],
    // A person the codebook lacks, placed by the title's qualifier, or by a title one side holds.
    ['Deputy Foreign Minister Jane Roe arrived.', 'Deputy Foreign Minister Jane Roe = adhoc:Jane Roe/other / mention.titled-unknown'],
    ['Qatari Deputy Foreign Minister Jane Roe arrived.', 'Qatari Deputy Foreign Minister Jane Roe = adhoc:Jane Roe/qatar / mention.titled-unknown'],
    ["Russia's Deputy Foreign Minister Jane Roe arrived.", "Russia's Deputy Foreign Minister Jane Roe = adhoc:Jane Roe/russia / mention.titled-unknown"],
    ['Kremlin spokesman Jane Roe arrived.', 'Kremlin spokesman Jane Roe = adhoc:Jane Roe/russia / mention.titled-unknown'],
    ['UN envoy Jane Roe arrived.', 'UN envoy Jane Roe = adhoc:Jane Roe/un / mention.titled-unknown'],
    ['Prime Minister Jane Roe arrived.', 'Prime Minister Jane Roe = adhoc:Jane Roe/other / mention.titled-unknown'],
    // A codebook role with no name: resolved later; its side when the title or its qualifier says.
    ['The Secretary of State arrived.', 'Secretary of State = role:us / mention.role'],
    ['The Qatari foreign minister arrived.', 'Qatari foreign minister = role:qatar / mention.role'],
    ['The foreign minister arrived.', 'foreign minister = role:? / mention.role'],
    ["Iran's Supreme Leader arrived.", "Iran's Supreme Leader = role:iran / mention.role"],
    ["Germany's U.N. ambassador arrived.", "Germany's U.N. ambassador = role:germany / mention.role"],
    ['The UN envoy arrived.', 'UN envoy = role:un / mention.role'],
    ['The general said talks must go on.', 'general = role:? / mention.role'],
    // A title the codebook does not list, after a determiner or a possessive.
    ['The deputy minister arrived.', 'deputy minister = role:? / mention.title-role'],
    ['His counterpart arrived.', 'counterpart = role:? / mention.title-role'],
    // An unnamed person placed by whom he or she serves.
    ['A senior adviser to Erdogan arrived.', 'A senior adviser to Erdogan = role:turkey / mention.serving-role'],
    ['A spokesman for the Saudi-led coalition arrived.', 'A spokesman for the Saudi-led coalition = role:saudi-arabia / mention.serving-role'],
    ['A senior member of the Syrian National Coalition arrived.', 'A senior member of the Syrian National Coalition = role:syria-opposition / mention.serving-role'],
  ])('%s → %s', (text, row) => {
    expect(mentionRows(text)).toContain(row);
  });

  it.each([
    ['a lowercase title before a common noun is an adjective', 'The general elections were held.'],
    ['… after an indefinite article too', 'A general strike was called.'],
    ['a lowercase one-word title with nothing before it', 'Talks with minister level delegations resumed.'],
  ])('trap: %s (%s) makes no role', (_, text) => {
    expect(mentionsOf(text).filter((m) => m.kind === 'role')).toEqual([]);
  });

  it.each([
    // The qualifier of another side keeps a codebook surname from being read as that person.
    ['a known surname under a title of another side', 'Iranian Deputy Foreign Minister Hague arrived.', 'Iranian Deputy Foreign Minister Hague = adhoc:Hague/iran / mention.titled-unknown'],
  ])('trap: %s', (_, text, row) => {
    expect(mentionRows(text)).toContain(row);
  });

  it.each([
    ['the served party is no actor', 'An adviser to the delegation arrived.'],
    ['no article before the serving noun', 'Talks with advisers to Erdogan resumed.'],
  ])('trap: no serving role when %s (%s)', (_, text) => {
    expect(mentionsOf(text).map((m) => m.rule)).not.toContain('mention.serving-role');
  });
});
