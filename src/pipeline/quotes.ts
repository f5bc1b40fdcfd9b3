import { startsLower } from './tokens.js';
import type { QuoteRun, QuoteState, Sentence, Token } from './types.js';

// A quotation left open for more sentences than this is taken to be a stray mark.
const MAX_SENTENCES_OPEN = 8;

type Style = QuoteRun['style'];
type Mark = { style: Style; role: 'open' | 'close' | 'either' };

// A Map: every token is looked up, and an object's keys would make V8 intern each token's string first.
const MARKS = new Map<string, Mark>([
  ['“', { style: 'double', role: 'open' }],
  ['”', { style: 'double', role: 'close' }],
  ['„', { style: 'double', role: 'open' }],
  ['"', { style: 'double', role: 'either' }],
  ['″', { style: 'double', role: 'either' }],
  ['«', { style: 'guillemet', role: 'open' }],
  ['»', { style: 'guillemet', role: 'close' }],
  ['‘', { style: 'single', role: 'open' }],
  ['’', { style: 'single', role: 'close' }],
  ["'", { style: 'single', role: 'either' }],
]);

const TERMINAL = /^[,.!?…;:]$/;

/**
 * The quotations of a document, read with one state over all its sentences:
 * the open quotation, its mark style and where it opened. Double, single and
 * angle marks, straight or curly ('' typed for a double mark is one). A single mark is an apostrophe unless it
 * stands where a quotation opens (before a word, after a space) or closes
 * one that is open (after a word, before a space or punctuation): "Syria's",
 * "don't" and "the rebels' view" open nothing. A mark of another style
 * inside a quotation is a quotation within it. A paragraph that begins with
 * the open quotation's opening mark continues it (the newswire convention
 * for quotes over paragraphs); a closing mark with no opening one closes a
 * quotation that began where its sentence did.
 */
export function findQuotes(sentences: readonly Sentence[]): QuoteState[] {
  const states: QuoteState[] = sentences.map((s) => ({ inside: new Array<boolean>(s.tokens.length).fill(false), runs: [] }));
  let open: QuoteRun | null = null;
  const touch = (si: number, run: QuoteRun) => {
    const runs = states[si]!.runs;
    if (!runs.includes(run)) runs.push(run);
  };
  const openAt = (si: number, ti: number, style: Style) => {
    open = { open: { sentence: si, token: ti }, close: null, style };
    touch(si, open);
  };
  sentences.forEach((sentence, si) => {
    const state = states[si]!;
    if (open && si - open.open.sentence > MAX_SENTENCES_OPEN) open = null;
    if (sentence.isAttributionLine) {
      open = null;
      return;
    }
    if (open) touch(si, open);
    const tokens = sentence.tokens;
    // Tokens 0..marked-1 are already inside an implicit quotation (linear time for many stray closers).
    let marked = 0;
    for (let ti = 0; ti < tokens.length; ti++) {
      // Two straight single marks together ('' as typed for ") are one double mark.
      const width = tokens[ti]!.value === "'" && tokens[ti + 1]?.value === "'" && !tokens[ti + 1]!.space ? 2 : 1;
      const value = width === 2 ? '"' : tokens[ti]!.value;
      const mark = MARKS.get(value);
      const current = open as QuoteRun | null;
      const role = !mark || (current && mark.style !== current.style) ? 'none' : roleOf(mark, tokens, ti, current !== null, width);
      if (!mark || role === 'none') {
        if (current) state.inside.fill(true, ti, ti + width);
        ti += width - 1;
        continue;
      }
      const at = ti;
      ti += width - 1;
      if (role === 'open') {
        // A sentence (or paragraph) that reopens the open quotation continues it.
        if (current && at === 0) continue;
        if (current) current.close = { sentence: si, token: at };
        openAt(si, at, mark.style);
        continue;
      }
      if (current) {
        current.close = { sentence: si, token: at };
        open = null;
        continue;
      }
      // A closing mark and nothing open: the quotation began where the sentence did.
      for (let k = marked; k < at; k++) state.inside[k] = true;
      marked = Math.max(marked, at);
      const run: QuoteRun = { open: { sentence: si, token: 0 }, close: { sentence: si, token: at }, style: mark.style };
      touch(si, run);
    }
  });
  return states;
}

/** What a mark does where it stands. */
function roleOf(mark: Mark, tokens: readonly Token[], ti: number, isOpen: boolean, width = 1): 'open' | 'close' | 'none' {
  const tok = tokens[ti]!;
  const next = tokens[ti + width];
  const prev = tokens[ti - 1];
  const attachedAfter = !!next && !next.space;
  const attachedBefore = !!prev && !tok.space;
  if (mark.role === 'open') return 'open';
  if (mark.role === 'close') {
    if (mark.style !== 'single') return 'close';
    // A typographic apostrophe ("Syria’s" is split before it, so here only "the rebels’ view").
    if (!isOpen && !(prev && TERMINAL.test(prev.value) && attachedBefore)) return 'none';
    return isOpen && looksPossessive(tokens, ti) ? 'none' : 'close';
  }
  // A straight mark: which way it faces is read from the spaces around it.
  if (isOpen) {
    if (mark.style === 'single' && looksPossessive(tokens, ti)) return 'none';
    // A sentence (a paragraph) that begins with the mark before its first word reopens the open quotation.
    if (ti === 0 && attachedAfter) return 'open';
    if (!attachedBefore && attachedAfter && ti > 0 && mark.style === 'double') return 'open';
    return 'close';
  }
  if (ti === 0 || !attachedBefore || (prev && /^[(\[—–:-]$/.test(prev.value))) return attachedAfter || mark.style === 'double' ? 'open' : 'none';
  // ..., go," he said / ... go.' : a closing mark after the quotation's punctuation.
  if (prev && TERMINAL.test(prev.value) && attachedBefore && (!next || next.space)) return 'close';
  return mark.style === 'double' ? 'open' : 'none';
}


// "the rebels' view" inside a quotation: a plural before the mark and a lowercase word after it.
function looksPossessive(tokens: readonly Token[], ti: number): boolean {
  const prev = tokens[ti - 1];
  const next = tokens[ti + 1];
  if (!prev || !next || tokens[ti]!.space || !next.space) return false;
  if (!/s$/i.test(prev.value) || !startsLower(next.value) || next.pos === 'VERB' || next.pos === 'ADP' || next.pos === 'CCONJ' || next.pos === 'PRON') return false;
  // Another mark later in the sentence could still close the quotation.
  return tokens.slice(ti + 2).some((t) => t.value === tokens[ti]!.value);
}
