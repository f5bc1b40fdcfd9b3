import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { actorTags } from '../src/cues/tags.js';
import { defineCodebook, label } from '../src/index.js';

const cb = compileCodebook(
  defineCodebook({
    id: 'tags',
    version: '1',
    affiliations: ['a', 'b'],
    actors: [
      { id: 'ann', name: 'Ann Lee', kind: 'person', affiliation: 'a', aliases: ['Ann Lee'] },
      { id: 'a', name: 'Aland', kind: 'state', affiliation: 'a', aliases: ['Aland'] },
      { id: 'league', name: 'The League', kind: 'org', affiliation: 'b', aliases: ['the League'] },
      { id: 'paper', name: 'The Paper', kind: 'media', affiliation: 'b', aliases: ['the Paper'] },
    ],
    concepts: [{ id: 'x', label: 'X', cues: { support: ['x'] } }],
  }),
);

const show = (tags: ReadonlyArray<ReadonlySet<string>>) => tags.map((t) => [...t].sort().join(' '));

describe('actorTags', () => {
  // [mentions, tags per token of a 4-token sentence]
  const table: Array<[string, Array<{ first: number; last: number; actorId: string | null }>, string[]]> = [
    ['no mention', [], ['', '', '', '']],
    ['a person over two tokens', [{ first: 0, last: 1, actorId: 'ann' }], ['@ACTOR @PERSON @ann', '@ACTOR @PERSON @ann', '', '']],
    ['a state', [{ first: 2, last: 2, actorId: 'a' }], ['', '', '@ACTOR @STATE @a', '']],
    ['an org and a media actor', [{ first: 0, last: 0, actorId: 'league' }, { first: 3, last: 3, actorId: 'paper' }], ['@ACTOR @ORG @league', '', '', '@ACTOR @MEDIA @paper']],
    ['an unresolved pronoun is only an actor', [{ first: 1, last: 1, actorId: null }], ['', '@ACTOR', '', '']],
    ['an actor the codebook lacks is only an actor', [{ first: 1, last: 2, actorId: 'someone-else' }], ['', '@ACTOR', '@ACTOR', '']],
    ['ranges outside the sentence are clipped', [{ first: 3, last: 9, actorId: 'a' }], ['', '', '', '@ACTOR @STATE @a']],
  ];
  for (const [name, mentions, expected] of table) {
    it(name, () => {
      expect(show(actorTags(4, mentions, cb))).toEqual(expected);
    });
  }
});

describe('the default codebook reads Assad from mentions, not from pronouns or titles', () => {
  const claims = (text: string) => label(text).sentences.flatMap((s) => s.claims.map((c) => `${c.actor.id}:${c.stance.id}:${c.polarity}`));

  it('"the president must leave for Hawaii" is no stance on Assad', () => {
    expect(claims('The president must leave for Hawaii on Monday.')).toEqual([]);
    expect(claims('He must go to Geneva next week, his spokesman said.')).toEqual([]);
  });

  it('a mention of Assad is', () => {
    expect(claims('Kerry said Assad must go.')).toEqual(['kerry:assad-must-go:support']);
    expect(claims('"President Bashar al-Assad has to step down," Fabius said.')).toEqual(['fabius:assad-must-go:support']);
  });
});
