import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { label, type LabeledDocument } from '../src/index.js';
import { readGold, readSeed } from './helpers/fixtures.js';

function expectValidOffsets(text: string, doc: LabeledDocument): void {
  let previousEnd = 0;
  for (const s of doc.sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
    const spans = [s.holder?.mention, ...s.claims.flatMap((c) => [c.evidence, c.actor.mention])].filter((x) => x != null);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    for (const c of s.claims) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.evidence.start).toBeGreaterThanOrEqual(s.start);
      expect(c.evidence.end).toBeLessThanOrEqual(s.end);
    }
  }
}

describe('offsets', () => {
  it('slice to every sentence and span of the seeds', () => {
    for (const name of ['000_37fe4841ecb2e3a1.txt', '004_2d7ff7b8a7cb88f9.txt']) {
      const text = readSeed(name);
      const doc = label(text);
      expect(doc.sentences.length).toBeGreaterThan(15);
      expectValidOffsets(text, doc);
    }
  });

  it('slice to every span of the attribution fixture passages', () => {
    for (const passage of readGold('fixtures/attribution.jsonl')) {
      const text = passage.text ?? passage.sentences.map((s) => s.text).join(' ');
      expectValidOffsets(text, label(text));
    }
  });

  it('hold for CRLF, tabs, control characters, lone surrogates and emoji', () => {
    const text = 'Kerry said\r\n"Assad must go."\r\n\u0000\t\ud800 Lavrov said\u00a0talks 😀 should resume.\rDone';
    expectValidOffsets(text, label(text));
  });

  it('hold for any string, and the same input gives the same output', () => {
    const pieces = fc.constantFrom('Kerry said', ' "', '” ', '“', 'Assad must go', '. ', '\n', '— MFA Russia (@mfa_russia) 2016', ', said Lavrov', 'Russian officials', ' he added', '#Gatilov: ', 'U.S.', '\u0000', '\ud83d', 'talks');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 30 }).map((a) => a.join(''))), (text) => {
        const doc = label(text);
        expectValidOffsets(text, doc);
        expect(label(text)).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });
});
