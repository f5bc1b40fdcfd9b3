import { AssertionError } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLabeler, evaluate, InputError, isFixtureError as isFixtureErrorMain, StandpointError, syria } from '../src/index.js';
import type { GoldPassage, LabeledDocument, LabeledSentence, Labeler } from '../src/index.js';
import { passageText } from '../src/evaluate.js';
import { assertMatchesGold, checkGold, compareToGold, FixtureError, formatDiff, isFixtureError, loadFixtures, toMatchGold, type GoldComparison } from '../src/testing/index.js';
import '../src/testing/vitest.js';
import { readGold, root } from './helpers/fixtures.js';

const SEEDS = join(root, 'fixtures/seeds.jsonl');
const labeler = createLabeler();

/**
 * A labeler that labels exactly as the given gold says: each gold sentence
 * becomes a labeled sentence with the gold's claims. Comparing a wrong gold
 * against it shows precisely the mistakes in the wrong gold, whatever the real
 * labeler currently gets right. `split` cuts the given gold sentence indices in two.
 */
function oracle(truth: readonly GoldPassage[], split: readonly number[] = []): Labeler {
  return {
    codebook: syria,
    label(text: string): LabeledDocument {
      const passage = truth.find((p) => passageText(p).text === text);
      if (!passage) throw new Error('the oracle knows no passage with this text');
      const { spans } = passageText(passage);
      const sentences: LabeledSentence[] = [];
      passage.sentences.forEach((s, i) => {
        const { start, end } = spans[i]!;
        const claims = s.claims.map((c) => ({
          actor: { id: c.actor, name: c.actor, affiliation: c.affiliation, mention: null },
          stance: { id: c.stance, label: c.stance },
          polarity: c.polarity,
          confidence: 1,
          evidence: { text: text.slice(start, end), start, end },
          source: 'author' as const,
        }));
        const pieces = split.includes(i) ? [[start, start + Math.floor((end - start) / 2)], [start + Math.floor((end - start) / 2), end]] : [[start, end]];
        pieces.forEach(([a, b], k) => sentences.push({ index: sentences.length, text: text.slice(a, b), start: a!, end: b!, holder: null, claims: k === 0 ? claims : [] }));
      });
      return { sentences, codebook: { id: syria.id, version: syria.version } };
    },
  };
}

// A gold line for a short passage of my own, and the same line with four mistakes in it.
const S0 = {
  text: 'Lavrov said Moscow was ready to work with Washington on a political settlement.',
  claims: [
    { actor: 'lavrov', affiliation: 'russia', stance: 'cooperate', polarity: 'support' as const },
    { actor: 'lavrov', affiliation: 'russia', stance: 'political-solution', polarity: 'support' as const },
  ],
};
const S1 = { text: 'Kerry agreed.', claims: [{ actor: 'kerry', affiliation: 'us', stance: 'political-solution', polarity: 'support' as const }] };
const S2 = { text: '"Assad must go," the French minister said.', claims: [{ actor: 'fabius', affiliation: 'france', stance: 'assad-must-go', polarity: 'support' as const }] };
const RIGHT: GoldPassage = {
  id: 'talks-1',
  text: 'Lavrov said Moscow was ready to work with Washington on a political settlement. Kerry agreed. "Assad must go," the French minister said.',
  sentences: [S0, S1, S2],
};

// Mistakes: a polarity flipped, a claim given to the wrong actor, a claim dropped, a claim invented.
const WRONG_LINE = JSON.stringify({
  ...RIGHT,
  sentences: [
    {
      ...S0,
      claims: [
        { actor: 'lavrov', affiliation: 'russia', stance: 'cooperate', polarity: 'oppose' },
        { actor: 'kerry', affiliation: 'us', stance: 'political-solution', polarity: 'support' },
      ],
    },
    { ...S1, claims: [] },
    { ...S2, claims: [...S2.claims, { actor: 'russia', affiliation: 'russia', stance: 'assad-must-go', polarity: 'oppose' }] },
  ],
});

