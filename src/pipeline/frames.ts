import type { Context } from './context.js';
import { subjectBefore } from './subjects.js';
import { isVerb } from './tokens.js';
import type { Entity, Frame, Sentence, Token } from './types.js';

/**
 * Speech and position frames of one sentence: which content belongs to which
 * speaker. "X said (that) …" (preposed), "…, X said" (postposed), "…, said
 * X" (inverted), "…, X said, …" (parenthetical), "according to X", "quoted
 * X as saying", "X made it clear that …", position verbs ("X has long
 * opposed …"), a speaker before a colon ("X: …"). Tokens inside a quotation
 * never frame. Each frame carries its rule id.
 */
export function findFrames(sentence: Sentence, inside: readonly boolean[], entities: readonly Entity[], ctx: Context): Frame[] {
  const tokens = sentence.tokens;
  const n = tokens.length;
  const frames: Frame[] = [];
  const sourceOf = (first: number, last: number): Frame['source'] => (inside.slice(first, last + 1).some(Boolean) ? 'quote' : 'reported');
  const push = (entity: Entity, first: number, last: number, verb: number, rule: string) => {
    const lo = Math.max(0, first);
    const hi = Math.max(lo, Math.min(n - 1, last));
    frames.push({ speaker: entity.actor, entity, first: lo, last: hi, verb, source: sourceOf(lo, hi), rule });
  };

  // "Jane Roe: …" / "#Name: …" at the start of a sentence: a transcript, a headline, a tweet's quoted speaker.
  const lead = entities.find((e) => e.mention.first <= 1 && tokens[e.mention.last + 1]?.value === ':' && e.mention.kind !== 'pronoun');
  if (lead && lead.mention.last + 2 < n) push(lead, lead.mention.last + 2, n - 1, -1, lead.mention.kind === 'hashtag-speaker' ? 'frame.hashtag-speaker' : 'frame.speaker-colon');

  for (let i = 0; i < n; i++) {
    if (inside[i]) continue;
    const tok = tokens[i]!;
    if (tok.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const found = entities.filter((e) => e.mention.first > i + 1 && e.mention.first <= i + 9).sort((a, b) => a.mention.first - b.mention.first)[0];
      if (!found) continue;
      const comma = tokens.findIndex((t, k) => k > found.mention.last && t.value === ',');
      const before = i > 0 && tokens[i - 1]!.value === ',';
      push(found, before ? 0 : comma >= 0 ? comma + 1 : found.mention.last + 1, before ? i - 1 : n - 1, i, 'frame.according-to');
      continue;
    }
    if (tok.lower === 'quoted') {
      const found = entities.find((e) => e.mention.first === i + 1 || e.mention.first === i + 2);
      if (found && tokens.slice(found.mention.last + 1, found.mention.last + 4).some((t) => t.lower === 'saying')) {
        push(found, found.mention.last + 1, n - 1, i, 'frame.quoted-as-saying');
        continue;
      }
    }
    const madeClear = tok.lemma === 'make' && (tokens[i + 1]?.lower === 'clear' || (tokens[i + 1]?.lower === 'it' && tokens[i + 2]?.lower === 'clear'));
    const kind = madeClear ? 'speech' : verbKind(ctx, tokens, i);
    if (!kind) continue;

    // Inverted: "…, said Kerry." / "…," said Kerry, "…" — nothing verbal follows the speaker.
    const after = entities.find((e) => e.mention.first === i + 1 || (e.mention.first === i + 2 && tokens[i + 1]!.pos === 'DET'));
    const prev = tokens[i - 1];
    const tail = after ? tokens.slice(after.mention.last + 1) : [];
    const endsFrame = tail.length === 0 || tail[0]!.pos === 'PUNCT' || (tail.length <= 5 && !tail.some(isVerb));
    if (after && endsFrame && kind === 'speech' && (i === 0 || /^[,"”’'.]$/.test(prev!.value) || inside[i - 1])) {
      push(after, 0, i - 1, i, 'frame.inverted');
      continue;
    }
    const subject = subjectBefore(sentence, i, entities, ctx);
    if (!subject) continue;
    const subjectFirst = subject.mention.first;
    const next = tokens[i + 1];
    const tailIsAdjunct = !next || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'NUM' || ctx.lex.timeWords.has(next.lower) || next.lower === 'adding';
    const afterContent = subjectFirst > 0 && (/^[,"”’']$/.test(tokens[subjectFirst - 1]!.value) || inside[subjectFirst - 1] === true);
    const postposed = kind === 'speech' && tailIsAdjunct && next?.lower !== 'that' && next?.value !== ':' && afterContent;
    if (postposed && next?.value === ',' && tokens.slice(i + 2).filter((t) => t.pos !== 'PUNCT').length >= 2) push(subject, 0, n - 1, i, 'frame.parenthetical');
    else if (postposed) push(subject, 0, subjectFirst - 1, i, 'frame.postposed');
    else if (next?.value === ':' || (next && i + 2 >= n && /^[:,]$/.test(tokens[n - 1]!.value))) push(subject, i + 1, n - 1, i, 'frame.colon');
    else push(subject, i + 1, n - 1, i, kind === 'speech' ? 'frame.preposed' : 'frame.position');
  }
  return frames;
}

/** Whether the token at i is a speech verb, a position verb (stating the subject's own stand), or neither. */
function verbKind(ctx: Context, tokens: readonly Token[], i: number): 'speech' | 'position' | null {
  const { lex } = ctx;
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  // Participles used as adjectives ("the so-called", "an agreed plan") are no frames.
  if (/^(the|a|an)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  if (tok.lemma === 'call' && !['for', 'on', 'upon'].includes(next?.lower ?? '')) return null;
  if (tok.lemma === 'rule' && next?.lower !== 'out') return null;
  // "continue" reports speech only at the end: "…, she continued."
  if (tok.lemma === 'continue' && next && next.pos !== 'PUNCT') return null;
  // A passive ("are expected to meet", "was asked whether") reports nobody's words.
  if (/ed$/.test(tok.lower) && tokens.slice(Math.max(0, i - 3), i).some((t) => /^(is|are|was|were|be|been|being)$/.test(t.lower))) return null;
  const said = tok.lower === 'said' || tok.lower === 'says' || tok.lower === 'told' || tok.lower === 'added';
  if ((lex.speechVerbs.has(tok.lemma) || lex.speechVerbs.has(tok.lower)) && (isVerb(tok) || said)) return 'speech';
  if ((lex.positionVerbs.has(tok.lemma) || lex.positionVerbs.has(tok.lower)) && isVerb(tok)) return 'position';
  return null;
}
