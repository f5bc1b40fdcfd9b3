import type { CompiledCodebook } from '../../codebook/compile.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { Context } from '../../pipeline/context.js';
import type { GoldPassage, TrainedModel } from '../../types.js';
import { InputError } from '../../errors/input-error.js';
import { cuedClasses } from '../decider.js';
import { loadNaturalBayes } from '../learn/natural.js';
import { modelHolderChooser } from '../holder-chooser.js';
import { bayes, bestThreshold, dropFeaturesOfFewGroups, fitToBudget, groupedFolds, logistic, outOfFold, perceptron, probabilities, trainCalibrated, type Example, type Learner, type LinearModel } from '../learn/index.js';
import { NONE_TAKEN } from '../learn/threshold.js';
import { fitClaimModel } from './claim-confidence.js';
import { holderExamples, ownerExamples, readPassages, stanceExamples } from './examples.js';

// A feature must be seen in this many passages to be learned: one article's own wording does not carry.
const MIN_PASSAGES = 2;

/** The learners `train()` can use. */
export const LEARNERS = { logistic, perceptron, bayes } as const satisfies Record<string, Learner>;
export type LearnerName = keyof typeof LEARNERS;

export interface FitOptions {
  learner: LearnerName;
  /** Folds of the inner cross-validation that calibrates and sets the thresholds (grouped by passage). */
  folds: number;
  seed: number;
}

// The JSON of the three models together stays under this many bytes.
const BUDGET = { stance: 2_000_000, owner: 400_000, holder: 400_000, claim: 20_000 };
// Cross-validations beyond the first, over other draws of the folds, whose held-out probabilities the thresholds are
// fitted on too: fitted on one draw, the stance thresholds moved by up to 0.13 and the owner floor from 0.25 to 0.5
// between fold seeds of the same data.
const THRESHOLD_REPEATS = 2;
// Owner floors tried when no candidate reaches the owner threshold.
const FLOORS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 1.01];

/**
 * Trains the three models of a claim model from gold passages: first the
 * holder model on the rules' reading, then — reading the passages again
 * with that holder model, as labeling will — the stance model and the owner
 * model. Each is calibrated (Platt) on held-out scores of a cross-validation
 * grouped by passage, and the thresholds are the F1-optimal ones on those
 * held-out probabilities and on those of THRESHOLD_REPEATS more
 * cross-validations over other draws of the folds. Last, the claim model that gives each claim its
 * confidence is fitted on the claims the fold models decide for passages
 * they did not see.
 */
