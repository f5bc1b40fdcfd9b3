import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../pipeline/types.js';

// One wink instance serves every labeler: it holds only the language model,
// and standpoint never teaches it custom entities (that would be shared state).
// Its steps are the ones whose output is read: sentence ends and the part of
// speech (which gives the lemma). wink's negation flags are not read (the
// pipeline finds negations itself), so that step is not run.
// Its words (see WinkWord) go with it: the ids are its lexicon's.
// (An array by id, kept packed: ids run to about 90,000 from the first sentence, and a Map cost more per token.)
let instance: { nlp: WinkMethods; words: Array<WinkWord | undefined> } | undefined;

function reader(): { nlp: WinkMethods; words: Array<WinkWord | undefined> } {
  instance ??= { nlp: winkNLP(model, ['sbd', 'pos']), words: [] };
  return instance;
}

/**
 * What wink makes of one word of its lexicon (its id, `its.uniqueId`): the value, lower-cased once, and the
 * lemma per part of speech. wink computes a lemma afresh for every token it is asked about (a third of the
 * time spent reading its columns), yet a word that is no contraction has one lemma per part of speech: it
 * depends only on the word's entry and the tag (an out-of-vocabulary word is never a base form to it, however
 * many it has seen). The same strings serve every token of the word, so each hashes once for all the stages'
 * lookups. A contraction's parts take their lemma from the contraction, and are asked of wink each time.
 * They grow with the words read, as wink's lexicon does with the words it did not know.
 */
interface WinkWord {
  value: string;
  lower: string;
  /** The first part of speech it was read with and its lemma (most words are read with one); others in `more`. */
  tag: string;
  lemma: string;
  more: Map<string, string> | undefined;
}

function lemmaOf(word: WinkWord, tag: string): string | undefined {
  return tag === word.tag ? word.lemma : word.more?.get(tag);
}

/** A run of text that wink read as one sentence, with its tokens. */
export interface WinkSentence {
  start: number;
  end: number;
  tokens: Token[];
}

// wink's tokenizer takes time quadratic in the length of a word (a stretch
// without whitespace: 16,000 "-" take seconds, a megabyte hours). Longer
// stretches than this are handed to it in slices; no word of prose comes near.
const MAX_RUN = 128;

// The characters of `\s`, by code: the offset walk and the run scan test them
// one at a time.
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isBlank(value: string): boolean {
  for (let k = 0; k < value.length; k++) if (!isSpace(value.charCodeAt(k))) return false;
  return true;
}

