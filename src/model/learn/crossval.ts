import { InputError } from '../../errors/input-error.js';
import { probabilities, scoreLinear, type LinearModel } from '../linear.js';
import { fitCalibration, withCalibration } from './calibrate.js';
import { groupedFolds } from './folds.js';
import type { Example, Learner, LearnerOptions } from './types.js';

/**
 * The held-out logits of every example: for each fold, a model trained on the
 * other folds scores the fold's examples. These are the scores to fit
 * calibration and thresholds on, and to compare learners by.
 *
 * @param examples - All examples.
 * @param folds - The fold of every example (e.g. `groupedFolds(articleIds, 5)`).
 * @param learner - Any learner of this directory.
 * @param options - The learner's options.
 * @returns Per example, one logit per class.
 * @throws InputError CROSSVAL_INVALID_INPUT when folds and examples differ in length or a fold is empty.
 * @example
 * const logits = outOfFold(examples, groupedFolds(ids, 5), logistic, { classes })
 * logits.length === examples.length // true
 */
export function outOfFold<O extends LearnerOptions>(examples: readonly Example[], folds: ArrayLike<number>, learner: Learner<O>, options: O): Float64Array[] {
  return foldModels(examples, folds, learner, options).logits;
}

/** The held-out logits of every example, and the model of each fold (by fold id) that gave them. */
function foldModels<O extends LearnerOptions>(examples: readonly Example[], folds: ArrayLike<number>, learner: Learner<O>, options: O): { logits: Float64Array[]; models: Map<number, LinearModel> } {
  if (folds.length !== examples.length) throw new InputError('CROSSVAL_INVALID_INPUT', `outOfFold: ${folds.length} folds for ${examples.length} examples; give one fold per example`);
  const ids = [...new Set(Array.from(folds))].sort((a, b) => a - b);
  if (ids.length < 2) throw new InputError('CROSSVAL_INVALID_INPUT', 'outOfFold: needs at least two folds');
  const logits = new Array<Float64Array>(examples.length);
  const models = new Map<number, LinearModel>();
  for (const fold of ids) {
    const train = examples.filter((_, i) => folds[i] !== fold);
    const model = learner(train, options);
    models.set(fold, model);
    examples.forEach((e, i) => {
      if (folds[i] === fold) logits[i] = scoreLinear(model, e.features);
    });
  }
  return { logits, models };
}

/** What {@link trainCalibrated} returns. */
export interface CalibratedTraining {
  /** Trained on every example, with Platt calibration fitted on held-out logits. */
  model: LinearModel;
  /** The fold of every example. */
  folds: Int32Array;
  /** Per example, its held-out logits (from the model that did not see its group). */
  heldOutLogits: Float64Array[];
  /** Per example, its held-out logits through the calibration: fit thresholds on these. */
  heldOutProbabilities: Float64Array[];
  /** By fold id, the model trained without that fold, with the same calibration: it labels the fold's groups as if unseen. */
  foldModels: Map<number, LinearModel>;
}

/**
 * Trains a model on all examples and calibrates it by cross-validation
 * grouped by a key (an article id): k fold models give every example a
 * held-out score, Platt scaling is fitted per class on those, and the model
 * trained on everything carries that calibration.
 *
 * @param examples - All examples.
 * @param groups - The group of every example; a group never spans two folds.
 * @param learner - Any learner of this directory.
 * @param options - The learner's options, plus `folds` (default 5) and `foldSeed` (default 1), or `foldOf`: the fold of each group, given (so that two models trained on the same groups share their folds).
 * @returns The calibrated model and the held-out scores.
 * @example
 * const { model, heldOutProbabilities } = trainCalibrated(examples, articleIds, logistic, { classes, folds: 5 })
 * classThresholds(heldOutProbabilities, examples.map((e) => e.labels), model.classes)
 */
export function trainCalibrated<O extends LearnerOptions>(examples: readonly Example[], groups: ReadonlyArray<string | number>, learner: Learner<O>, options: O & { folds?: number; foldSeed?: number; foldOf?: ReadonlyMap<string | number, number> }): CalibratedTraining {
  if (groups.length !== examples.length) throw new InputError('CROSSVAL_INVALID_INPUT', `trainCalibrated: ${groups.length} group keys for ${examples.length} examples; give one per example`);
  const { folds: k = 5, foldSeed = 1, foldOf, ...rest } = options;
  const learnerOptions = rest as unknown as O;
  const folds = foldOf ? Int32Array.from(groups, (g) => foldOf.get(g) ?? missingFold(g)) : groupedFolds(groups, k, foldSeed);
  const { logits: heldOutLogits, models } = foldModels(examples, folds, learner, learnerOptions);
  const calibration = fitCalibration(heldOutLogits, examples.map((e) => e.labels), learnerOptions.classes);
  const model = withCalibration(learner(examples, learnerOptions), calibration);
  const calibrated = new Map([...models].map(([fold, m]) => [fold, withCalibration(m, calibration)]));
  return { model, folds, heldOutLogits, heldOutProbabilities: heldOutLogits.map((z) => probabilities(model, z)), foldModels: calibrated };
}

function missingFold(group: string | number): never {
  throw new InputError('CROSSVAL_INVALID_INPUT', `trainCalibrated: foldOf gives no fold for group ${String(group)}; give one for every group`);
}
