import type { GoldPassage, LabeledSentence } from './types.js';

// A sentence ends like one; a headline, a subhead or a dateline does not. A tweet's attribution line
// ("— Jane Roe (@roe)") stands on a line of its own, and so does the tweet before it.
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
const ATTRIBUTION = /^[\s\u00a0]*[—–―-].*\(@\w+\)/;

/**
 * The text a passage is labeled as: its original text, or its sentences in
 * the layout a reader gets (the one scripts/import-articles.mjs gives the
 * corpus copy): one space between sentences of the body, a line break after
 * a line that does not end like a sentence (a headline, a subhead) and around
 * a tweet's attribution line.
 */
export function passageText(passage: GoldPassage): { text: string; spans: Array<{ start: number; end: number }> } {
  if (passage.text !== undefined) {
    let cursor = 0;
    const spans = passage.sentences.map((s) => {
      if (s.start !== undefined && s.end !== undefined) return { start: s.start, end: s.end };
      const at = passage.text!.indexOf(s.text, cursor);
      const start = at >= 0 ? at : cursor;
      cursor = start + s.text.length;
      return { start, end: start + s.text.length };
    });
    return { text: passage.text, spans };
  }
  let cursor = 0;
  const spans = passage.sentences.map((s) => {
    const span = { start: cursor, end: cursor + s.text.length };
    cursor = span.end + 1;
    return span;
  });
  const own = (k: number) => {
    const before = passage.sentences[k - 1]!.text;
    return !SENTENCE_END.test(before) || ATTRIBUTION.test(passage.sentences[k]!.text) || ATTRIBUTION.test(before) || ATTRIBUTION.test(passage.sentences[k + 1]?.text ?? '');
  };
  return { text: passage.sentences.map((s, k) => (k === 0 ? '' : own(k) ? '\n' : ' ') + s.text).join(''), spans };
}

/** For each gold span, the predicted sentences that overlap it most. */
export function align<S extends { start: number; end: number } = LabeledSentence>(spans: ReadonlyArray<{ start: number; end: number }>, predicted: readonly S[]): S[][] {
  const groups: S[][] = spans.map(() => []);
  for (const sentence of predicted) {
    let best = -1;
    let bestOverlap = 0;
    spans.forEach((span, g) => {
      const overlap = Math.min(span.end, sentence.end) - Math.max(span.start, sentence.start);
      if (overlap > bestOverlap) {
        best = g;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) groups[best]!.push(sentence);
  }
  return groups;
}

