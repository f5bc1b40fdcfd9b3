import type { Context } from './context.js';
import type { Resolved, SentenceAnalysis } from './types.js';

/**
 * "The full text of Roe's speech can be read below", "Here is the transcript
 * of Roe's remarks:": a sentence that announces a person's own words after
 * it. The person (a codebook actor or one the text names), or null.
 */
export function announcedSpeaker(a: SentenceAnalysis, ctx: Context): Resolved | null {
  const { lex } = ctx;
  const tokens = a.sentence.tokens;
  const at = tokens.findIndex((t) => lex.textNouns.has(t.lower));
  if (at < 0 || tokens[at + 1]?.lower !== 'of') return null;
  // "of Roe's speech": the owner right after "of" (an article may come first), then the kind of text.
  const owner = a.entities.find((e) => e.actor.id !== null && e.mention.possessive && (e.mention.first === at + 2 || (e.mention.first === at + 3 && tokens[at + 2]!.lower === 'the')));
  const kind = owner ? tokens[owner.mention.last + 2] : undefined;
  if (!owner || !kind || !lex.speechDocumentNouns.has(kind.lower)) return null;
  const after = tokens.slice(owner.mention.last + 3);
  const announces = after.some((t) => lex.announcingWords.has(t.lower)) || tokens[tokens.length - 1]?.value === ':';
  return announces ? { ...owner.actor, mention: null } : null;
}
