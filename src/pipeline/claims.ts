import type { CompiledCodebook } from '../codebook/compile.js';
import type { Claim, ClaimSource, Mention, Sentence, Span, StanceHit } from '../types.js';
import type { Resolved, SentenceAttribution } from './attribute.js';

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
  const joins = (a: Mention, b: Mention) => {
    const between = sentence.tokens.slice(a.last + 1, b.first).map((t) => t.lower);
    return between.length > 0 && between.length <= 2 && between.every((w) => w === 'and' || w === '&' || w === ',' || w === 'the' || w === 'as' || w === 'well');
  };
  for (let k = index - 1; k >= 0 && joins(actors[k]!.mention, actors[k + 1]!.mention); k--) out.unshift(actors[k]!.actor);
  for (let k = index + 1; k < actors.length && joins(actors[k - 1]!.mention, actors[k]!.mention); k++) out.push(actors[k]!.actor);
  return out;
}

/** Who holds the stance at `hit`: a quotation's speaker, a frame's speaker, a third party's relative clause, or the subject before it. */
function ownersOf(sentence: Sentence, hit: StanceHit, att: SentenceAttribution): Owner[] {
  const tokens = sentence.tokens;
  const actors = att.actors.filter((a) => a.actor.id !== null && a.mention.kind !== 'hashtag-speaker');
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
  if (att.quoted[hit.first] && att.quoteSpeaker) return [{ actor: att.quoteSpeaker, source: 'quote' }];
  const frame = att.frames.find((f) => hit.first >= f.first && hit.last <= f.last + 1) ?? (att.quoted[hit.first] ? att.frames[0] : undefined);
  if (frame) return [{ actor: frame.speaker, source: att.quoted[hit.first] ? 'quote' : frame.source === 'tweet' ? 'tweet' : 'reported' }];
  // Author voice: the nearest actor before the cue, with any coordinated with it.
  let index = -1;
  for (let k = 0; k < actors.length; k++) {
    const m = actors[k]!.mention;
    if (m.last < hit.first && !m.possessive) index = k;
  }
  if (index >= 0) return coordinated(sentence, actors, index).map((actor) => ({ actor, source: 'author' as const }));
  if (att.holder && att.holder.id !== null) return [{ actor: att.holder, source: att.holder.source }];
  const after = actors.find((a) => a.mention.first > hit.last);
  if (after) return [{ actor: after.actor, source: 'author' }];
  return [];
}

/**
 * Turns stance hits into claims: gives each its holder, the evidence span and
 * where this sentence names the holder; one claim per actor, concept and
 * polarity, the most confident.
 */
export function assembleClaims(sentence: Sentence, hits: readonly StanceHit[], att: SentenceAttribution, cb: CompiledCodebook): Claim[] {
  if (sentence.isAttributionLine) return [];
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
        confidence: Math.min(1, Math.max(0.01, hit.confidence * (source === 'author' ? 0.85 : 1))),
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
