import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLabeler, label, syria, type LabeledDocument, type Span } from '../src/index.js';
import { endsAsNoHeadline } from '../src/pipeline/segment.js';

// Property tests over random and adversarial strings: label() never throws,
// every offset slices to its text, the same input gives the same output, and
// a paragraph added at the end changes nothing before it. A few thousand cases
// in all; times are measured in bench/growth.mjs, not here.

// ───────────── generators ─────────────

const QUOTES = ['“', '”', '„', '«', '»', '‘', '’', '"', "'", '″', '‹', '›', '""', '“”', '«»', ' "', '" ', '," ', '.”', '”.'];
const FRAMES = [
  'said Kerry', 'Kerry said', ', said Lavrov.', 'Lavrov said that', 'according to', 'according to Russian officials,', ', he added.', 'she said',
  'they said', 'told reporters', 'the minister said', 'Russian officials have long maintained that', 'insisted', 'quoted Putin as saying',
  ' — ', '#Lavrov: ', '#Kremlin: ', 'the spokeswoman said', 'in a statement, the ministry said', 'it said',
];
const STANCES = [
  'Assad must go', 'Assad must step down', 'a political solution', 'there is no military solution', 'the fight against terrorism',
  'the future of Syria can only be decided by Syrians', 'cooperate with Russia', 'an inclusive opposition', 'ground troops', 'not',
  'no longer', 'never', 'rejected', 'ruled out', 'talks must resume', 'airstrikes',
];
const TWEET_LINES = [
  '\n— MFA Russia (@mfa_russia) 13 January 2016\n', '\n— John Kerry (@JohnKerry) January 13, 2016\n', '\n— (@x)\n', '— @ (@_) —',
  '\n-- Unknown Person (@nobody_here) 2016\n', '\n―(@StateDept)\n',
];
const DASHES = ['—', '–', '-', '―', '--', '‐', '‑', '−'];
const UNICODE = [
  'مرحبا بالعالم', 'שלום', '\u200f', '\u200e', '\u202e', '\u2066', '😀', '👍🏽', '🇸🇾', '👨‍👩‍👧', '\ud800', '\udc00', '\udbff\udbff', '\ufeff',
  '\u0000', '\u0007', '\u001b[31m', '\u0085', '\u00a0', '\u2028', '\u2029', '\u3000', 'Привет', '中文', 'e\u0301', 'ﬁ',
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\r', ' ', '  ', '\t', '. ', '! ', '? ', '…', '...', ';', ':', ','];
const HTML = ['<p>', '</p>', '<br/>', '<div class="story">', '&nbsp;', '&quot;', '&amp;', '&#8220;', '<script>var x = "a";</script>', '<!-- -->', '<a href="http://x.com/?a=1&b=2">'];
const ODD = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'U.S.', "Russia's", 'Mr.', 'Gen.', '1,234.5', '@mfa_russia', '@', '#', '#:', '(@', ')', '[', ']', '_', '*'];
const ACTOR_NAMES = [...new Set(syria.actors.flatMap((a) => [a.name, ...a.aliases, ...(a.handles ?? []), ...(a.demonyms ?? [])]))];
const TITLES = [...new Set(syria.actors.flatMap((a) => (a.roles ?? []).flatMap((r) => r.titles)))];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 3, arbitrary: fc.constantFrom(...FRAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...ACTOR_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...TITLES) },
  { weight: 2, arbitrary: fc.constantFrom(...STANCES) },
  { weight: 1, arbitrary: fc.constantFrom(...TWEET_LINES) },
  { weight: 1, arbitrary: fc.constantFrom(...DASHES) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.constantFrom(...HTML) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: control },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
);

/** Text made of the pieces above, joined with or without spaces. */
const adversarial = fc
  .tuple(fc.array(piece, { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 40 }))
  .map(([pieces, spaced]) => pieces.map((p, i) => (spaced[i] ? ` ${p}` : p)).join(''));

/** Stretches of one mark: thousands of quotation marks, dashes, dots or closing quotes. */
const runs = fc
  .tuple(fc.constantFrom('"', '“', '”', '«', '»', '„', "'", '’', '—', '-', '.', '!', '\u0000', '\ud800', '😀', 'a', ' ', '\n', '\r'), fc.integer({ min: 1, max: 3000 }), fc.boolean())
  .map(([mark, n, spaced]) => (spaced ? `${mark} ` : mark).repeat(n));

/** One long line without a full stop: names, speech verbs and stances, no ". ! ?" at all. */
const longLine = fc
  .array(fc.oneof(fc.constantFrom(...FRAMES, ...STANCES, ...QUOTES, ',', 'and'), fc.constantFrom(...ACTOR_NAMES)), { minLength: 200, maxLength: 800 })
  .map((words) => words.join(' ').replace(/[.!?]/g, ''));

const anyText = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  { weight: 6, arbitrary: adversarial },
);

// ───────────── checks ─────────────

const MAX_SENTENCE_TOKENS_APPROX = 300;

function expectSpan(text: string, span: Span, what: string): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), what).toBe(true);
  expect(span.start, what).toBeGreaterThanOrEqual(0);
  expect(span.end, what).toBeGreaterThanOrEqual(span.start);
  expect(span.end, what).toBeLessThanOrEqual(text.length);
  expect(text.slice(span.start, span.end), what).toBe(span.text);
}

