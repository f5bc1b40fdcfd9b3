import type { Context } from './context.js';
import { coordination } from './coordination.js';
import type { Entity, Sentence } from './types.js';

// Sentences back a plural pronoun's coordinated antecedent may stand.
const GROUP_REACH = 1;

/**
 * "Paris, London and Berlin issued a statement in which they said …": a
 * plural pronoun whose antecedent is one of coordinated actors stands for
 * all of them. Adds an entity per other member on the pronoun's mention
 * (rule "coref.pronoun-group"), in place; the antecedent is looked for in
 * the pronoun's sentence before it, then in the sentence before.
 */
export function expandPluralPronouns(si: number, sentences: readonly Sentence[], entities: Entity[][], ctx: Context): void {
  const here = entities[si]!;
  const added: Entity[] = [];
  for (const e of here) {
    const p = e.mention.pronoun;
    if (e.mention.kind !== 'pronoun' || !p?.plural || e.actor.id === null) continue;
    for (let sj = si; sj >= 0 && si - sj <= GROUP_REACH; sj--) {
      const pool = entities[sj]!;
      const antecedent = [...pool].reverse().find((x) => x.actor.id === e.actor.id && x.mention.kind !== 'pronoun' && (sj < si || x.mention.last < e.mention.first));
      if (!antecedent) continue;
      for (const member of coordination(sentences[sj]!, pool, antecedent, ctx)) {
        if (member.actor.id === null || member.actor.id === e.actor.id || added.some((x) => x.actor.id === member.actor.id && x.mention === e.mention)) continue;
        added.push({ mention: e.mention, actor: { ...member.actor, mention: e.actor.mention }, rule: 'coref.pronoun-group' });
      }
      break;
    }
  }
  if (added.length === 0) return;
  here.push(...added);
  here.sort((a, b) => a.mention.first - b.mention.first);
}
