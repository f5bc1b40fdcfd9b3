import type { Lexicon } from '../lexicon/lexicon.js';
import { ruleOwners, type Decider, type Decision } from '../pipeline/decide.js';
import type { FoundStance } from '../pipeline/stance.js';
import type { OwnerCandidate, SentenceAnalysis, StanceHit } from '../pipeline/types.js';
import type { Polarity, TrainedModel } from '../types.js';
import { claimFeatures, classOwners, emitStanceFeatures } from './features.js';
import { ownerScorer } from './owner-features.js';
import { probabilitiesInto, probabilityOf, type LinearModel } from './linear.js';
import { lemmaWeight, scoreStance } from './stance-scorer.js';
import { stanceWords } from './stance-words.js';

// Tokens on each side of the strongest word that a stance found without a cue may take as its evidence.
const EVIDENCE_REACH = 3;

/**
 * The decider of a trained model: the stance model gives each class
 * (concept and polarity) a probability for the sentence. A class a cue of
 * the sentence found stands at the model's cued threshold, with the owners
 * the rules give it — but an owner the owner model gives less than the veto
 * probability holds no claim, and a class whose rule owners are all vetoed
 * is decided as if no cue had found it; a class no cue found stands over its own (higher)
 * threshold, where the model's strongest words for it stand, and the owner
 * model then gives each candidate owner a probability: those over the owner
 * threshold hold the claim (the most probable one, if it passes the floor,
 * when none does). A class whose only cue match the stance stage read as
 * no position (a topic of discussion, a description of fighting) is no
 * claim, as with the rules: the model's words for it are those very words.
 * A claim's confidence is the claim model's probability that it is right,
 * read from how it was decided; without a claim model, the calibrated
 * stance probability times the owner's (1 for a rule's owner).
 */
