import { InputError } from '../../errors/input-error.js';
import { formatIssues, type Issue } from '../../errors/issue.js';
import type { Example, LearnerOptions } from './types.js';

/**
 * Examples or options a learner cannot train on. `issues` lists every problem
 * with its path (`['examples', 3, 'labels', 0]`, `['options', 'l2']`).
 *
 * @example
 * try { logistic([], { classes: [] }) } catch (error) {
 *   if (error instanceof LearnInputError) console.log(error.code, error.issues[0].path) // 'LEARN_INVALID_OPTIONS' ['options', 'classes']
 * }
 */
export class LearnInputError extends InputError {
  constructor(code: 'LEARN_INVALID_OPTIONS' | 'LEARN_INVALID_EXAMPLES', what: string, issues: Issue[]) {
    const shown = issues.slice(0, 20);
    const more = issues.length > shown.length ? `\n  … and ${issues.length - shown.length} more` : '';
    super(code, `${what} (${issues.length} problem${issues.length === 1 ? '' : 's'}); fix each path below:\n${formatIssues(shown)}${more}`, { issues });
    this.name = 'LearnInputError';
  }
}

/** Checks one option value; returns what is wrong with it, or null. */
export type OptionCheck = (value: unknown) => string | null;

export const isInteger: OptionCheck = (v) => (Number.isSafeInteger(v) ? null : `must be an integer, got ${JSON.stringify(v)}`);
export const isBoolean: OptionCheck = (v) => (typeof v === 'boolean' ? null : `must be true or false, got ${JSON.stringify(v)}`);
export const atLeast =
  (min: number, integer = false): OptionCheck =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && (!integer || Number.isInteger(v)) ? null : `must be ${integer ? 'an integer' : 'a finite number'} >= ${min}, got ${JSON.stringify(v)}`;
export const above =
  (min: number): OptionCheck =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v > min ? null : `must be a finite number > ${min}, got ${JSON.stringify(v)}`;

function checkClasses(classes: unknown): string | null {
  if (!Array.isArray(classes) || classes.length === 0) return 'must be a non-empty array of class names';
  if (!classes.every((c) => typeof c === 'string' && c.length > 0)) return 'must hold non-empty strings only';
  const seen = new Set<string>();
  for (const c of classes as string[]) {
    if (seen.has(c)) return `names "${c}" twice`;
    seen.add(c);
  }
  return null;
}

const common: Record<string, OptionCheck> = { seed: isInteger, balanced: isBoolean };

/**
 * Checks a learner's options strictly: `classes`, the common `seed` and
 * `balanced`, and the learner's own; an unknown key is an error.
 *
 * @throws LearnInputError LEARN_INVALID_OPTIONS listing every problem.
 */
export function checkOptions(learner: string, options: unknown, own: Record<string, OptionCheck>): void {
  if (options === null || typeof options !== 'object') {
    throw new LearnInputError('LEARN_INVALID_OPTIONS', `${learner}() needs options`, [{ code: 'invalid_type', path: ['options'], message: 'must be an object with at least { classes }' }]);
  }
  const issues: Issue[] = [];
  const classes = checkClasses((options as LearnerOptions).classes);
  if (classes) issues.push({ code: 'invalid_classes', path: ['options', 'classes'], message: classes });
  const checks: Record<string, OptionCheck> = { ...common, ...own };
  for (const [key, value] of Object.entries(options)) {
    if (key === 'classes') continue;
    const check = Object.hasOwn(checks, key) ? checks[key] : undefined;
    if (!check) {
      issues.push({ code: 'unknown_option', path: ['options', key], message: `is not an option of ${learner}(); it takes classes, ${Object.keys(checks).join(', ')}` });
      continue;
    }
    if (value === undefined) continue;
    const problem = check(value);
    if (problem) issues.push({ code: 'invalid_option', path: ['options', key], message: problem });
  }
  if (issues.length > 0) throw new LearnInputError('LEARN_INVALID_OPTIONS', `${learner}() has invalid options`, issues);
}

/**
 * Checks training examples: features are strings, labels name classes of
 * `classes`, weights are finite and >= 0.
 *
 * @throws LearnInputError LEARN_INVALID_EXAMPLES listing every problem.
 */
export function checkExamples(learner: string, examples: unknown, classes: readonly string[]): asserts examples is readonly Example[] {
  if (!Array.isArray(examples)) {
    throw new LearnInputError('LEARN_INVALID_EXAMPLES', `${learner}() needs an array of examples`, [{ code: 'invalid_type', path: ['examples'], message: 'must be an array of { features, labels, weight? }' }]);
  }
  const known = new Set(classes);
  const issues: Issue[] = [];
  examples.forEach((example: unknown, i) => {
    if (example === null || typeof example !== 'object') {
      issues.push({ code: 'invalid_type', path: ['examples', i], message: 'must be an object { features, labels, weight? }' });
      return;
    }
    const { features, labels, weight } = example as Record<string, unknown>;
    if (!Array.isArray(features)) issues.push({ code: 'invalid_type', path: ['examples', i, 'features'], message: 'must be an array of strings' });
    else {
      const bad = features.findIndex((f) => typeof f !== 'string');
      if (bad >= 0) issues.push({ code: 'invalid_type', path: ['examples', i, 'features', bad], message: `must be a string, got ${typeof features[bad]}` });
    }
    if (!Array.isArray(labels) && !(labels instanceof Set)) issues.push({ code: 'invalid_type', path: ['examples', i, 'labels'], message: 'must be an array or a Set of class names' });
    else {
      let at = 0;
      for (const label of labels as Iterable<unknown>) {
        if (typeof label !== 'string' || !known.has(label)) {
          issues.push({ code: 'unknown_class', path: ['examples', i, 'labels', at], message: `${JSON.stringify(label)} is not one of options.classes` });
        }
        at++;
      }
    }
    if (weight !== undefined && !(typeof weight === 'number' && Number.isFinite(weight) && weight >= 0)) {
      issues.push({ code: 'invalid_weight', path: ['examples', i, 'weight'], message: `must be a finite number >= 0, got ${JSON.stringify(weight)}` });
    }
  });
  if (issues.length > 0) throw new LearnInputError('LEARN_INVALID_EXAMPLES', `${learner}() cannot train on these examples`, issues);
}
