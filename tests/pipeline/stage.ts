/**
 * What the stage tests share: a context built the way src/label.ts builds it,
 * each stage run on its own, and short renderings of what a stage returns so
 * that a table row can say "this input, this output, this rule".
 */
import { compileCodebook } from '../../src/codebook/compile.js';
import { syria } from '../../src/codebook/syria.js';
import { createLabeler } from '../../src/index.js';
import { lexicon } from '../../src/lexicon/lexicon.js';
import type { Context } from '../../src/pipeline/context.js';
import { analyse } from '../../src/pipeline/index.js';
import { findMentions } from '../../src/pipeline/mentions.js';
import { segment } from '../../src/pipeline/segment.js';
import type { Mention, Sentence } from '../../src/pipeline/types.js';
import type { Codebook, LabeledSentence } from '../../src/types.js';

const contexts = new WeakMap<Codebook, Context>();

/** The context every stage reads, for a codebook (default: syria), with an optional date. */
export function contextFor(codebook: Codebook = syria, date?: string): Context {
  let ctx = contexts.get(codebook);
  if (!ctx) contexts.set(codebook, (ctx = { cb: compileCodebook(codebook), lex: lexicon(codebook.lexicon), date: undefined }));
  return date === undefined ? ctx : { ...ctx, date };
}

/** The only sentence of a text (a row that means one sentence fails if segment made more). */
export function oneSentence(text: string): Sentence {
  const sentences = segment(text);
  if (sentences.length !== 1) throw new Error(`expected one sentence in ${JSON.stringify(text)}, segment made ${sentences.length}`);
  return sentences[0]!;
}

/** The text a mention covers. */
export function mentionText(sentence: Sentence, m: Pick<Mention, 'start' | 'end'>): string {
  return sentence.text.slice(m.start - sentence.start, m.end - sentence.start);
}

/** The mentions stage on one sentence, as "text → actor id (or adhoc id material) / rule". */
export function mentionsOf(text: string, ctx = contextFor()): Array<{ text: string; kind: Mention['kind']; actor: string | null; rule: string; mention: Mention }> {
  const sentence = oneSentence(text);
  return findMentions(sentence, ctx).map((m) => ({ text: mentionText(sentence, m), kind: m.kind, actor: m.actorId, rule: m.rule, mention: m }));
}

/** The mention covering exactly `span` in a one-sentence text. */
export function mentionAt(text: string, span: string, ctx = contextFor()) {
  return mentionsOf(text, ctx).find((m) => m.text === span);
}

const rules = createLabeler({ model: null });

/** A text labeled by the rules (no trained model), with traces. */
export function traced(text: string, date?: string): LabeledSentence[] {
  return rules.label(text, { trace: true, ...(date ? { date } : {}) }).sentences;
}

/** The last sentence of a text labeled by the rules: earlier sentences set up its discourse. */
export function lastTraced(text: string, date?: string): LabeledSentence {
  const sentences = traced(text, date);
  return sentences[sentences.length - 1]!;
}

/** A sentence's holder as "id/rule" ("none" for narration). */
export function holderRow(s: LabeledSentence): string {
  return s.holder ? `${s.holder.id}/${s.trace!.holder}` : `none/${s.trace!.holder ?? 'null'}`;
}

/** A sentence's claims as "actor · stance · polarity", sorted. */
export function claimRows(s: LabeledSentence): string[] {
  return s.claims.map((c) => `${c.actor.id} · ${c.stance.id} · ${c.polarity}`).sort();
}

/** A sentence's claims as "actor · stance · polarity · first owner rule", sorted. */
export function ownedClaims(s: LabeledSentence): string[] {
  return s.claims.map((c) => `${c.actor.id} · ${c.stance.id} · ${c.polarity} · ${c.trace!.owner[0]}`).sort();
}

/** The whole document through every stage up to the decision (quotation runs with their speakers). */
export function analysed(text: string, ctx = contextFor()) {
  return analyse(text, ctx);
}

/**
 * What a mention says, in one string: a codebook actor's id; "adhoc:Name/affiliation" for an actor the
 * codebook lacks; "role:affiliation" (or "role:?" when not said); "pronoun:gender[+plural]";
 * "group:person|body×count"; "definite:noun"; "statement:issuer" (or "statement:?").
 */
export function mentionOut(m: Mention): string {
  if (m.adhoc) return `adhoc:${m.adhoc.name}/${m.adhoc.affiliation}`;
  if (m.role) return `role:${m.role.affiliation ?? '?'}`;
  if (m.pronoun) return `pronoun:${m.pronoun.gender}${m.pronoun.plural ? '+plural' : ''}`;
  if (m.group) return `group:${m.group}×${m.count}`;
  if (m.kind === 'definite') return `definite:${m.noun}`;
  if (m.kind === 'statement') return `statement:${m.issuer?.actorId ?? '?'}`;
  return m.actorId ?? '?';
}

/** The mentions of a one-sentence text as "text = what it says / rule". */
export function mentionRows(text: string, ctx = contextFor()): string[] {
  return mentionsOf(text, ctx).map((m) => `${m.text} = ${mentionOut(m.mention)} / ${m.rule}`);
}

/** The frames of a text's last sentence as "rule: speaker «content»". */
export function frameRows(text: string, ctx = contextFor()): string[] {
  const { sentences } = analyse(text, ctx);
  const a = sentences[sentences.length - 1]!;
  const s = a.sentence;
  return a.frames.map((f) => `${f.rule}: ${f.speaker.id} «${s.text.slice(s.tokens[f.first]!.start - s.start, s.tokens[f.last]!.end - s.start)}»`);
}
