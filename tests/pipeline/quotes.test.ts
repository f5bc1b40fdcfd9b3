import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/pipeline/quotes.js';
import { segment } from '../../src/pipeline/segment.js';
import type { QuoteRun } from '../../src/pipeline/types.js';
import { analysed } from './stage.js';

/** Per sentence, the tokens inside a quotation, joined by spaces. */
function inside(text: string): string[] {
  const sentences = segment(text);
  const states = findQuotes(sentences);
  return sentences.map((s, i) => s.tokens.filter((_, k) => states[i]!.inside[k]).map((t) => t.value).join(' '));
}

/** The quotation runs of a text, in order, as "style open-close" (sentence:token). */
function runs(text: string): string[] {
  const all = [...new Set(findQuotes(segment(text)).flatMap((s) => s.runs))];
  const at = (p: { sentence: number; token: number } | null) => (p ? `${p.sentence}:${p.token}` : 'open');
  return all.map((r: QuoteRun) => `${r.style} ${at(r.open)}-${at(r.close)}`);
}

/** Who speaks each quotation of a text, as "speaker/rule". */
function speakers(text: string): string[] {
  const all = [...new Set(analysed(text).sentences.flatMap((a) => a.quotes.runs))];
  return all.map((r) => `${r.speaker?.id ?? 'nobody'}/${r.speakerRule ?? '-'}`);
}

describe('quotes: marks', () => {
  it.each([
    // [marks, input, tokens inside per sentence]
    ['double straight', '"Talks must go on," Lavrov said.', ['Talks must go on ,']],
    ['double curly', '“Talks must go on,” Lavrov said.', ['Talks must go on ,']],
    ['single straight', "'Talks must go on,' Lavrov said.", ['Talks must go on ,']],
    ['single curly', '‘Talks must go on,’ Lavrov said.', ['Talks must go on ,']],
    ['guillemets', '«Talks must go on», Lavrov said.', ['Talks must go on']],
    ['a quoted phrase at the end', 'Lavrov called the talks "useful".', ['useful']],
    ['a single-quoted phrase at the end', "Kerry said Syria's future was 'for Syrians to decide'.", ['for Syrians to decide']],
    ['single inside double', `Lavrov said: "They call it 'a transition', but it is not."`, ["They call it ' a transition ' , but it is not ."]],
    ['double inside single', 'Lavrov said: ‘They call it “a transition”, but it is not.’', ['They call it “ a transition ” , but it is not .']],
  ])('%s: %s', (_, text, expected) => {
    expect(inside(text)).toEqual(expected);
  });

  it.each([
    // Apostrophes open and close nothing, straight or curly, outside a quotation and inside one.
    ['straight, outside', "Syria's envoy said the rebels' demands don't matter.", ['']],
    ['curly, outside', 'Syria’s envoy said the rebels’ demands don’t matter.', ['']],
    ['straight, inside single marks', "'Syria's people don't want the rebels' war,' Lavrov said.", ["Syria 's people do n't want the rebels ' war ,"]],
    ['curly, inside single marks', '‘Syria’s people don’t want the rebels’ war,’ Lavrov said.', ['Syria ’s people do n’t want the rebels ’ war ,']],
    ['a possessive plural before a quotation', "The rebels' leader said: 'We will not go.'", ['We will not go .']],
  ])('trap: apostrophes (%s): %s', (_, text, expected) => {
    expect(inside(text)).toEqual(expected);
  });
});

