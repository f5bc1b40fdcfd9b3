import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLabeler } from '../src/index.js';
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

  // The floors are the measured figures (the goal is 0.90): the cues that echoed seed sentences were
  // removed (the rules fell from 0.955 to 0.930), and the trained model, which decides claims by
  // default, gives 0.930 too since it no longer takes a class whose only cue match is a topic of
  // discussion (0.894 before). A change that lowers either shows here.
  it('reach affiliation-level claim F1 >= 0.93 with the default (trained) labeler', () => {
    // On failure: the F1 and a diff of every claim that differs.
    expect(gold).toMatchGold({ minF1: 0.93, level: 'affiliation' });
  });

  it('reach affiliation-level claim F1 >= 0.93 with the cue rules alone', () => {
    expect(gold).toMatchGold({ minF1: 0.93, level: 'affiliation', labeler: createLabeler({ model: null }) });
  });
});
