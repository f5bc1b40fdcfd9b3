import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareToGold, loadFixtures } from '../src/testing/index.js';
import '../src/testing/vitest.js';
import { root } from './helpers/fixtures.js';

// Dogfooding standpoint/testing: the same helpers users check their labels with.
describe('seed fixtures', () => {
  const gold = loadFixtures(join(root, 'fixtures/seeds.jsonl'));
  const sentences = gold.flatMap((passage) => compareToGold(passage).sentences);

  it('segment exactly as the gold does', () => {
    expect(sentences.length).toBe(36);
    // Lists the sentences the labeler cuts differently, if any.
    expect(sentences.filter((s) => !s.aligned).map((s) => s.text)).toEqual([]);
  });

  it('reach affiliation-level claim F1 >= 0.95', () => {
    // On failure: the F1 and a diff of every claim that differs.
    expect(gold).toMatchGold({ minF1: 0.95, level: 'affiliation' });
  });
});
