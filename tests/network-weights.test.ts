// Edge weights of every network type under every normalisation, worked out by
// hand from DNA's formulas (docs/network-weights.md) on a statement set small
// enough to check on paper, with repeated statements by the same actor.
import fc from 'fast-check';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import {
  buildNetwork,
  conflictNetwork,
  congruenceNetwork,
  NORMALIZATIONS,
  TWO_MODE_NORMALIZATIONS,
  twoModeNetwork,
  type Normalization,
  type Statement,
  type TwoModeNormalization,
  type TwoModeWeight,
} from '../src/network/index.js';

function statement(actor: string, concept: string, agreement: 'yes' | 'no', i: number): Statement {
  const text = `Sentence ${i}.`;
  return {
    documentId: 'd',
    date: null,
    sentence: i,
    start: 0,
    end: text.length,
    text,
    actorId: actor,
    actorName: actor.toUpperCase(),
    affiliation: 'x',
    concept,
    conceptLabel: concept,
    agreement,
    confidence: 1,
    source: 'author',
    evidence: text,
    evidenceStart: 0,
    evidenceEnd: text.length,
  };
}

/** "a c1 yes 2" → two statements of actor a supporting concept c1. */
function statements(...rows: string[]): Statement[] {
  const out: Statement[] = [];
  for (const row of rows) {
    const [actor, concept, agreement, times] = row.split(' ');
    for (let k = 0; k < Number(times); k++) out.push(statement(actor!, concept!, agreement as 'yes' | 'no', out.length));
  }
  return out;
}

// Counts per (concept, agreement):
//   a: c1 yes 2, c2 no 1                  (3 statements)   ‖a‖ = √(4 + 1) = √5
//   b: c1 yes 1, c1 no 1, c2 no 2         (4 statements)   ‖b‖ = √(1 + 1 + 4) = √6
//   c: c1 no 3                            (3 statements)   ‖c‖ = 3
//   d: c3 yes 1                           (1 statement: shares no concept)
//   e: c4 yes 3, f: c4 no 3               (3 statements each: the same concept, opposite sides, three times)
const SET = statements('a c1 yes 2', 'a c2 no 1', 'b c1 yes 1', 'b c1 no 1', 'b c2 no 2', 'c c1 no 3', 'd c3 yes 1', 'e c4 yes 3', 'f c4 no 3');

// Raw weights, Σ over concepts of the products of counts:
//   congruence (same side)      a–b: c1 2·1 + c2 1·2 = 4;  b–c: c1 1·3 = 3
//   conflict (opposite sides)   a–b: c1 2·1 = 2;  a–c: c1 2·3 = 6;  b–c: c1 1·3 = 3;  e–f: c4 3·3 = 9
// Jaccard's m10 + m01 + m11 (m11: products where both have the (concept, side); m10, m01: counts where only one has it):
//   a–b: m11 = 2·1 (c1 yes) + 1·2 (c2 no) = 4, m01 = 1 (b's c1 no)  → 5
//   a–c: m10 = 2 + 1, m01 = 3                                      → 6
//   b–c: m11 = 1·3 (c1 no), m10 = 1 (c1 yes) + 2 (c2 no)           → 6
//   e–f: m10 = 3, m01 = 3                                          → 6
// Average activity: a–b (3 + 4) / 2 = 3.5; a–c 3; b–c 3.5; e–f 3.
const ONE_MODE: Record<'congruence' | 'conflict', Record<Normalization, Record<string, number>>> = {
  congruence: {
    none: { 'a--b': 4, 'b--c': 3 },
    average: { 'a--b': 4 / 3.5, 'b--c': 3 / 3.5 },
    jaccard: { 'a--b': 4 / 5, 'b--c': 3 / 6 },
    cosine: { 'a--b': 4 / Math.sqrt(30), 'b--c': 3 / (Math.sqrt(6) * 3) },
  },
  conflict: {
    none: { 'a--b': 2, 'a--c': 6, 'b--c': 3, 'e--f': 9 },
    average: { 'a--b': 2 / 3.5, 'a--c': 6 / 3, 'b--c': 3 / 3.5, 'e--f': 9 / 3 },
    jaccard: { 'a--b': 2 / 5, 'a--c': 6 / 6, 'b--c': 3 / 6, 'e--f': 9 / 6 },
    cosine: { 'a--b': 2 / Math.sqrt(30), 'a--c': 6 / (Math.sqrt(5) * 3), 'b--c': 3 / (Math.sqrt(6) * 3), 'e--f': 9 / 9 },
  },
};

