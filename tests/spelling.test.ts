import { describe, expect, it } from 'vitest';
import { spellingVariants } from '../src/utils/spelling.js';

describe('surnames one letter apart are one name misspelt', () => {
  it.each([
    ['yildirim', 'yidirim', true], // a letter dropped
    ['jalili', 'jalali', true], // a letter changed
    ['muallem', 'mualllem', true], // a letter added
    ['lavrov', 'lavorv', true], // two neighbours swapped
    ['shaaban', 'shaaban', false], // the same spelling is no variant
    ['kerry', 'berry', false], // too short to tell two names apart
    ['erdogan', 'erdoxxn', false], // two letters changed
    ['abdeh', 'abda', false],
    ['rouhani', 'rouhanis', true],
    ['jubeir', 'jubier', true],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(spellingVariants(a, b)).toBe(expected);
    expect(spellingVariants(b, a)).toBe(expected);
  });
});
