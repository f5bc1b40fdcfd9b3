import type { CompiledCodebook, CompiledCue } from '../codebook/compile.js';
import { lexicon } from '../lexicon/lexicon.js';
import { analyse } from '../pipeline/index.js';
import { entityTags } from '../pipeline/tags.js';
import type { Polarity } from '../types.js';
import { matchAt, type PatternToken } from './pattern.js';
import { patternTokens } from './tokens.js';

/** Where a cue's pattern matched: before negation, ownership or any filter. */
export interface CueMatch {
  /** The cue's id. */
  cue: string;
  concept: string;
  polarity: Polarity;
  /** Index of the sentence in the text. */
  sentence: number;
  /** The matched words: `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

function startsHere(cue: CompiledCue, token: PatternToken): boolean {
  const { firstWords, firstPrefixes, firstTags } = cue.pattern;
  if (!firstWords) return true;
  if (firstWords.has(token.lower) || firstWords.has(token.lemma)) return true;
  if (firstPrefixes.some((p) => token.lower.startsWith(p))) return true;
  if (token.tags) for (const tag of firstTags) if (token.tags.has(tag)) return true;
  return false;
}

/**
 * Every match of the given cues in a sentence's tokens: per cue and start
 * token, the longest match. A cue lacking one of its necessary words or tags
 * is not simulated.
 */
export function matchTokens(tokens: readonly PatternToken[], cues: readonly CompiledCue[]): Array<{ cue: CompiledCue; first: number; last: number }> {
  const present = new Set<string>();
  for (const t of tokens) {
    present.add(t.lower);
    present.add(t.lemma);
    if (t.tags) for (const tag of t.tags) present.add(tag);
  }
  const out: Array<{ cue: CompiledCue; first: number; last: number }> = [];
  for (const cue of cues) {
    const possible = cue.pattern.required.every((set) => {
      for (const w of set) if (present.has(w)) return true;
      return false;
    });
    if (!possible) continue;
    for (let i = 0; i < tokens.length; i++) {
      if (!startsHere(cue, tokens[i]!)) continue;
      const last = matchAt(cue.pattern, tokens, i);
      if (last >= 0) out.push({ cue, first: i, last });
    }
  }
  return out;
}

/** Every match of the codebook's cues in a text (see `matchCues`). */
export function matchText(text: string, cb: CompiledCodebook, cues: readonly CompiledCue[] = cb.cues.all): CueMatch[] {
  const out: CueMatch[] = [];
  // Read as labeling reads it: mentions resolved by coreference give the tokens their actor tags.
  const ctx = { cb, lex: lexicon(cb.codebook.lexicon), date: undefined };
  for (const { sentence, entities } of analyse(text, ctx).sentences) {
    const tokens = sentence.tokens;
    for (const { cue, first, last } of matchTokens(patternTokens(tokens, entityTags(tokens.length, entities, ctx)), cues)) {
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      out.push({ cue: cue.id, concept: cue.concept, polarity: cue.polarity, sentence: sentence.index, text: text.slice(start, end), start, end });
    }
  }
  return out;
}
