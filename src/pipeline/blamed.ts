import type { Polarity } from '../types.js';
import type { Context } from './context.js';
import type { Entity, Sentence, StanceHit } from './types.js';

// Tokens from "for" / "of" to the stance it introduces ("for refusing to work with …").
const DEED_REACH = 8;
// Determiners and modifiers between the verb and the actor blamed ("blamed the Western powers").
const OBJECT_LEAD = 3;

/** The actor blamed or praised for a deed, and the polarities of the deed's doer and of the speaker. */
export interface BlamedParty {
  entity: Entity;
  /** The doer's: the deed's own stance, negations inside it counted ("for refusing to work with …"). */
  polarity: Polarity;
  /** The speaker's: the opposite after a verb of blame, the same after one of praise. */
  speakerPolarity: Polarity;
}

const flip = (p: Polarity): Polarity => (p === 'support' ? 'oppose' : 'support');

/**
 * "Roe blamed Washington for refusing to …", "took the West to task for …", "criticised Moscow of backing …",
 * "praised Ankara for backing …": the object of a verb of blame or praise did the deed that "for" (or "of") and a
 * gerund name, so it holds the deed's stance; the speaker holds the opposite (blame) or the same (praise). An
 * accusation ("accused Moscow of …") is an allegation, not the accused's position: no verb of blame here.
 */
export function blamedParty(sentence: Sentence, hit: StanceHit, entities: readonly Entity[], ctx: Context): BlamedParty | null {
  const tokens = sentence.tokens;
  const { lex } = ctx;
  for (let k = hit.first - 1; k >= 0 && hit.first - k <= DEED_REACH; k--) {
    const word = tokens[k]!.lower;
    if (word !== 'for' && word !== 'of') continue;
    const gerund = tokens[k + 1];
    // A deed is a gerund ("for refusing"); "for nothing" only ends like one.
    if (!gerund || !/ing$/.test(gerund.lower) || gerund.lower === 'nothing') return null;
    // "took the West to task for …": the object stands before "to task".
    const objectEnd = tokens[k - 1]?.lower === 'task' && tokens[k - 2]?.lower === 'to' ? k - 3 : k - 1;
    const entity = entities.find((e) => e.mention.last === objectEnd && !e.mention.possessive);
    if (!entity) return null;
    let v = entity.mention.first - 1;
    while (v > 0 && entity.mention.first - v <= OBJECT_LEAD && (lex.determiners.has(tokens[v]!.lower) || lex.titleModifiers.has(tokens[v]!.lower))) v--;
    const verb = tokens[v];
    if (!verb) return null;
    // The verbs that blame an object "for" a reason in a speech act ("attacked Washington for …") blame here too.
    const blames = lex.blameObjectVerbs.has(verb.lemma) || lex.blameObjectVerbs.has(verb.lower) || lex.blameForVerbs.has(verb.lemma) || (objectEnd === k - 3 && verb.lemma === 'take');
    const praises = lex.praiseObjectVerbs.has(verb.lemma) || lex.praiseObjectVerbs.has(verb.lower);
    if (!blames && !praises) return null;
    // "for failing to support …": not doing what follows.
    const own = hit.negations.filter((n) => n.at > k && n.at <= hit.last).length + (lex.omissionVerbs.has(gerund.lemma) ? 1 : 0);
    const polarity = own % 2 === 0 ? hit.cuePolarity : flip(hit.cuePolarity);
    return { entity, polarity, speakerPolarity: blames ? flip(polarity) : polarity };
  }
  return null;
}
