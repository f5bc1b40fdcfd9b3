import type { CompiledCodebook } from '../codebook/compile.js';
import type { Claim, ClaimSource, Mention, Sentence, Span, StanceHit } from '../types.js';
import type { Frame, Resolved, SentenceAttribution } from './attribute.js';
import { confidenceOf } from './confidence.js';

// Words that may stand between two coordinated actors: "Russia and the United States", "X and representatives of Y".
const JOINERS = new Set(['and', '&', ',', 'the', 'as', 'well', 'representatives', 'of', 'members', 'officials', 'leaders', 'both']);

// Relative pronouns that open a third party's clause: "Russia, which had sought greater coordination".
const RELATIVE = new Set(['which', 'who']);

function evidenceSpan(sentence: Sentence, hit: StanceHit): Span {
  const a = sentence.tokens[hit.first]!;
  const b = sentence.tokens[hit.last]!;
  return { text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start), start: a.start, end: b.end };
}

interface Owner {
  actor: Resolved;
  source: ClaimSource;
}

/** Actors coordinated with the one at `index` ("Russia and the United States", "Putin and Obama"). */
function coordinated(sentence: Sentence, actors: SentenceAttribution['actors'], index: number): Resolved[] {
  const out = [actors[index]!.actor];
  if (actors[index]!.mention.kind === 'group-noun') return actors.filter((a) => a.mention === actors[index]!.mention).map((a) => a.actor);
  const joins = (a: Mention, b: Mention) => {
    if (a === b) return true; // the two actors one group noun stands for
    const between = sentence.tokens.slice(a.last + 1, b.first).map((t) => t.lower);
    return between.length > 0 && between.length <= 4 && between.every((w) => JOINERS.has(w)) && (between.includes('and') || between.includes('&') || between.includes(','));
  };
  let from = index;
  let to = index;
  for (let k = index - 1; k >= 0 && joins(actors[k]!.mention, actors[k + 1]!.mention); k--) from = k;
  for (let k = index + 1; k < actors.length && joins(actors[k - 1]!.mention, actors[k]!.mention); k++) to = k;
  // Commas alone make no list ("his visit to Moscow, Kerry called"): one join must be "and" or "&".
  const andJoined = (a: Mention, b: Mention) => a === b || sentence.tokens.slice(a.last + 1, b.first).some((t) => t.lower === 'and' || t.lower === '&');
  let hasAnd = false;
  for (let k = from; k < to; k++) if (andJoined(actors[k]!.mention, actors[k + 1]!.mention)) hasAnd = true;
  if (!hasAnd) return out;
  // A preposition before the first ("visit to Moscow and ...") makes it an object, not part of the group.
  while (from < index && GOVERNING.has(sentence.tokens[actors[from]!.mention.first - 1]?.lower ?? '')) from++;
  return actors.slice(from, to + 1).map((a) => a.actor);
}

