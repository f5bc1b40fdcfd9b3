import { normaliseToken, type RoleHolder, type TrieNode } from '../codebook/compile.js';
import type { Context } from './context.js';
import { isPossessiveMark } from './tokens.js';
import type { Mention, Sentence } from './types.js';
import { WordFilter } from '../utils/word-filter.js';

/** A role title found in a sentence: its last token and who held it. */
export type RoleMatch = { last: number; value: RoleHolder[] };

/** The mentions of one sentence as they are found, pass by pass; each token belongs to one mention at most. */
export class MentionSet {
  readonly sentence: Sentence;
  readonly ctx: Context;
  /** Token values normalised for the alias trie and the demonyms (case kept), and lowercased for the role trie. */
  readonly keys: { value: string[]; lower: string[] };
  readonly covered: boolean[];
  readonly list: Mention[] = [];

  constructor(sentence: Sentence, ctx: Context) {
    this.sentence = sentence;
    this.ctx = ctx;
    const tokens = sentence.tokens;
    const value = tokens.map((t) => normaliseToken(t.value));
    // A value normalisation left as it was lowercases to the token's own `lower`: that very string is taken (the
    // stages look it up in many maps, and a string computes its hash once), and no new one is made.
    this.keys = { value, lower: value.map((v, k) => (v === tokens[k]!.value ? tokens[k]!.lower : v.toLowerCase())) };
    this.covered = new Array<boolean>(sentence.tokens.length).fill(false);
  }

  make(kind: Mention['kind'], actorId: string | null, first: number, last: number, rule: string, extra: Partial<Mention> = {}): Mention {
    const tokens = this.sentence.tokens;
    return { kind, actorId, first, last, start: tokens[first]!.start, end: tokens[last]!.end, rule, possessive: isPossessiveMark(tokens[last + 1]), ...extra };
  }

  add(m: Mention): Mention {
    for (let k = m.first; k <= m.last; k++) this.covered[k] = true;
    this.list.push(m);
    return m;
  }

  remove(m: Mention): void {
    const at = this.list.indexOf(m);
    if (at < 0) return;
    this.list.splice(at, 1);
    for (let k = m.first; k <= m.last; k++) this.covered[k] = false;
  }

  /** The mention that covers token k, if any. */
  at(k: number): Mention | undefined {
    return this.list.find((m) => m.first <= k && k <= m.last);
  }

  // The codebook role read from each token, once: the passes ask it of the same token several times.
  readonly #roles: Array<RoleMatch | null | undefined> = [];

  /** The longest codebook role title that begins at token `from` (lowercase keys), or null. */
  roleAt(from: number): RoleMatch | null {
    if (from < 0 || from >= this.keys.lower.length) return null;
    let found = this.#roles[from];
    if (found === undefined) this.#roles[from] = found = longest(this.ctx.cb.roles, this.keys.lower, from);
    return found;
  }

  isFree(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) if (this.covered[k]) return false;
    return true;
  }
}

// Per trie, its first keys (see WordFilter): built once with its codebook and never changed after.
const firstKeys = new WeakMap<object, WordFilter>();

function firstKeysOf(root: TrieNode<unknown>): WordFilter {
  let filter = firstKeys.get(root);
  if (!filter) firstKeys.set(root, (filter = new WordFilter(root.next.keys())));
  return filter;
}

/** The longest key sequence of a trie starting at `from`. */
export function longest<T>(root: TrieNode<T>, keys: readonly string[], from: number): { last: number; value: T } | null {
  if (from >= keys.length) return null;
  if (!firstKeysOf(root).mayHave(keys[from]!)) return null;
  let node: TrieNode<T> | undefined = root;
  // The best match so far in two locals: one object for the answer, not one per prefix that matched.
  let last = -1;
  let value: T | undefined;
  for (let i = from; i < keys.length && node; i++) {
    node = node.next.get(keys[i]!);
    if (node?.value !== undefined) {
      last = i;
      value = node.value;
    }
  }
  return last < 0 ? null : { last, value: value as T };
}