export function modelDecider(model: TrainedModel, lex: Lexicon, keywords: ReadonlyMap<string, readonly string[]>): Decider {
  const { stance, owner, thresholds, claim } = model;
  const words = stanceWords(lex, keywords);
  // The logits, then the probabilities, of the sentence being decided (read only inside one decide() call), in the
  // array the first sentence's scores were made in.
  let scores: Float64Array | undefined;
  // `probabilityOf(owner, ownerFeatures(…))` by the features' parts; made at the first owner asked about.
  let scoreOwner: ReturnType<typeof ownerScorer> | undefined;
  return {
    kind: 'model',
    decide({ analysis, stances, candidates, document }) {
      scores = scoreStance(stance, (sink) => emitStanceFeatures(analysis, stances, document, lex, keywords, sink, words), scores);
      const p = probabilitiesInto(stance, scores, scores);
      const ownerP = (cls: string, hit: StanceHit & { fromCue: boolean }, x: OwnerCandidate, count: number, byRules: boolean) => (scoreOwner ??= ownerScorer(owner))(analysis, cls, hit, x, count, byRules);
      const out: Decision[] = [];
      // Classes a cue found as a position: the rules' claims stand when the model gives the class the (lower) cued threshold.
      const cued = cuedClasses(stances);
      const readAsNoPosition = flaggedClasses(stances, cued);
      const ruled = new Set<string>();
      if (thresholds.cued !== undefined) {
        const cut = thresholds.cued;
        for (const hit of stances) {
          if (hit.flags.length > 0) continue;
          const all = candidates(hit);
          // The hit as the owner model reads a cue's, made once for all its owners.
          let cuedHit: (StanceHit & { fromCue: boolean }) | undefined;
          for (const o of ruleOwners(all)) {
            const cls = `${hit.concept}:${o.polarity}`;
            const c = stance.classes.indexOf(cls);
            const ps = c >= 0 ? p[c]! : 0;
            if (ps < cut) continue;
            // An owner the owner model finds clearly unlikely is vetoed: the class is then decided as if no cue had found it.
            const veto = thresholds.ownerVeto;
            if (veto !== undefined && veto > 0 && ownerP(cls, (cuedHit ??= { ...hit, fromCue: true }), o, all.length, true) < veto) continue;
            ruled.add(cls);
            out.push({ concept: hit.concept, polarity: o.polarity, first: hit.first, last: hit.last, cue: hit.cue, negations: hit.negations.map((n) => n.rule), owner: o, confidence: ps, model: { stance: round(ps), owner: 1 } });
          }
        }
      }
      stance.classes.forEach((cls, c) => {
        const ps = p[c]!;
        if (ruled.has(cls) || readAsNoPosition.has(cls)) return;
        const cut = thresholds.cued !== undefined && cued.has(cls) ? thresholds.cued : (thresholds.stance[cls] ?? 0.5);
        if (ps < cut) return;
        const concept = cls.slice(0, cls.lastIndexOf(':'));
        const polarity = cls.slice(cls.lastIndexOf(':') + 1) as Polarity;
        const hit = locate(analysis, stances, concept, polarity, stance, c);
        // The cue match itself, not the copy: its candidates are those the rules found, found once.
        const all = candidates(hit.match ?? hit).filter((x) => x.actor.id !== null);
        const byRules = new Set(ruleOwners(all).map((x) => x.actor.id));
        const scored = all.map((x) => ({ x, po: ownerP(cls, hit, x, all.length, byRules.has(x.actor.id)) }));
        let chosen = scored.filter((s) => s.po >= thresholds.owner);
        if (chosen.length === 0) {
          const best = scored.reduce<(typeof scored)[number] | null>((b, s) => (!b || s.po > b.po ? s : b), null);
          if (best && best.po >= thresholds.ownerFloor) chosen = [best];
        }
        for (const { x, po } of chosen) {
          out.push({ concept, polarity, first: hit.first, last: hit.last, cue: hit.fromCue ? hit.cue : null, negations: hit.negations.map((n) => n.rule), owner: x, confidence: ps * po, model: { stance: round(ps), owner: round(po) } });
        }
      });
      // The claim model, where the model has one, turns how a claim was decided into the probability that it is right.
      if (claim) {
        for (const d of out) {
          d.confidence = probabilityOf(claim, claimFeatures(d, analysis, classOwners(d, out), document.index));
        }
      }
      return out;
    },
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The classes (concept:polarity) a cue found as a position — not flagged a topic of discussion or a description of fighting. */
export function cuedClasses(stances: readonly FoundStance[]): Set<string> {
  return new Set(stances.filter((s) => s.flags.length === 0).map((s) => `${s.concept}:${s.polarity}`));
}

/** The classes a cue found only where it reads no position (flagged), and no cue found as a position. */
function flaggedClasses(stances: readonly FoundStance[], cued: ReadonlySet<string>): Set<string> {
  return new Set(stances.filter((s) => s.flags.length > 0).map((s) => `${s.concept}:${s.polarity}`).filter((c) => !cued.has(c)));
}

/**
 * Where a stance of a class stands: the cue match of its concept and
 * polarity (or of its concept, then given as `match`), else the window around
 * the word the stance model weighs most for the class.
 */
export function locate(analysis: SentenceAnalysis, stances: readonly FoundStance[], concept: string, polarity: Polarity, stance: LinearModel, c: number): StanceHit & { fromCue: boolean; match?: FoundStance } {
  const cue = stances.find((s) => s.concept === concept && s.polarity === polarity) ?? stances.find((s) => s.concept === concept);
  if (cue) return { ...cue, fromCue: true, match: cue };
  const tokens = analysis.sentence.tokens;
  // Each token's weight once: the walks below ask most of them twice or more.
  const weightOf = lemmaWeight(stance, c);
  const weights = tokens.map((t) => weightOf(t.lemma));
  const weight = (k: number) => weights[k]!;
  let best = 0;
  for (let k = 1; k < tokens.length; k++) if (weight(k) > weight(best)) best = k;
  let first = best;
  let last = best;
  while (first > 0 && best - first < EVIDENCE_REACH && tokens[first - 1]!.pos !== 'PUNCT' && weight(first - 1) > 0) first--;
  while (last + 1 < tokens.length && last - best < EVIDENCE_REACH && tokens[last + 1]!.pos !== 'PUNCT' && weight(last + 1) > 0) last++;
  return { concept, polarity, cuePolarity: polarity, first, last, cue: 'model', negations: [], fromCue: false };
}