// Two-mode: statements per concept c1 7, c2 3, c3 1, c4 6; per actor as above.
const TWO_MODE: Record<TwoModeWeight, Record<TwoModeNormalization, Record<string, number>>> = {
  difference: {
    none: { 'a~c1': 2, 'a~c2': -1, 'b~c1': 0, 'b~c2': -2, 'c~c1': -3, 'd~c3': 1, 'e~c4': 3, 'f~c4': -3 },
    activity: { 'a~c1': 2 / 3, 'a~c2': -1 / 3, 'b~c1': 0, 'b~c2': -2 / 4, 'c~c1': -3 / 3, 'd~c3': 1, 'e~c4': 3 / 3, 'f~c4': -3 / 3 },
    prominence: { 'a~c1': 2 / 7, 'a~c2': -1 / 3, 'b~c1': 0, 'b~c2': -2 / 3, 'c~c1': -3 / 7, 'd~c3': 1, 'e~c4': 3 / 6, 'f~c4': -3 / 6 },
  },
  split: {
    none: { 'a~c1~yes': 2, 'a~c2~no': 1, 'b~c1~yes': 1, 'b~c1~no': 1, 'b~c2~no': 2, 'c~c1~no': 3, 'd~c3~yes': 1, 'e~c4~yes': 3, 'f~c4~no': 3 },
    activity: { 'a~c1~yes': 2 / 3, 'a~c2~no': 1 / 3, 'b~c1~yes': 1 / 4, 'b~c1~no': 1 / 4, 'b~c2~no': 2 / 4, 'c~c1~no': 3 / 3, 'd~c3~yes': 1, 'e~c4~yes': 1, 'f~c4~no': 1 },
    prominence: { 'a~c1~yes': 2 / 7, 'a~c2~no': 1 / 3, 'b~c1~yes': 1 / 7, 'b~c1~no': 1 / 7, 'b~c2~no': 2 / 3, 'c~c1~no': 3 / 7, 'd~c3~yes': 1, 'e~c4~yes': 3 / 6, 'f~c4~no': 3 / 6 },
  },
};

/** Any of the networks, as far as these tests read it. */
type Weighted = AbstractGraph<Attributes, { weight: number }, { network: string }>;

/** Edge key → weight, two-mode keys shortened to "actor~concept[~agreement]". */
function weights(graph: Weighted): Record<string, number> {
  return Object.fromEntries(graph.mapEdges((key, attributes) => [key.replace(/actor:|concept:/g, '').replace(/--/g, graph.getAttribute('network') === 'two-mode' ? '~' : '--'), attributes.weight]));
}

function expectWeights(actual: Record<string, number>, expected: Record<string, number>, what: string): void {
  expect(Object.keys(actual).sort(), what).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) expect(actual[key], `${what} ${key}`).toBeCloseTo(value, 12);
}

