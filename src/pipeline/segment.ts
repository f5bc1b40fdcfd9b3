import { lexicon } from '../lexicon/lexicon.js';
import { readSentences } from '../nlp/wink.js';
import { startsLower, startsUpper } from './tokens.js';
import type { Sentence } from './types.js';

// A tweet's attribution line: "— MFA Russia (@mfa_russia) 13 января 2016".
const DASH_START = /^[\s\u00a0]*[—–―-]/;
const HANDLE_IN_PARENS = /\(@\w{1,50}\)/;

/** Whether a line is a tweet attribution line. */
export function isAttributionLine(line: string): boolean {
  return DASH_START.test(line) && HANDLE_IN_PARENS.test(line);
}

// A headline or subhead: a line of its own with no closing punctuation. In a text of one line, only
// when most of its words are capitalised (a sentence typed without its full stop is no headline).
// A line that ends in a mark after punctuation ("… everyone.'") closes a quotation: a sentence. After a word
// the mark may close a headline's scare quote ("Assad 'must go'") or a quoted subhead.
const HEADLINE_MAX_WORDS = 30;
/** A line that ends as no headline does: a sentence end, a colon or a comma, or a closing mark or bracket after one. */
export function endsAsNoHeadline(text: string): boolean {
  // A closing mark or bracket ends a sentence after its punctuation ('… everyone."'); after a word it may close
  // a quoted subhead ('"A Window for Talks"') or a headline's scare quote.
  return /[.!?:,;]\s*$/.test(text) || /[.!?,;:…]["”’'»)\]]+\s*$/.test(text);
}

// Made once (the build writes a \p{…} literal as `new RegExp(…)` where it stands).
const LETTER_START = /^\p{L}/u;

function looksLikeHeadline(text: string, manyLines: boolean): boolean {
  if (endsAsNoHeadline(text)) return false;
  const words = text.split(/\s+/).filter((w) => LETTER_START.test(w));
  if (words.length === 0 || words.length > HEADLINE_MAX_WORDS) return false;
  if (manyLines) return true;
  if (words.length < 3) return false;
  const capitalised = words.filter(startsUpper).length;
  return capitalised / words.length >= 0.6;
}

// A quoted subhead that text extraction left at the end of the paragraph before it ('… on Friday. "A Window for
// Talks"'): the last sentence of its line, wholly inside quotation marks, only words and commas before its closing
// mark.
const GLUED_SUBHEAD = /^["“‘'][^"“”‘’.!?;:]+["”’']$/;
function gluedSubhead(text: string): boolean {
  const line = text.trim();
  return GLUED_SUBHEAD.test(line) && looksLikeHeadline(line.slice(1, -1), false);
}

// Line ends: LF, CRLF, a lone CR (old Mac files, some feeds) and Unicode's line and paragraph separators.
const LINE_END = /\r\n|[\n\r\u2028\u2029]/g;

// The most tokens a sentence may have. News sentences stay far below (the
// seeds' longest has about 60); a line without any sentence end or a list of
// thousands of names is cut into pieces of at most this many, preferably after
// a comma, semicolon, colon or dash, so that the work per sentence is bounded.
export const MAX_SENTENCE_TOKENS = 250;
const SOFT_BREAK = new Set([',', ';', ':', '—', '–', '―', '--', '-', '…', '.', '!', '?']);

type Piece = ReturnType<typeof readSentences>[number];

/**
 * Splits a text into sentences: first at line breaks (a tweet, its attribution
 * line and a headline each stand on a line of their own), then with wink-nlp
 * inside each line. Offsets index the input.
 */
export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineEnd = new RegExp(LINE_END.source, 'g');
  let lineStart = 0;
  while (lineStart <= text.length) {
    lineEnd.lastIndex = lineStart;
    const m = lineEnd.exec(text);
    const contentEnd = m ? m.index : text.length;
    const line = text.slice(lineStart, contentEnd);
    if (line.trim() !== '') {
      const attribution = isAttributionLine(line);
      const pieces = joinTimeStamps(text, joinAfterAbbreviations(text, readSentences(text, lineStart, contentEnd)));
      const wholeLine = (attribution && pieces.length > 0 ? [mergePieces(pieces)] : pieces).flatMap(capLength);
      wholeLine.forEach((piece, k) => {
        const sentenceText = text.slice(piece.start, piece.end);
        sentences.push({
          index: sentences.length,
          start: piece.start,
          end: piece.end,
          text: sentenceText,
          tokens: piece.tokens,
          lineStart: k === 0,
          isAttributionLine: attribution,
          isHeadline: (wholeLine.length === 1 || (k > 0 && k === wholeLine.length - 1 && gluedSubhead(sentenceText))) && !attribution,
        });
      });
    }
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  // A headline stands alone on its line; a tweet line (its attribution below) is none.
  const manyLines = sentences.some((s) => s.lineStart && s.index > 0);
  sentences.forEach((s, i) => {
    s.isHeadline = s.isHeadline && !sentences[i + 1]?.isAttributionLine && (sentences[i + 1]?.lineStart ?? true) && looksLikeHeadline(s.text, manyLines);
  });
  return sentences;
}

// A short abbreviation in brackets, as a legislator's party and state after the name ("Jane Roe (D-Calif.) said").
const BRACKETED_ABBREVIATION = /\([^()\s]{1,12}\.\)$/;
// How many tokens into the next piece a bracket left open may close.
const BRACKET_REACH = 4;

/**
 * Glues back a sentence wink ended after an abbreviation ("Maj. Gen. Roe" cut after "Maj."), or after one in
 * brackets when the next piece goes on in lower case ("Roe (D-Calif.) told …").
 */
function joinAfterAbbreviations(text: string, pieces: Piece[]): Piece[] {
  const { abbreviations } = lexicon();
  const out: Piece[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    const tokens = previous?.tokens;
    const n = tokens?.length ?? 0;
    const abbreviation = !!tokens && n >= 1 && (tokens[n - 1]!.value === '.' ? n >= 2 && abbreviations.has(tokens[n - 2]!.lower) : abbreviations.has(tokens[n - 1]!.lower.replace(/\.$/, '')) && tokens[n - 1]!.value.endsWith('.'));
    const first = piece.tokens[0]?.value ?? '';
    const before = previous ? text.slice(previous.start, previous.end).trimEnd() : '';
    const bracketed = !!previous && BRACKETED_ABBREVIATION.test(before) && startsLower(first);
    // "(D-N.Y.)" cut after "N.": no sentence ends inside a bracket that closes a few words on.
    const unclosed = !!previous && before.lastIndexOf('(') > before.lastIndexOf(')') && piece.tokens.slice(0, BRACKET_REACH).some((t) => t.value === ')');
    if (previous && ((abbreviation && startsUpper(first)) || bracketed || unclosed)) out[out.length - 1] = mergePieces([previous, piece]);
    else out.push(piece);
  }
  return out;
}

// A clock time alone: "12:15 p.m.", "9 a.m.", "10.30am".
const CLOCK_TIME = /^\d{1,2}([:.]\d{2})?\s*[ap]\.?\s*m\.?$/i;
// Tokens a time stamp may take ("12:15 p.m." is two or three): longer pieces are not looked at.
const STAMP_TOKENS = 5;

// A wire dateline's pieces: the place and date ("MOSCOW, March 3.") and the agency between slashes ("/TASS/.").
const DATELINE_PLACE = /^\p{Lu}[\p{Lu} .'-]+,\s+\p{L}+\.?\s+\d{1,2}\.?$/u;
const DATELINE_AGENCY = /^\/\p{Lu}[\p{L}-]*\/\.?$/u;
const DATELINE_TOKENS = 8;

/**
 * Glues a live blog's time stamp ("12:15 p.m. The minister says …") and a wire dateline ("MOSCOW, March 3.
 * /TASS/. The minister said …") to the sentence they open.
 */
function joinTimeStamps(text: string, pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  const opens = (piece: Piece) => {
    if (piece.tokens.length > DATELINE_TOKENS) return false;
    const words = text.slice(piece.start, piece.end).trim();
    return (piece.tokens.length <= STAMP_TOKENS && CLOCK_TIME.test(words)) || DATELINE_PLACE.test(words) || DATELINE_AGENCY.test(words);
  };
  for (let k = 0; k < pieces.length; k++) {
    let end = k;
    while (end + 1 < pieces.length && opens(pieces[end]!)) end++;
    out.push(end > k ? mergePieces(pieces.slice(k, end + 1)) : pieces[k]!);
    k = end;
  }
  return out;
}

function mergePieces(pieces: Piece[]): Piece {
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  return { start: first.start, end: last.end, tokens: pieces.flatMap((p) => p.tokens) };
}

/** Cuts a piece longer than MAX_SENTENCE_TOKENS, each cut after the last soft break in the second half of the window. */
function capLength(piece: Piece): Piece[] {
  const tokens = piece.tokens;
  if (tokens.length <= MAX_SENTENCE_TOKENS) return [piece];
  const out: Piece[] = [];
  let first = 0;
  while (tokens.length - first > MAX_SENTENCE_TOKENS) {
    let cut = first + MAX_SENTENCE_TOKENS;
    for (let k = cut - 1; k >= first + MAX_SENTENCE_TOKENS / 2; k--) {
      if (SOFT_BREAK.has(tokens[k]!.value)) {
        cut = k + 1;
        break;
      }
    }
    out.push(fromTokens(tokens.slice(first, cut)));
    first = cut;
  }
  out.push(fromTokens(tokens.slice(first)));
  return out;
}

function fromTokens(tokens: Piece['tokens']): Piece {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens };
}