const WRONG_DIFF = [
  'talks-1: affiliation F1 0.250 (P 0.250 R 0.250; tp 1 fp 3 fn 3)',
  '  [0] Lavrov said Moscow was ready to work with…',
  '    ~ actor     political-solution · support: expected kerry (us), got lavrov (russia)',
  '    ~ polarity  lavrov (russia) · cooperate: expected oppose, got support',
  '  [1] Kerry agreed.',
  '    + extra     kerry (us) · political-solution · support',
  '  [2] "Assad must go," the French minister said.',
  '    - missing   russia (russia) · assad-must-go · oppose',
].join('\n');

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('loadFixtures', () => {
  it('reads the seed fixtures from a path, a file: URL or text, as JSON.parse would', () => {
    const gold = loadFixtures(SEEDS);
    expect(gold).toEqual(readGold('fixtures/seeds.jsonl'));
    expect(gold.map((p) => p.id)).toEqual(['seed-000', 'seed-004']);
    expect(gold.flatMap((p) => p.sentences)).toHaveLength(36);
    expect(loadFixtures(pathToFileURL(SEEDS))).toEqual(gold);
    expect(loadFixtures(`${gold.map((p) => JSON.stringify(p)).join('\r\n')}\n\n`)).toEqual(gold);
    expect(loadFixtures(WRONG_LINE)[0]!.id).toBe('talks-1');
  });

  it('accepts every fixture file of the repo, keeping fields the format does not know', () => {
    // Every example, held-out and development set, as the directories hold them: a set added there is checked with no edit here.
    const sets = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `${dir}/${f}`);
    const files = ['fixtures/attribution.jsonl', ...sets('fixtures/examples'), ...sets('fixtures/heldout'), ...sets('fixtures/development'), 'examples/labels.jsonl'];
    expect(files).toEqual(expect.arrayContaining(['fixtures/heldout/passages.jsonl', 'fixtures/heldout/oppositions.jsonl', 'fixtures/development/oppositions.jsonl']));
    for (const file of files) {
      expect(loadFixtures(join(root, file), { codebook: syria }).length).toBe(readGold(file).length);
    }
    expect(loadFixtures('{"id":"x","tags":["a"],"sentences":[{"text":"Hi.","claims":[],"note":"n"}]}')[0]).toMatchObject({ tags: ['a'], sentences: [{ note: 'n' }] });
  });

  it('names the file, the line and the JSON path of every problem', () => {
    const seed = JSON.stringify(readGold('fixtures/seeds.jsonl')[0]);
    const bad = JSON.stringify({ id: 'bad', sentences: [{ text: 'Kerry spoke.', claims: [{ actor: 'Kerry', affiliation: 'us', stance: 'assad-must-go', polarity: 'against' }] }] });
    const dir = mkdtempSync(join(tmpdir(), 'standpoint-fixtures-'));
    const file = join(dir, 'gold.jsonl');
    writeFileSync(file, [seed, '', bad, '{"id": "seed-000",', seed].join('\n'));
    const error = errorOf(() => loadFixtures(file));
    rmSync(dir, { recursive: true, force: true });
    expect(error).toBeInstanceOf(FixtureError);
    expect(error).toBeInstanceOf(StandpointError);
    expect(isFixtureError(error) && isFixtureErrorMain(error)).toBe(true);
    const e = error as FixtureError;
    expect(e.code).toBe('FIXTURE_INVALID');
    expect(e.name).toBe('FixtureError');
    expect(e.file).toBe(file);
    expect(e.line).toBe(3);
    expect(e.issues.map(({ line, code, path }) => ({ line, code, path }))).toEqual([
      { line: 3, code: 'invalid_format', path: ['sentences', 0, 'claims', 0, 'actor'] },
      { line: 3, code: 'invalid_value', path: ['sentences', 0, 'claims', 0, 'polarity'] },
      { line: 4, code: 'invalid_json', path: [] },
      { line: 5, code: 'duplicate_id', path: ['id'] },
    ]);
    expect(e.message.split('\n')).toEqual([
      `The fixture file ${file} is invalid (4 problems on 3 lines); fix each place below:`,
      `  - ${file}:3 sentences.0.claims.0.actor: expected an actor id: lowercase, no spaces (e.g. "kerry")`,
      `  - ${file}:3 sentences.0.claims.0.polarity: Invalid option: expected one of "support"|"oppose"`,
      expect.stringMatching(new RegExp(`^  - ${file.replace(/[.\\/]/g, '\\$&')}:4 \\(root\\): not JSON: `)),
      `  - ${file}:5 id: passage id "seed-000" is already used on line 1`,
    ]);
  });

  it('checks offsets against the passage text, and ids against a codebook when given one', () => {
    const line = (over: object) => JSON.stringify({ id: 'p', text: 'Kerry spoke. Lavrov replied.', sentences: [{ text: 'Kerry spoke.', claims: [] }, { text: 'Lavrov replied.', claims: [] }], ...over });
    const issues = (text: string, options = {}) => (errorOf(() => loadFixtures(text, { file: 'inline.jsonl', ...options })) as FixtureError).issues.map((i) => `${i.line} ${i.path.join('.')} ${i.code}`);
    expect(issues(line({ sentences: [{ text: 'Kerry spoke.', start: 1, end: 13, claims: [] }] }))).toEqual(['1 sentences.0.start span_mismatch']);
    expect(issues(line({ sentences: [{ text: 'Kerry spoke.', start: 0, claims: [] }] }))).toEqual(['1 sentences.0.end incomplete_span']);
    expect(issues(line({ sentences: [{ text: 'Lavrov replied.', claims: [] }, { text: 'Kerry spoke.', claims: [] }] }))).toEqual(['1 sentences.1.text sentence_not_in_text']);
    expect(issues(line({ date: 'May 2016' }))).toEqual(['1 date invalid_format']);
    const claim = { actor: 'kerry', affiliation: 'mars', stance: 'world-peace', polarity: 'support' };
    expect(loadFixtures(line({ sentences: [{ text: 'Kerry spoke.', claims: [claim] }] }))).toHaveLength(1);
    expect(issues(line({ sentences: [{ text: 'Kerry spoke.', claims: [claim] }] }), { codebook: syria })).toEqual(['1 sentences.0.claims.0.stance unknown_stance', '1 sentences.0.claims.0.affiliation unknown_affiliation']);
    const error = errorOf(() => loadFixtures(line({ sentences: [{ text: 'Kerry spoke.', claims: [claim] }] }), { codebook: syria, file: 'inline.jsonl' })) as FixtureError;
    expect(error.file).toBe('inline.jsonl');
    expect(error.message).toContain('inline.jsonl:1 sentences.0.claims.0.stance: "world-peace" is not a concept of codebook "syria"; use one of: assad-must-go');
  });

  it('refuses empty fixtures, and reports an unreadable file as an InputError', () => {
    const empty = errorOf(() => loadFixtures('\n\n')) as FixtureError;
    expect(empty.issues[0]!.code).toBe('no_passages');
    expect(empty.message).toContain('(text):3 (root): no passages');
    const missing = errorOf(() => loadFixtures(join(root, 'fixtures/nope.jsonl')));
    expect(missing).toBeInstanceOf(InputError);
    expect((missing as InputError).code).toBe('INPUT_FIXTURE_UNREADABLE');
    expect((errorOf(() => loadFixtures(42 as never)) as InputError).code).toBe('INPUT_NOT_STRING');
  });
});

