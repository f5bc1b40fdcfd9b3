import type { Lexicon } from '../lexicon/lexicon.js';
import type { HolderChoice } from '../pipeline/holders.js';
import type { HolderChooser } from '../pipeline/index.js';
import type { SentenceAnalysis } from '../pipeline/types.js';
import type { TrainedModel } from '../types.js';
import { voiceFeatures } from './features.js';
import { probabilityOf } from './linear.js';
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

/** The parts joined, as the one string made for them. */
function featureName(names: NameNode<undefined>, a: string, b: string, c?: string, d?: string, e?: string): string {
  return nameOf(names, noValue, a, b, c, d, e).name;
}

/**
 * The features of one holder option: its rule, what the rules chose, and how the sentence reads (first person, a quotation, no actor …).
 * `voice` is the sentence's voiceFeatures, which a caller scoring every option reads once.
 */
export function holderOptionFeatures(choice: HolderChoice, index: number, sentence: Partial, previous: SentenceAnalysis | null, lex: Lexicon, voice: readonly string[] = voiceFeatures(sentence as SentenceAnalysis, lex)): string[] {
  const o = choice.options[index]!;
  const kind = optionKind(o.rule);
  let names = namesByLexicon.get(lex);
  if (!names) namesByLexicon.set(lex, (names = nameRoot(undefined)));
  const out = ['bias', featureName(names, 'o:', kind), featureName(names, 'o:rule:', o.rule)];
  if (index === choice.chosen) out.push('o:rules-choice', featureName(names, 'o:rules-choice:', kind));
  if (o.actor) {
    out.push(featureName(names, 'o:kind:', o.actor.kind), featureName(names, 'o:src:', o.source));
    const named = sentence.entities.some((e) => e.actor.id === o.actor!.id);
    out.push(named ? 'o:named-here' : 'o:not-named-here');
    if (previous?.holder?.actor.id === o.actor.id) out.push('o:previous-holder');
    if (o.distance !== undefined) out.push(featureName(names, 'o:', kind, ':dist:', String(Math.min(o.distance, 4))));
    if (o.subject) out.push(featureName(names, 'o:', kind, ':subject'));
    // Other rules propose the same actor: a frame's speaker that is also the voice, say.
    for (const r of o.also ?? []) out.push(featureName(names, 'o:', kind, '+', optionKind(r)));
  }
  const rulesChoice = choice.options[choice.chosen]!;
  out.push(featureName(names, 'o:', kind, '|chosen:', optionKind(rulesChoice.rule)));
  if (previous) out.push(featureName(names, 'o:', kind, '|prev:', previous.holder ? optionKind(previous.holder.rule) : 'none'));
  for (const v of voice) out.push(featureName(names, kind, '|', v));
  return out;
}

/** A holder chooser that lets the trained holder model pick the most probable option. */
export function modelHolderChooser(model: TrainedModel, lex: Lexicon): HolderChooser {
  return (choice, sentence, previous) => {
    if (choice.options.length <= 1) return choice.chosen;
    let best = choice.chosen;
    let bestP = -1;
    const voice = voiceFeatures(sentence as SentenceAnalysis, lex);
    choice.options.forEach((_, i) => {
      const p = probabilityOf(model.holder, holderOptionFeatures(choice, i, sentence, previous, lex, voice));
      if (p > bestP) {
        best = i;
        bestP = p;
      }
    });
    return best;
  };
}
