import { describe, expect, it } from 'vitest';
import { createLabeler, label, type LabeledDocument } from '../src/index.js';
import { MAX_SENTENCE_TOKENS } from '../src/pipeline/segment.js';

// Hostile text, case by case: each labels without throwing, with exact
// offsets, nothing outside a sentence but whitespace, and the claims of a
// plain sentence next to it intact.

function expectSound(text: string, doc: LabeledDocument): void {
  let k = 0;
  for (const s of doc.sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(k);
    for (; k < s.start; k++) expect(/\s/.test(text[k]!), `character ${k} ${JSON.stringify(text[k])} is in no sentence`).toBe(true);
    k = s.end;
    const spans = [s.holder?.mention, ...s.claims.flatMap((c) => [c.evidence, c.actor.mention])].filter((x) => x != null);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  for (; k < text.length; k++) expect(/\s/.test(text[k]!), `character ${k} ${JSON.stringify(text[k])} is in no sentence`).toBe(true);
}

const claimsOf = (doc: LabeledDocument) => doc.sentences.flatMap((s) => s.claims.map((c) => `${c.actor.id} · ${c.stance.id} · ${c.polarity}`));
const KERRY = '"Assad must go," said Kerry.';
const KERRY_CLAIM = 'kerry · assad-must-go · support';

const cases: Record<string, string> = {
  empty: '',
  whitespace: ' \t\n\r\n \u00a0\u2028\u3000 ',
  'NUL and control characters': '\u0000\u0001\u0007\u0008\u000b\u000c\u001b[31m\u007f\u0085',
  'lone surrogates': '\ud800 \udc00\ud83d Lavrov \udfff said\udbff talks',
  'CRLF line ends': 'Kerry Says Assad Must Go\r\nLavrov said talks must resume.\r\n\r\n',
  'CR line ends': 'Kerry Says Assad Must Go\rLavrov said talks must resume.\r\r',
  'RTL and mixed scripts': 'قال لافروف \u200f"Assad must go," said Kerry\u200e. שלום Привет 中文 \u202eesrever\u202c',
  emoji: '😀👍🏽🇸🇾👨‍👩‍👧 Kerry 😀 said 👍🏽 talks must resume. 🔥🔥🔥',
  'unbalanced quotes': '“ “ “ Kerry said ” ” ” « « „ » " " " \' \' ’ ‘',
  'nested quotes': '“Lavrov said ‘the “future” of Syria «can only be decided» by Syrians’,” Zakharova said.',
  'quotes left open': '"Assad must go, said Kerry. And so on. And on. And on. And on. And on. And on. And on. And on.',
  'HTML leftovers': '<div class="story"><p>&nbsp;Kerry said &quot;Assad must go&quot;.</p><br/><script>var x = "</p>";</script><!-- "',
  dashes: '— – - ― -- ‐ ‑ − —Kerry— said—talks––must resume―',
  'tweet lines': '#Lavrov: Only Syrians can decide.\n— MFA Russia (@mfa_russia) 13 January 2016\n— (@x)\n—\n(@mfa_russia)',
  'JavaScript property names': '__proto__ said constructor. toString hasOwnProperty valueOf __defineGetter__ said prototype.',
};

describe('hostile text', () => {
  for (const [name, text] of Object.entries(cases)) {
    it(`labels ${name} without throwing, offsets exact`, () => {
      const doc = label(text);
      expectSound(text, doc);
      expect(label(text)).toEqual(doc);
      // A plain sentence after it still gets its claim.
      const withKerry = `${text}\n\n${KERRY}`;
      const after = label(withKerry);
      expectSound(withKerry, after);
      expect(after.sentences[after.sentences.length - 1]!.claims.map((c) => `${c.actor.id} · ${c.stance.id} · ${c.polarity}`)).toContain(KERRY_CLAIM);
    });
  }

  it('reads a lone CR as a line end, as LF and CRLF', () => {
    const lf = label('Kerry Says Assad Must Go\nLavrov said talks must resume.');
    const cr = label('Kerry Says Assad Must Go\rLavrov said talks must resume.');
    const crlf = label('Kerry Says Assad Must Go\r\nLavrov said talks must resume.');
    expect(cr.sentences.map((s) => s.text)).toEqual(lf.sentences.map((s) => s.text));
    expect(crlf.sentences.map((s) => s.text)).toEqual(lf.sentences.map((s) => s.text));
    expect(cr.sentences[0]!.text).toBe('Kerry Says Assad Must Go');
  });

  it('cuts a long line without a full stop into sentences of bounded length, and keeps every word', () => {
    const text = `${'Lavrov said the talks in Geneva would go on and Kerry said the ceasefire would hold, '.repeat(2000)}${KERRY}`;
    // The cue rules show that the last piece is still read whole; what the trained model makes of a
    // 250-token run-on is not what this checks.
    const doc = label(text, { model: null });
    expectSound(text, doc);
    expect(doc.sentences.length).toBeGreaterThan(10);
    for (const s of doc.sentences) expect(s.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(claimsOf(doc)).toContain(KERRY_CLAIM);
  });

  it('labels thousands of quotation marks', () => {
    for (const text of ['"'.repeat(20_000), '“'.repeat(10_000) + '”'.repeat(10_000), '” '.repeat(10_000), '« » „ “ ” ‘ ’ \' " '.repeat(2_000), `${KERRY} ${'"'.repeat(5_001)} ${KERRY}`]) {
      const doc = label(text);
      expectSound(text, doc);
    }
    const mixed = `${'" '.repeat(5_000)}\n\n${KERRY}`;
    expect(claimsOf(label(mixed))).toContain(KERRY_CLAIM);
  });

  it('labels text without any whitespace (URLs, base64, a run of dashes) and keeps a sentence around a long word whole', () => {
    for (const text of ['a'.repeat(100_000), '-'.repeat(50_000), 'ab-'.repeat(30_000), 'a.b'.repeat(30_000), `http://example.com/${'x/'.repeat(20_000)}`, '😀'.repeat(20_000), '\ud800'.repeat(20_000)]) {
      const doc = label(text);
      expectSound(text, doc);
      for (const s of doc.sentences) expect(s.end).toBeGreaterThan(s.start);
    }
    const url = `https://example.com/news/${'syria-talks-'.repeat(30)}index.html`;
    const text = `Kerry said at ${url} that Assad must go.`;
    const doc = label(text);
    expectSound(text, doc);
    expect(doc.sentences).toHaveLength(1);
    expect(claimsOf(doc)).toContain(KERRY_CLAIM);
  });

  it('labels a single line of thousands of names', () => {
    const text = 'Kerry, Lavrov, Putin, Obama and Assad, Zarif, the Kremlin, '.repeat(3_000);
    const doc = label(text);
    expectSound(text, doc);
    for (const s of doc.sentences) expect(s.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  });

  it('refuses text over maxLength with a typed error and never truncates', () => {
    const text = `${KERRY} `.repeat(100);
    const labeler = createLabeler({ maxLength: text.length });
    expect(labeler.label(text).sentences).toHaveLength(100);
    expect(() => createLabeler({ maxLength: text.length - 1 }).label(text)).toThrowError(expect.objectContaining({ code: 'INPUT_TOO_LONG' }));
    expect(() => label(text, { maxLength: 10 })).toThrowError(expect.objectContaining({ code: 'INPUT_TOO_LONG' }));
  });
});