describe('compareToGold', () => {
  const gold = loadFixtures(SEEDS);
  const comparisons = gold.map((p) => compareToGold(p, { labeler }));

  it('covers every seed sentence, with scores equal to evaluate() on the passage', () => {
    expect(comparisons.flatMap((c) => c.sentences)).toHaveLength(36);
    comparisons.forEach((c, i) => {
      expect(c.id).toBe(gold[i]!.id);
      expect(c.level).toBe('affiliation');
      expect(c.report).toEqual(evaluate([gold[i]!], { labeler }));
      expect(c.scores).toEqual(c.report.affiliation);
      expect(c.sentences.map((s) => s.text)).toEqual(gold[i]!.sentences.map((s) => s.text));
    });
  });

  it('accounts for every tp, fp and fn of evaluate() at each level', () => {
    for (const level of ['strict', 'affiliation', 'stance'] as const) {
      for (const passage of gold) {
        const c = compareToGold(passage, { labeler, level });
        const sum = (pick: (s: GoldComparison['sentences'][number]) => number) => c.sentences.reduce((n, s) => n + pick(s), 0);
        expect(sum((s) => s.matched.length)).toBe(c.scores.tp);
        expect(sum((s) => s.extra.length + s.mismatched.length)).toBe(c.scores.fp);
        expect(sum((s) => s.missing.length + s.mismatched.length)).toBe(c.scores.fn);
        expect(c.differences).toBe(sum((s) => s.missing.length + s.extra.length + s.mismatched.length));
        if (level === 'stance') expect(c.sentences.flatMap((s) => s.mismatched).every((m) => m.kind === 'polarity')).toBe(true);
      }
    }
  });

  it('finds no difference between a gold and a labeler that labels as it does', () => {
    const c = compareToGold(gold[0]!, { labeler: oracle(gold), level: 'strict' });
    expect(c.differences).toBe(0);
    expect(c.scores.f1).toBe(1);
    expect(c.sentences.every((s) => s.aligned && s.missing.length === 0 && s.extra.length === 0)).toBe(true);
  });

  it('shows a deliberately wrong gold line as missing, extra, actor and polarity differences', () => {
    const c = compareToGold(loadFixtures(WRONG_LINE)[0]!, { labeler: oracle([RIGHT]) });
    expect(c.scores).toMatchObject({ tp: 1, fp: 3, fn: 3 });
    expect(c.sentences[0]!.mismatched).toEqual([
      { kind: 'actor', expected: { actor: 'kerry', affiliation: 'us', stance: 'political-solution', polarity: 'support' }, actual: expect.objectContaining({ actor: 'lavrov', affiliation: 'russia', stance: 'political-solution', polarity: 'support', confidence: 1 }) },
      { kind: 'polarity', expected: { actor: 'lavrov', affiliation: 'russia', stance: 'cooperate', polarity: 'oppose' }, actual: expect.objectContaining({ actor: 'lavrov', stance: 'cooperate', polarity: 'support' }) },
    ]);
    expect(c.sentences[1]!.extra.map((x) => x.actor)).toEqual(['kerry']);
    expect(c.sentences[2]!.missing).toEqual([{ actor: 'russia', affiliation: 'russia', stance: 'assad-must-go', polarity: 'oppose' }]);
    expect(c.sentences[2]!.matched.map((x) => x.actor)).toEqual(['fabius']);
    expect(formatDiff(c)).toBe(WRONG_DIFF);
  });

  it('ignores the actor at the stance level and compares actor ids at the strict level', () => {
    const wrong = loadFixtures(WRONG_LINE)[0]!;
    expect(formatDiff(compareToGold(wrong, { labeler: oracle([RIGHT]), level: 'stance' }))).toBe(
      [
        'talks-1: stance F1 0.500 (P 0.500 R 0.500; tp 2 fp 2 fn 2)',
        '  [0] Lavrov said Moscow was ready to work with…',
        '    ~ polarity  lavrov (russia) · cooperate: expected oppose, got support',
        '  [1] Kerry agreed.',
        '    + extra     kerry (us) · political-solution · support',
        '  [2] "Assad must go," the French minister said.',
        '    - missing   russia (russia) · assad-must-go · oppose',
      ].join('\n'),
    );
    // Same affiliation, another actor: a difference only at the strict level.
    const sameSide: GoldPassage = { ...RIGHT, sentences: [S0, S1, { ...S2, claims: [{ ...S2.claims[0]!, actor: 'france' }] }] };
    expect(compareToGold(sameSide, { labeler: oracle([RIGHT]) }).differences).toBe(0);
    expect(formatDiff(compareToGold(sameSide, { labeler: oracle([RIGHT]), level: 'strict' })).split('\n').slice(1)).toEqual([
      '  [2] "Assad must go," the French minister said.',
      '    ~ actor     assad-must-go · support: expected france (france), got fabius (france)',
    ]);
  });

  it('shows a wrong gold line against the real labeler: whatever it labels, a flipped polarity is one polarity difference', () => {
    const text = 'Turkey said it would not send ground troops into Syria.';
    const claims = labeler.label(text).sentences[0]!.claims;
    expect(claims.length).toBeGreaterThan(0);
    const flipped = claims.map((c, i) => ({ actor: c.actor.id, affiliation: c.actor.affiliation, stance: c.stance.id, polarity: i === 0 ? (c.polarity === 'support' ? 'oppose' : 'support') : c.polarity }));
    const c = compareToGold(loadFixtures(JSON.stringify({ id: 'flip', sentences: [{ text, claims: flipped }] }))[0]!, { labeler });
    const first = claims[0]!;
    expect(formatDiff(c)).toBe(
      [
        `flip: affiliation F1 ${c.scores.f1.toFixed(3)} (P ${c.scores.precision.toFixed(3)} R ${c.scores.recall.toFixed(3)}; tp ${claims.length - 1} fp 1 fn 1)`,
        `  [0] Turkey said it would not send ground troops…`,
        `    ~ polarity  ${first.actor.id} (${first.actor.affiliation}) · ${first.stance.id}: expected ${flipped[0]!.polarity}, got ${first.polarity}`,
      ].join('\n'),
    );
  });

  it('refuses what is not one gold passage, and bad options', () => {
    const e = errorOf(() => compareToGold({ id: 'p', sentences: [{ text: 'x', claims: [{ actor: 'kerry' }] }] } as never)) as FixtureError;
    expect(e).toBeInstanceOf(FixtureError);
    expect(e.file).toBeNull();
    expect(e.line).toBeNull();
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['sentences.0.claims.0.affiliation', 'sentences.0.claims.0.stance', 'sentences.0.claims.0.polarity']);
    expect(e.message.split('\n')[0]).toBe('The gold passages are invalid (3 problems); fix each place below:');
    expect((errorOf(() => compareToGold(gold as never)) as InputError).code).toBe('INPUT_INVALID_GOLD');
    expect((errorOf(() => compareToGold(gold[0]!, { level: 'loose' as never })) as InputError).code).toBe('INPUT_INVALID_OPTION');
    expect((errorOf(() => compareToGold(gold[0]!, { labeler: {} as never })) as InputError).code).toBe('INPUT_INVALID_OPTION');
  });
});