describe('one-mode weights, by hand', () => {
  for (const network of ['congruence', 'conflict'] as const) {
    for (const normalization of NORMALIZATIONS) {
      it(`${network} × ${normalization}`, () => {
        const graph = buildNetwork(SET, { network, normalization });
        expectWeights(weights(graph), ONE_MODE[network][normalization], `${network} ${normalization}`);
        expect(graph.getAttribute('normalization')).toBe(normalization);
        // The raw weight is kept whatever the normalisation.
        graph.forEachEdge((key, attributes) => expect(attributes.raw, key).toBe(ONE_MODE[network].none[key]));
      });
    }
  }

  it('are not bounded by 1 where the formula is not: average with repeated statements, Jaccard of conflict ties', () => {
    expect(congruenceNetwork(SET, { normalization: 'average' }).getEdgeAttribute('a', 'b', 'weight')).toBeGreaterThan(1);
    expect(conflictNetwork(SET, { normalization: 'average' }).getEdgeAttribute('e', 'f', 'weight')).toBe(3);
    expect(conflictNetwork(SET, { normalization: 'jaccard' }).getEdgeAttribute('e', 'f', 'weight')).toBe(1.5);
    // …and the conflict Jaccard grows with the number of repetitions: n statements against n give n² / 2n = n / 2.
    for (const n of [1, 4, 10, 70]) {
      const repeated = statements(`e c4 yes ${n}`, `f c4 no ${n}`);
      expect(conflictNetwork(repeated, { normalization: 'jaccard' }).getEdgeAttribute('e', 'f', 'weight'), `n = ${n}`).toBeCloseTo(n / 2, 12);
    }
  });
});

describe('two-mode weights, by hand', () => {
  for (const weight of ['difference', 'split'] as const) {
    for (const normalization of TWO_MODE_NORMALIZATIONS) {
      it(`${weight} × ${normalization}`, () => {
        const graph = twoModeNetwork(SET, { weight, normalization });
        expectWeights(weights(graph), TWO_MODE[weight][normalization], `${weight} ${normalization}`);
        expect(graph.getAttributes()).toMatchObject({ network: 'two-mode', weight, normalization });
      });
    }
  }

  it('counts minWeight in statements, before normalisation', () => {
    expect(Object.keys(weights(twoModeNetwork(SET, { normalization: 'activity', minWeight: 2 })))).toEqual(['a~c1', 'b~c1', 'b~c2', 'c~c1', 'e~c4', 'f~c4']);
  });

  it('rejects a one-mode normalisation', () => {
    expect(() => twoModeNetwork(SET, { normalization: 'jaccard' as never })).toThrow(/normalization must be one of none, activity, prominence/);
  });
});

// ───────────────────────── bounds, on random statement sets ─────────────────────────

const statementSets = fc
  .array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('c1', 'c2', 'c3'), fc.constantFrom('yes', 'no' as const), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 12 })
  .map((rows) => statements(...rows.map(([a, c, q, n]) => `${a} ${c} ${q} ${n}`)));

const all = (graph: Weighted) => graph.mapEdges((_key, attributes) => attributes.weight);

describe('bounds stated in docs/network-weights.md', () => {
  it('cosine lies in (0, 1] for congruence and conflict; Jaccard in (0, 1] for congruence', () => {
    fc.assert(
      fc.property(statementSets, (set) => {
        for (const w of [...all(congruenceNetwork(set, { normalization: 'cosine' })), ...all(conflictNetwork(set, { normalization: 'cosine' })), ...all(congruenceNetwork(set, { normalization: 'jaccard' }))]) {
          expect(w).toBeGreaterThan(0);
          expect(w).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('average and Jaccard stay in (0, 1] when no actor repeats a (concept, side)', () => {
    fc.assert(
      fc.property(statementSets, (set) => {
        const once = set.filter((s, i) => set.findIndex((t) => t.actorId === s.actorId && t.concept === s.concept && t.agreement === s.agreement) === i);
        for (const network of [congruenceNetwork, conflictNetwork]) {
          for (const w of [...all(network(once, { normalization: 'average' })), ...all(network(once, { normalization: 'jaccard' }))]) expect(w).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('two-mode activity and prominence lie in [-1, 1] (split: in (0, 1])', () => {
    fc.assert(
      fc.property(statementSets, fc.constantFrom('activity', 'prominence' as const), (set, normalization) => {
        for (const w of all(twoModeNetwork(set, { normalization }))) expect(Math.abs(w)).toBeLessThanOrEqual(1 + 1e-12);
        for (const w of all(twoModeNetwork(set, { normalization, weight: 'split' }))) {
          expect(w).toBeGreaterThan(0);
          expect(w).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
