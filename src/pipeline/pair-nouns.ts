import type { CompiledCodebook } from '../codebook/compile.js';
import type { Context } from './context.js';
import { coordination } from './coordination.js';
import { holderAt } from './role-holders.js';
import { spanOf } from './tokens.js';
import type { Entity, Mention, Resolved, Sentence } from './types.js';

// How many sentences back "both leaders" may find its actors.
const PAIR_REACH = 3;
// How many sentences back a list of actors ("Russia, Iran and Turkey") is still what "the three countries" stands for.
const LIST_REACH = 5;

/**
 * "Both leaders", "the three sides": the last distinct actors of that kind
 * named before, in this sentence (`soFar`) or the PAIR_REACH sentences before
 * (`earlier`, per sentence), as many as the noun says; none when fewer are
 * named. "The countries" says no number: only a list tells who they are.
 */
export function pairActors(m: Mention, sentence: Sentence, si: number, soFar: readonly Entity[], earlier: ReadonlyArray<readonly Entity[] | undefined>): Resolved[] {
  const mention = spanOf(sentence, m.first, m.last);
  const persons = m.group === 'person';
  const count = m.count ?? 2;
  if (count === 0) return [];
  const found: Resolved[] = [];
  const consider = (a: Resolved) => {
    if (found.length >= count || a.id === null || found.some((f) => f.id === a.id) || (a.kind === 'person') !== persons) return;
    found.push({ ...a, mention });
  };
  for (const e of [...soFar].reverse()) if (e.mention.last < m.first) consider(e.actor);
  for (let sj = si - 1; sj >= 0 && si - sj <= PAIR_REACH && found.length < count; sj--) for (const e of [...(earlier[sj] ?? [])].reverse()) consider(e.actor);
  return found.length === count ? found.reverse() : [];
}

/** "The presidents of Russia and Turkey": who held the title in each state on the date, else the state itself. */
export function titledListActors(m: Mention, sentence: Sentence, cb: CompiledCodebook, date: string | undefined): Resolved[] {
  const mention = spanOf(sentence, m.first, m.last);
  return m.heads!.states.map((id) => {
    const state = cb.actors.get(id)!;
    const holder = date ? holderAt(cb, m.heads!.title, state.affiliation, date) : null;
    return { ...(holder ?? { id: state.id, name: state.name, affiliation: state.affiliation, kind: state.kind }), mention };
  });
}

/**
 * "Russia, Iran and Turkey … the three countries": a list of exactly as
 * many actors of the pair noun's kind (of two or more for "the countries"), the latest one in this sentence
 * before the noun (`soFar`) or in the LIST_REACH sentences before it. Other actors
 * named since ("in the Kazakh capital") are not of the group.
 */
export function listedActors(ctx: Context, m: Mention, si: number, soFar: readonly Entity[], sentences: readonly Sentence[], earlier: ReadonlyArray<readonly Entity[] | undefined>): Resolved[] | null {
  const mention = spanOf(sentences[si]!, m.first, m.last);
  const persons = m.group === 'person';
  const count = m.count ?? 2;
  const fits = (group: readonly Entity[]): Resolved[] | null => {
    const actors: Resolved[] = [];
    for (const e of group) if (e.actor.id !== null && !actors.some((a) => a.id === e.actor.id)) actors.push({ ...e.actor, mention });
    return (count === 0 ? actors.length >= 2 : actors.length === count) && actors.every((a) => (a.kind === 'person') === persons) ? actors : null;
  };
  for (let sj = si; sj >= 0 && si - sj <= LIST_REACH; sj--) {
    const entities = sj === si ? soFar.filter((e) => e.mention.last < m.first) : (earlier[sj] ?? []);
    for (let k = entities.length - 1; k >= 0; k--) {
      const group = coordination(sentences[sj]!, entities, entities[k]!, ctx);
      const actors = group.length > 1 ? fits(group) : null;
      if (actors) return actors;
    }
  }
  return null;
}
