import type { Context } from './context.js';
import type { Entity } from './types.js';

/**
 * The actor tags of a sentence's tokens, for cue slots such as `@STATE` or
 * `@assad`: every token of a resolved entity carries `@ACTOR`, its kind
 * (`@PERSON`, `@STATE`, `@ORG`, `@MEDIA`) and `@<id>`. A pronoun or role
 * noun resolved by coreference carries its actor's tags too.
 */
export function entityTags(tokenCount: number, entities: readonly Entity[], ctx: Context): Array<ReadonlySet<string>> {
  const tags: Array<Set<string>> = Array.from({ length: tokenCount }, () => new Set<string>());
  for (const e of entities) {
    const id = e.actor.id;
    if (id === null) continue;
    const kind = ctx.cb.actors.get(id)?.kind ?? e.actor.kind;
    for (let k = e.mention.first; k <= e.mention.last; k++) {
      const t = tags[k]!;
      t.add('@ACTOR');
      t.add(`@${kind.toUpperCase()}`);
      t.add(`@${id}`);
    }
  }
  return tags;
}
