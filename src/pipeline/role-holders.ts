import type { CompiledCodebook } from '../codebook/compile.js';
import type { ActorInput } from '../types.js';
import type { Resolved } from './types.js';

/**
 * The codebook actor who held a role title on a date ("the foreign minister"
 * in 2013), of the given side when one is named; null when none did.
 */
export function holderAt(cb: CompiledCodebook, title: string, affiliation: string | null, when: string): Resolved | null {
  for (const actor of cb.actors.values()) {
    if (affiliation && actor.affiliation !== affiliation) continue;
    for (const role of actor.roles ?? []) {
      if (!role.titles.some((t) => t.toLowerCase() === title)) continue;
      if ((role.from ?? '0000') <= when && when <= (role.to ?? '9999')) return { id: actor.id, name: actor.name, affiliation: actor.affiliation, kind: actor.kind, mention: null };
    }
  }
  return null;
}

// A codebook actor's role titles, lowercase: read for every mention of the actor, made once per actor of a
// codebook (keyed by the codebook's own actor object, so that a codebook no longer used takes its entries with it).
const lowerTitles = new WeakMap<ActorInput, readonly string[]>();

/** A codebook actor's role titles, lowercase. */
export function titlesOf(actor: ActorInput): readonly string[] {
  let titles = lowerTitles.get(actor);
  if (!titles) lowerTitles.set(actor, (titles = (actor.roles ?? []).flatMap((r) => r.titles.map((t) => t.toLowerCase()))));
  return titles;
}
