import { describe, expect, it } from 'vitest';
import { plateauCut } from '../../src/model/training/fit.js';

const items = (rows: Array<[number, number]>) => rows.map(([p, y]) => ({ p, y }));

describe('threshold cuts: the middle of the near-best plateau', () => {
  it.each([
    // [why, items (probability, gold), decisions already made, all positives, cut expected]
    ['a clear best cut is taken', items([[0.9, 1], [0.8, 1], [0.7, 0], [0.6, 0], [0.5, 0]]), { tp: 0, fp: 0 }, 2, 0.8],
    // With 100 of 200 positives already right (20 wrong), F1 at no cut and at cuts 0.9 … 0.2 is .6250, .6231,
    // .6273, .6254, .6296, .6277, .6258, .6239, .6220: the jagged top is 0.6; within 0.005 of it are no cut,
    // 0.8, 0.7, 0.6, 0.5 and 0.4, whose middle is 0.7.
    ['a flat plateau gives its middle, not its jagged top', items([0, 1, 0, 1, 0, 0, 0, 0].map((y, i) => [0.9 - i * 0.1, y] as [number, number])), { tp: 100, fp: 20 }, 200, 0.7],
    ['taking none stays when every cut loses', items([[0.9, 0], [0.8, 0]]), { tp: 10, fp: 0 }, 10, 1.01],
  ])('%s', (_, xs, base, positives, expected) => {
    expect(plateauCut(xs, base, positives)).toBeCloseTo(expected, 10);
  });
});