export function fitModel(passages: readonly GoldPassage[], cb: CompiledCodebook, lex: Lexicon, options: FitOptions): TrainedModel {
  const learner = LEARNERS[options.learner] as Learner;
  const ctxFor = (p: GoldPassage): Context => ({ cb, lex, date: p.date });
  const ctx = ctxFor({ id: '', sentences: [] });
  const fit = (data: { examples: Example[]; groups: string[] }, classes: string[], what: string, foldOf?: ReadonlyMap<string, number>) => {
    // Calibration holds out whole passages: it needs two with examples of this kind at least.
    const passagesWith = new Set(data.groups).size;
    if (passagesWith < 2) throw new InputError('INPUT_INVALID_EXAMPLES', `train() needs ${what} in at least two passages to calibrate the model by cross-validation; ${passagesWith} passage${passagesWith === 1 ? ' has' : 's have'} them`);
    // Given folds must leave two with examples of this kind; else the kind gets folds of its own.
    const shared = foldOf && new Set(data.groups.map((g) => foldOf.get(g))).size >= 2 ? { foldOf } : {};
    return trainCalibrated(data.examples, data.groups, learner, { classes, folds: Math.min(options.folds, passagesWith), foldSeed: options.seed, seed: options.seed, ...shared });
  };
  // The held-out probabilities of THRESHOLD_REPEATS more cross-validations, over other draws of the folds, through
  // the trained model's calibration: the thresholds are fitted on them all.
  const repeats = (data: { examples: Example[]; groups: string[] }, classes: string[], trained: { model: LinearModel; heldOutProbabilities: Float64Array[] }) => {
    const k = Math.min(options.folds, new Set(data.groups).size);
    const more = Array.from({ length: THRESHOLD_REPEATS }, (_, r) => outOfFold(data.examples, groupedFolds(data.groups, k, options.seed + r + 1), learner, { classes, seed: options.seed }).map((z) => probabilities(trained.model, z)));
    return [trained.heldOutProbabilities, ...more];
  };
  if (options.learner === 'bayes') loadNaturalBayes();

  const byRules = readPassages(passages, ctxFor);
  const holder = fit(dropFeaturesOfFewGroups(holderExamples(byRules, ctx), MIN_PASSAGES), ['holder'], 'sentences with a judged holder');
  const chooser = modelHolderChooser({ holder: holder.model } as TrainedModel, lex);
  const read = readPassages(passages, ctxFor, chooser);

  const stanceData = dropFeaturesOfFewGroups(stanceExamples(read, ctx), MIN_PASSAGES);
  const classes = stanceClasses(cb, stanceData.examples);
  const stance = fit(stanceData, classes, 'sentences');
  const cued = read.map((r) => cuedClasses(r.stances));
  const stanceRuns = repeats(stanceData, classes, stance);
  const times = <T>(xs: readonly T[]) => stanceRuns.flatMap(() => xs);
  const thresholds = stanceThresholds(stanceRuns.flat(), { examples: times(stanceData.examples) }, times(read.map((r) => r.articleLike)), times(cued), classes, stanceRuns.length);

  // The owner model's folds are the stance model's, so that each fold's two models label its passages unseen (the claim model's data).
  const foldOf = new Map(stanceData.groups.map((g, i) => [g, stance.folds[i]!]));
  const ownerData = dropFeaturesOfFewGroups(ownerExamples(read, ctx, stance.model), MIN_PASSAGES);
  const owner = fit(ownerData, ['owner'], 'claims whose owner is an actor the labeler finds', foldOf);
  const ownerRuns = repeats(ownerData, ['owner'], owner);
  const ownerP = ownerRuns.flat().map((p) => p[0]!);
  const ownerRight = ownerRuns.flatMap(() => ownerData.examples.map((e) => (Array.from(e.labels).length > 0 ? 1 : 0)));
  // Each run's (sentence, class) sets are sets of their own.
  const setSpan = Math.max(0, ...ownerData.sets) + 1;
  const pooled = { sets: ownerRuns.flatMap((_, r) => ownerData.sets.map((set) => set + r * setSpan)), ruled: ownerRuns.flatMap(() => ownerData.ruled), articleLike: ownerRuns.flatMap(() => ownerData.articleLike) };
  const ownerCut = bestThreshold(ownerP, ownerRight).threshold;
  const ownerFloor = bestFloor(ownerP, ownerRight, pooled.sets, ownerCut);

  const model: TrainedModel = {
    kind: 'standpoint-model',
    version: 2,
    codebook: { id: cb.codebook.id, version: cb.codebook.version },
    learner: options.learner,
    stance: shrink(stance.model, BUDGET.stance),
    owner: shrink(owner.model, BUDGET.owner),
    holder: shrink(holder.model, BUDGET.holder),
    thresholds: {
      stance: Object.fromEntries(classes.map((c, i) => [c, round(thresholds.uncued[i]!)])),
      cued: round(thresholds.cued),
      owner: round(ownerCut),
      ownerFloor: round(ownerFloor),
      ownerVeto: round(vetoCut(ownerP, ownerRight, pooled, ownerCut, ownerFloor)),
    },
    trainedOn: { passages: passages.length, sentences: read.length },
  };
  const byId = new Map(passages.map((p) => [p.id, p]));
  const claim = fitClaimModel(read, foldOf, { stance: stance.foldModels, owner: owner.foldModels }, model, (id) => ctxFor(byId.get(id)!), cb, lex, options);
  return claim ? { ...model, claim: shrink(claim, BUDGET.claim) } : model;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function shrink(model: LinearModel, bytes: number): LinearModel {
  return fitToBudget(model, bytes).model;
}

/** A class per concept and polarity; oppose only for a concept that can be opposed (oppose cues, or gold that does). */
function stanceClasses(cb: CompiledCodebook, examples: readonly Example[]): string[] {
  const seen = new Set(examples.flatMap((e) => Array.from(e.labels)));
  const out: string[] = [];
  for (const concept of cb.codebook.concepts) {
    out.push(`${concept.id}:support`);
    if (cb.opposable.has(concept.id) || seen.has(`${concept.id}:oppose`)) out.push(`${concept.id}:oppose`);
  }
  return out;
}

/**
 * The floor at which the best candidate of a (sentence, class) still holds
 * the claim when none reaches the owner threshold: the one that makes most
 * right owners for the fewest wrong ones (F1 over candidates) on held-out
 * probabilities.
 */
function bestFloor(p: readonly number[], right: readonly number[], sets: readonly number[], cut: number): number {
  const groups = bySet(sets);
  return bestOf(FLOORS, groups, right, (members, floor) => modelOwners(members, p, cut, floor));
}

/** The example indices of each (sentence, class) set, of the sets `keep` takes. */
function bySet(sets: readonly number[], keep: (set: number) => boolean = () => true): number[][] {
  const groups = new Map<number, number[]>();
  sets.forEach((s, i) => keep(s) && groups.set(s, [...(groups.get(s) ?? []), i]));
  return [...groups.values()];
}

/** The owner model's own choice among a set's candidates: those over the owner threshold, else the best one over the floor. */
function modelOwners(members: readonly number[], p: readonly number[], cut: number, floor: number): number[] {
  const over = members.filter((i) => p[i]! >= cut);
  if (over.length > 0) return over;
  const top = members.reduce((a, b) => (p[b]! > p[a]! ? b : a), members[0]!);
  return p[top]! >= floor ? [top] : [];
}

/** Of `values`, the one whose choice of owners per set makes the most F1 over those sets' candidates (the first, on a tie). */
function bestOf(values: readonly number[], groups: readonly number[][], right: readonly number[], choose: (members: number[], value: number) => number[]): number {
  const positives = groups.flat().reduce((a, i) => a + right[i]!, 0);
  let best = { value: values[0]!, f1: -1 };
  for (const value of values) {
    let tp = 0;
    let fp = 0;
    for (const members of groups) for (const i of choose(members, value)) right[i] ? tp++ : fp++;
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + (positives - tp));
    if (f1 > best.f1) best = { value, f1 };
  }
  return best.value;
}

