import { describe, expect, it } from 'vitest';
import { compilePattern, matchAt, type PatternToken } from '../src/cues/pattern.js';
import { createLabeler, defineCodebook, isCodebookError, safeDefineCodebook, type CodebookError } from '../src/index.js';

// Codebook cues cannot backtrack catastrophically: the pattern engine simulates
// an NFA, so matching visits each node at most once per token. These tests count
// the work (reads of token fields) instead of timing it: a backtracking engine
// would need exponentially many reads on the same inputs.

/** Tokens whose fields count how often they are read. */
function countingTokens(words: string[]): { tokens: PatternToken[]; reads: () => number } {
  let reads = 0;
  const tokens = words.map((w) => ({
    get lower() {
      reads++;
      return w;
    },
    get lemma() {
      reads++;
      return w;
    },
  }));
  return { tokens, reads: () => reads };
}

const repeat = (s: string, n: number) => Array.from({ length: n }, () => s).join(' ');

describe('cue patterns', () => {
  const pathological = [
    // 30 groups that each take one or two "a": a backtracking matcher tries every split of the run (~C(30,15) ≈ 1.5e8) before failing.
    { source: `${repeat('(a|a a)', 30)} b`, longest: 60 },
    // Nested optionals: [a [a [a ...]]] a ... a b.
    { source: `${'[a '.repeat(20)}${']'.repeat(20)} ${repeat('a', 20)} b`, longest: 40 },
    // Alternatives that overlap completely, with gaps between.
    { source: `${repeat('(a|_|a a|_ _)', 15)} ... b`, longest: 35 },
    // Gaps after gaps.
    { source: `a ${repeat('...', 25)} b`, longest: 127 },
  ];

  for (const { source, longest } of pathological) {
    it(`matches "${source.slice(0, 40)}…" over a long run of "a" with polynomial work`, () => {
      const pattern = compilePattern(source);
      const n = 3000;
      // Fails at the end of the run: no "b".
      const failing = countingTokens(Array.from({ length: n }, () => 'a'));
      expect(matchAt(pattern, failing.tokens, 0)).toBe(-1);
      // Each step reads a token's fields a bounded number of times per node; a step past the pattern's longest reach never happens.
      const steps = Math.min(n, longest + 1);
      expect(failing.reads()).toBeLessThanOrEqual(steps * pattern.nodes.length * 3);

      // Every start position, as the classifier does: still polynomial in run length × pattern size.
      let total = 0;
      const starts = 500;
      for (let from = 0; from < starts; from += 1) {
        const { tokens, reads } = countingTokens(Array.from({ length: Math.min(n - from, longest + 2) }, () => 'a'));
        matchAt(pattern, tokens, 0);
        total += reads();
      }
      expect(total).toBeLessThanOrEqual(starts * steps * pattern.nodes.length * 3);

      // And it does match when the "b" comes.
      const words = [...Array.from({ length: 30 }, () => 'a'), 'b', 'a'];
      expect(matchAt(pattern, countingTokens(words).tokens, 0)).toBe(30);
    });
  }

  it('matches actor slots over a long run of tagged tokens with polynomial work', () => {
    // Each slot reads one or more tokens: 20 slots over a run of 3000 tagged tokens could split it in C(2999, 19) ways.
    const pattern = compilePattern(`${repeat('@ACTOR', 20)} b`);
    let reads = 0;
    const tag = new Set(['@ACTOR']);
    const tokens: PatternToken[] = Array.from({ length: 3000 }, () => ({
      lower: 'a',
      lemma: 'a',
      get tags() {
        reads++;
        return tag;
      },
    }));
    expect(matchAt(pattern, tokens, 0)).toBe(-1);
    expect(reads).toBeLessThanOrEqual(tokens.length * pattern.nodes.length);
    tokens.push({ lower: 'b', lemma: 'b' });
    expect(matchAt(pattern, tokens, 0)).toBe(3000);
  });

  it('compiles to a number of nodes linear in the pattern', () => {
    for (const k of [10, 20, 40, 80]) {
      const pattern = compilePattern(`${repeat('(a|a a)', k)} b`);
      expect(pattern.nodes.length).toBeLessThanOrEqual(10 * k + 10);
    }
  });

  it('labels a long run of tokens with a pathological codebook cue', () => {
    const codebook = defineCodebook({
      id: 'hostile',
      version: '1',
      affiliations: ['x'],
      actors: [{ id: 'ann', name: 'Ann', kind: 'person', affiliation: 'x', aliases: ['Ann'] }],
      concepts: [
        { id: 'aa', label: 'A run', cues: { support: [`${repeat('(a|a a)', 30)} b`, `${repeat('(_|_ _)', 20)} b`, `... ${repeat('...', 10)} zz`] } },
      ],
    });
    const labeler = createLabeler({ codebook });
    const text = `Ann said ${repeat('a', 20_000)} b today.`;
    const doc = labeler.label(text);
    expect(doc.sentences.length).toBeGreaterThan(1);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    // ("b." would be one token, an initial.)
    const short = labeler.label(`Ann said ${repeat('a', 40)} b today.`);
    expect(short.sentences[0]!.claims.map((c) => `${c.actor.id}:${c.stance.id}:${c.polarity}`)).toContain('ann:aa:support');
  });

  it('refuses patterns that nest too deeply or expand too far through slots, as codebook issues', () => {
    const base = {
      id: 'hostile',
      version: '1',
      affiliations: ['x'],
      actors: [],
    };
    const deep = safeDefineCodebook({ ...base, concepts: [{ id: 'deep', label: 'Deep', cues: { support: [`${'('.repeat(5000)}a${')'.repeat(5000)}`] } }] });
    expect(deep.success).toBe(false);
    if (!deep.success) {
      expect(deep.error.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toContain('invalid_cue@concepts.0.cues.support.0');
      expect(deep.error.message).toMatch(/nest/);
    }
    // Slots that use slots multiply: 10 × 10 × 10 × 10 words.
    const slots = { AA: [repeat('BB', 10)], BB: [repeat('CC', 10)], CC: [repeat('DD', 10)], DD: [repeat('w', 10)] };
    try {
      defineCodebook({ ...base, slots, concepts: [{ id: 'wide', label: 'Wide', cues: { support: ['AA'] } }] });
      expect.unreachable();
    } catch (error) {
      expect(isCodebookError(error)).toBe(true);
      const issue = (error as CodebookError).issues[0]!;
      expect(issue.code).toBe('invalid_cue');
      expect(issue.path).toEqual(['concepts', 0, 'cues', 'support', 0]);
      expect(issue.message).toMatch(/slots/);
    }
    // A slot that uses itself, a slot that does not exist, and a prototype name are errors, not crashes.
    for (const [cue, slotsOf] of [['LOOP', { LOOP: ['a LOOP'] }], ['NOPE', {}], ['a CONSTRUCTOR', {}], ['a TO_STRING b', {}]] as const) {
      const result = safeDefineCodebook({ ...base, slots: slotsOf, concepts: [{ id: 'c', label: 'C', cues: { support: [cue] } }] });
      expect(result.success, cue).toBe(false);
      if (!result.success) expect(result.error.issues[0]!.code).toBe('invalid_cue');
    }
  });
});
