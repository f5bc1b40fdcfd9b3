// Checks the labeler against the gold passages in labels.jsonl.
// The same file runs under `npx vitest run` and under `node --test labels.test.mjs`.
import { assertMatchesGold, loadFixtures } from 'standpoint/testing';

// Take describe/it from whichever runner is running this file.
const { describe, it } = process.env.VITEST ? await import('vitest') : await import('node:test');

// Throws a FixtureError naming the line and JSON path of any malformed passage.
const gold = loadFixtures(new URL('./labels.jsonl', import.meta.url));

describe('labels.jsonl', () => {
  // The tolerance: F1 over all passages at the affiliation level
  // (sentence, affiliation, stance, polarity) must be at least 0.8.
  it('agrees with the gold within the tolerance', () => {
    assertMatchesGold(gold, { minF1: 0.8, level: 'affiliation' });
  });

  // One test per passage: each finds its stances and their polarity, whoever holds them.
  for (const passage of gold) {
    it(`finds the stances of ${passage.id}`, () => {
      assertMatchesGold(passage, { minF1: 0.8, level: 'stance' });
    });
  }
});