/**
 * The owner probability under which an owner the rules give a cued class
 * holds no claim: the cut that makes the most F1 of owner decisions on
 * held-out probabilities, deciding each (sentence, class) as the decider
 * does — the rules' owners over the cut stand; when none does, the owner
 * model's own choice (over the owner threshold, else the best over the
 * floor) holds the claim.
 */
function vetoCut(p: readonly number[], right: readonly number[], data: { sets: readonly number[]; ruled: readonly boolean[]; articleLike: readonly boolean[] }, cut: number, floor: number): number {
  const { sets, ruled } = data;
  // Whole articles when there are enough of them: the example sets' short sentences have easy owners.
  const articles = new Set(sets.filter((_, i) => data.articleLike[i]));
  const groups = bySet(sets, (s) => articles.size < ARTICLE_SETS || articles.has(s));
  return bestOf(VETOES, groups, right, (members, veto) => {
    const standing = members.filter((i) => ruled[i] && p[i]! >= veto);
    return standing.length > 0 ? standing : modelOwners(members, p, cut, floor);
  });
}

// (sentence, class) sets of whole articles the veto needs to be fitted on them alone.
const ARTICLE_SETS = 200;
// Veto cuts tried (0: the rules' owners always stand). The veto is for owners the model finds clearly
// unlikely, far under its own floor: cuts of 0.2 and 0.3 fitted the held-out owners no better and lost
// F1 by cross-validation by article (49.5 and 49.0, from 49.8 at 0.1).
const VETOES = [0, 0.025, 0.05, 0.075, 0.1];

// Held-out positives a class needs before its own threshold counts as much as the global one.
const THRESHOLD_PRIOR = 40;