// piece.startsWith(value, at), its first character compared before the call: a token after a space is looked for
// at the space first, and a builtin call per token to learn that cost more than the comparison.
function startsAt(piece: string, value: string, at: number): boolean {
  return (value.length === 0 || piece.charCodeAt(at) === value.charCodeAt(0)) && piece.startsWith(value, at);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

// A sentence whose last token (or the one before a closing quote or bracket) ends it.
const TERMINAL = /^[.!?…]+$/;
const CLOSING = /^["'”’»)\]]$/;
function endsSentence(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return true;
  if (TERMINAL.test(last.value)) return true;
  const before = tokens[tokens.length - 2];
  return CLOSING.test(last.value) && !!before && TERMINAL.test(before.value);
}

/**
 * Tokenizes `text.slice(from, to)` and splits it into sentences, with offsets
 * into `text`. Offsets are found by walking the input, so that whatever wink
 * does to a token's value (control characters, lone surrogates) the spans stay
 * exact. A stretch without whitespace longer than MAX_RUN is read in slices
 * that stay in the sentence around it, which keeps the time linear.
 */
export function readSentences(text: string, from: number, to: number): WinkSentence[] {
  const out: WinkSentence[] = [];
  // Adds the sentences of one piece; `glue` joins its first sentence to the last one so far.
  // A slice of a long run is one sentence whatever wink says: it has no whitespace to end one at.
  const add = (start: number, end: number, glue: (previous: WinkSentence) => boolean, whole = false): void => {
    let sentences = readPiece(text, start, end);
    if (whole && sentences.length > 1) sentences = [{ start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end, tokens: sentences.flatMap((x) => x.tokens) }];
    const previous = out[out.length - 1];
    const first = sentences[0];
    if (previous && first && glue(previous)) {
      // In place: a run of a megabyte glues thousands of slices, and copying the sentence each time would be quadratic.
      for (const t of first.tokens) previous.tokens.push(t);
      previous.end = first.end;
      sentences.shift();
    }
    for (const s of sentences) out.push(s);
  };
  const open = (previous: WinkSentence) => !endsSentence(previous.tokens);
  let pieceStart = from;
  let runStart = -1;
  let afterRun = false;
  for (let i = from; i <= to; i++) {
    if (i < to && !isSpace(text.charCodeAt(i))) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart > MAX_RUN) {
      if (runStart > pieceStart) add(pieceStart, runStart, afterRun ? open : () => false);
      for (let s = runStart; s < i; ) {
        let e = Math.min(i, s + MAX_RUN);
        if (e < i && isHighSurrogate(text.charCodeAt(e - 1)) && isLowSurrogate(text.charCodeAt(e))) e--;
        add(s, e, s === runStart ? open : () => true, true);
        s = e;
      }
      pieceStart = i;
      afterRun = true;
    }
    runStart = -1;
  }
  if (pieceStart < to) add(pieceStart, to, afterRun ? open : () => false);
  return out;
}

function readPiece(text: string, from: number, to: number): WinkSentence[] {
  const piece = text.slice(from, to);
  const { nlp, words } = reader();
  const { its } = nlp;
  const doc = nlp.readDoc(piece);
  // wink's typings for `its` helpers with addons do not line up with `out()`; the values are plain strings.
  // One collection for every column (wink makes a fresh one, a dozen closures, per call).
  const all = doc.tokens();
  const column = <T>(helper: unknown): T[] => (all.out as (f: unknown) => T[])(helper);
  const ids = column<number>(its.uniqueId);
  const contracted = column<boolean>(its.contractionFlag);
  const pos = column<string>(its.pos);
  const tokenOut = (i: number, helper: unknown): string => (all.itemAt(i).out as (f: unknown) => string)(helper);
  const tokens: Token[] = new Array(ids.length);
  let cursor = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const tag = pos[i] ?? 'X';
    while (words.length <= id) words.push(undefined);
    let word = words[id];
    if (!word) {
      const v = tokenOut(i, its.value);
      const lower = v.toLowerCase();
      const l = contracted[i] ? '' : tokenOut(i, its.lemma).toLowerCase();
      words[id] = word = { value: v, lower, tag: contracted[i] ? '' : tag, lemma: l === lower ? lower : l, more: undefined };
    }
    const value = word.value;
    // The value where it stands after any whitespace; one wink rewrote takes the next non-space character(s).
    // (Never a search further ahead: that would cost the rest of the piece per rewritten token.)
    let at = cursor;
    let found = startsAt(piece, value, at);
    while (!found && at < piece.length && isSpace(piece.charCodeAt(at))) found = startsAt(piece, value, ++at);
    const end = found ? at + value.length : Math.min(piece.length, at + Math.max(1, value.length));
    const surface = found ? value : piece.slice(at, end);
    const lower = found ? word.lower : surface.toLowerCase();
    let lemma: string | undefined;
    if (contracted[i]) lemma = tokenOut(i, its.lemma).toLowerCase();
    else {
      lemma = lemmaOf(word, tag);
      if (lemma === undefined) {
        const l = tokenOut(i, its.lemma).toLowerCase();
        lemma = l === word.lower ? word.lower : l;
        if (word.tag === '') {
          word.tag = tag;
          word.lemma = lemma;
        } else (word.more ??= new Map()).set(tag, lemma);
      }
    }
    tokens[i] = {
      value: surface,
      lower,
      lemma: lemma === lower ? lower : lemma,
      pos: tag,
      start: from + at,
      end: from + end,
      // Whitespace before it (a whitespace token wink made, dropped below, counts too).
      space: at > 0 && isSpace(piece.charCodeAt(at - 1)),
    };
    cursor = end;
  }
  const sentences: WinkSentence[] = [];
  // The spans all at once: wink's `each` makes an item of a dozen closures per sentence.
  for (const [first, last] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    // wink makes tokens of some whitespace (a tab after a full stop): they carry nothing, and a sentence of them none.
    // One loop rather than slice, filter and flatMap: this runs for every sentence wink finds.
    const slice: Token[] = [];
    for (let k = first; k <= last && k < tokens.length; k++) if (!isBlank(tokens[k]!.value)) pushSplittingQuotedArticle(slice, tokens[k]!);
    const head = slice[0];
    const tail = slice[slice.length - 1];
    if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: slice });
  }
  // wink may end a sentence between the two marks of '' (typed for a double mark): a closing mark with no space
  // before it belongs to the sentence it is stuck to.
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k]!;
    const previous = sentences[k - 1]!;
    while (s.tokens.length > 1 && !s.tokens[0]!.space && STUCK_MARK.test(s.tokens[0]!.value)) {
      const t = s.tokens.shift()!;
      previous.tokens.push(t);
      previous.end = t.end;
      s.start = s.tokens[0]!.start;
    }
  }
  return sentences;
}

const STUCK_MARK = /^["'”’)\]]$/;

// wink reads "'a" (a quotation opening on the article: "called it 'a sham'") as one word, as it would "'em".
function pushSplittingQuotedArticle(out: Token[], t: Token): void {
  if (t.value !== "'a" && t.value !== "'A") {
    out.push(t);
    return;
  }
  const article = t.value.slice(1);
  out.push(
    { value: "'", lower: "'", lemma: "'", pos: 'PUNCT', start: t.start, end: t.start + 1, space: t.space },
    { value: article, lower: 'a', lemma: 'a', pos: 'DET', start: t.start + 1, end: t.end, space: false },
  );
}
