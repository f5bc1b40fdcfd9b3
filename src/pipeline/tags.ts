import { actorTags } from '../cues/tags.js';
import type { Context } from './context.js';
import type { Entity } from './types.js';

/**
 * The actor tags of a sentence's tokens for the cues' actor slots, from its
 * resolved entities: a pronoun or role noun that coreference resolved
 * ("he" → Assad) carries its actor's tags, so `@assad` matches it.
 */
export function entityTags(tokenCount: number, entities: readonly Entity[], ctx: Context): Array<ReadonlySet<string>> {
  return actorTags(tokenCount, entities.map((e) => ({ first: e.mention.first, last: e.mention.last, actorId: e.actor.id && ctx.cb.actors.has(e.actor.id) ? e.actor.id : null })), ctx.cb);
}
