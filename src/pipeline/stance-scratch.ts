import { prefixKey, type CompiledCodebook, type CompiledCue } from '../codebook/compile.js';
import { MatchScratch } from '../cues/pattern.js';
import { WordFilter } from '../utils/word-filter.js';

// Far below where an Int32Array would wrap a stamp.
const STAMP_LIMIT = 0x3fffffff;

/**
 * Buffers the stance stage reuses from sentence to sentence: allocating
 * per-cue typed arrays and matcher buffers for every sentence (or every
 * document) cost more than the cues they served. Never used by two sentences
 * at once; stamps only grow, so what an earlier sentence or token left never
 * reads as the current one's.
 */
export class StanceScratch {
  /** Per cue: the stamp of the sentence whose words it was judged against, and the verdict (1: its necessary words are there). */
  readonly judgedIn: Int32Array;
  readonly verdict: Uint8Array;
  /** Per cue: the stamp of the token that last made it a candidate. */
  readonly seenAt: Int32Array;
  /**
   * The words some cue needs or may begin with, numbered; the distinct sets
   * of necessary words of the cues, numbered; per word, the sets it is in;
   * per set, the stamp of the sentence that has one of its words; per cue,
   * its sets. A sentence marks the sets of its words, and a cue is judged by
   * its few sets instead of by probing each word of each set (a slot's set
   * lists dozens of words).
   */
  readonly wordIds = new Map<string, number>();
  /** The words of `wordIds`, to pass over most of a sentence's tokens without a lookup. */
  readonly wordFilter: WordFilter;
  readonly setsOf: Int32Array[];
  readonly setIn: Int32Array;
  /** Per set: the last token of the current sentence that has one of its words (read only where `setIn` is the sentence's). */
  readonly setLast: Int32Array;
  readonly required: Int32Array[];
  /** Per word number: the cues a match may begin with that word (`cues.byWord` by number), if any. */
  readonly startingWith: Array<readonly CompiledCue[] | undefined> = [];
  /** Per token of the current sentence: the numbers of its lowercase form and its lemma (-1: no cue's word). */
  lowerIds = new Int32Array(64);
  lemmaIds = new Int32Array(64);
  sentence = 0;
  token = 0;
  readonly match = new MatchScratch();
  readonly cues: readonly CompiledCue[];

  constructor(index: CompiledCodebook['cues']) {
    const cues = index.all;
    this.cues = cues;
    this.judgedIn = new Int32Array(cues.length);
    this.verdict = new Uint8Array(cues.length);
    this.seenAt = new Int32Array(cues.length);
    const id = (word: string) => {
      let n = this.wordIds.get(word);
      if (n === undefined) this.wordIds.set(word, (n = this.wordIds.size));
      return n;
    };
    // A set is known by its words (in the cue's order, which is the pattern's): cues of one slot share it.
    const setIds = new Map<string, number>();
    const setWords: number[][] = [];
    this.required = cues.map((cue) =>
      Int32Array.from(cue.required, (words) => {
        const key = JSON.stringify(words);
        let n = setIds.get(key);
        if (n === undefined) {
          setIds.set(key, (n = setWords.length));
          setWords.push(words.map(id));
        }
        return n;
      }),
    );
    for (const [word, starting] of index.byWord) this.startingWith[id(word)] = starting;
    const sets: number[][] = Array.from({ length: this.wordIds.size }, () => []);
    setWords.forEach((words, n) => {
      for (const w of words) if (!sets[w]!.includes(n)) sets[w]!.push(n);
    });
    this.setsOf = sets.map((list) => Int32Array.from(list));
    this.setIn = new Int32Array(setWords.length);
    this.setLast = new Int32Array(setWords.length);
    this.wordFilter = new WordFilter(this.wordIds.keys());
  }

  /**
   * The cues a word may begin by one of their start prefixes, in `byPrefix` order: found once per word and kept,
   * where every token of every sentence tried each prefix of its two characters' cues (a few dozen) afresh.
   */
  prefixed(word: string, byPrefix: CompiledCodebook['cues']['byPrefix']): readonly CompiledCue[] {
    // Most words begin as no prefix does: the small map of first characters tells, before the memo of words.
    const entries = byPrefix.get(prefixKey(word));
    if (!entries) return NONE;
    const known = this.#prefixed.get(word);
    if (known) return known;
    const found: CompiledCue[] = [];
    for (const { cue, prefixes } of entries) if (startsWithAny(word, prefixes)) found.push(cue);
    // A text of endless distinct words must not grow the memo without bound: start it again.
    if (this.#prefixed.size >= PREFIXED_LIMIT) this.#prefixed.clear();
    const cues = found.length > 0 ? found : NONE;
    this.#prefixed.set(word, cues);
    return cues;
  }

  readonly #prefixed = new Map<string, readonly CompiledCue[]>();

  /** Room for the word numbers of a sentence of `length` tokens. */
  fitTokens(length: number): void {
    if (this.lowerIds.length >= length) return;
    const size = Math.max(length, this.lowerIds.length * 2);
    this.lowerIds = new Int32Array(size);
    this.lemmaIds = new Int32Array(size);
  }

  /** Starts a document: far from overflow, the stamps start again on cleared arrays. */
  begin(): this {
    if (this.sentence > STAMP_LIMIT || this.token > STAMP_LIMIT) {
      this.judgedIn.fill(0);
      this.seenAt.fill(0);
      this.setIn.fill(0);
      this.sentence = 0;
      this.token = 0;
    }
    return this;
  }
}

const NONE: readonly CompiledCue[] = [];
// Far more distinct words than news of any length uses; a memo this size is a few megabytes.
const PREFIXED_LIMIT = 100_000;

function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (let k = 0; k < prefixes.length; k++) if (startsWith(word, prefixes[k]!)) return true;
  return false;
}

// word.startsWith(prefix) by character codes: the prefixes are short, and a builtin call per prefix cost more than the comparison.
function startsWith(word: string, prefix: string): boolean {
  if (prefix.length > word.length) return false;
  for (let k = 0; k < prefix.length; k++) if (word.charCodeAt(k) !== prefix.charCodeAt(k)) return false;
  return true;
}

// One set per compiled codebook, shared by its documents: a document's stance stage runs to its end before
// another's begins (synchronously; a worker thread has its own module and its own set), and a short text cost
// more in allocating the buffers than in using them.
const byCodebook = new WeakMap<CompiledCodebook, StanceScratch>();

/** The buffers of a codebook's stance stage, ready for a new document. */
export function stanceScratchFor(cb: CompiledCodebook): StanceScratch {
  let scratch = byCodebook.get(cb);
  if (!scratch) {
    scratch = new StanceScratch(cb.cues);
    byCodebook.set(cb, scratch);
  }
  return scratch.begin();
}
