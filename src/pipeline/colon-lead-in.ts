import type { Context } from './context.js';
import { mainSubject } from './subjects.js';
import { isVerb } from './tokens.js';
import type { Entity, Frame, Sentence } from './types.js';

/**
 * 'Jane Roe struck a similar note: "…"', "Roe was blunt: '…'": a clause of any verb that ends with a colon right
 * before a quotation leads into it, and its subject speaks the quotation. A speech verb's own frame ("Roe said:")
 * comes first.
 */
export function colonLeadIn(sentence: Sentence, inside: readonly boolean[], entities: readonly Entity[], frames: readonly Frame[], ctx: Context): { subject: Entity; colon: number; verb: number } | null {
  const tokens = sentence.tokens;
  const colon = tokens.findIndex((t, k) => t.value === ':' && !inside[k] && QUOTE_MARK.test(tokens[k + 1]?.value ?? '') && inside[k + 2] === true);
  if (colon < 0 || frames.some((f) => f.verb >= 0 && f.verb < colon)) return null;
  const subject = mainSubject(sentence, entities, ctx, colon);
  if (!subject || (subject.mention.kind === 'pronoun' && subject.actor.id === null)) return null;
  const verb = tokens.findIndex((t, k) => k > subject.mention.last && k < colon && isVerb(t));
  return verb < 0 ? null : { subject, colon, verb };
}

const QUOTE_MARK = /^["“‘']$/;
