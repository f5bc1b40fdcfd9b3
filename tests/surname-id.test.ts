import { describe, expect, it } from 'vitest';
import { phraseId, surnameId } from '../src/utils/surname-id.js';

describe('ids for persons and bodies the codebook lacks', () => {
  it.each([
    ['Jane Roe', 'roe'],
    ['Staffan de Mistura', 'demistura'],
    ['Adel al-Jubeir', 'jubeir'],
    ['Ludwig van Beethoven', 'vanbeethoven'],
    // Arabic compound names keep both halves.
    ['Maan Abdul Salam', 'abdulsalam'],
    ['Abdul-Jabbar Abu Thabet', 'abuthabet'],
    ['Omar Abdel Aziz', 'abdelaziz'],
    ['José Núñez', 'nunez'],
    ['', 'unknown'],
  ])('%s → %s', (name, id) => {
    expect(surnameId(name)).toBe(id);
  });

  it.each([
    ['Richmond police', 'richmond-police'],
    ['the Syrian Observatory', 'syrian-observatory'],
  ])('%s → %s', (phrase, id) => {
    expect(phraseId(phrase)).toBe(id);
  });
});