/**
 * The stance thresholds, fitted on held-out probabilities to make the most
 * F1 over every (sentence, class) decision together: first one cut for the
 * classes a cue of the sentence found (the rules' claims then stand), then,
 * with those decisions counted, per class a cut for the classes no cue
 * found — so an uncued stance is added only where it is right often enough
 * to raise the F1 of all decisions, not of its own kind alone. A class's own
 * cut is drawn towards the one uncued cut of all classes as much as the
 * class has few positives (a class with a handful would otherwise get a cut
 * that fits them alone; `runs` cross-validations' probabilities count each
 * positive once per run). Fitted on sentences of whole articles when there
 * are enough of them: that is the text the labeler meets, with fewer
 * stances per sentence than a set of example sentences.
 */
function stanceThresholds(p: readonly Float64Array[], data: { examples: Example[] }, articleLike: readonly boolean[], cued: readonly Set<string>[], classes: string[], runs = 1): { cued: number; uncued: number[] } {
  const keep = articleLike.filter(Boolean).length >= 200 ? articleLike : articleLike.map(() => true);
  const rows = p.map((_, i) => i).filter((i) => keep[i]);
  const gold = data.examples.map((e) => new Set(e.labels));
  // One decision per (sentence, class): its held-out probability, whether it is gold, whether a cue found it.
  const pairs: { p: number; y: number; cued: boolean; c: number }[] = [];
  for (const i of rows) classes.forEach((cls, c) => pairs.push({ p: p[i]![c]!, y: gold[i]!.has(cls) ? 1 : 0, cued: cued[i]!.has(cls), c }));
  const onCued = pairs.filter((x) => x.cued);
  const cut = plateauCut(onCued, { tp: 0, fp: 0 }, count(pairs));
  const base = (c?: number) => {
    const kept = onCued.filter((x) => x.p >= cut && (c === undefined || x.c === c));
    return { tp: count(kept), fp: kept.length - count(kept) };
  };
  // A class a cue found only as no position is swept here like an uncued one, though the decider never
  // takes it: leaving those pairs out moved the cuts with no gain by cross-validation (48.4 either way)
  // and lost 4 points of F1 on the attribution fixture.
  const uncued = pairs.filter((x) => !x.cued);
  const global = plateauCut(uncued, base(), count(pairs));
  const perClass = classes.map((_, c) => {
    const mine = uncued.filter((x) => x.c === c);
    // Positives of one run: each cross-validation counts every sentence once.
    const positives = count(mine) / runs;
    const own = positives === 0 ? global : plateauCut(mine, base(c), count(pairs.filter((x) => x.c === c)));
    return (positives * own + THRESHOLD_PRIOR * global) / (positives + THRESHOLD_PRIOR);
  });
  return { cued: cut, uncued: perClass };
}

const count = (xs: readonly { y: number }[]) => xs.reduce((a, x) => a + x.y, 0);

// F1 (of all decisions) within which two cuts are the same: differences this small are noise of the held-out sample.
const CUT_TOLERANCE = 0.005;

/** F1 of all decisions at each cut over `items` (highest first), given the decisions already made; the first point takes none. */
function f1Curve(items: readonly { p: number; y: number }[], base: { tp: number; fp: number }, positives: number): { p: number; f1: number }[] {
  const order = [...items].sort((a, b) => b.p - a.p);
  const curve = [{ p: NONE_TAKEN, f1: (2 * base.tp) / (base.tp + base.fp + positives) }];
  let tp = base.tp;
  order.forEach((x, r) => {
    tp += x.y;
    if (r + 1 < order.length && order[r + 1]!.p === x.p) return;
    curve.push({ p: x.p, f1: (2 * tp) / (base.tp + base.fp + r + 1 + positives) });
  });
  return curve;
}

/**
 * A cut over `items`: the middle of the cuts whose F1 of all decisions is
 * within CUT_TOLERANCE of the best. The F1 curves of these cuts are flat and
 * jagged (a cue is good evidence already; few stances no cue found reach a
 * high probability on held-out passages), so their highest point is chance
 * and moved the cued cut from 0.03 to 0.10 between two retrainings of
 * nearly the same data; the middle of the plateau moves least.
 */
export function plateauCut(items: readonly { p: number; y: number }[], base: { tp: number; fp: number }, positives: number): number {
  const curve = f1Curve(items, base, positives);
  const best = Math.max(...curve.map((c) => c.f1));
  const near = curve.filter((c) => c.f1 >= best - CUT_TOLERANCE);
  return near[Math.floor((near.length - 1) / 2)]!.p;
}

