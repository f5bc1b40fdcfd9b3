import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeLiteral } from '../src/cues/literal.js';
import { compilePattern, matchAt, PatternSyntaxError, type PatternOptions, type PatternToken } from '../src/cues/pattern.js';

/** Tokens from "word" or "word{TAG,TAG}" strings. */
function toks(...words: string[]): PatternToken[] {
  return words.map((w) => {
    const m = /^([^{]+)(?:\{(.*)\})?$/.exec(w)!;
    const lower = m[1]!;
    return m[2] ? { lower, lemma: lower, tags: new Set(m[2].split(',')) } : { lower, lemma: lower };
  });
}

const withTokenizer: PatternOptions = { tokenize: tokenizeLiteral };

describe('actor slots', () => {
  // [pattern, tokens, start, index of the match's last token or -1]
  const table: Array<[string, PatternToken[], number, number]> = [
    ['@ACTOR must go', toks('kerry{@ACTOR}', 'must', 'go'), 0, 2],
    // One slot reads every token of a mention of several tokens…
    ['@assad must go', toks('bashar{@ACTOR,@assad}', 'al-assad{@ACTOR,@assad}', 'must', 'go'), 0, 3],
    // …and needs at least one.
    ['@assad must go', toks('he', 'must', 'go'), 0, -1],
    // An actor slot is not its words: "the president" untagged is not @assad.
    ['@assad must go', toks('the', 'president', 'must', 'leave'), 0, -1],
    ['@STATE said', toks('moscow{@ACTOR,@STATE,@russia}', 'said'), 0, 1],
    ['@STATE said', toks('kerry{@ACTOR,@PERSON,@kerry}', 'said'), 0, -1],
    ['@PERSON said', toks('kerry{@ACTOR,@PERSON,@kerry}', 'said'), 0, 1],
    ['@ORG said', toks('un{@ACTOR,@ORG,@un}', 'said'), 0, 1],
    ['@MEDIA said', toks('rt{@ACTOR,@MEDIA,@rt}', 'said'), 0, 1],
    // The words after a mention are read after all of it, or after part of it.
    ['work with @ACTOR army', toks('work', 'with', 'syrian{@ACTOR,@syria}', 'army{@ACTOR,@syria}'), 0, 3],
    ['work with @ACTOR', toks('work', 'with', 'syrian{@ACTOR,@syria}', 'army{@ACTOR,@syria}'), 0, 3],
    ['(@us|@russia) agreed', toks('washington{@ACTOR,@STATE,@us}', 'agreed'), 0, 1],
    ['(@us|@russia) agreed', toks('ankara{@ACTOR,@STATE,@turkey}', 'agreed'), 0, -1],
    ['[@ACTOR] agreed', toks('agreed'), 0, 0],
    ['talks ... @STATE', toks('talks', 'held', 'in', 'moscow{@ACTOR,@STATE,@russia}'), 0, 3],
  ];
  for (const [pattern, tokens, from, last] of table) {
    it(`"${pattern}" on ${tokens.map((t) => t.lower).join(' ')} → ${last}`, () => {
      expect(matchAt(compilePattern(pattern), tokens, from)).toBe(last);
    });
  }

  it('is indexed: a pattern that begins with a slot starts at tokens carrying it, and needs the tag', () => {
    const p = compilePattern('(@assad|@syria) must go');
    expect([...p.firstTags].sort()).toEqual(['@assad', '@syria']);
    expect(p.required).toEqual([new Set(['@assad', '@syria']), new Set(['must']), new Set(['go'])]);
    expect([...p.tags].sort()).toEqual(['@assad', '@syria']);
  });

  it('refuses a kind no actor has, a malformed slot, and an id the codebook lacks', () => {
    expect(() => compilePattern('@COUNTRY said')).toThrow(/unknown actor slot @COUNTRY/);
    expect(() => compilePattern('@ said')).toThrow(PatternSyntaxError);
    expect(() => compilePattern('@Kerry said')).toThrow(/no actor slot/);
    const isActor = (id: string) => id === 'kerry';
    expect(() => compilePattern('@kerry said', { isActor })).not.toThrow();
    expect(() => compilePattern('@nobody said', { isActor })).toThrow(/@nobody names no actor/);
  });

  it('matches a slot over exactly the run of tagged tokens before the next word (property)', () => {
    const pattern = compilePattern('@x b');
    fc.assert(
      fc.property(fc.array(fc.record({ tagged: fc.boolean(), word: fc.constantFrom('a', 'b') }), { maxLength: 12 }), (cells) => {
        const tokens: PatternToken[] = cells.map((c) => (c.tagged ? { lower: c.word, lemma: c.word, tags: new Set(['@x']) } : { lower: c.word, lemma: c.word }));
        for (let from = 0; from < tokens.length; from++) {
          // Expected: the longest k > from with tokens[from..k-1] tagged and tokens[k] = "b".
          let expected = -1;
          for (let k = from + 1; k < tokens.length && tokens[k - 1]!.tags; k++) if (tokens[k]!.lower === 'b') expected = k;
          expect(matchAt(pattern, tokens, from)).toBe(expected);
        }
      }),
    );
  });
});

describe('literals split as text is', () => {
  it('wink splits some hyphenated words and keeps others whole; a literal follows it', () => {
    expect(tokenizeLiteral('no-fly')).toEqual(['no', '-', 'fly']);
    expect(tokenizeLiteral('military-to-military')).toEqual(['military', '-', 'to', '-', 'military']);
    expect(tokenizeLiteral('syrian-led')).toEqual(['syrian', '-', 'led']);
    expect(tokenizeLiteral('co-operation')).toEqual(['co-operation']);
    expect(tokenizeLiteral('cannot')).toEqual(['can', 'not']);
    expect(tokenizeLiteral('Red–Line')).toEqual(['red', '-', 'line']);
  });

  // [pattern, text tokens (as wink gives them), matches]
  const table: Array<[string, string[], boolean]> = [
    ['no-fly zone', ['a', 'no', '-', 'fly', 'zone'], true],
    ['syrian-led process', ['a', 'syrian', '-', 'led', 'process'], true],
    ['(cannot|will not) stay', ['assad', 'can', 'not', 'stay'], true],
    ['co-operat*', ['closer', 'co-operation'], true],
    // A prefix keeps its star on the last piece: "syrian-l*" reads "syrian - led".
    ['syrian-l*', ['syrian', '-', 'led'], true],
    ['no-fly zone', ['a', 'fly', 'zone'], false],
  ];
  for (const [pattern, words, matches] of table) {
    it(`"${pattern}" ${matches ? 'matches' : 'does not match'} ${words.join(' ')}`, () => {
      const compiled = compilePattern(pattern, withTokenizer);
      const tokens = toks(...words);
      const found = tokens.some((_, i) => matchAt(compiled, tokens, i) >= 0);
      expect(found).toBe(matches);
    });
  }

  it('without the tokenizer a literal is one token (and "no-fly" then never matches wink\'s tokens)', () => {
    const compiled = compilePattern('no-fly zone');
    const tokens = toks('a', 'no', '-', 'fly', 'zone');
    expect(tokens.some((_, i) => matchAt(compiled, tokens, i) >= 0)).toBe(false);
  });
});
