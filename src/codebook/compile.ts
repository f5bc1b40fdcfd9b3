import { compilePattern, type CompiledPattern, type PatternOptions } from '../cues/pattern.js';
import { tokenizeLiteral } from '../cues/literal.js';
import { normaliseToken } from '../cues/normalise.js';
import { readSentences } from '../nlp/wink.js';
import type { ActorInput, Codebook, Cue, Polarity } from '../types.js';

export { normaliseToken };

/** A trie over token sequences; keys are normalised token values. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

export interface RoleHolder {
  actorId: string;
  affiliation: string;
  from: string;
  to: string;
}

export interface CompiledCue {
  /** Index in `cues.all`. */
  index: number;
  /** Stable id: the cue's own, or `<concept>/<polarity>/<index>` for a plain pattern string. */
  id: string;
  concept: string;
  polarity: Polarity;
  pattern: CompiledPattern;
  /** The word prefixes a match may begin with ("negotiat*"). */
  prefixes: string[];
  /** Every literal word and prefix of the pattern (to tell its words from what a gap read). */
  words: Set<string>;
  wordPrefixes: string[];
  /** The actor tags the pattern reads (a token carrying one is one of its words, not something a gap read). */
  tags: Set<string>;
  /**
   * The pattern's necessary words as arrays, last set first: a sentence tests them per cue, most
   * cues fail, and the last set (what follows the first word) is the likeliest to be missing.
   */
  required: string[][];
}

/** A codebook turned into matchers, built once per labeler. */
export interface CompiledCodebook {
  codebook: Codebook;
  actors: Map<string, ActorInput>;
  /** Case-sensitive aliases → actor id. */
  aliases: TrieNode<string>;
  /** Lowercase handles without "@" → actor id. */
  handles: Map<string, string>;
  /** Lowercase single-token aliases → actor id, for hashtags ("#Kremlin"). */
  hashtags: Map<string, string>;
  /** Demonym (as written, and lowercased) → state actor id. */
  demonyms: Map<string, string>;
  /** Lowercase role titles → who held them. */
  roles: TrieNode<RoleHolder[]>;
  /** Affiliation → the actor that speaks for it as a whole (the state or body whose id is the affiliation). */
  bodies: Map<string, string>;
  /** A person's surname (its `surname`, else the last word of the name; lowercase) → id, where only one person has it: "Ban said" → ban. */
  surnames: Map<string, string>;
  /** A state's place names (`places`, as written) → its id: the actor only where the place speaks ("Syria said"). */
  places: Map<string, string>;
  cues: {
    byWord: Map<string, CompiledCue[]>;
    /**
     * First two characters of a start prefix (as `prefixKey` gives them) → the cues with such prefixes, each with those
     * of its start prefixes that a word beginning with the two may begin with (a cue may have dozens, and every word of
     * the two tried them all).
     */
    byPrefix: Map<number, Array<{ cue: CompiledCue; prefixes: string[] }>>;
    /** Actor tag a match may begin with → the cues. */
    byTag: Map<string, CompiledCue[]>;
    anywhere: CompiledCue[];
    all: CompiledCue[];
  };
  defaultDate: string | undefined;
  /** Concepts that have oppose cues: only these can be held in opposition. */
  opposable: Set<string>;
  /** Concept id → its label. */
  conceptLabels: Map<string, string>;
  /** Keyword → the concepts it tends to carry. */
  keywords: Map<string, string[]>;
}

function tokenize(phrase: string): string[] {
  return readSentences(phrase, 0, phrase.length).flatMap((s) => s.tokens.map((t) => normaliseToken(t.value)));
}

function insert<T>(root: TrieNode<T>, keys: string[], update: (old: T | undefined) => T): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  }
  node.value = update(node.value);
}

/** The pattern and id of a cue as written: a plain string's id is made from its place. */
export function cueParts(cue: Cue, concept: string, polarity: Polarity, index: number): { id: string; pattern: string } {
  return typeof cue === 'string' ? { id: `${concept}/${polarity}/${index}`, pattern: cue } : { id: cue.id, pattern: cue.pattern };
}

/** How the codebook's cues are compiled: its slots, its actor ids, literals split as text is. */
export function patternOptions(codebook: Pick<Codebook, 'slots' | 'actors'>): PatternOptions {
  const ids = new Set(codebook.actors.map((a) => a.id));
  return { slots: codebook.slots ?? {}, tokenize: tokenizeLiteral, isActor: (id) => ids.has(id) };
}

function addTo(map: Map<string, CompiledCue[]>, key: string, cue: CompiledCue): void {
  const list = map.get(key) ?? [];
  if (!list.includes(cue)) list.push(cue);
  map.set(key, list);
}

/**
 * The first two characters of a word (its first one, for a word of one) as one number: the key of `cues.byPrefix`.
 * A number rather than `word.slice(0, 2)`, so that every token of every sentence looks its prefix cues up without
 * making and hashing a string. Distinct for distinct keys: a key of one character is below 0x10000, one of two above.
 */
