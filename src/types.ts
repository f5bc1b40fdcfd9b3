/**
 * The public types of standpoint (the contract of api.md) and the internal
 * shapes the pipeline stages hand to each other, in one place.
 */

import type { ErrorRecordCode } from './errors/codes.js';

// ───────────────────────── public: results ─────────────────────────

/** A stretch of the input: `text === input.slice(start, end)`, offsets in UTF-16 code units. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** How the holder of a claim or sentence was found. */
export type ClaimSource = 'quote' | 'reported' | 'tweet' | 'author';
export type HolderSource = Exclude<ClaimSource, 'author'>;
export type Polarity = 'support' | 'oppose';

export interface ClaimActor {
  /** Canonical actor id from the codebook, or an id made from the name of an actor the codebook lacks. */
  id: string;
  name: string;
  affiliation: string;
  /** Where this sentence names the holder; null when it is unnamed here (a continued quote, "he added" resolved elsewhere). */
  mention: Span | null;
}

export interface Claim {
  actor: ClaimActor;
  stance: { id: string; label: string };
  polarity: Polarity;
  /** In (0, 1]. */
  confidence: number;
  /** The words that carry the stance. */
  evidence: Span;
  source: ClaimSource;
  /** How the claim was decided; only with `label(text, { trace: true })`. */
  trace?: ClaimTrace;
}

/** The rule and cue ids behind a claim. */
export interface ClaimTrace {
  /** The cue whose match carries the stance; null when the model found the stance without one. */
  cue: string | null;
  /** Rule ids of the negations that flipped the cue's polarity. */
  negations: string[];
  /** Rule ids that proposed the actor as the owner, strongest first. */
  owner: string[];
  /** What decided: the codebook's rules, or a trained model (with its probabilities). */
  decider: 'rules' | 'model';
  model?: { stance: number; owner: number };
}

/** The rule ids behind a sentence's holder and what the stages found in it. */
export interface SentenceTrace {
  /** Rule id of the holder decision; null for narration. */
  holder: string | null;
  mentions: Array<Span & { rule: string; actor: string | null; resolution: string }>;
  frames: Array<{ rule: string; speaker: string | null; verb: Span | null }>;
  stances: Array<{ cue: string; concept: string; polarity: Polarity; negations: string[]; flags: string[]; evidence: Span }>;
}

/** Who a sentence's content belongs to. */
export interface Holder {
  /** Codebook id, an id made from the name for an unknown named speaker, or null for an unresolved pronoun. */
  id: string | null;
  name: string;
  affiliation: string;
  mention: Span | null;
  source: HolderSource;
}

export interface LabeledSentence {
  index: number;
  text: string;
  start: number;
  end: number;
  holder: Holder | null;
  claims: Claim[];
  /** The rule and cue ids behind the sentence; only with `label(text, { trace: true })`. */
  trace?: SentenceTrace;
}

export interface LabeledDocument {
  sentences: LabeledSentence[];
  codebook: { id: string; version: string };
}

// ───────────────────────── public: codebooks ─────────────────────────

export type ActorKind = 'person' | 'state' | 'org' | 'media';

/** An office held for a date range; `titles` are the role nouns journalists use, without the state word. */
export interface RoleInput {
  titles: string[];
  /** ISO date (YYYY or YYYY-MM or YYYY-MM-DD); open when absent. */
  from?: string;
  to?: string;
}

export interface ActorInput {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string;
  aliases: string[];
  handles?: string[];
  demonyms?: string[];
  /** The name a person is called by alone, where it is not the last word of `name` ("Wang Yi" → "Wang"). */
  surname?: string;
  /** A state's country or capital names that are places in most sentences and the state only as a speaker ("Syria said"). */
  places?: string[];
  gender?: 'm' | 'f';
  roles?: RoleInput[];
}

/**
 * A cue: a pattern with a stable id and the sentences that show what it
 * reads. (A plain pattern string is a cue too; its id is
 * `<concept>/<polarity>/<index>`.)
 */
export interface CueInput {
  /** Unique in the codebook, e.g. "assad-must-go/must-step-down". */
  id: string;
  /** The pattern (see docs/cues.md). */
  pattern: string;
  /** Sentences the pattern must match (`match`) and must not match (`noMatch`). */
  examples?: { match?: string[]; noMatch?: string[] };
}

export type Cue = string | CueInput;

