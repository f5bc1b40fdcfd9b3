import type { GoldPassage, LabeledSentence } from './types.js';

/** The text a passage is labeled as: its original text, or its sentences joined by one space. */
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
  return { text: passage.sentences.map((s) => s.text).join(' '), spans };
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

