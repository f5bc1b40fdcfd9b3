import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BatchResult, CodebookErrorCode, ErrorRecordCode, FixtureErrorCode, InputErrorCode, StandpointErrorCode } from '../src/index.js';
import * as source from '../src/index.js';
import { CodebookError, FixtureError, InputError, StandpointError, createLabeler, isInputError, isStandpointError, label, labelBatch } from '../src/index.js';
import { INPUT_ERROR_CODES, RECORD_ONLY_ERROR_CODES, RUNTIME_ERROR_CODES, STANDPOINT_ERROR_CODES } from '../src/errors/codes.js';

describe('errors', () => {
  it('label() refuses a non-string with a typed error', () => {
    for (const bad of [42, null, undefined, {}, ['a']]) {
      try {
        label(bad as never);
        expect.unreachable();
      } catch (error) {
        expect(isInputError(error)).toBe(true);
        expect(error).toBeInstanceOf(StandpointError);
        expect((error as InputError).code).toBe('INPUT_NOT_STRING');
      }
    }
  });

  it('refuses malformed options and over-long text', () => {
    expect(() => label('x', { date: 'last week' })).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID_OPTION' }));
    expect(() => label('x', { date: '2016-13-45' })).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID_OPTION' }));
    expect(label('x', { date: '2016-02-29' }).sentences).toHaveLength(1);
    expect(() => createLabeler({ maxLength: 0 })).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID_OPTION' }));
    expect(() => createLabeler({ maxLength: 10 }).label('a'.repeat(11))).toThrowError(expect.objectContaining({ code: 'INPUT_TOO_LONG' }));
    expect(() => label('x', { codebook: { id: 'nope' } as never })).toThrowError(expect.objectContaining({ code: 'CODEBOOK_INVALID' }));
  });

  it('labelBatch reports a bad input and goes on, one result per input in order', async () => {
    const out = [];
    for await (const r of labelBatch(['"Assad must go," said Kerry.', 42 as never, { id: 'x', text: 'Lavrov said talks must resume.' }, { id: 'y' } as never])) out.push(r);
    expect(out.map((r) => r.id)).toEqual(['0', '1', 'x', 'y']);
    expect('document' in out[0]!).toBe(true);
    expect('error' in out[1]! && out[1].error.code).toBe('INPUT_BAD_RECORD');
    expect('error' in out[3]! && out[3].error.code).toBe('INPUT_MISSING_TEXT');
    expect(isStandpointError(new InputError('INPUT_NOT_STRING', 'text must be a string'))).toBe(true);
  });
});

// ───────────────────────── codes ─────────────────────────

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// Node's own codes that the sources match on (a missing module, a closed stream): not standpoint's.
const NODE_CODES = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND', 'ERR_STREAM_DESTROYED']);

