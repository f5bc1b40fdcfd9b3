import type { Lexicon } from '../lexicon/lexicon.js';
import type { HolderChoice } from '../pipeline/holders.js';
import type { HolderChooser } from '../pipeline/index.js';
import type { SentenceAnalysis } from '../pipeline/types.js';
import type { TrainedModel } from '../types.js';
import { voiceFeatures } from './features.js';
import { linearRows, sigmoid, type LinearModel } from './linear.js';
import { nameOf, nameRoot, type NameNode } from '../utils/name-trie.js';

type Partial = Omit<SentenceAnalysis, 'holder'>;

/** The kind of an option, for features that pair it with how the sentence reads. */
function optionKind(rule: string): string {
  if (rule === 'holder.none') return 'none';
  if (rule === 'holder.continues') return 'continues';
  if (rule === 'holder.voice') return 'voice';
  if (rule === 'holder.named') return 'named';
  if (rule === 'holder.colon-lead') return 'colon';
  if (rule.startsWith('quote.')) return 'quote';
  if (rule === 'holder.tweet' || rule === 'holder.hashtag-speaker') return 'tweet';
  return 'frame';
}

// The names of the holder features, each made once from its parts (see NameNode): every part is one of a few (an
// option's kind and rule, an actor kind, a source, a distance up to 4, a voice cue of the lexicon), so the names
// stay few. The names are kept per lexicon, whose voice cues they spell, and go with it when a labeler is dropped.
const namesByLexicon = new WeakMap<Lexicon, NameNode<undefined>>();
const noValue = (): undefined => undefined;

/** Receives the features of one holder option in their order: a name made of parts, or a name as it is. */
interface HolderSink {
  parts(a: string, b: string, c?: string, d?: string, e?: string): void;
  name(feature: string): void;
  /** The features of the sentence's voice cues for an option of `kind`: `parts(kind, '|', cue)` for each cue, in order. */
  voice(kind: string, cues: readonly string[]): void;
}

/**
 * The features of one holder option: its rule, what the rules chose, and how the sentence reads (first person, a quotation, no actor …).
 * `voice` is the sentence's voiceFeatures, which a caller scoring every option reads once.
 */
export function holderOptionFeatures(choice: HolderChoice, index: number, sentence: Partial, previous: SentenceAnalysis | null, lex: Lexicon, voice: readonly string[] = voiceFeatures(sentence as SentenceAnalysis, lex)): string[] {
  let names = namesByLexicon.get(lex);
  if (!names) namesByLexicon.set(lex, (names = nameRoot(undefined)));
  const root = names;
  const out: string[] = [];
  emitHolderOptionFeatures(choice, index, sentence, previous, voice, {
    parts: (a, b, c, d, e) => out.push(nameOf(root, noValue, a, b, c, d, e).name),
    name: (feature) => out.push(feature),
    voice: (kind, cues) => {
      for (const v of cues) out.push(nameOf(root, noValue, kind, '|', v).name);
    },
  });
  return out;
}

function emitHolderOptionFeatures(choice: HolderChoice, index: number, sentence: Partial, previous: SentenceAnalysis | null, voice: readonly string[], sink: HolderSink): void {
  const o = choice.options[index]!;
  const kind = optionKind(o.rule);
  sink.name('bias');
  sink.parts('o:', kind);
  sink.parts('o:rule:', o.rule);
  if (index === choice.chosen) {
    sink.name('o:rules-choice');
    sink.parts('o:rules-choice:', kind);
  }
  if (o.actor) {
    sink.parts('o:kind:', o.actor.kind);
    sink.parts('o:src:', o.source);
    const named = sentence.entities.some((e) => e.actor.id === o.actor!.id);
    sink.name(named ? 'o:named-here' : 'o:not-named-here');
    if (previous?.holder?.actor.id === o.actor.id) sink.name('o:previous-holder');
    if (o.distance !== undefined) sink.parts('o:', kind, ':dist:', String(Math.min(o.distance, 4)));
    if (o.subject) sink.parts('o:', kind, ':subject');
    // Other rules propose the same actor: a frame's speaker that is also the voice, say.
    for (const r of o.also ?? []) sink.parts('o:', kind, '+', optionKind(r));
  }
  const rulesChoice = choice.options[choice.chosen]!;
  sink.parts('o:', kind, '|chosen:', optionKind(rulesChoice.rule));
  if (previous) sink.parts('o:', kind, '|prev:', previous.holder ? optionKind(previous.holder.rule) : 'none');
  sink.voice(kind, voice);
}

// Per holder model, the feature names by their parts, each node's value its row offset or -1: scoring an option
// adds the rows its parts lead to, where spelling each name and looking it up among the model's cost more.
const rowsByModel = new WeakMap<LinearModel, NameNode<number>>();

/**
 * The probability of an option, as `probabilityOf(holder, holderOptionFeatures(…))` gives it: the same rows
 * added in the same order, so the same number to the bit.
 */
export function holderOptionScorer(holder: LinearModel): (choice: HolderChoice, index: number, sentence: Partial, previous: SentenceAnalysis | null, voice: readonly string[]) => number {
  const { offsets, rows, bias, a, b } = linearRows(holder);
  const rowOf = (name: string) => offsets.get(name) ?? -1;
  let root = rowsByModel.get(holder);
  if (!root) rowsByModel.set(holder, (root = nameRoot(-1)));
  const named = root;
  let z = 0;
  // The rows of the voice cues per option kind, for the sentence whose cues they are: every option of a sentence reads
  // the same cues, and most share their kind with another, where each cue's name took three lookups per option.
  let voiceOf: readonly string[] | undefined;
  const voiceRows = new Map<string, number[]>();
  const sink: HolderSink = {
    parts: (p, q, r, s, t) => {
      const at = nameOf(named, rowOf, p, q, r, s, t).value;
      if (at >= 0) z += rows[at]!;
    },
    name: (feature) => {
      const at = offsets.get(feature);
      if (at !== undefined) z += rows[at]!;
    },
    voice: (kind, cues) => {
      if (cues !== voiceOf) {
        voiceOf = cues;
        voiceRows.clear();
      }
      let found = voiceRows.get(kind);
      if (!found) voiceRows.set(kind, (found = cues.map((v) => nameOf(named, rowOf, kind, '|', v).value)));
      for (let k = 0; k < found.length; k++) if (found[k]! >= 0) z += rows[found[k]!]!;
    },
  };
  return (choice, index, sentence, previous, voice) => {
    z = bias[0]!;
    emitHolderOptionFeatures(choice, index, sentence, previous, voice, sink);
    return sigmoid(a[0]! * z + b[0]!);
  };
}

/** A holder chooser that lets the trained holder model pick the most probable option. */
export function modelHolderChooser(model: TrainedModel, lex: Lexicon): HolderChooser {
  // Made at the first choice of several options, where the model was first read before.
  let score: ReturnType<typeof holderOptionScorer> | undefined;
  return (choice, sentence, previous) => {
    if (choice.options.length <= 1) return choice.chosen;
    const scoreOption = (score ??= holderOptionScorer(model.holder));
    let best = choice.chosen;
    let bestP = -1;
    const voice = voiceFeatures(sentence as SentenceAnalysis, lex);
    choice.options.forEach((_, i) => {
      const p = scoreOption(choice, i, sentence, previous, voice);
      if (p > bestP) {
        best = i;
        bestP = p;
      }
    });
    return best;
  };
}