describe('quotes: one state over the document', () => {
  it.each([
    ['a quotation over two sentences', '"Talks must go on. There is no other way," Lavrov said.', ['Talks must go on .', 'There is no other way ,'], ['double 0:0-1:6']],
    ['a colon lead-in, single marks', "Lavrov said: 'We will not give up. We will talk to everyone.'", ['We will not give up .', 'We will talk to everyone .'], ['single 0:3-1:6']],
    // A paragraph that reopens the open quotation continues it (one run), straight or curly.
    ['a paragraph reopening, double straight', 'Lavrov said: "Talks must go on.\n"There is no other way."', ['Talks must go on .', 'There is no other way .'], ['double 0:3-1:7']],
    ['a paragraph reopening, single straight', "Lavrov said: 'Talks must go on.\n'There is no other way.'", ['Talks must go on .', 'There is no other way .'], ['single 0:3-1:7']],
    ['a paragraph reopening, single curly', 'Lavrov said: ‘Talks must go on.\n‘There is no other way.’', ['Talks must go on .', 'There is no other way .'], ['single 0:3-1:7']],
    ['a paragraph reopening, double curly, tag at the end', '“Talks must go on. There is no other way.\n“We will talk to everyone,” Lavrov said.', ['Talks must go on .', 'There is no other way .', 'We will talk to everyone ,'], ['double 0:0-2:7']],
    // A closing mark with nothing open: the quotation began where its sentence did.
    ['a closing mark with no opening one', 'Talks must go on," Lavrov said.', ['Talks must go on ,'], ['double 0:0-0:5']],
    ['two quotations in a row', '"We will not give up," Lavrov said. "We will talk to everyone."', ['We will not give up ,', 'We will talk to everyone .'], ['double 0:0-0:7', 'double 1:0-1:7']],
  ])('%s', (_, text, expected, expectedRuns) => {
    expect(inside(text)).toEqual(expected);
    expect(runs(text)).toEqual(expectedRuns);
  });

  it('takes a quotation open for more than eight sentences for a stray mark', () => {
    const text = '"Talks must go on. Two. Three. Four. Five. Six. Seven. Eight. Nine. Ten. Eleven.';
    const marks = inside(text);
    expect(marks.slice(0, 9).every((s) => s !== '')).toBe(true);
    expect(marks.slice(9)).toEqual(['', '']);
  });

  it('closes an open quotation at a tweet attribution line', () => {
    expect(inside('"We will not give up.\n— MFA Russia (@mfa_russia) 12 March 2016\nTalks resumed.')).toEqual(['We will not give up .', '', '']);
  });
});

describe('quotes: speakers', () => {
  it.each([
    ['the tag where it closes', '"Talks must go on," Lavrov said.', ['lavrov/quote.tag-at-close']],
    ['the tag where it closes, single marks', "'Talks must go on,' Lavrov said.", ['lavrov/quote.tag-at-close']],
    ['the tag where it opens', 'Lavrov said: "We will not give up. We will talk to everyone."', ['lavrov/quote.tag-at-open']],
    ['the tag where it opens, curly single marks', 'Lavrov said: ‘We will not give up. We will talk to everyone.’', ['lavrov/quote.tag-at-open']],
    ['a frame of its sentence far from the marks', 'Lavrov said on Monday after the long meeting with his counterparts in Geneva that the talks were "useful".', ['lavrov/quote.sentence-frame']],
    ['the quotation just before, resumed', '"We will not give up," Lavrov said. "We will talk to everyone."', ['lavrov/quote.tag-at-close', 'lavrov/quote.resumes']],
    ['the quotation just before, resumed, single marks', "'We will not give up,' Lavrov said. 'We will talk to everyone.'", ['lavrov/quote.tag-at-close', 'lavrov/quote.resumes']],
    ['a paraphrase just before', 'Lavrov said talks must go on. "We will not give up."', ['lavrov/quote.after-paraphrase']],
    ['a speaker two sentences before', '"We will not give up," Lavrov said. Kerry arrived. "We will talk to everyone."', ['lavrov/quote.tag-at-close', 'lavrov/quote.after-paraphrase']],
    ['a quotation of four words or more inside a sentence after a paraphrase', 'Lavrov said talks must go on. His motto was “we will not give up.”', ['lavrov/quote.after-paraphrase']],
  ])('%s: %s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['a quotation with no frame near', 'The so-called "moderate" rebels attacked.'],
    ['a speaker three sentences before', 'Lavrov said talks must go on. Kerry arrived. Zarif arrived. "We will not give up."'],
    // After a paraphrase, a term in scare quotes inside narration is nobody's words, nor a headline's quotation.
    ['a term in scare quotes after a paraphrase', 'Lavrov said talks must go on. The envoy spoke of a "tipping point" on Monday.'],
    ['… single marks', "Lavrov said talks must go on. The rebels 'bought' time."],
    ['a headline quoted after a paraphrase', 'Lavrov said talks must go on.\n"A Window for Talks"\nTalks resumed.'],
    ['a quoted subhead right after a quotation', '"We will not give up," Lavrov said.\n‘Nobody Will Listen’\nTalks resumed.'],
  ])('trap: nobody speaks %s (%s)', (_, text) => {
    expect(speakers(text).pop()).toBe('nobody/-');
  });
});