export interface ConceptInput {
  id: string;
  label: string;
  description?: string;
  /** Cues by the polarity they express when not negated; a concept needs at least one of either. */
  cues: { support?: Cue[]; oppose?: Cue[] };
  /** Words (lowercase lemmas) that tend to carry the concept: features of a trained model, never decisions by themselves. */
  keywords?: string[];
}

/** A concept as a validated codebook holds it: `cues.support` is always there (empty for an oppose-only concept). */
export interface Concept extends Omit<ConceptInput, 'cues'> {
  cues: { support: Cue[]; oppose?: Cue[] };
}

/** A codebook as written in JSON, before validation. */
export interface CodebookInput {
  id: string;
  version: string;
  label?: string;
  description?: string;
  /** Allowed affiliation ids; every actor's affiliation must be one of them. */
  affiliations: string[];
  /**
   * Date (ISO) at which a role noun that no name in the passage resolves is read when the caller
   * gives no `date` ("the climate minister" → who held the office then). Without it, such a role
   * resolves to its body ("the UN chief" → the UN).
   */
  defaultDate?: string;
  /** Named pattern slots, usable in cues as an UPPERCASE word (e.g. ASSAD). */
  slots?: Record<string, string[]>;
  /** Domain words for the English word lists the stages read: list name → extra words. */
  lexicon?: Record<string, string[]>;
  actors: ActorInput[];
  concepts: ConceptInput[];
}

declare const codebookBrand: unique symbol;
/** A validated, frozen codebook: only `defineCodebook()` makes one. */
export type Codebook = Readonly<Omit<CodebookInput, 'concepts'> & { concepts: Concept[] }> & { readonly [codebookBrand]: true };

// ───────────────────────── public: models ─────────────────────────

/** A linear model over string features, as plain JSON (see `train`). */
export interface LinearModelJson {
  kind: 'linear';
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
  /** Platt scaling per class: probability = sigmoid(a · logit + b). */
  calibration?: Array<{ a: number; b: number }>;
}

/**
 * A trained claim model, plain JSON scored by arithmetic: a stance model
 * (one class per concept and polarity), an owner model (does this candidate
 * hold the stance?) and a holder model (is this option the sentence's
 * holder?), with the thresholds fitted by cross-validation.
 */
export interface TrainedModel {
  kind: 'standpoint-model';
  version: 2;
  codebook: { id: string; version: string };
  /** The learner that made it: "logistic", "perceptron" or "bayes". */
  learner: string;
  stance: LinearModelJson;
  owner: LinearModelJson;
  holder: LinearModelJson;
  /** The probability that a claim is right (affiliation level), read from how it was decided and fitted on held-out claims: the claim's `confidence`. Absent: the stance probability times the owner's. */
  claim?: LinearModelJson;
  thresholds: {
    /** Per stance class, the probability at which a sentence where no cue found the class carries it. */
    stance: Record<string, number>;
    /** The probability at which a class a cue found stands (the rules then give its owners); absent: cues are features only. */
    cued?: number;
    /** The probability at which a candidate holds a stance. */
    owner: number;
    /** When no candidate reaches `owner`, the best one still does at this probability. */
    ownerFloor: number;
    /** An owner the rules give a class a cue found holds no claim under this owner probability (the class is then decided as if no cue had found it); absent: the rules' owners stand. */
    ownerVeto?: number;
  };
  trainedOn: { passages: number; sentences: number };
}

// ───────────────────────── public: options ─────────────────────────

/** Options of `createLabeler()`: what the labeler is built from, once. */
export interface LabelerOptions {
  /** The codebook (default `syria`): one from `defineCodebook()`, or its JSON object (validated then). */
  codebook?: Codebook;
  /** A model from `train()` for this codebook, or null for cue patterns only; default: the codebook's bundled model (only `syria` has one). */
  model?: TrainedModel | null;
  /** Longest text accepted, in UTF-16 code units (default 10,000,000); longer input is an InputError INPUT_TOO_LONG. */
  maxLength?: number;
}

/** Options of one `labeler.label(text, options)` call. */
export interface LabelCallOptions {
  /** Date of the text (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date): resolves role nouns ("the Secretary of State") to who held the role then. */
  date?: string;
  /** Also return, on each sentence and claim, the ids of the rules and cues that made it. */
  trace?: boolean;
}

/** Options of `label(text, options)`: those of a labeler and those of a call. */
export interface LabelOptions extends LabelerOptions, LabelCallOptions {}