/** Who holds the stance at `hit`: a quotation's speaker, a frame's speaker, a third party's relative clause, or the subject before it. */
function ownersOf(sentence: Sentence, hit: StanceHit, att: SentenceAttribution): Owner[] {
  const tokens = sentence.tokens;
  // News outlets relay; they hold no positions (a columnist, a person, does).
  const actors = att.actors.filter((a) => a.actor.id !== null && a.mention.kind !== 'hashtag-speaker' && a.actor.kind !== 'media');
  // A third party: "X, which/who ... <cue>" with no frame verb of another speaker between.
  for (let k = actors.length - 1; k >= 0; k--) {
    const m = actors[k]!.mention;
    if (m.last >= hit.first) continue;
    const rel = tokens[m.last + 1]?.value === ',' ? m.last + 2 : m.last + 1;
    if (RELATIVE.has(tokens[rel]?.lower ?? '') && rel < hit.first && !att.quoted[hit.first]) {
      const closes = tokens.slice(rel, hit.first).some((t) => t.value === ',' && false);
      if (!closes) return coordinated(sentence, actors, k).map((actor) => ({ actor, source: 'author' as const }));
    }
    break;
  }
  // "For Tehran, a deal with the rebels is ...": the position is the one named after "For".
  const forWhom = actors.find((a) => a.mention.last < hit.first && tokens[a.mention.first - 1]?.lower === 'for' && (a.mention.first === 1 || (a.mention.first === 2 && /^["“]$/.test(tokens[0]!.value))) && tokens[a.mention.last + 1]?.value === ',');
  if (forWhom) return [{ actor: forWhom.actor, source: att.quoted[hit.first] ? 'quote' : 'author' }];
  if (att.quoted[hit.first] && att.quoteSpeaker) return [{ actor: att.quoteSpeaker, source: 'quote' }];
  // Of nested frames ("..., they consider working with Moscow ..., he added"), the innermost: the nearest verb before the hit.
  const containing = att.frames.filter((f) => hit.first >= f.first && hit.last <= f.last + 1);
  containing.sort((a, b) => (b.verb < hit.first ? b.verb : -1) - (a.verb < hit.first ? a.verb : -1));
  let frame = containing[0] ?? (att.quoted[hit.first] ? att.frames[0] : undefined);
  // A position verb inside a speaker's words ("Kerry said Washington had agreed to ...") stays the speaker's
  // when it is the speaker's own side; another side's stays its own.
  const outer = containing.find((f) => f !== frame && f.speaker.id !== null);
  if (frame && outer && POSITION_ONLY.has(sentence.tokens[frame.verb]?.lemma ?? '') && outer.speaker.affiliation === frame.speaker.affiliation) frame = outer;
  if (frame) {
    const source: ClaimSource = att.quoted[hit.first] ? 'quote' : frame.source === 'tweet' ? 'tweet' : 'reported';
    if (!att.quoted[hit.first]) {
      const third = thirdPartyDecision(sentence, hit, frame, actors);
      if (third) return third.map((actor) => ({ actor, source: actor === frame.speaker ? source : 'author' }));
    }
    const at = actors.findIndex((a) => a.mention.start === frame.speaker.mention?.start);
    const speakers = at >= 0 ? coordinated(sentence, actors, at) : [frame.speaker];
    return speakers.map((actor) => ({ actor, source }));
  }
  // Author voice: the subject of the cue's clause, with any actors coordinated with it.
  const subject = clauseSubject(sentence, hit, actors);
  if (subject >= 0) return coordinated(sentence, actors, subject).map((actor) => ({ actor, source: 'author' as const }));
  // "the growing concern in Washington over ...", "calls from Ankara for ...": the attitude's bearer.
  const bearer = actors.find(
    (a) =>
      a.mention.last < hit.first &&
      ((['in', 'among', 'from', 'by', 'of'].includes(tokens[a.mention.first - 1]?.lower ?? '') && ATTITUDES.has(tokens[a.mention.first - 2]?.lower ?? '')) ||
        // "Qatar's proposal to send troops"
        (a.mention.possessive && ATTITUDES.has(tokens[a.mention.last + 2]?.lower ?? ''))),
  );
  if (bearer) return [{ actor: bearer.actor, source: 'author' }];
  if (att.holder && att.holder.id !== null && att.holder.kind !== 'media') return [{ actor: att.holder, source: att.holder.source }];
  // A passive: "... was rejected by Russia".
  const agent = actors.find((a) => a.mention.first > hit.last && sentence.tokens[a.mention.first - 1]?.lower === 'by');
  if (agent) return [{ actor: agent.actor, source: 'author' }];
  return [];
}

// Verbs that state a position rather than report speech.
const POSITION_ONLY = new Set(['agree', 'insist', 'maintain', 'believe', 'think', 'consider', 'want', 'oppose', 'support', 'back', 'favor', 'favour', 'seek', 'refuse', 'reject', 'hope', 'urge', 'demand', 'call']);

// Words after a subject that report its own decision or position: "the Syrian government has agreed to attend".
const DECISION = new Set(['agree', 'decide', 'want', 'insist', 'refuse', 'reject', 'announce', 'vow', 'pledge', 'promise', 'offer', 'accept', 'propose', 'plan', 'intend', 'seek', 'support', 'back', 'oppose', 'welcome', 'urge', 'demand', 'attend', 'boycott', 'suspend', 'threaten', 'willing', 'ready', 'prepared', 'determined', 'committed']);
const AUXILIARY = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'also', 'already', 'now', 'would', 'will', 'not', 'never', 'be', 'been', 'reportedly', 'apparently', 'finally', 'still']);

/**
 * In reported speech, a subject of another side that has decided or declared
 * something holds that position itself ("Lavrov said the Syrian government
 * has agreed to attend" → syria); the speaker's own side stays the speaker's
 * ("Kerry said the U.S. is firm ..." → kerry).
 */
function thirdPartyDecision(sentence: Sentence, hit: StanceHit, frame: Frame, actors: SentenceAttribution['actors']): Resolved[] | null {
  const tokens = sentence.tokens;
  if (frame.first <= frame.verb) return null;
  const inContent = actors.map((a, k) => ({ a, k })).filter(({ a }) => a.mention.first >= frame.first && a.mention.last < hit.first);
  const subject = inContent.find(({ a }) => !GOVERNING.has(tokens[a.mention.first - 1]?.lower ?? '') && !(a.mention.possessive && tokens[a.mention.last + 2]?.pos !== 'VERB'));
  if (!subject) return null;
  const group = coordinated(sentence, actors, subject.k);
  const lastOfGroup = Math.max(...actors.filter((a) => group.includes(a.actor)).map((a) => a.mention.last));
  let k = lastOfGroup + 1;
  while (k < hit.first && AUXILIARY.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  if (!verb || !(DECISION.has(verb.lemma) || DECISION.has(verb.lower))) return null;
  const others = group.filter((actor) => actor.affiliation !== frame.speaker.affiliation && actor.id !== frame.speaker.id);
  if (others.length === 0) return null;
  const sameSide = group.some((actor) => actor.affiliation === frame.speaker.affiliation);
  return sameSide ? [frame.speaker, ...others] : others;
}

// Nouns of attitude whose bearer follows them: "concern in Washington", "calls from Ankara".
const ATTITUDES = new Set([
  'concern', 'concerns', 'worry', 'worries', 'alarm', 'anger', 'opposition', 'support', 'calls', 'call', 'demands', 'demand', 'pressure',
  'criticism', 'fears', 'insistence', 'objections', 'position', 'stance', 'view', 'threat', 'threats', 'proposal', 'offer', 'decision',
  'plan', 'initiative', 'request', 'suggestion', 'refusal', 'rejection', 'commitment', 'determination', 'willingness', 'readiness', 'push', 'bid',
]);

// Words after which a mention is an object or a complement, not a subject.
const GOVERNING = new Set(['with', 'to', 'of', 'against', 'from', 'for', 'on', 'at', 'in', 'over', 'like', 'about', 'into', 'toward', 'towards', 'upon', 'between', 'among', 'than', 'including', 'by', 'after', 'before', 'under', 'via', 'through', 'across']);
// Words that start a new clause with its own subject.
const CLAUSE_START = new Set([';', 'while', 'whereas', 'but', 'although', 'though', 'as', 'since', 'because', 'meanwhile', 'after', 'before', 'when', 'until', 'unless']);
const DASHES = new Set(['--', '—', '–', '(', ')']);

/**
 * The index (into `actors`) of the subject of the clause holding the hit: the
 * first actor of that clause that is not governed by a preposition, not
 * possessed ("Russia's allies") and not inside a parenthetical ("-- one of
 * Assad's allies along with Iran --"); -1 when there is none.
 */
function clauseSubject(sentence: Sentence, hit: StanceHit, actors: SentenceAttribution['actors']): number {
  const tokens = sentence.tokens;
  let clauseStart = 0;
  for (let k = hit.first - 1; k > 0; k--) {
    if (CLAUSE_START.has(tokens[k]!.lower)) {
      clauseStart = k + 1;
      break;
    }
  }
  let parenthetical = false;
  const inParens = new Array<boolean>(tokens.length).fill(false);
  for (let k = 0; k < tokens.length; k++) {
    if (DASHES.has(tokens[k]!.value)) parenthetical = !parenthetical;
    inParens[k] = parenthetical;
  }
  const eligible = (a: SentenceAttribution['actors'][number]) => {
    const m = a.mention;
    if (m.last >= hit.first || m.first < clauseStart || inParens[m.first]) return false;
    if (m.possessive && tokens[m.last + 2]?.pos !== 'VERB') return false;
    // The conjunction that opens the clause ("after Moscow vowed") does not govern its subject.
    return m.first === clauseStart || !GOVERNING.has(tokens[m.first - 1]?.lower ?? '');
  };
  let found = actors.findIndex(eligible);
  // A clause with no subject of its own ("..., and join fellow members in ...") takes the sentence's.
  if (found < 0 && clauseStart > 0) found = actors.findIndex((a) => a.mention.last < clauseStart && !inParens[a.mention.first] && !GOVERNING.has(tokens[a.mention.first - 1]?.lower ?? '') && !(a.mention.possessive && tokens[a.mention.last + 2]?.pos !== 'VERB'));
  return found;
}

/**
 * Turns stance hits into claims: gives each its holder, the evidence span and
 * where this sentence names the holder; one claim per actor, concept and
 * polarity, the most confident.
 */
export function assembleClaims(sentence: Sentence, hits: readonly StanceHit[], att: SentenceAttribution, cb: CompiledCodebook): Claim[] {
  // An attribution line names a tweet's author; a headline is the desk's summary, not anyone's position.
  if (sentence.isAttributionLine || sentence.isHeadline) return [];
  const concepts = new Map(cb.codebook.concepts.map((c) => [c.id, c.label]));
  const byKey = new Map<string, Claim>();
  const lastToken = sentence.tokens.length - 1;
  for (const found of hits) {
    // A model hit reads the whole sentence.
    const hit = found.first < 0 ? { ...found, first: 0, last: lastToken } : found;
    if (hit.last < 0) continue;
    for (const { actor, source } of ownersOf(sentence, hit, att)) {
      if (actor.id === null) continue;
      const claim: Claim = {
        actor: { id: actor.id, name: actor.name, affiliation: actor.affiliation, mention: actor.mention },
        stance: { id: hit.concept, label: concepts.get(hit.concept) ?? hit.concept },
        polarity: hit.polarity,
        confidence: confidenceOf({ hit, source, named: actor.mention !== null && actor.mention.start >= sentence.start && actor.mention.end <= sentence.end }),
        evidence: evidenceSpan(sentence, hit),
        source,
      };
      const key = `${actor.id}\u0000${hit.concept}\u0000${hit.polarity}`;
      const old = byKey.get(key);
      if (!old || old.confidence < claim.confidence) byKey.set(key, claim);
    }
  }
  return [...byKey.values()];
}
