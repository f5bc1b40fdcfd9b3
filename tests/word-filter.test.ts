import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordFilter } from '../src/utils/word-filter.js';

describe('WordFilter', () => {
  it('never says "surely not" of a word of its set', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 200 }), (words) => {
        const filter = new WordFilter(words);
        for (const w of words) expect(filter.mayHave(w)).toBe(true);
      }),
    );
  });

  it('says "surely not" of most words outside a small set', () => {
    const filter = new WordFilter(['assad', 'kerry', 'lavrov']);
    const others = Array.from({ length: 1000 }, (_, i) => `word${i}`);
    expect(others.filter((w) => filter.mayHave(w)).length).toBeLessThan(50);
  });
});
