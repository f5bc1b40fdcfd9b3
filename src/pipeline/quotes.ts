import type { Sentence } from '../types.js';

/** A quotation, possibly running over several sentences. Positions are (sentence, token) pairs. */
export interface QuoteRun {
  open: { sentence: number; token: number };
  /** Null when the text ends with the quote still open. */
  close: { sentence: number; token: number } | null;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = new Set(['"', '″', '〃']);
// A quote left open for this many sentences is taken to be a stray mark.
const MAX_SENTENCES_OPEN = 6;

/**
 * Finds the quotations of a document. Curly marks say which way they face;
 * a straight mark opens when no quote is open, except after the end of a
 * sentence where it closes; a sentence that begins with an opening mark
 * while a quote is open continues it (the newswire convention for quotes
 * running over paragraphs). Returns the runs and, per sentence, which tokens
 * stand inside a quotation.
 */
export function findQuotes(sentences: readonly Sentence[]): { runs: QuoteRun[]; inside: boolean[][] } {
  const runs: QuoteRun[] = [];
  const inside: boolean[][] = sentences.map((s) => new Array<boolean>(s.tokens.length).fill(false));
  let open: QuoteRun | null = null;
  const closeAt = (si: number, ti: number) => {
    if (open) open.close = { sentence: si, token: ti };
    open = null;
  };
  // Tokens 0..markedTo-1 of the current sentence are already marked inside by an implicit quote:
  // a sentence of thousands of closing marks then costs linear time, not quadratic.
  let markedTo = 0;
  const markImplicit = (si: number, ti: number) => {
    for (let k = markedTo; k < ti; k++) inside[si]![k] = true;
    markedTo = Math.max(markedTo, ti);
    runs.push({ open: { sentence: si, token: 0 }, close: { sentence: si, token: ti } });
  };
  sentences.forEach((sentence, si) => {
    markedTo = 0;
    if (open && si - open.open.sentence > MAX_SENTENCES_OPEN) {
      // Unclosed for too long: keep it to where it was opened.
      open = null;
    }
    if (sentence.isAttributionLine) {
      open = null;
      return;
    }
    const tokens = sentence.tokens;
    tokens.forEach((tok, ti) => {
      const v = tok.value;
      const isOpener = OPENERS.has(v);
      const isCloser = CLOSERS.has(v);
      const isStraight = STRAIGHT.has(v);
      if (!isOpener && !isCloser && !isStraight) {
        if (open) inside[si]![ti] = true;
        return;
      }
      if (isOpener || (isStraight && ti === 0 && open)) {
        if (open && ti === 0) return; // continuation of a quote running over paragraphs
        if (open) closeAt(si, ti);
        open = { open: { sentence: si, token: ti }, close: null };
        runs.push(open);
        return;
      }
      if (isCloser && !open) {
        // A closing mark with no opening one: the quote began where the sentence did (its opening mark was lost).
        markImplicit(si, ti);
        return;
      }
      if (isCloser) {
        closeAt(si, ti);
        return;
      }
      // A straight mark: closes an open quote, else opens one — unless it follows
      // the quote's last punctuation ("... go," he said), where it can only close.
      if (open) closeAt(si, ti);
      else if (ti > 0 && /^[,.!?…]$/.test(tokens[ti - 1]!.value) && !tok.space && (ti + 1 === tokens.length || tokens[ti + 1]!.space)) markImplicit(si, ti);
      else {
        open = { open: { sentence: si, token: ti }, close: null };
        runs.push(open);
      }
    });
  });
  return { runs, inside };
}
