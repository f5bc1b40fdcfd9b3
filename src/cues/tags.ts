import type { CompiledCodebook } from '../codebook/compile.js';
import type { ActorKind } from '../types.js';
import type { KindTag } from './pattern.js';

const KIND_TAG: Record<ActorKind, `@${KindTag}`> = { person: '@PERSON', state: '@STATE', org: '@ORG', media: '@MEDIA' };

const NONE: ReadonlySet<string> = Object.freeze(new Set<string>());

/** A stretch of a sentence's tokens that names or points at an actor (indices inclusive). */
export interface TaggedMention {
  first: number;
  last: number;
  /** The actor it resolves to; null while unresolved (a pronoun, a role noun). */
  actorId: string | null;
}

/**
 * The actor tags of each token of a sentence, for the actor slots of cue
 * patterns: every token of a mention carries `@ACTOR`; one resolved to a
 * codebook actor also carries its kind (`@STATE`, `@PERSON`, `@ORG`,
 * `@MEDIA`) and its id (`@russia`). A mention resolved to an actor the
 * codebook lacks (an unknown speaker) is only an `@ACTOR`.
 *
 * @param tokenCount - How many tokens the sentence has.
 * @param mentions - Its mentions, with token indices (inclusive) and resolved actor ids.
 * @param cb - The compiled codebook the ids belong to.
 * @returns One set per token (shared and empty where no mention is).
 * @example
 * // "Moscow will work with the Syrian army": Moscow (token 0) and "Syrian army" (tokens 5-6)
 * actorTags(7, [{ first: 0, last: 0, actorId: 'russia' }, { first: 5, last: 6, actorId: 'syria' }], cb)[0]
 * // Set { '@ACTOR', '@STATE', '@russia' }
 */
export function actorTags(tokenCount: number, mentions: ReadonlyArray<TaggedMention>, cb: CompiledCodebook): Array<ReadonlySet<string>> {
  const tags: Array<ReadonlySet<string>> = new Array<ReadonlySet<string>>(tokenCount).fill(NONE);
  for (const m of mentions) {
    const own = tagsOf(m.actorId, cb);
    for (let k = Math.max(0, m.first); k <= m.last && k < tokenCount; k++) {
      const current = tags[k]!;
      tags[k] = current === NONE || current === own ? own : new Set([...current, ...own]);
    }
  }
  return tags;
}

// The tag set of each actor, made once per compiled codebook and shared by every token that carries it.
const ACTOR_ONLY: ReadonlySet<string> = Object.freeze(new Set(['@ACTOR']));
const byCodebook = new WeakMap<CompiledCodebook, Map<string, ReadonlySet<string>>>();
function tagsOf(actorId: string | null, cb: CompiledCodebook): ReadonlySet<string> {
  const actor = actorId === null ? undefined : cb.actors.get(actorId);
  if (!actor) return ACTOR_ONLY;
  let sets = byCodebook.get(cb);
  if (!sets) {
    sets = new Map();
    byCodebook.set(cb, sets);
  }
  let own = sets.get(actor.id);
  if (!own) {
    own = Object.freeze(new Set(['@ACTOR', KIND_TAG[actor.kind], `@${actor.id}`]));
    sets.set(actor.id, own);
  }
  return own;
}
