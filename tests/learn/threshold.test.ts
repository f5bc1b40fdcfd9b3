import { describe, expect, it } from 'vitest';
import { bestThreshold, classThresholds, globalThreshold, NONE_TAKEN } from '../../src/model/learn/threshold.js';

describe('bestThreshold', () => {
  it('picks the F1-optimal cut of a hand-computed case', () => {
    // Cuts (p >= t), with 2 positives: 0.9 → F1 2/3; 0.8 → 1/2; 0.6 → 4/5; 0.3 → 2/3.
    expect(bestThreshold([0.9, 0.8, 0.6, 0.3], [true, false, true, false])).toEqual({ threshold: 0.6, f1: 0.8, precision: 2 / 3, recall: 1 });
  });

  it('breaks a tie of F1 toward the higher threshold', () => {
    // 0.9 → 1 of 1 predicted right: F1 2/3; 0.6 → 2 of 4: F1 4/6, the same.
    expect(bestThreshold([0.9, 0.8, 0.7, 0.6], [1, 0, 0, 1]).threshold).toBe(0.9);
    expect(bestThreshold([0.6, 0.7, 0.8, 0.9], [1, 0, 0, 1]).threshold).toBe(0.9);
  });

  it('treats equal probabilities as one cut', () => {
    // At 0.5 both items are predicted together: F1 2/3; at 0.2 all three: 4/5.
    expect(bestThreshold([0.5, 0.5, 0.2], [1, 0, 1])).toEqual({ threshold: 0.2, f1: 0.8, precision: 2 / 3, recall: 1 });
  });

  it('gives threshold 1 and F1 0 when there is no positive', () => {
    expect(bestThreshold([0.4, 0.2], [0, 0])).toEqual({ threshold: 1, f1: 0, precision: 0, recall: 0 });
    expect(bestThreshold([], [])).toEqual({ threshold: 1, f1: 0, precision: 0, recall: 0 });
  });

  it('with decisions already made, scores the cut on all decisions together', () => {
    // Given 3 right of 3 taken and 5 positives in all: taking 0.9 (right) → 8/9; adding 0.6 (wrong) → 8/10.
    expect(bestThreshold([0.9, 0.6], [true, false], { tp: 3, predicted: 3, positives: 5 })).toEqual({ threshold: 0.9, f1: 8 / 9, precision: 1, recall: 4 / 5 });
    // Alone the same items would take 0.9 too; with many wrong decisions made, a weak item helps: 2 right of 6, 4 positives.
    // Taking 0.4 (right) → 6/11 > 4/10; then 0.3 (wrong) → 6/12.
    expect(bestThreshold([0.4, 0.3], [1, 0], { tp: 2, predicted: 6, positives: 4 }).threshold).toBe(0.4);
  });

  it('with decisions already made, takes none when no cut raises their F1', () => {
    // 4 right of 4, 4 positives: F1 1; any wrong item lowers it.
    expect(bestThreshold([0.9, 0.5], [0, 0], { tp: 4, predicted: 4, positives: 4 })).toEqual({ threshold: NONE_TAKEN, f1: 1, precision: 1, recall: 1 });
    expect(bestThreshold([0.9, 0.8], [0, 1], { tp: 4, predicted: 4, positives: 5 }).threshold).toBe(0.8);
  });

  it('rejects lengths that differ and non-finite probabilities', () => {
    expect(() => bestThreshold([0.5], [])).toThrow(expect.objectContaining({ code: 'THRESHOLD_INVALID_INPUT' }));
    expect(() => bestThreshold([Number.NaN], [1])).toThrow(/probability 0 is NaN/);
  });
});

describe('thresholds over classes', () => {
  const probabilities = [
    [0.9, 0.1],
    [0.2, 0.7],
    [0.6, 0.65],
  ];
  const labels = [['a'], ['b'], new Set(['a', 'b'])];

  it('fits one threshold per class', () => {
    expect(classThresholds(probabilities, labels, ['a', 'b']).map((t) => t.threshold)).toEqual([0.6, 0.65]);
  });

  it('fits one global threshold by micro-F1 over every decision', () => {
    // Pooled: 0.9+ 0.7+ 0.65+ 0.6+ 0.2− 0.1−: cutting at 0.6 takes all four positives and nothing else.
    expect(globalThreshold(probabilities, labels, ['a', 'b'])).toEqual({ threshold: 0.6, f1: 1, precision: 1, recall: 1 });
  });

  it('rejects rows of the wrong width', () => {
    expect(() => classThresholds([[0.5]], [['a']], ['a', 'b'])).toThrow(/1 probabilities for 2 classes/);
  });
});
