import { AssertionError } from 'node:assert';
import { InputError } from '../errors/input-error.js';
import type { EvaluationLevel, EvaluationReport, GoldPassage, Scores } from '../types.js';
import { compareAll, resolveLabeler, resolveLevel, type CompareOptions, type GoldComparison } from './compare.js';
import { formatDiff } from './format.js';
import { checkPassages } from './load.js';

export interface MatchGoldOptions extends CompareOptions {
  /**
   * The tolerance: the lowest F1 at `level` accepted, micro-averaged over all
   * the passages (as `evaluate` reports it), in [0, 1]. Default 1: every claim must match.
   */
  minF1?: number;
  /** Most differing claims listed in the failure message (default 60); the rest are counted. */
  maxLines?: number;
}

/** The outcome of `checkGold`: what `assertMatchesGold` and `toMatchGold` decide on. */
export interface GoldCheck {
  pass: boolean;
  level: EvaluationLevel;
  minF1: number;
  /** Scores at `level` over all the passages. */
  scores: Scores;
  /** `evaluate`'s report over all the passages. */
  report: EvaluationReport;
  /** One comparison per passage, in order. */
  comparisons: GoldComparison[];
  /** A summary line and the diff of every passage that differs. */
  message: string;
}

function resolveMinF1(minF1: unknown): number {
  if (minF1 === undefined) return 1;
  if (typeof minF1 !== 'number' || !(minF1 >= 0 && minF1 <= 1)) {
    throw new InputError('INPUT_INVALID_OPTION', `options.minF1 must be a number from 0 to 1 (got ${JSON.stringify(minF1)})`);
  }
  return minF1;
}

/**
 * Labels gold passages and decides whether the labels match them within the
 * tolerance, without throwing on a mismatch (`assertMatchesGold` throws).
 *
 * @param fixtures - A gold passage or an array of them (e.g. from `loadFixtures`).
 * @param options - `minF1` (default 1), `level` (default "affiliation"), `labeler` or `codebook`, `maxLines`.
 * @returns The decision, the scores, the comparisons and the message.
 * @example
 * const check = checkGold(gold, { minF1: 0.9 })
 * if (!check.pass) console.log(check.message)
 */
export function checkGold(fixtures: GoldPassage | readonly GoldPassage[], options: MatchGoldOptions = {}): GoldCheck {
  const level = resolveLevel(options.level);
  const minF1 = resolveMinF1(options.minF1);
  const passages = checkPassages(fixtures, 'the gold check');
  const { comparisons, report } = compareAll(passages, resolveLabeler(options), level);
  const scores = report[level];
  const pass = scores.f1 >= minF1;
  const scope = `${passages.length} passage${passages.length === 1 ? '' : 's'}, ${report.sentences} sentence${report.sentences === 1 ? '' : 's'}`;
  const detail = `(P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)}; tp ${scores.tp} fp ${scores.fp} fn ${scores.fn})`;
  const summary = pass
    ? `Labels match the gold within the tolerance: ${level} F1 ${scores.f1.toFixed(3)} >= minF1 ${minF1} over ${scope} ${detail}`
    : `Labels differ from the gold: ${level} F1 ${scores.f1.toFixed(3)} < minF1 ${minF1} over ${scope} ${detail}`;
  const differing = comparisons.filter((c) => c.differences > 0);
  const body = differing.length > 0 ? `\n${formatDiff(differing, { maxLines: options.maxLines ?? 60 })}` : '';
  return { pass, level, minF1, scores, report, comparisons, message: `${summary}${body}` };
}

/**
 * Fails a test when the labels differ from the gold more than the tolerance
 * allows: throws node's `AssertionError` whose message is the scores and the
 * diff (`formatDiff`) of every passage that differs. Works in any runner
 * (vitest, jest, node:test, mocha).
 *
 * @param fixtures - A gold passage or an array of them (e.g. from `loadFixtures`).
 * @param options - `minF1` (default 1), `level` (default "affiliation"), `labeler` or `codebook`, `maxLines`.
 * @returns The check, when it passes.
 * @throws AssertionError when F1 at `level` over all the passages is below `minF1`;
 *   FixtureError when a passage is not in the fixture format; InputError for a bad option.
 * @example
 * assertMatchesGold(loadFixtures('test/labels.jsonl'), { minF1: 0.9, level: 'affiliation' })
 */
export function assertMatchesGold(fixtures: GoldPassage | readonly GoldPassage[], options: MatchGoldOptions = {}): GoldCheck {
  const check = checkGold(fixtures, options);
  if (!check.pass) {
    const error = new AssertionError({ message: check.message, actual: Number(check.scores.f1.toFixed(3)), expected: check.minF1, operator: '>=' });
    // actual/expected are F1 and minF1, compared with >=: an equality diff of them (vitest, jest) would mislead.
    Object.defineProperty(error, 'showDiff', { value: false, enumerable: false });
    throw error;
  }
  return check;
}

/**
 * The `toMatchGold` matcher as a plain function, for `expect.extend({ toMatchGold })`
 * in jest or vitest (`import 'standpoint/testing/vitest'` registers it for you).
 *
 * @example
 * expect.extend({ toMatchGold })
 * expect(gold).toMatchGold({ minF1: 0.9 })
 */
export function toMatchGold(this: { isNot?: boolean } | void, received: unknown, options: MatchGoldOptions = {}): { pass: boolean; message: () => string } {
  const check = checkGold(received as GoldPassage[], options);
  const isNot = typeof this === 'object' && this !== null && this.isNot === true;
  return {
    pass: check.pass,
    message: () => (isNot ? `expected the labels not to match the gold within minF1 ${check.minF1}, but they do.\n${check.message}` : check.message),
  };
}
