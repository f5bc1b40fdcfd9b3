import { describe, expect, it } from 'vitest';
import { isAttributionLine, MAX_SENTENCE_TOKENS, segment } from '../../src/pipeline/segment.js';

const texts = (text: string) => segment(text).map((s) => s.text);
const flags = (text: string) => segment(text).map((s) => [s.lineStart, s.isHeadline, s.isAttributionLine]);

describe('segment: sentences', () => {
  it.each([
    ['two sentences on a line', 'Talks resumed. Lavrov arrived.', ['Talks resumed.', 'Lavrov arrived.']],
    ['an abbreviated rank before a name is no sentence end', 'Maj. Gen. Jane Roe said talks must go on. Lavrov arrived.', ['Maj. Gen. Jane Roe said talks must go on.', 'Lavrov arrived.']],
    ['two ranks in a row', 'Lt. Col. Jane Roe arrived.', ['Lt. Col. Jane Roe arrived.']],
    ['a title abbreviation', 'Dr. Roe said talks must go on.', ['Dr. Roe said talks must go on.']],
    ['dotted initials of a state', 'U.S. officials said talks must go on. Lavrov arrived.', ['U.S. officials said talks must go on.', 'Lavrov arrived.']],
    ['a line break ends a sentence', 'Talks resumed\nLavrov arrived.', ['Talks resumed', 'Lavrov arrived.']],
    ['empty lines make no sentence', 'Talks resumed.\n\n\nLavrov arrived.', ['Talks resumed.', 'Lavrov arrived.']],
    ["the second mark of '' typed for a double mark stays with its sentence", "Lavrov said: ''We will not give up.'' Talks resumed.", ["Lavrov said: ''We will not give up.''", 'Talks resumed.']],
    // A legislator's party and state in brackets after the name: no sentence ends inside or right after it.
    ['a bracketed abbreviation, the sentence going on in lower case', 'Senator Jane Roe (D-Calif.) told reporters talks must go on. Lavrov arrived.', ['Senator Jane Roe (D-Calif.) told reporters talks must go on.', 'Lavrov arrived.']],
    ['a bracket cut inside its dotted initials', 'Jane Roe (D-N.Y.) said talks must go on.', ['Jane Roe (D-N.Y.) said talks must go on.']],
    ['… of two letters each', 'John Doe (R-S.C.) said talks must go on. Kerry left.', ['John Doe (R-S.C.) said talks must go on.', 'Kerry left.']],
    ['… and one of a single state', 'John Doe (R-Ariz.) warned that talks must go on.', ['John Doe (R-Ariz.) warned that talks must go on.']],
    ['a bracket closed at a sentence end is still a sentence end', 'Talks resumed (in Geneva.) Lavrov arrived.', ['Talks resumed (in Geneva.)', 'Lavrov arrived.']],
  ])('%s', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ["a quotation opening on the article 'a'", "He called it 'a sham'.", ['He', 'called', 'it', "'", 'a', 'sham', "'", '.']],
    ['… capitalised', "'A sham,' he said.", ["'", 'A', 'sham', ',', "'", 'he', 'said', '.']],
  ])('tokens: %s', (_, text, expected) => {
    expect(segment(text).flatMap((s) => s.tokens.map((t) => t.value))).toEqual(expected);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['a lone CR', '\r'],
    ['the Unicode line separator', '\u2028'],
    ['the Unicode paragraph separator', '\u2029'],
  ])('a line ends at %s, and offsets index the input', (_, end) => {
    const text = `Talks resumed.${end}Lavrov arrived.`;
    const sentences = segment(text);
    expect(sentences.map((s) => s.text)).toEqual(['Talks resumed.', 'Lavrov arrived.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.lineStart)).toEqual([true, true]);
  });

  it('marks only the first sentence of a line as a paragraph start', () => {
    expect(segment('Talks resumed. Lavrov arrived.\nKerry left.').map((s) => s.lineStart)).toEqual([true, false, true]);
  });

  it(`cuts a run-on line into pieces of at most ${MAX_SENTENCE_TOKENS} tokens, after a comma where it can`, () => {
    const list = Array.from({ length: 400 }, (_, i) => `name${i}`).join(', ');
    const pieces = segment(list);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.tokens.length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    for (const p of pieces.slice(0, -1)) expect(p.tokens[p.tokens.length - 1]!.value).toBe(',');
    expect(pieces.reduce((n, p) => n + p.tokens.length, 0)).toBe(799);
  });

  it('cuts a line with no break at all at the limit', () => {
    const pieces = segment(Array.from({ length: 600 }, () => 'word').join(' '));
    expect(pieces.map((p) => p.tokens.length)).toEqual([250, 250, 100]);
  });
});

describe('segment: headlines and attribution lines', () => {
  it.each([
    // [why, text, per sentence: lineStart, isHeadline, isAttributionLine]
    ['a line of its own with no closing punctuation, in a text of many lines', 'Russia backs talks\nTalks resumed on Monday.', [[true, true, false], [true, false, false]]],
    ['a "Name: words" headline', 'Lavrov: Talks must go on\nTalks resumed.', [[true, true, false], [true, false, false]]],
    ['a "Name says" headline', 'Moscow says talks must go on\nTalks resumed.', [[true, true, false], [true, false, false]]],
    ['a one-line text of capitalised words', 'Russia Backs New Talks In Geneva', [[true, true, false]]],
    ['a tweet and its attribution line', 'We will not give up\n— MFA Russia (@mfa_russia) 12 March 2016', [[true, false, false], [true, false, true]]],
    // A quoted subhead that extraction glued to the end of the paragraph before it.
    ['a quoted subhead at the end of a line, double marks', 'Talks resumed on Monday. "A Window for Talks"\nKerry left.', [[true, false, false], [false, true, false], [true, false, false]]],
    ['… curly single marks, with a comma', 'Talks resumed on Monday. ‘No Way Back, Nobody Will Listen’\nKerry left.', [[true, false, false], [false, true, false], [true, false, false]]],
    ['… in capitals, straight single marks', "Talks resumed on Monday. 'DAY OF RECKONING'\nKerry left.", [[true, false, false], [false, true, false], [true, false, false]]],
    ['… curly double marks', 'Talks resumed on Monday. “Nobody Will Listen”\nKerry left.', [[true, false, false], [false, true, false], [true, false, false]]],
    ['… at the end of the text', 'Kerry left.\nTalks resumed on Monday. "Day of Reckoning"', [[true, false, false], [true, false, false], [false, true, false]]],
  ])('headline: %s', (_, text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it.each([
    ['a one-line text typed without its full stop', 'russia backs talks in geneva'],
    ['a line ending in a double closing mark', '"We will keep talking."\nTalks resumed.'],
    ['a line ending in a curly single closing mark', '‘We will keep talking.’\nTalks resumed.'],
    ['a line ending in a straight single closing mark after its full stop', "'We will keep talking.'\nTalks resumed."],
    ['a line ending in a colon (a lead-in)', 'Lavrov told reporters in Geneva:\nTalks resumed.'],
    ['a line of two sentences', 'Talks resumed. Lavrov arrived\nKerry left.'],
  ])('no headline: %s', (_, text) => {
    expect(segment(text)[0]!.isHeadline).toBe(false);
  });

  it.each([
    ['a quotation of words in lower case', 'Lavrov said talks must go on. "We will go on"\nKerry left.'],
    ['a quotation closed after its full stop', 'Lavrov said talks must go on. "We Will Go On."\nKerry left.'],
    ['a quotation that is not the last of its line', 'Lavrov said talks must go on. "Day of Reckoning" Kerry left.'],
    ['a quotation that opens its sentence but does not end it', 'Lavrov said talks must go on. "Day of Reckoning" was the motto\nKerry left.'],
  ])('no glued subhead: %s', (_, text) => {
    expect(segment(text)[1]!.isHeadline).toBe(false);
  });

  it.each([
    ['— Jane Roe (@janeroe) March 3, 2016', true],
    ['– MFA Russia (@mfa_russia) 13 января 2016', true],
    ['- Jane Roe (@janeroe)', true],
    ['— a dash and no handle', false],
    ['Jane Roe (@janeroe) March 3, 2016', false],
  ])('attribution line: %s → %s', (line, expected) => {
    expect(isAttributionLine(line)).toBe(expected);
  });

  it('keeps an attribution line whole, as one sentence', () => {
    const sentences = segment('We will not give up.\n— MFA Russia (@mfa_russia) 12 March 2016. Moscow.');
    expect(sentences.map((s) => s.text)).toEqual(['We will not give up.', '— MFA Russia (@mfa_russia) 12 March 2016. Moscow.']);
    expect(sentences[1]!.isAttributionLine).toBe(true);
  });
});
