import type { Context } from './context.js';
import type { MentionSet } from './mention-set.js';
import { isCapitalised, spanOf } from './tokens.js';
import type { Entity, Mention, Resolved, Sentence } from './types.js';

// How many tokens a transcript turn's speaker may take before the colon ("President Vladimir Putin:").
const LEAD_TOKENS = 5;
// How many sentences away the other party of an interview is looked for.
const TURN_REACH = 12;

/**
 * Where the colon of a transcript turn stands ("Charlie Rose: …", "President Putin: …"): a short capitalised
 * name at the start of the sentence and a colon after it; -1 when the sentence opens no turn.
 */
export function turnColon(sentence: Sentence): number {
  const tokens = sentence.tokens;
  for (let k = 1; k <= LEAD_TOKENS && k < tokens.length - 1; k++) {
    if (tokens[k]!.value === ':') return k;
    if (!isCapitalised(tokens[k]) && tokens[k]!.lower !== 'of' && tokens[k]!.lower !== 'the') return -1;
  }
  return -1;
}

/** In a transcript turn, "you" is the other party of the interview: a mention for coreference to resolve. */
export function findAddressees(set: MentionSet): void {
  const colon = turnColon(set.sentence);
  if (colon < 0 || !isCapitalised(set.sentence.tokens[0])) return;
  set.sentence.tokens.forEach((t, k) => {
    if (k > colon && t.lower === 'you' && !set.covered[k]) set.add(set.make('pronoun', null, k, k, 'mention.interview-you', { pronoun: { gender: 'n', plural: false }, addressee: true }));
  });
}

/**
 * The other party of the interview a turn belongs to: the speaker of the nearest turn before it (else after
 * it) who is not this turn's own speaker.
 */
export function interlocutor(ctx: Context, m: Mention, si: number, sentences: readonly Sentence[], mentions: readonly Mention[][], entities: ReadonlyArray<readonly Entity[] | undefined>, soFar: readonly Entity[]): Resolved | null {
  const sentence = sentences[si]!;
  const ownColon = turnColon(sentence);
  const own = soFar.find((e) => e.mention.last + 1 === ownColon)?.actor.id ?? null;
  const span = spanOf(sentence, m.first, m.last);
  for (let sj = si - 1; sj >= 0 && si - sj <= TURN_REACH; sj--) {
    const colon = turnColon(sentences[sj]!);
    const lead = colon < 0 ? undefined : entities[sj]?.find((e) => e.mention.last + 1 === colon);
    if (lead && lead.actor.id !== null && lead.actor.id !== own) return { ...lead.actor, mention: span };
  }
  for (let sj = si + 1; sj < sentences.length && sj - si <= TURN_REACH; sj++) {
    const colon = turnColon(sentences[sj]!);
    const lead = colon < 0 ? undefined : mentions[sj]?.find((x) => x.last + 1 === colon && x.actorId);
    const actor = lead?.actorId ? ctx.cb.actors.get(lead.actorId) : undefined;
    if (actor && actor.id !== own) return { id: actor.id, name: actor.name, affiliation: actor.affiliation, kind: actor.kind, mention: span };
  }
  return null;
}
