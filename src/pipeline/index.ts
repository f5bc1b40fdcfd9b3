import type { LabeledSentence } from '../types.js';
import { assembleClaims, publicHolder, sentenceTrace } from './claims.js';
import type { Context } from './context.js';
import { Discourse } from './coreference.js';
import { announcedSpeaker } from './announced-text.js';
import type { Decider } from './decide.js';
import { findFrames } from './frames.js';
import { holderOptions, speakQuotes, type HolderChoice } from './holders.js';
import { findMentions } from './mentions.js';
import { ownerCandidates } from './owners.js';
import { expandPluralPronouns } from './plural-pronouns.js';
import { findQuotes } from './quotes.js';
import { segment } from './segment.js';
import { findStances, type FoundStance } from './stance.js';
import { stanceScratchFor } from './stance-scratch.js';
import { entityTags } from './tags.js';
import type { Frame, HolderDecision, OwnerCandidate, Resolved, Sentence, SentenceAnalysis, StanceHit } from './types.js';

/** A document read by every stage up to the decision. */
export interface DocumentAnalysis {
  sentences: SentenceAnalysis[];
  stances: FoundStance[][];
}

/**
 * Chooses a sentence's holder among the options (an index into them); by
 * default the rules' choice. A trained model may choose instead.
 */
export type HolderChooser = (choice: HolderChoice, sentence: Omit<SentenceAnalysis, 'holder'>, previous: SentenceAnalysis | null) => number;

const byRules: HolderChooser = (choice) => choice.chosen;

/**
 * Reads a document: sentences, mentions, quotations, coreference and frames
 * (sentence by sentence, with one discourse state), the speakers of the
 * quotations, the holder of each sentence, and the stances its cues find.
 */
export function analyse(text: string, ctx: Context, chooseHolder: HolderChooser = byRules): DocumentAnalysis {
  const sentences = segment(text);
  const mentions = sentences.map((s) => findMentions(s, ctx));
  const quotes = findQuotes(sentences);
  const discourse = new Discourse(ctx, sentences, mentions);
  const frames: Frame[][] = sentences.map((sentence, si) => {
    const entities = discourse.resolve(si);
    expandPluralPronouns(si, sentences, discourse.entities, ctx);
    const found = sentence.isAttributionLine ? [] : findFrames(sentence, quotes[si]!.inside, entities, ctx);
    discourse.speakers[si] = found.find((f) => f.speaker.id !== null)?.speaker ?? null;
    return found;
  });
  speakQuotes(quotes, frames, sentences);

  const analyses: SentenceAnalysis[] = [];
  const voice = new Voice();
  // The speaker of the transcript turn ("Jane Roe: …") last opened on the current line: the sentences after it are
  // the turn's until the line ends or another turn opens.
  let turn: HolderDecision | null = null;
  const attributions = attributionsAfter(sentences);
  sentences.forEach((sentence, si) => {
    if (sentence.lineStart) turn = null;
    const line = attributions[si]!;
    const prev = analyses[si - 1];
    const choice = holderOptions(
      {
        sentence,
        entities: discourse.entities[si]!,
        quotes: quotes[si]!,
        frames: frames[si]!,
        attribution: line >= 0 ? { sentence: sentences[line]!, entities: discourse.entities[line]! } : null,
        history: { holders: recentHolders(analyses), colon: !!prev && endsWithColonFrame(prev), voice: voice.actor, turn, introduced: introducedPerson(analyses, ctx), announced: prev ? announcedSpeaker(prev, ctx) : null },
      },
      ctx,
    );
    const partial = { sentence, entities: discourse.entities[si]!, quotes: quotes[si]!, frames: frames[si]!, quoteSpeaker: choice.quoteSpeaker, options: choice };
    const option = choice.options[chooseHolder(choice, partial, prev ?? null)] ?? choice.options[choice.chosen]!;
    // The fields spelled out (in the order of `partial`, then the holder), where a spread copied them key by key.
    const analysis: SentenceAnalysis = {
      sentence: partial.sentence,
      entities: partial.entities,
      quotes: partial.quotes,
      frames: partial.frames,
      quoteSpeaker: partial.quoteSpeaker,
      options: partial.options,
      holder: option.actor ? { actor: option.actor, source: option.source, rule: option.rule } : null,
    };
    analyses.push(analysis);
    voice.add(analysis);
    if (analysis.holder?.rule === 'holder.frame.speaker-colon') turn = analysis.holder;
  });
  const scratch = stanceScratchFor(ctx.cb);
  const stances = analyses.map((a) => findStances(a.sentence, ctx, entityTags(a.sentence.tokens.length, a.entities, ctx), scratch));
  return { sentences: analyses, stances };
}

// How many sentences of narration back a person may have been introduced.
const INTRODUCED_REACH = 2;

/**
 * The person the narration just before introduced: the subject of one of the last INTRODUCED_REACH sentences
 * (none of which had a holder), a person the text names ("Jane Roe, 26, a teacher, walked home.").
 */
