/**
 * standpoint/testing/vitest: importing it registers `toMatchGold` with
 * vitest's `expect` (in a test file or in `setupFiles`).
 *
 * @example
 * import 'standpoint/testing/vitest'
 * expect(loadFixtures('test/labels.jsonl')).toMatchGold({ minF1: 0.9 })
 */
import { expect } from 'vitest';
import { toMatchGold, type MatchGoldOptions } from './assert.js';

expect.extend({ toMatchGold });

declare module 'vitest' {
  interface Matchers<T = any> {
    /**
     * Labels the gold passage(s) received and passes when F1 at `level`
     * (default "affiliation") over them is at least `minF1` (default 1);
     * fails with the scores and the diff.
     */
    toMatchGold(options?: MatchGoldOptions): void;
  }
}

export type { MatchGoldOptions };
