import { readSentences } from '../nlp/wink.js';
import type { Sentence } from '../types.js';

// A tweet's attribution line: "— MFA Russia (@mfa_russia) 13 января 2016".
const DASH_START = /^[\s\u00a0]*[—–―-]/;
const HANDLE_IN_PARENS = /\(@\w{1,50}\)/;

/** Whether a line is a tweet attribution line. */
export function isAttributionLine(line: string): boolean {
  return DASH_START.test(line) && HANDLE_IN_PARENS.test(line);
}

// A headline: one line, no closing punctuation, most words capitalised.
function looksLikeHeadline(text: string): boolean {
  if (/[.!?"”’)]\s*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised / words.length >= 0.6;
}

/**
 * Splits a text into sentences: first at line breaks (a tweet, its attribution
 * line and a headline each stand on a line of their own), then with wink-nlp
 * inside each line. Offsets index the input.
 */
export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let contentEnd = lineEnd;
    if (contentEnd > lineStart && text[contentEnd - 1] === '\r') contentEnd--;
    const line = text.slice(lineStart, contentEnd);
    if (line.trim() !== '') {
      const attribution = isAttributionLine(line);
      const pieces = readSentences(text, lineStart, contentEnd);
      const wholeLine = attribution && pieces.length > 0 ? [mergePieces(pieces)] : pieces;
      for (const piece of wholeLine) {
        const sentenceText = text.slice(piece.start, piece.end);
        sentences.push({
          index: sentences.length,
          start: piece.start,
          end: piece.end,
          text: sentenceText,
          tokens: piece.tokens,
          isAttributionLine: attribution,
          isHeadline: !attribution && wholeLine.length === 1 && looksLikeHeadline(sentenceText),
        });
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function mergePieces(pieces: ReturnType<typeof readSentences>): ReturnType<typeof readSentences>[number] {
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  return { start: first.start, end: last.end, tokens: pieces.flatMap((p) => p.tokens) };
}