export function prefixKey(word: string): number {
  if (word.length < 2) return word.length === 0 ? -1 : word.charCodeAt(0);
  return 0x10000 + word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

function addPrefixed(map: CompiledCodebook['cues']['byPrefix'], key: string, cue: CompiledCue): void {
  const list = map.get(prefixKey(key)) ?? [];
  // A prefix of one character, or a key of one (a word of one character), is kept where it could still begin the word.
  if (!list.some((entry) => entry.cue === cue)) list.push({ cue, prefixes: cue.prefixes.filter((p) => p.startsWith(key) || key.startsWith(p)) });
  map.set(prefixKey(key), list);
}

function compileCues(codebook: Codebook): CompiledCodebook['cues'] {
  const cues: CompiledCodebook['cues'] = { byWord: new Map(), byPrefix: new Map(), byTag: new Map(), anywhere: [], all: [] };
  const options = patternOptions(codebook);
  for (const concept of codebook.concepts) {
    for (const polarity of ['support', 'oppose'] as const) {
      (concept.cues[polarity] ?? []).forEach((source, k) => {
        const { id, pattern: text } = cueParts(source, concept.id, polarity, k);
        const pattern = compilePattern(text, options);
        const words = new Set<string>();
        const wordPrefixes: string[] = [];
        for (const node of pattern.nodes) {
          if (node.t !== 'word') continue;
          if (node.word !== null) words.add(node.word);
          if (node.prefix !== null) wordPrefixes.push(node.prefix);
        }
        const cue: CompiledCue = { index: cues.all.length, id, concept: concept.id, polarity, pattern, prefixes: pattern.firstPrefixes, words, wordPrefixes, tags: pattern.tags, required: pattern.required.map((set) => [...set]).reverse() };
        cues.all.push(cue);
        const { firstWords, firstPrefixes, firstTags } = cue.pattern;
        if (!firstWords) {
          cues.anywhere.push(cue);
          return;
        }
        for (const word of firstWords) addTo(cues.byWord, word, cue);
        for (const prefix of firstPrefixes) addPrefixed(cues.byPrefix, prefix.slice(0, 2), cue);
        for (const tag of firstTags) addTo(cues.byTag, tag, cue);
      });
    }
  }
  return cues;
}

/**
 * Compiles a validated codebook into the lookup structures the pipeline uses.
 * Costs a wink pass over every alias and title; done once per labeler.
 */
export function compileCodebook(codebook: Codebook): CompiledCodebook {
  const compiled: CompiledCodebook = {
    codebook,
    actors: new Map(),
    aliases: { next: new Map() },
    handles: new Map(),
    hashtags: new Map(),
    demonyms: new Map(),
    roles: { next: new Map() },
    bodies: new Map(),
    surnames: new Map(),
    places: new Map(),
    cues: compileCues(codebook),
    defaultDate: codebook.defaultDate,
    opposable: new Set(codebook.concepts.filter((c) => (c.cues.oppose?.length ?? 0) > 0).map((c) => c.id)),
    conceptLabels: new Map(codebook.concepts.map((c) => [c.id, c.label])),
    keywords: keywordIndex(codebook),
  };
  const shared = new Set<string>();
  for (const actor of codebook.actors) {
    if (actor.kind !== 'person') continue;
    const surname = normaliseToken(actor.surname ?? actor.name.split(/\s+/).pop() ?? '').toLowerCase().replace(/^(al|el)-/, '');
    if (compiled.surnames.has(surname)) shared.add(surname);
    compiled.surnames.set(surname, actor.id);
  }
  for (const surname of shared) compiled.surnames.delete(surname);
  for (const actor of codebook.actors) {
    compiled.actors.set(actor.id, actor);
    if (actor.kind !== 'person' && actor.id === actor.affiliation) compiled.bodies.set(actor.affiliation, actor.id);
    for (const alias of actor.aliases) {
      const keys = tokenize(alias);
      if (keys.length === 0) continue;
      insert(compiled.aliases, keys, (old) => old ?? actor.id);
      if (keys.length === 1) compiled.hashtags.set(keys[0]!.toLowerCase(), actor.id);
    }
    for (const place of actor.places ?? []) compiled.places.set(place, actor.id);
    for (const handle of actor.handles ?? []) compiled.handles.set(handle.slice(1).toLowerCase(), actor.id);
    for (const demonym of actor.demonyms ?? []) {
      compiled.demonyms.set(normaliseToken(demonym), actor.id);
    }
    for (const role of actor.roles ?? []) {
      const holder: RoleHolder = { actorId: actor.id, affiliation: actor.affiliation, from: role.from ?? '0000', to: role.to ?? '9999' };
      for (const title of role.titles) {
        insert(compiled.roles, tokenize(title.toLowerCase()), (old) => [...(old ?? []), holder]);
      }
    }
  }
  return compiled;
}

function keywordIndex(codebook: Codebook): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const concept of codebook.concepts) for (const word of concept.keywords ?? []) index.set(word, [...(index.get(word) ?? []), concept.id]);
  return index;
}
