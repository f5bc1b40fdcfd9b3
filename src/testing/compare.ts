import { InputError } from '../errors/input-error.js';
import { align, evaluate, passageText } from '../evaluate.js';
import { createLabeler } from '../label.js';
import type {
  Claim,
  ClaimSource,
  Codebook,
  EvaluationLevel,
  EvaluationReport,
  GoldClaim,
  GoldPassage,
  LabeledDocument,
  LabeledSentence,
  Labeler,
  Scores,
  Span,
} from '../types.js';
import { checkPassages } from './load.js';

/** Options shared by `compareToGold`, `assertMatchesGold` and the `toMatchGold` matcher. */
export interface CompareOptions {
  /** The labeler to check (default: the default labeler, syria codebook and model). */
  labeler?: Labeler;
  /** A codebook to build the labeler from, when no `labeler` is given. */
  codebook?: Codebook;
  /**
   * What must agree for a claim to count as found (the levels of `evaluate`):
   * `strict` = sentence, actor id, stance, polarity; `affiliation` (default) =
   * sentence, affiliation, stance, polarity; `stance` = sentence, stance, polarity.
   */
  level?: EvaluationLevel;
}

/** A claim the labeler made, in the gold's terms, with what the labeler adds. */
export interface PredictedClaim extends GoldClaim {
  /** The actor's display name. */
  name: string;
  confidence: number;
  evidence: Span;
  source: ClaimSource;
}

/** A gold claim and a predicted one that differ only in the actor (at the level's granularity) or only in polarity. */
export interface ClaimMismatch {
  kind: 'actor' | 'polarity';
  expected: GoldClaim;
  actual: PredictedClaim;
}

/** How one gold sentence compares. Each claim is counted once per distinct key at the level, as `evaluate` counts it. */
export interface SentenceComparison {
  /** Index in the passage's `sentences`. */
  index: number;
  text: string;
  /** Where the sentence is in the labeled text. */
  start: number;
  end: number;
  /** How many labeled sentences were matched to this gold sentence (by overlap); 1 when aligned. */
  predictedSentences: number;
  /** The labeler segmented this sentence exactly as the gold does. */
  aligned: boolean;
  /** Gold claims the labeler found. */
  matched: GoldClaim[];
  /** Gold claims the labeler did not make (and that no mismatch below explains). */
  missing: GoldClaim[];
  /** Claims the labeler made that the gold lacks (and that no mismatch below explains). */
  extra: PredictedClaim[];
  /** A gold claim and a predicted claim with the same stance that differ in actor, or in polarity. */
  mismatched: ClaimMismatch[];
}

/** The result of `compareToGold`: per-sentence differences and the passage's scores, as data. */
export interface GoldComparison {
  id: string;
  level: EvaluationLevel;
  /** The passage's precision, recall and F1 at `level` (from `evaluate`). A mismatch is one fp and one fn. */
  scores: Scores;
  /** The passage's full `evaluate` report (every level, holder accuracy…). */
  report: EvaluationReport;
  sentences: SentenceComparison[];
  /** Number of differing claims: missing + extra + mismatched, over all sentences. 0 when the labels match the gold. */
  differences: number;
}

const LEVELS: readonly EvaluationLevel[] = ['strict', 'affiliation', 'stance'];

let defaultLabeler: Labeler | undefined;
// One labeler per codebook given in the options: compiling a codebook is the costly part.
const byCodebook = new WeakMap<object, Labeler>();

/** The labeler the options name, checked. */
export function resolveLabeler(options: CompareOptions): Labeler {
  if (options.labeler !== undefined) {
    const l = options.labeler as Partial<Labeler> | null;
    if (l === null || typeof l !== 'object' || typeof l.label !== 'function') {
      throw new InputError('INPUT_INVALID_OPTION', 'options.labeler must be a labeler from createLabeler()');
    }
    return options.labeler;
  }
  if (options.codebook !== undefined) {
    const book = options.codebook as unknown;
    if (book === null || typeof book !== 'object') return createLabeler({ codebook: options.codebook }); // createLabeler explains what is wrong
    let labeler = byCodebook.get(book);
    if (!labeler) byCodebook.set(book, (labeler = createLabeler({ codebook: options.codebook })));
    return labeler;
  }
  return (defaultLabeler ??= createLabeler());
}

export function resolveLevel(level: unknown): EvaluationLevel {
  if (level === undefined) return 'affiliation';
  if (!LEVELS.includes(level as EvaluationLevel)) {
    throw new InputError('INPUT_INVALID_OPTION', `options.level must be one of ${LEVELS.map((l) => `"${l}"`).join(', ')} (got ${JSON.stringify(level)})`);
  }
  return level as EvaluationLevel;
}

type Keyed = Pick<GoldClaim, 'actor' | 'affiliation' | 'stance' | 'polarity'>;

// The identity of a claim at a level, exactly as evaluate() keys it.
function keyOf(level: EvaluationLevel, c: Keyed): string {
  return level === 'strict' ? `${c.actor}|${c.stance}|${c.polarity}` : level === 'affiliation' ? `${c.affiliation}|${c.stance}|${c.polarity}` : `${c.stance}|${c.polarity}`;
}

// Who holds a claim at a level: '' at the stance level, where the actor is not compared.
function holderOf(level: EvaluationLevel, c: Keyed): string {
  return level === 'strict' ? c.actor : level === 'affiliation' ? c.affiliation : '';
}

