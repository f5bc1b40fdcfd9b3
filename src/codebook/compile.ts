import { compilePattern, type CompiledPattern } from '../cues/pattern.js';
import { readSentences } from '../nlp/wink.js';
import type { ActorInput, Codebook, Polarity } from '../types.js';

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
  /** Stable id: "<concept>/<polarity>/<position>" unless the codebook names it. */
  id: string;
  concept: string;
  polarity: Polarity;
  pattern: CompiledPattern;
  /** The word prefixes a match may begin with ("negotiat*"). */
  prefixes: string[];
  /** Every literal word and prefix of the pattern (to tell its words from what a gap read). */
  words: Set<string>;
  wordPrefixes: string[];
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
  /** A person's surname (last word of the name, lowercase) → id, where only one person has it: "Ban said" → ban. */
  surnames: Map<string, string>;
  cues: {
    byWord: Map<string, CompiledCue[]>;
    /** First two characters of a start prefix → the cues with such prefixes. */
    byPrefix: Map<string, CompiledCue[]>;
    anywhere: CompiledCue[];
    all: CompiledCue[];
  };
  defaultDate: string | undefined;
  /** Concepts that have oppose cues: only these can be held in opposition. */
  opposable: Set<string>;
  /** Concept id → its label. */
  conceptLabels: Map<string, string>;
}

/** Normalises a token value for alias lookup: typographic apostrophes and dashes become ASCII. */
export function normaliseToken(value: string): string {
  return value.replace(/[’‘`´]/g, "'").replace(/[‐‑–—]/g, '-');
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

function compileCues(codebook: Codebook): CompiledCodebook['cues'] {
  const cues: CompiledCodebook['cues'] = { byWord: new Map(), byPrefix: new Map(), anywhere: [], all: [] };
  for (const concept of codebook.concepts) {
    for (const polarity of ['support', 'oppose'] as const) {
      for (const [position, source] of (concept.cues[polarity] ?? []).entries()) {
        const pattern = compilePattern(source, codebook.slots ?? {});
        const words = new Set<string>();
        const wordPrefixes: string[] = [];
        for (const node of pattern.nodes) {
          if (node.t !== 'word') continue;
          for (const w of node.words) words.add(w);
          wordPrefixes.push(...node.prefixes);
        }
        const cue: CompiledCue = { index: cues.all.length, id: `${concept.id}/${polarity}/${position}`, concept: concept.id, polarity, pattern, prefixes: pattern.firstPrefixes, words, wordPrefixes };
        cues.all.push(cue);
        const { firstWords, firstPrefixes } = cue.pattern;
        if (!firstWords) {
          cues.anywhere.push(cue);
          continue;
        }
        for (const word of firstWords) {
          const list = cues.byWord.get(word) ?? [];
          list.push(cue);
          cues.byWord.set(word, list);
        }
        for (const prefix of firstPrefixes) {
          const key = prefix.slice(0, 2);
          const list = cues.byPrefix.get(key) ?? [];
          if (!list.includes(cue)) list.push(cue);
          cues.byPrefix.set(key, list);
        }
      }
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
    cues: compileCues(codebook),
    defaultDate: codebook.defaultDate,
    opposable: new Set(codebook.concepts.filter((c) => (c.cues.oppose?.length ?? 0) > 0).map((c) => c.id)),
    conceptLabels: new Map(codebook.concepts.map((c) => [c.id, c.label])),
  };
  const shared = new Set<string>();
  for (const actor of codebook.actors) {
    if (actor.kind !== 'person') continue;
    const surname = normaliseToken(actor.name.split(/\s+/).pop() ?? '').toLowerCase().replace(/^(al|el)-/, '');
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
