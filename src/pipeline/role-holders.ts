import type { CompiledCodebook } from '../codebook/compile.js';
import type { ActorInput } from '../types.js';
import { surnameId } from '../utils/surname-id.js';
import type { Context } from './context.js';
import type { Mention, Resolved, Sentence } from './types.js';

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

// How many sentences ahead a role's person may be named.
const ROLE_AHEAD = 3;

/**
 * "A senior adviser to the president said … Jane Roe added": the person a
 * role stands for, named in the ROLE_AHEAD sentences after `from`, of the
 * role's side when it names one, never the person it serves ("an Assad
 * aide"); null when none is.
 */
export function namedLater(ctx: Context, sentences: readonly Sentence[], mentions: readonly Mention[][], from: number, affiliation: string | null, served?: string, title?: string): Resolved | null {
  const head = title?.split(' ').pop();
  // A codebook person is the role's only with a title of that kind ("a U.N. spokesman" is not the envoy named
  // next), unless the role says only what kind of person it is ("a senior diplomat", "an official").
  const titled = (actor: ActorInput) => !head || ctx.lex.genericRoleNouns.has(head) || titlesOf(actor).some((t) => t === title || t.endsWith(head));
  for (let sj = from + 1; sj < Math.min(sentences.length, from + 1 + ROLE_AHEAD); sj++) {
    for (const m of mentions[sj]!) {
      if (m.kind !== 'name' && m.kind !== 'titled-unknown' && m.kind !== 'unknown-name') continue;
      const actor = m.actorId ? ctx.cb.actors.get(m.actorId) : undefined;
      if (actor && actor.kind === 'person' && actor.id !== served && (!affiliation || actor.affiliation === affiliation) && titled(actor)) return { id: actor.id, name: actor.name, affiliation: actor.affiliation, kind: actor.kind, mention: null };
      // A person the codebook lacks is the role's only when a title of their own places them on its side.
      if (m.adhoc && m.adhoc.kind === 'person' && (!affiliation || m.adhoc.affiliation === affiliation || (m.adhoc.affiliation === 'other' && m.kind === 'titled-unknown'))) {
        return { id: surnameId(m.adhoc.name), name: m.adhoc.name, affiliation: affiliation ?? m.adhoc.affiliation, kind: 'person', mention: null };
      }
    }
  }
  return null;
}
