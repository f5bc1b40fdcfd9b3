import type { Context } from '../../pipeline/context.js';
import { analyse, type HolderChooser } from '../../pipeline/index.js';
import { ownerCandidates } from '../../pipeline/owners.js';
import { ruleOwners, type DocumentContext } from '../../pipeline/decide.js';
import type { FoundStance } from '../../pipeline/stance.js';
import type { SentenceAnalysis } from '../../pipeline/types.js';
import type { GoldPassage, GoldSentence, Polarity } from '../../types.js';
import { passageText } from '../../passage-text.js';
import { cuedClasses, locate } from '../decider.js';
import { ownerFeatures, stanceFeatures } from '../features.js';
import { stanceWords } from '../stance-words.js';
import { holderOptionFeatures } from '../holder-chooser.js';
import type { LinearModel } from '../linear.js';
import type { Example } from '../learn/index.js';

/** A gold sentence read by the pipeline: the analysis of the sentence it aligns with. */
export interface ReadSentence {
  gold: GoldSentence;
  /** The passage it belongs to (the group of cross-validation). */
  group: string;
  analysis: SentenceAnalysis;
  stances: FoundStance[];
  previous: { analysis: SentenceAnalysis; stances: FoundStance[] } | null;
  /** The whole passage, analysed, and this sentence's place in it. */
  document: DocumentContext;
  /** The passage is a whole article (many sentences), not a set of example sentences. */
  articleLike: boolean;
}

// Passages of at least this many sentences are read as whole articles.
const ARTICLE_SENTENCES = 8;

/**
 * Reads gold passages with the pipeline (the holder chosen by `chooseHolder`,
 * the rules by default) and pairs each gold sentence with the analysed
 * sentence that overlaps it most.
 */
export function readPassages(passages: readonly GoldPassage[], ctx: (p: GoldPassage) => Context, chooseHolder?: HolderChooser): ReadSentence[] {
  const out: ReadSentence[] = [];
  for (const passage of passages) {
    const { text, spans } = passageText(passage);
    const { sentences, stances } = analyse(text, ctx(passage), chooseHolder);
    passage.sentences.forEach((gold, g) => {
      const span = spans[g]!;
      let best = -1;
      let overlap = 0;
      sentences.forEach((s, k) => {
        const o = Math.min(span.end, s.sentence.end) - Math.max(span.start, s.sentence.start);
        if (o > overlap) {
          best = k;
          overlap = o;
        }
      });
      if (best < 0) return;
      const previous = best > 0 ? { analysis: sentences[best - 1]!, stances: stances[best - 1]! } : null;
      out.push({ gold, group: passage.id, analysis: sentences[best]!, stances: stances[best]!, previous, document: { index: best, sentences, stances }, articleLike: passage.sentences.length >= ARTICLE_SENTENCES });
    });
  }
  return out;
}

/** The stance classes of a gold sentence ("concept:polarity"). */
export function goldClasses(gold: GoldSentence): Set<string> {
  return new Set(gold.claims.map((c) => `${c.stance}:${c.polarity}`));
}

/** Holder examples: one per option of each judged sentence, positive when it is the gold holder. */
export function holderExamples(read: readonly ReadSentence[], ctx: Context): { examples: Example[]; groups: string[] } {
  const examples: Example[] = [];
  const groups: string[] = [];
  for (const r of read) {
    if (r.gold.holder === undefined || r.analysis.sentence.isAttributionLine) continue;
    const choice = { ...r.analysis.options, quoteSpeaker: r.analysis.quoteSpeaker };
    choice.options.forEach((o, i) => {
      const right = (o.actor?.id ?? null) === r.gold.holder;
      examples.push({ features: holderOptionFeatures(choice, i, r.analysis, r.previous?.analysis ?? null, ctx.lex), labels: right ? ['holder'] : [] });
      groups.push(r.group);
    });
  }
  return { examples, groups };
}

/** Stance examples: one per sentence, labelled with its gold classes. */
export function stanceExamples(read: readonly ReadSentence[], ctx: Context): { examples: Example[]; groups: string[] } {
  const words = stanceWords(ctx.lex, ctx.cb.keywords);
  return {
    examples: read.map((r) => ({ features: stanceFeatures(r.analysis, r.stances, r.document, ctx.lex, ctx.cb.keywords, words), labels: [...goldClasses(r.gold)] })),
    groups: read.map((r) => r.group),
  };
}

/**
 * Owner examples: for each gold class of a sentence, every candidate owner
 * where the class's stance stands, positive when it is a gold claim's actor
 * (or, where no candidate is, one of the same affiliation).
 */
export function ownerExamples(read: readonly ReadSentence[], ctx: Context, stance: LinearModel): { examples: Example[]; groups: string[]; sets: number[]; ruled: boolean[]; articleLike: boolean[] } {
  const examples: Example[] = [];
  const groups: string[] = [];
  // Whether the example is an owner the rules give a class a cue found (the decider's veto is fitted on those).
  const ruled: boolean[] = [];
  const articleLike: boolean[] = [];
  // The (sentence, class) each example belongs to: candidates of one set compete.
  const sets: number[] = [];
  let set = 0;
  for (const r of read) {
    if (r.analysis.sentence.isAttributionLine) continue;
    const cued = cuedClasses(r.stances);
    for (const cls of goldClasses(r.gold)) {
      const concept = cls.slice(0, cls.lastIndexOf(':'));
      const polarity = cls.slice(cls.lastIndexOf(':') + 1) as Polarity;
      const c = stance.classes.indexOf(cls);
      const hit = locate(r.analysis, r.stances, concept, polarity, stance, Math.max(0, c));
      const candidates = ownerCandidates(r.analysis, hit, ctx).filter((x) => x.actor.id !== null);
      const claims = r.gold.claims.filter((g) => `${g.stance}:${g.polarity}` === cls);
      const right = new Set<number>();
      for (const g of claims) {
        const byId = candidates.findIndex((x) => x.actor.id === g.actor);
        if (byId >= 0) right.add(byId);
        else candidates.forEach((x, i) => x.actor.affiliation === g.affiliation && right.add(i));
      }
      const byRules = new Set(ruleOwners(candidates).map((x) => x.actor.id));
      candidates.forEach((x, i) => {
        examples.push({ features: ownerFeatures(r.analysis, cls, hit, x, candidates.length, byRules.has(x.actor.id)), labels: right.has(i) ? ['owner'] : [] });
        groups.push(r.group);
        sets.push(set);
        ruled.push(cued.has(cls) && byRules.has(x.actor.id));
        articleLike.push(r.articleLike);
      });
      set++;
    }
  }
  return { examples, groups, sets, ruled, articleLike };
}