describe('formatDiff', () => {
  const gold = loadFixtures(SEEDS);

  it('prints one line per differing claim of the seeds, under its abbreviated sentence', () => {
    for (const passage of gold) {
      const c = compareToGold(passage, { labeler });
      const lines = formatDiff(c).split('\n');
      expect(lines[0]).toBe(`${passage.id}: affiliation F1 ${c.scores.f1.toFixed(3)} (P ${c.scores.precision.toFixed(3)} R ${c.scores.recall.toFixed(3)}; tp ${c.scores.tp} fp ${c.scores.fp} fn ${c.scores.fn})${c.differences === 0 ? ', matches the gold' : ''}`);
      const claimLines = lines.filter((l) => l.startsWith('    '));
      expect(claimLines).toHaveLength(c.differences);
      for (const l of claimLines) expect(l).toMatch(/^    (- missing   \S+ \(\S+\) · \S+ · (support|oppose)|\+ extra     \S+ \(\S+\) · \S+ · (support|oppose)|~ actor     \S+ · (support|oppose): expected \S+ \(\S+\), got \S+ \(\S+\)|~ polarity  \S+ \(\S+\) · \S+: expected (support|oppose), got (support|oppose))$/);
      for (const l of lines.filter((x) => /^  \[/.test(x))) {
        const [, index, text] = /^  \[(\d+)\] (.*)$/.exec(l)!;
        expect(text!.length).toBeLessThanOrEqual(48);
        expect(passage.sentences[Number(index)]!.text.replace(/\s+/g, ' ').startsWith(text!.replace(/…$/, ''))).toBe(true);
      }
    }
  });

  it('says when a passage matches, notes sentences the labeler cut differently, and caps the lines', () => {
    const wrong = loadFixtures(WRONG_LINE)[0]!;
    expect(formatDiff(compareToGold(RIGHT, { labeler: oracle([RIGHT]) }))).toBe('talks-1: affiliation F1 1.000 (P 1.000 R 1.000; tp 4 fp 0 fn 0), matches the gold');
    const split = compareToGold(wrong, { labeler: oracle([RIGHT], [0]) });
    expect(split.sentences[0]).toMatchObject({ aligned: false, predictedSentences: 2 });
    expect(formatDiff(split).split('\n')[1]).toBe('  [0] Lavrov said Moscow was ready to work with…  (labeled as 2 sentences)');
    expect(formatDiff(split, { sentenceWidth: 20 }).split('\n')[1]).toBe('  [0] Lavrov said Moscow…  (labeled as 2 sentences)');
    const both = [compareToGold(wrong, { labeler: oracle([RIGHT]) }), compareToGold({ ...wrong, id: 'talks-2' }, { labeler: oracle([{ ...RIGHT, id: 'talks-2' }]) })];
    expect(formatDiff(both, { maxLines: 3 }).split('\n')).toEqual([...WRONG_DIFF.split('\n').slice(0, 6), '… and 5 more differing claims']);
  });
});

describe('assertMatchesGold', () => {
  const gold = loadFixtures(SEEDS);

  it('passes within the tolerance and returns the check, whose F1 is evaluate()’s', () => {
    const report = evaluate(gold, { labeler });
    const check = assertMatchesGold(gold, { labeler, minF1: 0 });
    expect(check.pass).toBe(true);
    expect(check.report).toEqual(report);
    expect(check.scores.f1).toBe(report.affiliation.f1);
    expect(assertMatchesGold(gold, { labeler, minF1: report.strict.f1, level: 'strict' }).pass).toBe(true);
    expect(assertMatchesGold(gold[0]!, { labeler: oracle(gold) }).message).toBe('Labels match the gold within the tolerance: affiliation F1 1.000 >= minF1 1 over 1 passage, 17 sentences (P 1.000 R 1.000; tp 9 fp 0 fn 0)');
  });

  it('throws an AssertionError with the diff when the seeds fall below the tolerance', () => {
    const check = checkGold(gold, { labeler });
    expect(check.pass).toBe(check.scores.f1 === 1);
    if (check.pass) return;
    const error = errorOf(() => assertMatchesGold(gold, { labeler })) as AssertionError;
    expect(error).toBeInstanceOf(AssertionError);
    expect(error.code).toBe('ERR_ASSERTION');
    expect(error.operator).toBe('>=');
    expect(error.expected).toBe(1);
    expect(error.actual).toBe(Number(check.scores.f1.toFixed(3)));
    const s = check.scores;
    expect(error.message).toBe(
      [
        `Labels differ from the gold: affiliation F1 ${s.f1.toFixed(3)} < minF1 1 over 2 passages, 36 sentences (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}; tp ${s.tp} fp ${s.fp} fn ${s.fn})`,
        formatDiff(check.comparisons.filter((c) => c.differences > 0)),
      ].join('\n'),
    );
  });

  it('throws for a deliberately wrong gold line, with exactly its diff', () => {
    const error = errorOf(() => assertMatchesGold(loadFixtures(WRONG_LINE), { labeler: oracle([RIGHT]), minF1: 0.9 })) as AssertionError;
    expect(error).toBeInstanceOf(AssertionError);
    expect(error.message).toBe(`Labels differ from the gold: affiliation F1 0.250 < minF1 0.9 over 1 passage, 3 sentences (P 0.250 R 0.250; tp 1 fp 3 fn 3)\n${WRONG_DIFF}`);
    // Within a loose enough tolerance it passes, differences and all.
    expect(assertMatchesGold(loadFixtures(WRONG_LINE), { labeler: oracle([RIGHT]), minF1: 0.25 }).comparisons[0]!.differences).toBe(4);
  });

  it('refuses bad options and no passages', () => {
    for (const minF1 of [-0.1, 1.5, Number.NaN, '0.9']) expect((errorOf(() => assertMatchesGold(gold, { minF1: minF1 as never })) as InputError).code).toBe('INPUT_INVALID_OPTION');
    expect((errorOf(() => assertMatchesGold([])) as InputError).code).toBe('INPUT_INVALID_GOLD');
    const e = errorOf(() => assertMatchesGold([gold[0]!, { id: 'x' } as never])) as FixtureError;
    expect(e.issues.map((i) => i.path)).toEqual([[1, 'sentences']]);
  });
});

describe('toMatchGold', () => {
  const gold = loadFixtures(SEEDS);
  const wrong = loadFixtures(WRONG_LINE);

  it('passes and fails as assertMatchesGold does, with its message', () => {
    expect(gold).toMatchGold({ labeler: oracle(gold), level: 'strict' });
    expect(gold[1]).toMatchGold({ labeler: oracle(gold) });
    expect(wrong).not.toMatchGold({ labeler: oracle([RIGHT]) });
    expect(wrong).toMatchGold({ labeler: oracle([RIGHT]), minF1: 0.25 });
    expect(() => expect(wrong).toMatchGold({ labeler: oracle([RIGHT]), minF1: 0.9 })).toThrowError(
      `Labels differ from the gold: affiliation F1 0.250 < minF1 0.9 over 1 passage, 3 sentences (P 0.250 R 0.250; tp 1 fp 3 fn 3)\n${WRONG_DIFF}`,
    );
    expect(() => expect(gold).not.toMatchGold({ labeler: oracle(gold) })).toThrowError(/^expected the labels not to match the gold within minF1 1, but they do\.\nLabels match the gold/);
  });

  it('is a plain matcher function for expect.extend in other runners', () => {
    const result = toMatchGold.call({ isNot: false }, wrong, { labeler: oracle([RIGHT]) });
    expect(result.pass).toBe(false);
    expect(result.message()).toBe(`Labels differ from the gold: affiliation F1 0.250 < minF1 1 over 1 passage, 3 sentences (P 0.250 R 0.250; tp 1 fp 3 fn 3)\n${WRONG_DIFF}`);
  });
});