function toPredicted(c: Claim): PredictedClaim {
  return { actor: c.actor.id, affiliation: c.actor.affiliation, stance: c.stance.id, polarity: c.polarity, name: c.actor.name, confidence: c.confidence, evidence: c.evidence, source: c.source };
}

/** One claim per key, the first given; evaluate() counts keys, not claims. */
function distinct<T extends Keyed>(level: EvaluationLevel, claims: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const c of claims) if (!seen.has(keyOf(level, c))) seen.set(keyOf(level, c), c);
  return [...seen.values()];
}

function compareSentence(level: EvaluationLevel, gold: readonly GoldClaim[], predicted: readonly PredictedClaim[]) {
  const goldClaims = distinct(level, gold);
  const predClaims = distinct(level, predicted);
  const predKeys = new Set(predClaims.map((c) => keyOf(level, c)));
  const goldKeys = new Set(goldClaims.map((c) => keyOf(level, c)));
  const matched = goldClaims.filter((c) => predKeys.has(keyOf(level, c)));
  let missing = goldClaims.filter((c) => !predKeys.has(keyOf(level, c)));
  let extra = predClaims.filter((c) => !goldKeys.has(keyOf(level, c)));
  const mismatched: ClaimMismatch[] = [];
  // Pair what is left: first the same stance and polarity with another actor, then the same stance and actor with the other polarity.
  const pair = (kind: ClaimMismatch['kind'], fits: (g: GoldClaim, p: PredictedClaim) => boolean) => {
    for (const g of [...missing]) {
      const p = extra.find((e) => e.stance === g.stance && fits(g, e));
      if (!p) continue;
      mismatched.push({ kind, expected: g, actual: p });
      missing = missing.filter((m) => m !== g);
      extra = extra.filter((e) => e !== p);
    }
  };
  if (level !== 'stance') pair('actor', (g, p) => g.polarity === p.polarity && holderOf(level, g) !== holderOf(level, p));
  pair('polarity', (g, p) => g.polarity !== p.polarity && holderOf(level, g) === holderOf(level, p));
  return { matched, missing, extra, mismatched };
}

/** A labeler that hands back documents already labeled, so that evaluate() scores exactly them. */
function replay(codebook: Codebook, docs: readonly LabeledDocument[], texts: readonly string[]): Labeler {
  let next = 0;
  return {
    codebook,
    label(text: string): LabeledDocument {
      const k = next++;
      if (texts[k] !== text) throw new Error('standpoint/testing: evaluate() asked for the passages in an unexpected order');
      return docs[k]!;
    },
  };
}

/** Labels the passages once and compares each; `report` scores them all together. */
export function compareAll(passages: readonly GoldPassage[], labeler: Labeler, level: EvaluationLevel): { comparisons: GoldComparison[]; report: EvaluationReport } {
  const texts = passages.map((p) => passageText(p));
  const docs = passages.map((p, i) => labeler.label(texts[i]!.text, { ...(p.date ? { date: p.date } : {}), trace: true }));
  const comparisons = passages.map((passage, i): GoldComparison => {
    const { spans } = texts[i]!;
    const groups = align(spans, docs[i]!.sentences);
    const sentences = passage.sentences.map((gold, g): SentenceComparison => {
      const group = groups[g]!;
      const span = spans[g]!;
      const diff = compareSentence(level, gold.claims, group.flatMap((s) => s.claims.map(toPredicted)));
      return {
        index: g,
        text: gold.text,
        start: span.start,
        end: span.end,
        predictedSentences: group.length,
        aligned: group.length === 1 && group[0]!.start === span.start && group[0]!.end === span.end,
        ...diff,
      };
    });
    const report = evaluate([passage], { labeler: replay(labeler.codebook, [docs[i]!], [texts[i]!.text]) });
    const differences = sentences.reduce((n, s) => n + s.missing.length + s.extra.length + s.mismatched.length, 0);
    return { id: passage.id, level, scores: report[level], report, sentences, differences };
  });
  const report = evaluate(passages, { labeler: replay(labeler.codebook, docs, texts.map((t) => t.text)) });
  return { comparisons, report };
}

/**
 * Labels a gold passage and compares the labels with the gold, sentence by
 * sentence: which gold claims are missing, which predicted claims are extra,
 * and which differ only in the actor or only in polarity — with the passage's
 * precision, recall and F1 at the level (the numbers `evaluate` gives it).
 *
 * @param passage - A gold passage (one line of a fixture file, e.g. from `loadFixtures`).
 * @param options - `labeler` (default: the default labeler) or `codebook`; `level` (default "affiliation").
 * @returns The comparison, as data; `formatDiff` renders it.
 * @throws FixtureError when the passage is not in the fixture format.
 * @example
 * const result = compareToGold(gold[0], { level: 'strict' })
 * result.scores.f1 // 1 when every claim matches
 * result.sentences[0].missing // gold claims of the first sentence the labeler did not make
 */
export function compareToGold(passage: GoldPassage, options: CompareOptions = {}): GoldComparison {
  if (Array.isArray(passage)) throw new InputError('INPUT_INVALID_GOLD', 'compareToGold() compares one passage; map over the array, or use assertMatchesGold() for many');
  const level = resolveLevel(options.level);
  const [checked] = checkPassages(passage, 'compareToGold()');
  return compareAll([checked!], resolveLabeler(options), level).comparisons[0]!;
}
