import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { readGold } from './helpers/fixtures.js';

describe('seed fixtures', () => {
  const gold = readGold('fixtures/seeds.jsonl');
  const report = evaluate(gold);

  it('segment exactly as the gold does', () => {
    expect(report.sentences).toBe(36);
    expect(report.unalignedSentences).toBe(0);
  });

  it('reach affiliation-level claim F1 >= 0.95', () => {
    expect(report.affiliation.f1).toBeGreaterThanOrEqual(0.95);
  });
});
