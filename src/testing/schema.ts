import { z } from 'zod';
import type { Issue } from '../errors/issue.js';
import { isoDateSchema } from '../options.js';
import type { Codebook, GoldPassage } from '../types.js';
import { abbreviate } from './format.js';

// Ids the labeler can produce are lowercase (codebook ids, or ids made from a
// name): a gold "US" or "Kerry" could never match, so it is refused here.
const codebookId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected a lowercase id of letters, digits, "-" or "_" (as in the codebook)');
const actorId = z.string().regex(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}_-]*$/u, 'expected an actor id: lowercase, no spaces (e.g. "kerry")');
// The date label() takes: a passage is labeled with it.
const isoDate = isoDateSchema;
const offset = z.number().int('expected an integer offset').nonnegative('expected an offset >= 0');

// Loose objects: fields the format does not know (notes, tags) are kept, not refused.
const claimSchema = z.looseObject({
  actor: actorId,
  affiliation: codebookId,
  stance: codebookId,
  polarity: z.enum(['support', 'oppose']),
});

const sentenceSchema = z.looseObject({
  text: z.string().min(1, 'a sentence needs its text'),
  start: offset.optional(),
  end: offset.optional(),
  holder: actorId.nullable().optional(),
  claims: z.array(claimSchema),
});

export const passageSchema = z.looseObject({
  id: z.string().min(1, 'a passage needs an id'),
  source: z.string().optional(),
  text: z.string().optional(),
  date: isoDate.optional(),
  sentences: z.array(sentenceSchema).min(1, 'a passage needs at least one sentence'),
});

/** What a line checks against beyond its shape. */
export interface CheckContext {
  codebook?: Codebook | undefined;
}

// What zod's shape check cannot see: offsets that do not slice to the
// sentence, and ids that the codebook given does not define.
function semanticIssues(passage: GoldPassage, context: CheckContext): Issue[] {
  const issues: Issue[] = [];
  let cursor = 0;
  passage.sentences.forEach((s, i) => {
    const at = (...rest: Array<string | number>) => ['sentences', i, ...rest];
    if ((s.start === undefined) !== (s.end === undefined)) {
      issues.push({ code: 'incomplete_span', path: at(s.start === undefined ? 'start' : 'end'), message: 'give both start and end, or neither' });
    } else if (s.start !== undefined && s.end !== undefined) {
      // Without a passage text the offsets are not used (the passage is the sentences joined by one space).
      if (passage.text !== undefined && passage.text.slice(s.start, s.end) !== s.text) {
        issues.push({ code: 'span_mismatch', path: at('start'), message: `text.slice(${s.start}, ${s.end}) is ${JSON.stringify(abbreviate(passage.text.slice(s.start, s.end), 40))}, not the sentence's text` });
      }
    } else if (passage.text !== undefined) {
      // As passageText() finds it: from the end of the previous sentence found by search.
      const found = passage.text.indexOf(s.text, cursor);
      if (found < 0) issues.push({ code: 'sentence_not_in_text', path: at('text'), message: 'the sentence does not occur in the passage "text" (after the previous sentence)' });
      else cursor = found + s.text.length;
    }
    if (context.codebook) {
      const book = context.codebook;
      s.claims.forEach((c, k) => {
        if (!book.concepts.some((concept) => concept.id === c.stance)) {
          issues.push({ code: 'unknown_stance', path: at('claims', k, 'stance'), message: `"${c.stance}" is not a concept of codebook "${book.id}"; use one of: ${book.concepts.map((concept) => concept.id).join(', ')}` });
        }
        if (!book.affiliations.includes(c.affiliation)) {
          issues.push({ code: 'unknown_affiliation', path: at('claims', k, 'affiliation'), message: `"${c.affiliation}" is not an affiliation of codebook "${book.id}"` });
        }
      });
    }
  });
  return issues;
}

/** Validates one passage: its shape with zod, then what the shape cannot say. */
export function checkPassage(value: unknown, context: CheckContext = {}): { passage: GoldPassage; issues: [] } | { passage: null; issues: Issue[] } {
  const parsed = passageSchema.safeParse(value);
  if (!parsed.success) {
    return {
      passage: null,
      issues: parsed.error.issues.map((issue) => ({ code: issue.code, path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message })),
    };
  }
  const passage = parsed.data as GoldPassage;
  const issues = semanticIssues(passage, context);
  return issues.length > 0 ? { passage: null, issues } : { passage, issues: [] };
}
