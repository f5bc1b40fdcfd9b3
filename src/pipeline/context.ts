import type { CompiledCodebook } from '../codebook/compile.js';
import type { Lexicon } from '../lexicon/lexicon.js';

/** What every stage reads: the compiled codebook, the lexicon, and the text's date. */
export interface Context {
  cb: CompiledCodebook;
  lex: Lexicon;
  /** ISO date of the text, for roles held at a date. */
  date: string | undefined;
}
