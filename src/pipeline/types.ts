/**
 * The shapes the pipeline stages hand to each other. Internal: none of these
 * is exported from the package; the public types are in ../types.ts.
 * Token indices are into a sentence's tokens and inclusive.
 */
import type { ActorKind, ClaimSource, HolderSource, Polarity, Span } from '../types.js';

/** A wink token with its place in the input. */
export interface Token {
  /** Surface text, exactly as in the input. */
  value: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  /** True when whitespace precedes the token. */
  space: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** The first sentence of its line (a paragraph start). */
  lineStart: boolean;
  /** The whole line is a tweet attribution line ("— Name (@handle) date"). */
  isAttributionLine: boolean;
  /** The sentence is the only one on its line and looks like a headline or subhead. */
  isHeadline: boolean;
}

export type MentionKind =
  | 'name'
  | 'handle'
  | 'hashtag-speaker'
  | 'demonym-group'
  | 'role'
  | 'titled-unknown'
  | 'pronoun'
  | 'group-noun'
  | 'unknown-name'
  | 'statement'
  | 'definite';

/** A place where a sentence names (or points at) an actor. */
export interface Mention {
  kind: MentionKind;
  /** Actor id when the codebook knows it; null for a pronoun, role or unknown person. */
  actorId: string | null;
  first: number;
  last: number;
  start: number;
  end: number;
  /** The rule that found it (a trace id such as "mention.alias"). */
  rule: string;
  /** For an actor the codebook lacks. */
  adhoc?: { name: string; affiliation: string; kind: ActorKind };
  /** For role nouns: the body whose role it is (null when not said), and the title. */
  /** A title without a name; `served` is the person it serves when one stands before it ("an Assad aide"). */
  role?: { affiliation: string | null; title: string; served?: string };
  /** For group nouns ("both leaders", "the three sides"): persons or bodies, and how many (0: as many as the list they stand for, "the countries"). */
  group?: 'person' | 'body';
  count?: number;
  /** For "the presidents of Russia and Turkey": the title and the states whose holders of it the group names. */
  heads?: { title: string; states: string[] };
  /** For a statement ("a statement from the ministry"): the mention of its issuer, when named. */
  issuer?: Mention;
  /** For a definite description ("the agency"): its noun. */
  noun?: string;
  /** For pronouns. */
  pronoun?: { gender: 'm' | 'f' | 'n'; plural: boolean };
  /** "you" in a transcript turn: the other party of the interview. */
  addressee?: true;
  /** "Russia's": the mention owns what follows. */
  possessive: boolean;
}

/** An actor a mention stands for. */
export interface Resolved {
  /** Null for a pronoun that resolved to no one. */
  id: string | null;
  name: string;
  affiliation: string;
  kind: ActorKind;
  mention: Span | null;
  /** A person the text does not name, standing for a body ("the UN envoy" → the UN): "he" may point at it. */
  personal?: boolean;
}

/** A mention with the actor it stands for, and the rule that said so. */
export interface Entity {
  mention: Mention;
  actor: Resolved;
  /** Trace id of the resolution ("coref.pronoun-subject", "coref.named" ...). */
  rule: string;
}

/** A stretch of a sentence whose content belongs to a speaker. */
export interface Frame {
  speaker: Resolved;
  /** The speaker's entity in this sentence, when named here. */
  entity: Entity | null;
  /** Content token range. */
  first: number;
  last: number;
  /** Token of the speech or position verb (or of "according"); -1 for a frame with no verb. */
  verb: number;
  source: HolderSource;
  rule: string;
}

/** Where a sentence's quotation marks put its tokens. */
export interface QuoteState {
  /** Per token: inside a quotation. */
  inside: boolean[];
  /** Quotation runs touching this sentence. */
  runs: QuoteRun[];
}

export interface QuoteRun {
  open: { sentence: number; token: number };
  /** Null while open at the end of the text. */
  close: { sentence: number; token: number } | null;
  style: 'double' | 'single' | 'guillemet';
  /** Set by the holders stage: who speaks the quotation. */
  speaker?: Resolved | null;
  speakerRule?: string;
}

export interface HolderDecision {
  actor: Resolved;
  source: HolderSource;
  rule: string;
}

/** Per sentence, what the discourse stages found. */
export interface SentenceAnalysis {
  sentence: Sentence;
  entities: Entity[];
  quotes: QuoteState;
  frames: Frame[];
  holder: HolderDecision | null;
  /** Speaker of the quotation tokens of this sentence. */
  quoteSpeaker: HolderDecision | null;
  /** The holders the sentence might have had, and the rules' choice among them. */
  options: { options: Array<{ actor: Resolved | null; source: HolderSource; rule: string; distance?: number; subject?: boolean; also?: string[] }>; chosen: number };
}

/** A stance the cues found. */
export interface StanceHit {
  concept: string;
  polarity: Polarity;
  first: number;
  last: number;
  /** Cue id. */
  cue: string;
  /** The cue's own polarity, before negations. */
  cuePolarity: Polarity;
  /** The negations that flipped it: rule id and token (empty when none). */
  negations: Array<{ rule: string; at: number }>;
}

/** An actor that may hold a stance of a sentence, and the rules that propose it (the first is the strongest). */
export interface OwnerCandidate {
  actor: Resolved;
  source: ClaimSource;
  rules: string[];
  /** The owner's polarity: a bearer inside the stance phrase is not reached by a negation before it. */
  polarity: Polarity;
  /** Token distance from the owner's mention to the stance (-1 when unnamed here). */
  distance: number;
}
