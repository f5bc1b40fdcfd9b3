import { compileCodebook } from '../codebook/compile.js';
import { syria } from '../codebook/syria.js';
import { InputError } from '../errors/input-error.js';
import { lexicon } from '../lexicon/lexicon.js';
import { parseOptions } from '../options.js';
import type { GoldPassage, TrainedModel, TrainOptions } from '../types.js';
import { fitModel } from './training/fit.js';

/**
 * Trains a claim model from labeled examples (gold passages: sentences with
 * their holders and claims) for a codebook: a stance model, an owner model
 * and a holder model, calibrated and with thresholds fitted by
 * cross-validation grouped by passage. Returns plain JSON that
 * `createLabeler({ model })` scores by arithmetic; labeling never loads a
 * training library.
 *
 * @param examples - Gold passages; whole articles teach the holder and owner models most.
 * @param options - `codebook` (default `syria`), `learner`, `folds`, `seed`.
 * @returns The model.
 * @throws InputError for examples that are not gold passages or name unknown concepts; StandpointError TRAIN_NEEDS_NATURAL for the "bayes" learner without natural.
 * @example
 * const model = await train(passages, { codebook })
 * model.stance.classes // ['carbon-tax:support', 'carbon-tax:oppose', …]
 */
export async function train(examples: readonly GoldPassage[], options: TrainOptions = {}): Promise<TrainedModel> {
  options = parseOptions('train()', options);
  if (!Array.isArray(examples as unknown) || examples.length === 0) throw new InputError('INPUT_INVALID_EXAMPLES', 'train() needs a non-empty array of gold passages');
  const codebook = options.codebook ?? syria;
  const learner = options.learner ?? 'logistic';
  const concepts = new Set(codebook.concepts.map((c) => c.id));
  examples.forEach((passage, p) => {
    if (!passage || !Array.isArray(passage.sentences)) throw new InputError('INPUT_INVALID_EXAMPLES', `examples[${p}] is not a gold passage (it needs "id" and "sentences")`);
    passage.sentences.forEach((sentence, s) => {
      for (const claim of sentence.claims ?? []) {
        if (!concepts.has(claim.stance)) throw new InputError('INPUT_INVALID_EXAMPLES', `examples[${p}].sentences[${s}] names concept "${claim.stance}", which codebook "${codebook.id}" does not define`);
      }
    });
  });
  const folds = Math.min(options.folds ?? 5, examples.length);
  if (folds < 2) throw new InputError('INPUT_INVALID_EXAMPLES', 'train() needs at least two passages: it calibrates by cross-validation over them');
  return fitModel(examples, compileCodebook(codebook), lexicon(codebook.lexicon), { learner, folds, seed: options.seed ?? 1 });
}
