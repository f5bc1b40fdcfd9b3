import { InputError } from './errors/input-error.js';
import { createLabeler } from './label.js';
import { ExtraTallies } from './evaluation-extras.js';
import { align, passageText } from './passage-text.js';
import type { EvaluateOptions, EvaluationLevel, EvaluationReport, GoldPassage, LabeledDocument, Scores } from './types.js';

export { align, passageText };

const LEVELS: EvaluationLevel[] = ['strict', 'affiliation', 'stance'];
const BINS = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0001];

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

/**
 * Scores a labeler against gold passages: precision, recall and F1 of claims
 * (micro and macro over concepts) at three levels — strict (sentence, actor
 * id, stance, polarity), affiliation (sentence, affiliation, stance,
 * polarity) and stance (sentence, stance, polarity) — plus actor attribution
 * accuracy, holder accuracy, scores by owner kind, how each stage did, a
 * calibration table, and (with `byRule`) every rule and cue id with the
 * right and wrong decisions it made.
 *
 * @param gold - Passages in the fixture format.
 * @param options - `labeler` (default: the default labeler) or `codebook`; `byRule`.
 * @returns The report.
 * @example
 * const report = evaluate([{ id: 'p1', sentences: [{ text: '"Assad must go," said Kerry.', claims: [
 *   { actor: 'kerry', affiliation: 'us', stance: 'assad-must-go', polarity: 'support' }] }] }])
 * report.strict.f1 // 1
 */
export function evaluate(gold: readonly GoldPassage[], options: EvaluateOptions = {}): EvaluationReport {
  if (!Array.isArray(gold as unknown)) throw new InputError('INPUT_INVALID_GOLD', 'evaluate() needs an array of gold passages (see loadFixtures in standpoint/testing)');
  const labeler = options.labeler ?? createLabeler(options.codebook ? { codebook: options.codebook } : {});
  const micro: Record<EvaluationLevel, Tally> = { strict: tally(), affiliation: tally(), stance: tally() };
  const perConcept = new Map<string, Record<EvaluationLevel, Tally>>();
  const conceptTally = (concept: string) => {
    let t = perConcept.get(concept);
    if (!t) perConcept.set(concept, (t = { strict: tally(), affiliation: tally(), stance: tally() }));
    return t;
  };
  let sentences = 0;
  let unaligned = 0;
  let matched = 0;
  let idRight = 0;
  let affRight = 0;
  let holderJudged = 0;
  let holderRight = 0;
  const bins = BINS.slice(0, -1).map(() => ({ claims: 0, right: 0, confidence: 0 }));
  const extras = new ExtraTallies();
  const byRule = options.byRule === true;

  for (const passage of gold) {
    const { text, spans } = passageText(passage);
    const doc: LabeledDocument = labeler.label(text, { ...(passage.date ? { date: passage.date } : {}), trace: true });
    const groups = align(spans, doc.sentences);
    passage.sentences.forEach((goldSentence, g) => {
      sentences++;
      const group = groups[g]!;
      const span = spans[g]!;
      if (!(group.length === 1 && group[0]!.start === span.start && group[0]!.end === span.end)) unaligned++;
      const predicted = group.flatMap((s) => s.claims);
      extras.add(goldSentence, group, byRule);
      for (const level of LEVELS) {
        const key = (c: { actor: string; affiliation: string; stance: string; polarity: string }) =>
          level === 'strict' ? `${c.actor}|${c.stance}|${c.polarity}` : level === 'affiliation' ? `${c.affiliation}|${c.stance}|${c.polarity}` : `${c.stance}|${c.polarity}`;
        const goldKeys = new Map(goldSentence.claims.map((c) => [key(c), c.stance]));
        const predKeys = new Map(predicted.map((c) => [key({ actor: c.actor.id, affiliation: c.actor.affiliation, stance: c.stance.id, polarity: c.polarity }), c.stance.id]));
        for (const [k, concept] of predKeys) {
          const hit = goldKeys.has(k);
          micro[level][hit ? 'tp' : 'fp']++;
          conceptTally(concept)[level][hit ? 'tp' : 'fp']++;
        }
        for (const [k, concept] of goldKeys) {
          if (predKeys.has(k)) continue;
          micro[level].fn++;
          conceptTally(concept)[level].fn++;
        }
      }
      for (const c of goldSentence.claims) {
        const candidates = predicted.filter((p) => p.stance.id === c.stance && p.polarity === c.polarity);
        if (candidates.length === 0) continue;
        matched++;
        if (candidates.some((p) => p.actor.id === c.actor)) idRight++;
        if (candidates.some((p) => p.actor.affiliation === c.affiliation)) affRight++;
      }
      for (const p of predicted) {
        const right = goldSentence.claims.some((c) => c.affiliation === p.actor.affiliation && c.stance === p.stance.id && c.polarity === p.polarity);
        const b = BINS.findIndex((lo, k) => p.confidence >= lo && p.confidence < BINS[k + 1]!);
        if (b >= 0 && b < bins.length) {
          bins[b]!.claims++;
          bins[b]!.confidence += p.confidence;
          if (right) bins[b]!.right++;
        }
      }
      if (goldSentence.holder !== undefined) {
        holderJudged++;
        const predictedHolder = group[0]?.holder?.id ?? null;
        if (predictedHolder === goldSentence.holder) holderRight++;
      }
    });
  }

  const toScores = (t: Tally) => scores(t.tp, t.fp, t.fn);
  const conceptScores: EvaluationReport['perConcept'] = {};
  for (const [concept, t] of [...perConcept].sort(([a], [b]) => a.localeCompare(b))) {
    conceptScores[concept] = { strict: toScores(t.strict), affiliation: toScores(t.affiliation), stance: toScores(t.stance) };
  }
  const macro = Object.fromEntries(
    LEVELS.map((level) => {
      const f1s = Object.values(conceptScores).map((c) => c[level].f1);
      return [level, f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length];
    }),
  ) as Record<EvaluationLevel, number>;
  return {
    passages: gold.length,
    sentences,
    unalignedSentences: unaligned,
    strict: toScores(micro.strict),
    affiliation: toScores(micro.affiliation),
    stance: toScores(micro.stance),
    macro,
    perConcept: conceptScores,
    actorAccuracy: { id: matched === 0 ? 0 : idRight / matched, affiliation: matched === 0 ? 0 : affRight / matched, matched },
    holderAccuracy: { accuracy: holderJudged === 0 ? 0 : holderRight / holderJudged, judged: holderJudged },
    calibration: bins.map((b, k) => ({ from: BINS[k]!, to: Math.min(1, BINS[k + 1]!), claims: b.claims, precision: b.claims === 0 ? 0 : b.right / b.claims, confidence: b.claims === 0 ? 0 : b.confidence / b.claims })),
    byOwnerKind: extras.byOwnerKind(scores),
    stages: {
      mentions: extras.mentionRecall().recall,
      holders: holderJudged === 0 ? 0 : holderRight / holderJudged,
      stances: toScores(micro.stance).f1,
      owners: matched === 0 ? 0 : affRight / matched,
    },
    ...(byRule ? { byRule: extras.byRule() } : {}),
  };
}