describe('error codes', () => {
  const files = sources(join(root, 'src')).filter((file) => !file.endsWith(join('errors', 'codes.ts')));
  const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  // Every quoted SCREAMING_CASE string in the sources is a code (or one of Node's), wherever it is thrown or reported.
  const literals = new Set([...text.matchAll(/(['"])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|INTERNAL)\1/g)].map((m) => m[2]!));
  const thrownAs = (type: string) => new Set([...text.matchAll(new RegExp(`new ${type}\\(\\s*'([A-Z0-9_]+)'`, 'g'))].map((m) => m[1]!));

  it('every code in the sources is in the union, and every code of the union is used', () => {
    expect(literals.size).toBeGreaterThan(15);
    const known = new Set<string>([...STANDPOINT_ERROR_CODES, ...RECORD_ONLY_ERROR_CODES]);
    expect([...literals].filter((code) => !known.has(code) && !NODE_CODES.has(code))).toEqual([]);
    expect([...known].filter((code) => !literals.has(code))).toEqual([]);
  });

  it('each class throws only the codes of its own union', () => {
    const input = thrownAs('InputError');
    const base = thrownAs('StandpointError');
    expect(input.size).toBeGreaterThan(5);
    expect([...input].filter((code) => !(INPUT_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
    expect([...base].filter((code) => !(RUNTIME_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
    // A record-only code is never thrown.
    for (const code of RECORD_ONLY_ERROR_CODES) expect(input.has(code) || base.has(code), code).toBe(false);
    expect(new CodebookError([]).code).toBe('CODEBOOK_INVALID');
    expect(new FixtureError(null, []).code).toBe('FIXTURE_INVALID');
  });

  it('the code types are string-literal unions, narrower per class', () => {
    expectTypeOf<StandpointError['code']>().toEqualTypeOf<StandpointErrorCode>();
    expectTypeOf<InputError['code']>().toEqualTypeOf<InputErrorCode>();
    expectTypeOf<CodebookError['code']>().toEqualTypeOf<CodebookErrorCode>();
    expectTypeOf<FixtureError['code']>().toEqualTypeOf<FixtureErrorCode>();
    expectTypeOf<InputErrorCode>().toExtend<StandpointErrorCode>();
    expectTypeOf<StandpointErrorCode>().toExtend<ErrorRecordCode>();
    expectTypeOf<'INTERNAL'>().not.toExtend<StandpointErrorCode>();
    expectTypeOf<Extract<BatchResult, { error: unknown }>['error']['code']>().toEqualTypeOf<ErrorRecordCode>();
    expectTypeOf<string>().not.toExtend<StandpointErrorCode>();
  });
});

// ───────────────────────── across copies ─────────────────────────

type Library = typeof import('../src/index.js');
const esm = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Library;
const cjs = createRequire(join(root, 'package.json'))(join(root, 'dist', 'index.cjs')) as Library;
const testingEsm = (await import(pathToFileURL(join(root, 'dist', 'testing', 'index.js')).href)) as typeof import('../src/testing/index.js');

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** One error of each class, thrown by a real call of the given copy. */
function errorsOf(lib: Library) {
  return {
    input: caught(() => lib.label(42 as never)),
    codebook: caught(() => lib.defineCodebook({ id: 'x' })),
    model: caught(() => lib.createLabeler({ model: 42 as never })),
    base: new lib.StandpointError('WORKER_FAILED', 'the labeling workers failed'),
    fixture: new lib.FixtureError('gold.jsonl', [{ code: 'invalid_type', path: ['id'], message: 'a passage needs an id', line: 1 }]),
  };
}

describe('errors are recognised across copies of the library (ESM and CommonJS builds)', () => {
  it('the two builds are separate copies: their classes differ', () => {
    expect(esm.InputError).not.toBe(cjs.InputError);
    expect(esm.StandpointError).not.toBe(source.StandpointError);
  });

  for (const [from, to] of [
    ['esm', 'cjs'],
    ['cjs', 'esm'],
    ['esm', 'src'],
    ['src', 'cjs'],
  ] as const) {
    it(`an error thrown by the ${from} copy is recognised by the ${to} copy`, () => {
      const copies = { esm, cjs, src: source as Library };
      const thrown = errorsOf(copies[from]);
      const lib = copies[to];
      expect(lib.isInputError(thrown.input)).toBe(true);
      expect(thrown.input).toBeInstanceOf(lib.InputError);
      expect(lib.isInputError(thrown.model)).toBe(true);
      expect(lib.isCodebookError(thrown.codebook)).toBe(true);
      expect(thrown.codebook).toBeInstanceOf(lib.CodebookError);
      expect(lib.isFixtureError(thrown.fixture)).toBe(true);
      expect(thrown.fixture).toBeInstanceOf(lib.FixtureError);
      for (const error of Object.values(thrown)) {
        expect(lib.isStandpointError(error)).toBe(true);
        expect(error).toBeInstanceOf(lib.StandpointError);
        expect(error).toBeInstanceOf(Error);
      }
      // Each guard only for its own class.
      expect(lib.isInputError(thrown.codebook)).toBe(false);
      expect(lib.isCodebookError(thrown.input)).toBe(false);
      expect(lib.isFixtureError(thrown.base)).toBe(false);
      expect(thrown.base).not.toBeInstanceOf(lib.InputError);
      expect(lib.isInputError(thrown.base)).toBe(false);
    });
  }

  it('a FixtureError of the testing entry point is one for the main entry point', () => {
    const error = caught(() => testingEsm.loadFixtures('{"id":"p"}'));
    expect((error as FixtureError).code).toBe('FIXTURE_INVALID');
    expect(esm.isFixtureError(error)).toBe(true);
    expect(cjs.isFixtureError(error)).toBe(true);
    expect(error).toBeInstanceOf(cjs.StandpointError);
  });

  it('nothing else passes for a standpoint error', () => {
    for (const lib of [esm, cjs]) {
      for (const value of [new Error('x'), new TypeError('x'), { code: 'INPUT_NOT_STRING', message: 'x', name: 'InputError' }, Object.create(lib.InputError.prototype), null, undefined, 'INPUT_NOT_STRING', 42]) {
        expect(lib.isStandpointError(value)).toBe(false);
        expect(lib.isInputError(value)).toBe(false);
        expect(value instanceof lib.StandpointError).toBe(false);
      }
    }
  });

  it('a class derived from one of ours is matched by its prototype, as usual', () => {
    class RetryableInputError extends source.InputError {}
    const mine = new RetryableInputError('INPUT_TOO_LONG', 'the text is too long; split it');
    expect(mine).toBeInstanceOf(RetryableInputError);
    expect(mine).toBeInstanceOf(source.InputError);
    expect(esm.isInputError(mine)).toBe(true);
    expect(new source.InputError('INPUT_TOO_LONG', 'the text is too long; split it')).not.toBeInstanceOf(RetryableInputError);
  });

  it('the brands stay out of JSON, spreads and keys', () => {
    const error = errorsOf(esm).input as InputError;
    expect(Object.keys(error)).not.toContain(expect.stringMatching(/standpoint/));
    expect(Object.getOwnPropertySymbols({ ...error })).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'InputError', code: 'INPUT_NOT_STRING', issues: [] });
  });
});
