import type { LabeledSentence } from '../types.js';
import { assembleClaims, publicHolder, sentenceTrace } from './claims.js';
import type { Context } from './context.js';
import { Discourse } from './coreference.js';
import type { Decider } from './decide.js';
import { findFrames } from './frames.js';
import { chooseHolder, speakQuotes } from './holders.js';
import { findMentions } from './mentions.js';
import { ownerCandidates } from './owners.js';
import { findQuotes } from './quotes.js';
import { segment } from './segment.js';
import { findStances, type FoundStance } from './stance.js';
import { entityTags } from './tags.js';
import type { Frame, SentenceAnalysis } from './types.js';

/** A document read by every stage up to the decision. */
export interface DocumentAnalysis {
  sentences: SentenceAnalysis[];
  stances: FoundStance[][];
}

/**
 * Reads a document: sentences, mentions, quotations, coreference and frames
 * (sentence by sentence, with one discourse state), the speakers of the
 * quotations, the holder of each sentence, and the stances its cues find.
 */
export function analyse(text: string, ctx: Context): DocumentAnalysis {
  const sentences = segment(text);
  const mentions = sentences.map((s) => findMentions(s, ctx));
  const quotes = findQuotes(sentences);
  const discourse = new Discourse(ctx, sentences, mentions);
  const frames: Frame[][] = sentences.map((sentence, si) => {
    const entities = discourse.resolve(si);
    const found = sentence.isAttributionLine ? [] : findFrames(sentence, quotes[si]!.inside, entities, ctx);
    discourse.speakers[si] = found.find((f) => f.speaker.id !== null)?.speaker ?? null;
    return found;
  });
  speakQuotes(quotes, frames);

  const analyses: SentenceAnalysis[] = [];
  sentences.forEach((sentence, si) => {
    const next = sentences[si + 1];
    const prev = analyses[si - 1];
    const { holder, quoteSpeaker } = chooseHolder(
      {
        sentence,
        entities: discourse.entities[si]!,
        quotes: quotes[si]!,
        frames: frames[si]!,
        attribution: next?.isAttributionLine ? { sentence: next, entities: discourse.entities[si + 1]! } : null,
        previous: prev ? { holder: prev.holder, colon: endsWithColonFrame(prev), sentence: prev.sentence } : null,
      },
      ctx,
    );
    analyses.push({ sentence, entities: discourse.entities[si]!, quotes: quotes[si]!, frames: frames[si]!, holder, quoteSpeaker });
  });
  const stances = analyses.map((a) => findStances(a.sentence, ctx, entityTags(a.sentence.tokens.length, a.entities, ctx)));
  return { sentences: analyses, stances };
}

// "Roe said:" / "According to the ministry:" — the sentence hands its speaker to the next one.
function endsWithColonFrame(a: SentenceAnalysis): boolean {
  const tokens = a.sentence.tokens;
  return tokens[tokens.length - 1]?.value === ':' && a.holder !== null && !a.quotes.inside[tokens.length - 1];
}

/**
 * Labels a document: analyses it, lets the decider choose each sentence's
 * claims among the stances and owner candidates found, and gives the result
 * its public shape.
 */
export function labelSentences(text: string, ctx: Context, decider: Decider, trace: boolean): LabeledSentence[] {
  const { sentences, stances } = analyse(text, ctx);
  return sentences.map((analysis, si) => {
    const { sentence } = analysis;
    const decisions = sentence.isAttributionLine
      ? []
      : decider.decide({
          analysis,
          stances: stances[si]!,
          candidates: (hit) => ownerCandidates(analysis, hit, ctx),
          previous: si > 0 ? { analysis: sentences[si - 1]!, stances: stances[si - 1]! } : null,
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

