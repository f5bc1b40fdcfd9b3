import { createRequire } from 'node:module';
import { syria } from '../codebook/syria.js';
import { compileCodebook } from '../codebook/compile.js';
import { StandpointError } from '../errors/standpoint-error.js';
import { InputError } from '../errors/input-error.js';
import { segment } from '../pipeline/segment.js';
import type { Codebook, GoldPassage, TrainedModel } from '../types.js';
import { sentenceFeatures } from './features.js';

export interface TrainOptions {
  codebook?: Codebook;
  /** Features seen fewer times than this in all are left out of the model (keeps it small). */
  minCount?: number;
}

interface NaturalBayes {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  features: Record<string, number>;
  classifier: { classFeatures: Record<string, Record<number, number>>; classTotals: Record<string, number>; totalExamples: number; smoothing: number };
}

// natural is an optional peer: loading its root costs a second and prints to
// stdout, so only its Bayes classifier is loaded, and only when training.
function loadBayes(): new () => NaturalBayes {
  // The CommonJS build has __filename and no import.meta.url; the ESM build the other way round.
  const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
  try {
    return require('natural/lib/natural/classifiers/bayes_classifier') as new () => NaturalBayes;
  } catch (error) {
    throw new StandpointError('TRAIN_NEEDS_NATURAL', 'train() needs the optional package "natural" (labeling does not): run `npm install natural`', { cause: error });
  }
}

/** The class of a gold sentence: its first claim's concept and polarity, or "none". */
function classOf(claims: GoldPassage['sentences'][number]['claims']): string {
  const first = claims[0];
  return first ? `${first.stance}:${first.polarity}` : 'none';
}

/**
 * Trains a sentence model from labeled examples (gold passages: sentences
 * with their claims) with natural's naive Bayes classifier, and returns it as
 * plain JSON that `createLabeler({ model })` uses. Labeling with the model
 * never loads natural.
 *
 * @param examples - Gold passages; each sentence's first claim (or none) is its class.
 * @param options - `codebook` (default `syria`) whose concepts the classes must use; `minCount` (default 2).
 * @returns The model.
 * @throws InputError for examples that are not gold passages or name unknown concepts; StandpointError TRAIN_NEEDS_NATURAL without natural.
 * @example
 * const model = await train([{ id: 'e1', sentences: [{ text: 'Assad must go.', claims: [
 *   { actor: 'us', affiliation: 'us', stance: 'assad-must-go', polarity: 'support' }] }] }])
 * model.classes // ['assad-must-go:support']
 */
export async function train(examples: readonly GoldPassage[], options: TrainOptions = {}): Promise<TrainedModel> {
  if (!Array.isArray(examples as unknown) || examples.length === 0) throw new InputError('INPUT_INVALID_EXAMPLES', 'train() needs a non-empty array of gold passages');
  const codebook = options.codebook ?? syria;
  const concepts = new Set(codebook.concepts.map((c) => c.id));
  compileCodebook(codebook);
  const Bayes = loadBayes();
  const classifier = new Bayes();
  let count = 0;
  examples.forEach((passage, p) => {
    passage.sentences.forEach((sentence, s) => {
      for (const claim of sentence.claims) {
        if (!concepts.has(claim.stance)) throw new InputError('INPUT_INVALID_EXAMPLES', `examples[${p}].sentences[${s}] names concept "${claim.stance}", which codebook "${codebook.id}" does not define`);
      }
      const tokens = segment(sentence.text).flatMap((x) => x.tokens);
      const features = [...new Set(sentenceFeatures(tokens))];
      if (features.length === 0) return;
      classifier.addDocument(features, classOf(sentence.claims));
      count++;
    });
  });
  classifier.train();
  return exportModel(classifier, codebook, count, options.minCount ?? 2);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function exportModel(classifier: NaturalBayes, codebook: Codebook, trainedOn: number, minCount: number): TrainedModel {
  const inner = classifier.classifier;
  const classes = Object.keys(inner.classFeatures).sort();
  const vocabulary = Object.keys(classifier.features);
  const likelihoods: Record<string, number[]> = {};
  vocabulary.forEach((feature, i) => {
    if ((classifier.features[feature] ?? 0) < minCount) return;
    likelihoods[feature] = classes.map((c) => round(Math.log((inner.classFeatures[c]![i] ?? inner.smoothing) / inner.classTotals[c]!)));
  });
  return {
    kind: 'standpoint-nb',
    version: 1,
    codebook: { id: codebook.id, version: codebook.version },
    classes,
    priors: classes.map((c) => round(Math.log(inner.classTotals[c]! / inner.totalExamples))),
    likelihoods,
    unseen: classes.map((c) => round(Math.log(inner.smoothing / inner.classTotals[c]!))),
    trainedOn,
  };
}
