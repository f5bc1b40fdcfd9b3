import { createRequire } from 'node:module';
import { StandpointError } from '../../errors/standpoint-error.js';

/** The part of natural's BayesClassifier that the bayes learner uses: its inner (apparatus) counter. */
export interface NaturalBayesClassifier {
  classifier: {
    /** A sparse observation (not an Array) lists the indices of the features present. */
    addExample(observation: ArrayLike<number>, label: string): void;
    getClassifications(observation: ArrayLike<number>): Array<{ label: string; value: number }>;
    classFeatures: Record<string, Record<number, number>>;
    classTotals: Record<string, number>;
    totalExamples: number;
    smoothing: number;
  };
}

export type NaturalBayesConstructor = new (stemmer?: unknown, smoothing?: number) => NaturalBayesClassifier;

/** The loader of modules, replaceable in tests. */
export type Load = (id: string) => unknown;

// The ESM build has import.meta.url; the CommonJS build has an empty import.meta and __filename.
// (import.meta first: `node -e` defines a global __filename that an ES module would otherwise pick up.)
const defaultLoad: Load = (id) => createRequire(typeof import.meta === 'object' && typeof import.meta.url === 'string' ? import.meta.url : __filename)(id);

/**
 * natural's BayesClassifier, loaded on first use by its deep path: natural is
 * an optional peer, and its root costs a second and prints to stdout.
 *
 * @param load - How to load a module (default: Node's require from this file).
 * @returns The BayesClassifier constructor.
 * @throws StandpointError TRAIN_NEEDS_NATURAL when natural cannot be loaded.
 * @example
 * const Bayes = loadNaturalBayes()
 * new Bayes().classifier.smoothing // 1
 */
export function loadNaturalBayes(load: Load = defaultLoad): NaturalBayesConstructor {
  try {
    return load('natural/lib/natural/classifiers/bayes_classifier') as NaturalBayesConstructor;
  } catch (error) {
    throw new StandpointError('TRAIN_NEEDS_NATURAL', 'training with naive Bayes needs the optional package "natural" (labeling does not): run `npm install natural`', { cause: error });
  }
}