function introducedPerson(analyses: readonly SentenceAnalysis[], ctx: Context): Resolved | null {
  for (let k = analyses.length - 1; k >= 0 && analyses.length - k <= INTRODUCED_REACH; k--) {
    const a = analyses[k]!;
    if (a.holder) return null;
    const tokens = a.sentence.tokens;
    const subject = a.entities.find((e) => !e.mention.possessive && !ctx.lex.governingWords.has(tokens[e.mention.first - 1]?.lower ?? ''));
    if (subject?.actor.id && subject.actor.kind === 'person') return subject.actor;
  }
  return null;
}

/** A tweet of several sentences: per sentence, the attribution line right after its line, or -1 (one pass from the end). */
function attributionsAfter(sentences: readonly Sentence[]): number[] {
  const out = new Array<number>(sentences.length).fill(-1);
  let below = -1;
  for (let si = sentences.length - 1; si >= 0; si--) {
    out[si] = below;
    // A sentence that opens its line: the lines above see it, an attribution line or not.
    if (sentences[si]!.lineStart) below = sentences[si]!.isAttributionLine ? si : -1;
  }
  return out;
}

// How many holders of the sentences before a sentence's options read.
const HISTORY = 8;

/** The holders of the last HISTORY sentences, nearest first. */
function recentHolders(analyses: readonly SentenceAnalysis[]): Array<HolderDecision | null> {
  const out: Array<HolderDecision | null> = [];
  for (let k = analyses.length - 1; k >= 0 && out.length < HISTORY; k--) out.push(analyses[k]!.holder);
  return out;
}
// A holder of this many sentences so far is the document's voice (a columnist, the speaker of a transcript).
const VOICE_SENTENCES = 3;
// Sentences since the voice last held one after which it is no longer the document's.
const VOICE_SILENCE = 12;

/**
 * The document's voice: the actor that held the most sentences so far, when
 * it held several. Counted as the sentences come, so that a long document
 * costs one step per sentence.
 */
class Voice {
  readonly #counts = new Map<string, { actor: Resolved; n: number; order: number; last: number }>();
  #best: { actor: Resolved; n: number; order: number; last: number } | null = null;
  #sentences = 0;

  add(a: SentenceAnalysis): void {
    this.#sentences++;
    const actor = a.holder?.actor;
    if (!actor?.id) return;
    const c = this.#counts.get(actor.id) ?? { actor, n: 0, order: this.#counts.size, last: 0 };
    c.n++;
    c.last = this.#sentences;
    this.#counts.set(actor.id, c);
    // Ties go to the actor that held a sentence first.
    if (!this.#best || c.n > this.#best.n || (c.n === this.#best.n && c.order < this.#best.order)) this.#best = c;
  }

  // A voice silent for VOICE_SILENCE sentences has handed the document to others (a feature of several voices).
  get actor(): Resolved | null {
    return this.#best && this.#best.n >= VOICE_SENTENCES && this.#sentences - this.#best.last <= VOICE_SILENCE ? this.#best.actor : null;
  }
}

// "Roe said:" / "According to the ministry:" — the sentence hands its speaker to the next one.
function endsWithColonFrame(a: SentenceAnalysis): boolean {
  const tokens = a.sentence.tokens;
  return tokens[tokens.length - 1]?.value === ':' && a.holder !== null && !a.quotes.inside[tokens.length - 1];
}

/**
 * The owner candidates of a sentence's stance hits, each found once: the
 * model decider asks for those of a cue match the rule decider asked for
 * already. Callers read the candidates, never change them.
 */
function candidatesOnce(analysis: SentenceAnalysis, ctx: Context): (hit: StanceHit) => OwnerCandidate[] {
  const found = new Map<StanceHit, OwnerCandidate[]>();
  return (hit) => {
    let candidates = found.get(hit);
    if (!candidates) {
      candidates = ownerCandidates(analysis, hit, ctx);
      found.set(hit, candidates);
    }
    return candidates;
  };
}

/**
 * Labels a document: analyses it, lets the decider choose each sentence's
 * claims among the stances and owner candidates found, and gives the result
 * its public shape.
 */
export function labelSentences(text: string, ctx: Context, decider: Decider, trace: boolean, chooseHolder?: HolderChooser): LabeledSentence[] {
  const { sentences, stances } = analyse(text, ctx, chooseHolder);
  return sentences.map((analysis, si) => {
    const { sentence } = analysis;
    const decisions = sentence.isAttributionLine
      ? []
      : decider.decide({
          analysis,
          stances: stances[si]!,
          candidates: candidatesOnce(analysis, ctx),
          document: { index: si, sentences, stances },
        });
    const out: LabeledSentence = {
      index: sentence.index,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      holder: publicHolder(analysis),
      claims: assembleClaims(analysis, decisions, ctx.cb, decider.kind, trace),
    };
    if (trace) out.trace = sentenceTrace(analysis, stances[si]!);
    return out;
  });
}

