import type { CompiledCodebook } from '../../codebook/compile.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { Context } from '../../pipeline/context.js';
import type { Decision } from '../../pipeline/decide.js';
import { ownerCandidates } from '../../pipeline/owners.js';
import type { OwnerCandidate, StanceHit } from '../../pipeline/types.js';
import type { TrainedModel } from '../../types.js';
import { modelDecider } from '../decider.js';
import { claimFeatures, classOwners } from '../features.js';
import { logistic, trainCalibrated, type Example, type LinearModel } from '../learn/index.js';
import type { ReadSentence } from './examples.js';

/** The models of one fold of the inner cross-validation: trained without its passages. */
export interface FoldModels {
  stance: ReadonlyMap<number, LinearModel>;
  owner: ReadonlyMap<number, LinearModel>;
}

/**
 * The claim model: the probability that a claim is right (affiliation level),
 * read from how it was decided. Fitted on held-out claims: each passage is
 * labelled by the stance and owner models of the fold that did not see it,
 * with the thresholds of the whole model, and each claim that decides is
 * compared with the passage's gold. Always a logistic regression (it is a
 * probability, whatever learner made the other models), calibrated by a
 * cross-validation of its own. Null when the held-out claims cannot fit
 * one: fewer than two passages with claims, or no right or no wrong claim.
 */
export function fitClaimModel(read: readonly ReadSentence[], foldOf: ReadonlyMap<string, number>, folds: FoldModels, model: TrainedModel, ctxOf: (group: string) => Context, cb: CompiledCodebook, lex: Lexicon, options: { folds: number; seed: number }): LinearModel | null {
  const examples: Example[] = [];
  const groups: string[] = [];
  const deciders = new Map<number, ReturnType<typeof modelDecider>>();
  for (const r of read) {
    if (r.analysis.sentence.isAttributionLine) continue;
    const fold = foldOf.get(r.group);
    if (fold === undefined) continue;
    let decider = deciders.get(fold);
    if (!decider) {
      decider = modelDecider({ ...model, stance: folds.stance.get(fold) ?? model.stance, owner: folds.owner.get(fold) ?? model.owner }, lex, cb.keywords);
      deciders.set(fold, decider);
    }
    const ctx = ctxOf(r.group);
    const found = new Map<StanceHit, OwnerCandidate[]>();
    const candidates = (hit: StanceHit) => found.get(hit) ?? found.set(hit, ownerCandidates(r.analysis, hit, ctx)).get(hit)!;
    const decisions = onePerClaim(decider.decide({ analysis: r.analysis, stances: r.stances, candidates, document: r.document }));
    for (const d of decisions) {
      const right = r.gold.claims.some((c) => c.affiliation === d.owner.actor.affiliation && c.stance === d.concept && c.polarity === d.polarity);
      examples.push({ features: claimFeatures(d, r.analysis, classOwners(d, decisions), r.document.index), labels: right ? ['right'] : [] });
      groups.push(r.group);
    }
  }
  const passages = new Set(groups).size;
  const rights = examples.filter((e) => Array.from(e.labels).length > 0).length;
  if (passages < 2 || rights === 0 || rights === examples.length) return null;
  return trainCalibrated(examples, groups, logistic, { classes: ['right'], folds: Math.min(options.folds, passages), foldSeed: options.seed, seed: options.seed }).model;
}

/** As the labeler gives them: one claim per actor, concept and polarity (the most confident), and none without an actor. */
function onePerClaim(decisions: readonly Decision[]): Decision[] {
  const byKey = new Map<string, Decision>();
  for (const d of decisions) {
    if (d.owner.actor.id === null) continue;
    const key = `${d.owner.actor.id}\u0000${d.concept}\u0000${d.polarity}`;
    const old = byKey.get(key);
    if (!old || old.confidence < d.confidence) byKey.set(key, d);
  }
  return [...byKey.values()];
}
