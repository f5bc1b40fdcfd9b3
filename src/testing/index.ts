/**
 * standpoint/testing: labeled fixtures as tests. Load gold passages, compare
 * the labeler's output with them, print a readable diff, and fail a test in
 * any runner when they disagree beyond a stated tolerance.
 *
 * @example
 * import { assertMatchesGold, loadFixtures } from 'standpoint/testing'
 * assertMatchesGold(loadFixtures('test/labels.jsonl'), { minF1: 0.9 })
 */
export { loadFixtures, type LoadFixturesOptions } from './load.js';
export { compareToGold, type CompareOptions, type GoldComparison, type SentenceComparison, type ClaimMismatch, type PredictedClaim } from './compare.js';
export { formatDiff, type FormatDiffOptions } from './format.js';
export { assertMatchesGold, checkGold, toMatchGold, type MatchGoldOptions, type GoldCheck } from './assert.js';
export { FixtureError, isFixtureError, type FixtureIssue } from '../errors/fixture-error.js';
export type { GoldPassage, GoldSentence, GoldClaim, EvaluationLevel, Scores } from '../types.js';
