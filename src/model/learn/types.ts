import type { LinearModel } from '../linear.js';

/** One training example: its features (a repeated feature counts once per occurrence) and the classes it belongs to. */
export interface Example {
  features: readonly string[];
  labels: ReadonlySet<string> | readonly string[];
  /** How much the example counts (default 1); 0 leaves it out. */
  weight?: number;
}

/** Options every learner takes. */
export interface LearnerOptions {
  /** The classes, each an independent binary decision; a label outside them is an error. */
  classes: readonly string[];
  /** Seeds the example order of learners that shuffle (default 1). */
  seed?: number;
  /** Weigh each class's positives and negatives so that both count as much in all (default false). */
  balanced?: boolean;
}

/**
 * A learner: examples in, a plain-JSON linear model out. Every learner of this
 * directory has this shape, so one can be swapped for another in one line.
 */
export type Learner<O extends LearnerOptions = LearnerOptions> = (examples: readonly Example[], options: O) => LinearModel;