/** Options of `train(examples, options)`. */
export interface TrainOptions {
  codebook?: Codebook;
  /** "logistic" (default: it won the cross-validation, see the README), "perceptron", or "bayes" (needs the optional package natural). */
  learner?: 'logistic' | 'perceptron' | 'bayes';
  /** Folds of the cross-validation (grouped by passage) that calibrates the models and fits their thresholds (default 5). */
  folds?: number;
  /** Seeds the folds and the learners' example order (default 1). */
  seed?: number;
}

/** Options of `labelBatch(inputs, options)`. */
export interface BatchOptions extends LabelerOptions, LabelCallOptions {
  /**
   * 1 (the default) labels on this thread, one document at a time. N > 1
   * labels on a pool of N worker threads (piscina); results still come back
   * in input order. Each worker loads wink-nlp (~230 ms, ~90 MB) and then
   * labels its first few hundred documents slowly while V8 compiles the
   * pipeline again in that thread (1-2 s of CPU per worker, every call), so
   * against a thread that is already warm a pool pays off from a few MB of
   * text: label a corpus in one call rather than in many small ones.
   */
  concurrency?: number;
  /** Stops the batch: the iteration rejects with the signal's reason and the workers are ended. */
  signal?: AbortSignal;
  /** Most documents read ahead of the consumer with concurrency > 1 (default 64 × concurrency, sent to the workers 16 at a time): the memory bound on an unbounded input. */
  window?: number;
}

export interface Labeler {
  readonly codebook: Codebook;
  label(text: string, options?: LabelCallOptions): LabeledDocument;
}

export type BatchInput = string | { id: string; text: string; date?: string };
export type BatchResult =
  | { id: string; document: LabeledDocument }
  | { id: string; error: { code: ErrorRecordCode; message: string } };

// ───────────────────────── public: gold fixtures & evaluation ─────────────────────────

export interface GoldClaim {
  actor: string;
  affiliation: string;
  stance: string;
  polarity: Polarity;
}

export interface GoldSentence {
  text: string;
  start?: number;
  end?: number;
  /** Expected holder id, null for narration; absent means not judged. */
  holder?: string | null;
  claims: GoldClaim[];
}

export interface GoldPassage {
  id: string;
  source?: string;
  /** The original text; when absent the passage is the sentence texts joined by one space. */
  text?: string;
  date?: string;
  sentences: GoldSentence[];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export type EvaluationLevel = 'strict' | 'affiliation' | 'stance';

export interface EvaluationReport {
  passages: number;
  sentences: number;
  /** Gold sentences that the labeler's segmentation did not reproduce (matched by overlap instead). */
  unalignedSentences: number;
  strict: Scores;
  affiliation: Scores;
  /** (sentence, stance, polarity), actor ignored. */
  stance: Scores;
  /** Macro-averaged F1 over concepts, per level. */
  macro: Record<EvaluationLevel, number>;
  perConcept: Record<string, Record<EvaluationLevel, Scores>>;
  /** Among gold claims whose sentence, stance and polarity a prediction matches: share with the right actor id / affiliation. */
  actorAccuracy: { id: number; affiliation: number; matched: number };
  /** Among gold sentences with a judged holder: share whose predicted holder id equals it. */
  holderAccuracy: { accuracy: number; judged: number };
  /** Confidence bins vs precision of the predicted claims (affiliation level); `confidence` is the mean confidence of the bin's claims (calibration holds where it is close to `precision`). */
  calibration: Array<{ from: number; to: number; claims: number; precision: number; confidence: number }>;
  /** Affiliation-level scores by whose claim it is: the sentence's holder, the author's narration (no holder), a third party. */
  byOwnerKind: Record<OwnerKind, Scores>;
  /** How each stage did: mentions (share of gold claim actors named by a mention), holders, stances (stance level), owners (affiliation given the stance). */
  stages: { mentions: number; holders: number; stances: number; owners: number };
  /** With `{ byRule: true }`: each rule and cue id with the claims (or holders) it got right (tp) and wrong (fp), and the gold claims missed where it fired (fn). */
  byRule?: RuleTally[];
}

/** Whose claim: the holder of its sentence, the author's narration, or a third party. */
export type OwnerKind = 'holder' | 'narration' | 'third-party';

/** A rule or cue id and the decisions it made, right and wrong. */
export interface RuleTally {
  /** "cue <id>", "owner <rule>" or "holder <rule>". */
  id: string;
  tp: number;
  fp: number;
  fn: number;
}

export interface EvaluateOptions {
  labeler?: Labeler;
  codebook?: Codebook;
  /** Attribute every right and wrong claim and holder to the rule or cue id that made it (labels with traces). */
  byRule?: boolean;
}
