import { describe, expect, it } from 'vitest';
import { passageText } from '../src/passage-text.js';

const passage = (...texts: string[]) => ({ id: 'p', sentences: texts.map((text) => ({ text, holder: null, claims: [] })) });

describe('the text of a passage given as sentences: the layout a reader gets', () => {
  it.each([
    // Sentences of the body follow one another after one space.
    [['Lavrov arrived.', 'Kerry left.'], 'Lavrov arrived. Kerry left.'],
    // A line that does not end like a sentence (a headline, a subhead) stands on its own line.
    [['Kerry Says Talks Must Go On', 'Kerry spoke in Geneva.'], 'Kerry Says Talks Must Go On\nKerry spoke in Geneva.'],
    [['GENEVA', 'Talks resumed.', '‘Nobody Will Listen’', 'Kerry left.'], 'GENEVA\nTalks resumed. ‘Nobody Will Listen’\nKerry left.'],
    // A sentence ending in a closing mark or bracket ends like one.
    [['"We will go on," Lavrov said.', '(Reporting by Jane Roe.)', 'Talks resumed.'], '"We will go on," Lavrov said. (Reporting by Jane Roe.) Talks resumed.'],
    // A tweet and its attribution line stand on lines of their own.
    [['Talks resumed.', 'We will not give up.', '— Jane Roe (@roe) May 2, 2016', 'Kerry left.'], 'Talks resumed.\nWe will not give up.\n— Jane Roe (@roe) May 2, 2016\nKerry left.'],
  ])('%j', (texts, expected) => {
    const { text, spans } = passageText(passage(...texts));
    expect(text).toBe(expected);
    // Every sentence is found where its span says.
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(texts);
  });

  it('keeps a passage’s own text as it is', () => {
    expect(passageText({ id: 'p', text: 'A\n\nB.', sentences: [{ text: 'A', holder: null, claims: [] }, { text: 'B.', holder: null, claims: [] }] }).text).toBe('A\n\nB.');
  });
});
