import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../types.js';

// One wink instance serves every labeler: it holds only the language model,
// and standpoint never teaches it custom entities (that would be shared state).
let instance: WinkMethods | undefined;

function nlp(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return instance;
}

/** A run of text that wink read as one sentence, with its tokens. */
export interface WinkSentence {
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * Tokenizes `text.slice(from, to)` and splits it into sentences, with offsets
 * into `text`. Offsets are found by walking the input, so that whatever wink
 * does to a token's value (control characters, lone surrogates) the spans stay
 * exact.
 */
export function readSentences(text: string, from: number, to: number): WinkSentence[] {
  const piece = text.slice(from, to);
  const { its } = nlp();
  const doc = nlp().readDoc(piece);
  // wink's typings for `its` helpers with addons do not line up with `out()`; the values are plain strings.
  const column = (helper: unknown): string[] => (doc.tokens().out as (f: unknown) => string[])(helper);
  const values = column(its.value);
  const lemmas = column(its.lemma);
  const pos = column(its.pos);
  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    let at = piece.startsWith(value, cursor) ? cursor : piece.indexOf(value, cursor);
    const skipped = at >= 0 ? piece.slice(cursor, at) : '';
    // A value wink rewrote (or one not found nearby) takes the next non-space character(s).
    if (at < 0 || skipped.trim() !== '') {
      at = cursor;
      while (at < piece.length && /\s/.test(piece[at] ?? '')) at++;
    }
    const end = piece.startsWith(value, at) ? at + value.length : Math.min(piece.length, at + Math.max(1, value.length));
    const surface = piece.slice(at, end);
    tokens[i] = {
      value: surface,
      lower: surface.toLowerCase(),
      lemma: (lemmas[i] ?? surface).toLowerCase(),
      pos: pos[i] ?? 'X',
      start: from + at,
      end: from + end,
      space: at > cursor || (i === 0 && at > 0),
    };
    cursor = end;
  }
  const sentences: WinkSentence[] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as [number, number];
    const slice = tokens.slice(first, last + 1);
    const head = slice[0];
    const tail = slice[slice.length - 1];
    if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: slice });
  });
  return sentences;
}

/** Loads wink's model now rather than on the first label() call. */
export function warmUp(): void {
  nlp();
}