/** Every offset of the result slices to its text, sentences are in order and do not overlap, claims are well formed. */
function expectValid(text: string, doc: LabeledDocument): void {
  let previousEnd = 0;
  doc.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expectSpan(text, s, `sentence ${i}`);
    expect(s.text.trim(), `sentence ${i} is not blank`).not.toBe('');
    expect(s.start, `sentence ${i} starts after the one before ends`).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
    if (s.holder) {
      expect(['quote', 'reported', 'tweet']).toContain(s.holder.source);
      if (s.holder.mention) expectSpan(text, s.holder.mention, `holder mention of sentence ${i}`);
    }
    for (const c of s.claims) {
      expectSpan(text, c.evidence, `evidence in sentence ${i}`);
      expect(c.evidence.start).toBeGreaterThanOrEqual(s.start);
      expect(c.evidence.end).toBeLessThanOrEqual(s.end);
      if (c.actor.mention) expectSpan(text, c.actor.mention, `actor mention in sentence ${i}`);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(['support', 'oppose']).toContain(c.polarity);
      expect(['quote', 'reported', 'tweet', 'author']).toContain(c.source);
      expect(typeof c.actor.id).toBe('string');
      expect(syria.concepts.some((k) => k.id === c.stance.id)).toBe(true);
    }
  });
}

/** Nothing lost: every character that is not whitespace lies inside some sentence. */
function expectCovered(text: string, doc: LabeledDocument): void {
  let k = 0;
  for (const s of doc.sentences) {
    for (; k < s.start; k++) expect(/\s/.test(text[k]!), `character ${k} (${JSON.stringify(text[k])}) is outside every sentence`).toBe(true);
    k = Math.max(k, s.end);
  }
  for (; k < text.length; k++) expect(/\s/.test(text[k]!), `character ${k} (${JSON.stringify(text[k])}) is outside every sentence`).toBe(true);
}

const AFTERWORD = '\n\nThe weather was mild on Tuesday.';

// ───────────── properties ─────────────

describe('label() on any string', () => {
  it('never throws, and every offset slices to its text', () => {
    let withClaims = 0;
    let withHolders = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = label(text);
        expectValid(text, doc);
        if (doc.sentences.some((s) => s.claims.length > 0)) withClaims++;
        if (doc.sentences.some((s) => s.holder !== null)) withHolders++;
      }),
      { numRuns: 1200 },
    );
    // The generators reach the interesting paths: quotes, frames and cues, not only noise.
    expect(withClaims).toBeGreaterThan(30);
    expect(withHolders).toBeGreaterThan(100);
  });

  it('loses nothing: every non-whitespace character is inside a sentence', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectCovered(text, label(text));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same output for the same input, from the shared labeler and a new one', () => {
    const fresh = createLabeler();
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = label(text);
        expect(label(text)).toEqual(doc);
        expect(fresh.label(text)).toEqual(doc);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the labels of the sentences before a paragraph that names no actor', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const before = label(text);
        const after = label(text + AFTERWORD);
        // One reading may change, by design: a last line with no sentence-final mark becomes a headline
        // once a paragraph follows it (and a headline's holder and claims are read as a headline's).
        // Its text and span stay; every sentence before it stays whole.
        const last = before.sentences[before.sentences.length - 1];
        const open = last !== undefined && !endsAsNoHeadline(last.text);
        const kept = open ? before.sentences.length - 1 : before.sentences.length;
        expect(after.sentences.slice(0, kept)).toEqual(before.sentences.slice(0, kept));
        const span = (x: { text: string; start: number; end: number }) => ({ text: x.text, start: x.start, end: x.end });
        if (open) expect(span(after.sentences[kept]!)).toEqual(span(last));
        expect(after.sentences.length).toBe(before.sentences.length + 1);
        const afterword = after.sentences[after.sentences.length - 1]!;
        expect(afterword.text).toBe(AFTERWORD.trim());
        expect(afterword.claims).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  it('holds for runs of thousands of quotation marks, dashes, dots and other marks', () => {
    fc.assert(
      fc.property(runs, fc.constantFrom('', '"Assad must go," said Kerry. ', ' Lavrov said talks must resume.'), (run, frame) => {
        const text = frame + run + frame;
        const doc = label(text);
        expectValid(text, doc);
        expectCovered(text, doc);
        for (const s of doc.sentences) expect(s.text.length).toBeLessThanOrEqual(text.length);
        const after = label(text + AFTERWORD);
        expect(after.sentences.slice(0, doc.sentences.length)).toEqual(doc.sentences);
      }),
      { numRuns: 60 },
    );
  });

  it('holds for long lines without a full stop, and cuts them into sentences of bounded length', () => {
    fc.assert(
      fc.property(longLine, (text) => {
        const doc = label(text);
        expectValid(text, doc);
        expectCovered(text, doc);
        // A line of thousands of words is not one sentence: the work per sentence stays bounded.
        for (const s of doc.sentences) expect(s.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS_APPROX);
        expect(label(text)).toEqual(doc);
      }),
      { numRuns: 40 },
    );
  });
});
