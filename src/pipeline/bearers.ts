import type { Polarity } from '../types.js';
import type { Context } from './context.js';
import { namesListedBefore } from './coordination.js';
import { mainSubject } from './subjects.js';
import { isVerb } from './tokens.js';
import type { Entity, SentenceAnalysis, StanceHit, Token } from './types.js';

// The bearers of an attitude a sentence names beside its speaker: "Russian calls for", "despite warnings from",
// "Washington must cancel its decision to".

// Tokens from "its" or "their" before an attitude noun to the stance it governs ("its decision to arm …").
const POSSESSIVE_REACH = 5;

/**
 * An obligation among tokens[from..to) ("must", "should", "has to", "needs to"): what follows is the speaker's
 * demand, not the subject's own act or decision.
 */
export function obligationBetween(tokens: readonly Token[], from: number, to: number, ctx: Context): boolean {
  const { lex } = ctx;
  for (let j = from; j < to; j++) {
    const word = tokens[j]!.lower;
    if (lex.obligationModals.has(word) || (lex.obligationVerbs.has(word) && tokens[j + 1]?.lower === 'to')) return true;
  }
  return false;
}

/**
 * A bearer's attitude begins at `from` ("rejected Russian calls for talks"): negations before it, and a
 * predicate after the stance ("Turkish calls for X were unacceptable"), are the speaker's, not the bearer's.
 */
export function bearerPolarity(hit: StanceHit, from: number): Polarity {
  const own = hit.negations.filter((n) => n.at >= from && n.at <= hit.last).length;
  return own % 2 === 0 ? hit.cuePolarity : hit.cuePolarity === 'support' ? 'oppose' : 'support';
}

/**
 * An actor's name as the modifier of an attitude noun in the object of a verb that takes a noun phrase
 * ("rejected U.S. demands", "dismissed opposition calls"): there "demands" is a noun, not the name's verb.
 */
export function adjunctBearer(a: SentenceAnalysis, e: Entity, ctx: Context): boolean {
  const tokens = a.sentence.tokens;
  if (e.mention.possessive || !ctx.lex.attitudeNouns.has(tokens[e.mention.last + 1]?.lower ?? '')) return false;
  let k = e.mention.first - 1;
  while (k > 0 && ctx.lex.determiners.has(tokens[k]!.lower)) k--;
  const verb = tokens[k];
  // "bristled at U.S. moves to …", "anger over Turkish plans": after a preposition of reaction, the object of one.
  return !!verb && ((isVerb(verb) && ctx.lex.attitudeObjectVerbs.has(verb.lemma)) || ctx.lex.reactionPrepositions.has(verb.lower));
}

// Tokens from "despite" (or "in spite of") to the name of the objector ("despite repeated warnings by the …").
const CONCESSIVE_REACH = 5;

/**
 * After the stance, "despite (repeated) warnings by X", "in spite of objections from X": X objected to what the
 * clause says was done.
 */
export function objectorAfter(a: SentenceAnalysis, hit: StanceHit, entities: readonly Entity[], ctx: Context): Entity | null {
  const tokens = a.sentence.tokens;
  const { lex } = ctx;
  return entities.find((e) => {
    if (e.mention.first <= hit.last || !lex.bearerPrepositions.has(tokens[e.mention.first - 1]?.lower ?? '') || !lex.objectionNouns.has(tokens[e.mention.first - 2]?.lower ?? '')) return false;
    for (let k = e.mention.first - 3; k > hit.last && e.mention.first - k <= CONCESSIVE_REACH; k--) if (lex.concessiveWords.has(tokens[k]!.lower)) return true;
    return false;
  }) ?? null;
}

/**
 * "Washington must cancel its decision to arm …": a possessive "its" or "their" before an attitude noun, within
 * the stance's reach, is the attitude of the subject that stands right before the verb that governs it.
 */
export function possessivePronounBearer(a: SentenceAnalysis, hit: StanceHit, entities: readonly Entity[], ctx: Context): { entity: Entity; at: number; demanded: boolean } | null {
  const tokens = a.sentence.tokens;
  const { lex } = ctx;
  for (let k = hit.first - 1; k >= 0 && hit.first - k <= POSSESSIVE_REACH; k--) {
    if (!lex.pluralOrNeuterPossessives.has(tokens[k]!.lower) || !lex.attitudeNouns.has(tokens[k + 1]?.lower ?? '')) continue;
    const verb = tokens[k - 1];
    if (!verb || !isVerb(verb)) return null;
    // The subject right before the verb and its auxiliaries ("Roe said Washington must cancel its …").
    let j = k - 2;
    while (j >= 0 && (lex.auxiliaries.has(tokens[j]!.lower) || tokens[j]!.pos === 'ADV')) j--;
    // "Washington has to stand by Ankara and cancel its decision": a coordinated verb has the main clause's subject.
    const subject = tokens[j]?.lower === 'and' ? mainSubject(a.sentence, entities, ctx, j) : entities.find((e) => e.mention.last === j && !e.mention.possessive);
    if (!subject) return null;
    // An obligation before the verb ("must cancel", "has to … and cancel") is the speaker's demand, not the subject's act.
    // So is being urged to it ("urged Moscow to drop its support").
    const urger = tokens[[...namesListedBefore(a.sentence, entities, subject), subject][0]!.mention.first - 1];
    const demanded = (!!urger && isVerb(urger) && lex.urgingVerbs.has(urger.lemma)) || obligationBetween(tokens, subject.mention.last + 1, k - 1, ctx);
    return { entity: subject, at: k + 1, demanded };
  }
  return null;
}
