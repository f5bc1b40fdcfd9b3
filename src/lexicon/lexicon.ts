import { z } from 'zod';
import en from './en.json';

/**
 * The English lexicon: every word list a pipeline stage or the model's
 * features reads, as data (./en.json), checked once and compiled to sets.
 * A codebook may add words to a list (its `lexicon` key), never remove them.
 */

const word = z.string().min(1).refine((w) => w === w.toLowerCase(), 'lexicon words are lowercase');
const uniqueWords = z.array(word).min(1).superRefine((words, ctx) => {
  const seen = new Set<string>();
  words.forEach((w, i) => {
    if (seen.has(w)) ctx.addIssue({ code: 'custom', path: [i], message: `"${w}" is listed twice` });
    seen.add(w);
  });
});
const documented = { description: z.string().min(1), example: z.string().min(1) };
const lexiconSchema = z.strictObject({
  $comment: z.string().optional(),
  lists: z.record(z.string(), z.strictObject({ ...documented, words: uniqueWords })),
  maps: z.record(z.string(), z.strictObject({ ...documented, entries: z.record(word, z.string().min(1)) })),
});

export type ListName = keyof typeof en.lists;
export type MapName = keyof typeof en.maps;

/** The compiled lexicon: a set per list, a map per table. */
export type Lexicon = { readonly [K in ListName]: ReadonlySet<string> } & { readonly maps: { readonly [K in MapName]: ReadonlyMap<string, string> } };

/** Names of the lists a codebook may extend. */
export const LIST_NAMES = Object.keys(en.lists) as ListName[];

function compile(extra: Readonly<Record<string, readonly string[]>>): Lexicon {
  const parsed = lexiconSchema.parse(en);
  const out: Record<string, unknown> = {};
  for (const name of LIST_NAMES) out[name] = new Set([...parsed.lists[name]!.words, ...(extra[name] ?? []).map((w) => w.toLowerCase())]);
  const maps: Record<string, ReadonlyMap<string, string>> = {};
  for (const [name, table] of Object.entries(parsed.maps)) maps[name] = new Map(Object.entries(table.entries));
  out.maps = maps;
  return out as Lexicon;
}

let base: Lexicon | undefined;

/**
 * The lexicon, extended by a codebook's `lexicon` words. The base lexicon is
 * compiled once; an extension compiles a copy for that codebook.
 */
export function lexicon(extra?: Readonly<Record<string, readonly string[]>>): Lexicon {
  if (!extra || Object.keys(extra).length === 0) return (base ??= compile({}));
  return compile(extra);
}
