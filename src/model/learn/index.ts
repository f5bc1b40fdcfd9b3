// The training side of the linear models: learners, calibration, thresholds,
// folds and pruning. Never imported by the labeling path, which needs only
// ../linear.ts.
export type { Example, Learner, LearnerOptions } from './types.js';
export { LearnInputError } from './check.js';
export { logistic, type LogisticOptions } from './logistic.js';
export { perceptron, type PerceptronOptions } from './perceptron.js';
export { bayes, type BayesOptions } from './bayes.js';
export { loadNaturalBayes } from './natural.js';
export { fitPlatt, fitCalibration, withCalibration, applyPlatt, reliability, expectedCalibrationError, type Platt, type ReliabilityBin } from './calibrate.js';
export { bestThreshold, classThresholds, globalThreshold, type ThresholdFit } from './threshold.js';
export { groupedFolds } from './folds.js';
export { outOfFold, trainCalibrated, type CalibratedTraining } from './crossval.js';
export { featureCounts, dropRareFeatures, dropFeaturesOfFewGroups, pruneWeights, serializedSize, fitToBudget, DEFAULT_MODEL_BUDGET, type PruneOptions } from './prune.js';
export { seededRandom, shuffleInPlace } from './random.js';
export { scoreLinear, probabilities, sigmoid, type LinearModel } from '../linear.js';
