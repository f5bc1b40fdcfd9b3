import type { Context } from './context.js';
import { adjunctBearer, obligationBetween } from './bearers.js';
import { coordination } from './coordination.js';
import { possessed } from './mention-roles.js';
import type { Entity, Frame, SentenceAnalysis, StanceHit, Token } from './types.js';

// Who decided what, inside a speaker's words: third parties of another side that hold a position themselves.

/**
 * A verb at k that reports its subject's own decision or position ("agreed", "refused", "is ready"), or a phrase
 * of signing in other words ("put their signatures to", "set its seal on"). An obligation among the auxiliaries
 * from `from` on ("Ankara must be ready", "has to agree") is the speaker's demand, not the subject's decision.
 */
function reportsDecision(tokens: readonly Token[], from: number, k: number, ctx: Context): boolean {
  const verb = tokens[k];
  if (!verb) return false;
  const { lex } = ctx;
  // "the parties attending the talks": a participle right after the subject modifies it; it is no predicate.
  if (k === from && /ing$/.test(verb.lower)) return false;
  if (obligationBetween(tokens, from, k, ctx)) return false;
  if (lex.decisionVerbs.has(verb.lemma) || lex.decisionVerbs.has(verb.lower)) return true;
  return lex.signingVerbs.has(verb.lemma) && lex.possessiveDeterminers.has(tokens[k + 1]?.lower ?? '') && lex.signatureNouns.has(tokens[k + 2]?.lower ?? '');
}

// A demonym before an attitude or group noun ("Russian calls", "Russian, Iranian and Turkish delegations") modifies
// that noun: it bears the attitude, it is no subject that decides.
const modifiesNoun = (e: Entity) => e.mention.rule === 'mention.demonym-attitude' || e.mention.rule === 'mention.demonym-listed';

const QUOTE_MARKS = new Set(["'", '"', '’', '”']);
// A question mark at the end of a sentence, before a closing quotation mark or not.
const QUESTION_END = /\?["”’']?\s*$/;

// Tokens from a decision verb to the stance it governs inside a quotation ("has refused to hold serious talks").
const DECISION_REACH = 6;

/**
 * Inside a quotation, the nearest subject before the stance, of another side than the quotation's speaker, whose
 * verb reports its own decision or position ('"Damascus has refused to attend the talks," Roe said'): it holds the
 * position itself, as it does in reported speech. Beside another side, the speaker's own side is a party.
 */
export function quotedDecider(a: SentenceAnalysis, hit: StanceHit, entities: readonly Entity[], ctx: Context): Entity[] {
  const tokens = a.sentence.tokens;
  const { lex } = ctx;
  const speaker = a.quoteSpeaker!.actor;
  let subject: Entity | undefined;
  for (let i = entities.length - 1; i >= 0 && !subject; i--) if (entities[i]!.mention.last < hit.first && a.quotes.inside[entities[i]!.mention.first] === true) subject = entities[i];
  if (!subject || possessed(a.sentence, subject.mention) || lex.governingWords.has(tokens[subject.mention.first - 1]?.lower ?? '')) return [];
  if (modifiesNoun(subject)) return [];
  // "Is Damascus ready to negotiate?": a question asks about a decision; it reports none.
  if (QUESTION_END.test(a.sentence.text) || lex.auxiliaries.has(tokens[subject.mention.first - 1]?.lower ?? '')) return [];
  const from = subject.mention.last + 1;
  let k = from;
  while (k < hit.first && (lex.auxiliaries.has(tokens[k]!.lower) || tokens[k]!.pos === 'ADV')) k++;
  if (k > hit.first || hit.first - k > DECISION_REACH || !reportsDecision(tokens, from, k, ctx)) return [];
  if (tokens.slice(k + 1, hit.first).some((t) => lex.clauseStarts.has(t.lower) || t.lower === 'that')) return [];
  const members = coordination(a.sentence, entities, subject, ctx);
  if (!members.some((e) => e.actor.affiliation !== speaker.affiliation && e.actor.id !== speaker.id)) return [];
  return members.filter((e) => e.actor.id !== speaker.id);
}

/**
 * Inside a speaker's words, a subject of another side that decided or
 * declared something holds that position itself ("Roe said the government
 * had agreed to attend").
 */
export function decidingThirdParty(a: SentenceAnalysis, hit: StanceHit, frame: Frame, entities: readonly Entity[], ctx: Context): Entity[] {
  const tokens = a.sentence.tokens;
  // The content after the verb ("Roe said the government had agreed …") or before a closing tag ("The government
  // had agreed …, Roe said"); not a frame whose content holds its own verb.
  if (frame.first <= frame.verb && frame.last >= frame.verb) return [];
  // "rejected Russian calls for …": a demonym before an attitude noun is its bearer, not a subject.
  const subject = entities.find((e) => e.mention.first >= frame.first && e.mention.last < hit.first && e.mention.last <= frame.last && !ctx.lex.governingWords.has(tokens[e.mention.first - 1]?.lower ?? '') && !possessed(a.sentence, e.mention) && !modifiesNoun(e));
  if (!subject) return [];
  const members = coordination(a.sentence, entities, subject, ctx);
  // "Roe and Doe said they had agreed": the speakers deciding together are no third party.
  if (members.some((e) => e.actor.id === frame.speaker.id)) return [];
  if (members.some((e) => adjunctBearer(a, e, ctx))) return [];
  const from = Math.max(...members.map((e) => e.mention.last)) + 1;
  let k = from;
  // A closing quotation mark after the subject ("the 'main forces of …' had signed") is passed over as well.
  while (k < hit.first && (ctx.lex.auxiliaries.has(tokens[k]!.lower) || QUOTE_MARKS.has(tokens[k]!.value))) k++;
  if (!reportsDecision(tokens, from, k, ctx)) return [];
  const others = members.filter((e) => e.actor.affiliation !== frame.speaker.affiliation && e.actor.id !== frame.speaker.id);
  // "Lavrov said Russia and Turkey had signed …": beside another side, the speaker's own side is a party too.
  return others.length > 0 ? members.filter((e) => e.actor.id !== frame.speaker.id) : [];
}
