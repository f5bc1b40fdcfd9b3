import { normaliseToken, type TrieNode } from '../codebook/compile.js';
import type { Context } from './context.js';
import { findGroupsAndPronouns } from './groups.js';
import { findTitles } from './titles.js';
import { isPossessiveMark } from './tokens.js';
import type { Mention, Sentence } from './types.js';
import { findUnknownNames } from './unknown-names.js';

/** The mentions of one sentence as they are found, pass by pass; each token belongs to one mention at most. */
export class MentionSet {
  readonly sentence: Sentence;
  readonly ctx: Context;
  /** Token values normalised for the alias trie (case kept) and lowercased for the role trie. */
  readonly keys: { value: string[]; lower: string[] };
  readonly covered: boolean[];
  readonly list: Mention[] = [];

  constructor(sentence: Sentence, ctx: Context) {
    this.sentence = sentence;
    this.ctx = ctx;
    const value = sentence.tokens.map((t) => normaliseToken(t.value));
    this.keys = { value, lower: value.map((v) => v.toLowerCase()) };
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

  isFree(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) if (this.covered[k]) return false;
    return true;
  }
}

/** The longest key sequence of a trie starting at `from`. */
export function longest<T>(root: TrieNode<T>, keys: readonly string[], from: number): { last: number; value: T } | null {
  let node: TrieNode<T> | undefined = root;
  let best: { last: number; value: T } | null = null;
  for (let i = from; i < keys.length && node; i++) {
    node = node.next.get(keys[i]!);
    if (node?.value !== undefined) best = { last: i, value: node.value };
  }
  return best;
}

/**
 * Finds where a sentence names or points at actors, in four passes: names
 * the codebook knows (aliases longest first, @handles, hashtags, "#Name:"),
 * titles and roles (with or without a name, known or not), groups and
 * pronouns, and names the codebook lacks where they stand as speakers.
 * Every mention carries the id of the rule that found it.
 */
export function findMentions(sentence: Sentence, ctx: Context): Mention[] {
  const set = new MentionSet(sentence, ctx);
  findKnownNames(set);
  findTitles(set);
  findGroupsAndPronouns(set);
  findUnknownNames(set);
  set.list.sort((a, b) => a.first - b.first);
  return set.list;
}

function findKnownNames(set: MentionSet): void {
  const { sentence, ctx, keys } = set;
  const { cb, lex } = ctx;
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.value.startsWith('@') && tok.value.length > 1) {
      const id = cb.handles.get(tok.value.slice(1).toLowerCase());
      if (id) set.add(set.make('handle', id, i, i, 'mention.handle'));
      continue;
    }
    if (tok.value.startsWith('#') && tok.value.length > 1) {
      const id = cb.hashtags.get(normaliseToken(tok.value.slice(1)).toLowerCase());
      const speaker = i === 0 && tokens[1]?.value === ':';
      if (id) set.add(set.make(speaker ? 'hashtag-speaker' : 'name', id, i, i, speaker ? 'mention.hashtag-speaker' : 'mention.hashtag'));
      else if (speaker) set.add(set.make('hashtag-speaker', null, i, i, 'mention.hashtag-speaker', { adhoc: { name: tok.value.slice(1), affiliation: 'other', kind: 'person' } }));
      continue;
    }
    const hit = longest(cb.aliases, keys.value, i);
    if (!hit) continue;
    // "UN chief", "Kremlin spokesman": a role title longer than the body's name is read as the role.
    const role = longest(cb.roles, keys.lower, i);
    if (role && role.last > hit.last) continue;
    let last = hit.last;
    let rule = 'mention.alias';
    // "White House officials", "Kremlin sources": a body's people speak for the body.
    const kind = cb.actors.get(hit.value)?.kind;
    if (lex.bodyPeople.has(tokens[last + 1]?.lower ?? '') && kind !== 'person') {
      last++;
      rule = 'mention.body-people';
    } else if (kind === 'media') {
      // "the SANA news agency", "state television": the outlet's own noun belongs to its name.
      while (last + 1 < tokens.length && last < hit.last + 2 && (lex.mediaNouns.has(tokens[last + 1]!.lower) || tokens[last + 1]!.lower === 'news')) last++;
    }
    set.add(set.make('name', hit.value, i, last, rule));
    i = last;
  }
}
