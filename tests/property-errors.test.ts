import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, StandpointError, createLabeler, label, labelBatch, safeDefineCodebook, syria } from '../src/index.js';
import { isIsoDate } from '../src/options.js';

// Whatever label(), createLabeler() and safeDefineCodebook() are given, they
// return a result or throw a StandpointError with a stable code: never a
// TypeError, a RangeError or a crash.

const CODE = /^[A-Z]+(_[A-Z]+)+$/;

function onlyTypedErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(StandpointError);
    expect((error as StandpointError).code).toMatch(CODE);
    expect((error as StandpointError).message.length).toBeGreaterThan(20);
  }
}

// Option objects with the right keys and random values, and random values as a whole.
const options = fc.oneof(
  fc.anything(),
  fc.record(
    {
      codebook: fc.oneof(fc.anything(), fc.constant(syria), fc.jsonValue()),
      date: fc.oneof(fc.anything(), fc.constantFrom('2016', '2016-01', '2016-01-13', '2016-13-45')),
      maxLength: fc.oneof(fc.anything(), fc.integer(), fc.double()),
      model: fc.oneof(fc.anything(), fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
);

describe('arguments of any kind', () => {
  it('label(anything, anything) returns a document or throws a StandpointError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 50 }), fc.anything()), options, (text, opts) => {
        onlyTypedErrors(() => label(text as string, opts as never));
      }),
      { numRuns: 400 },
    );
  });

  it('createLabeler(anything) returns a labeler or throws a StandpointError', () => {
    fc.assert(
      fc.property(options, (opts) => {
        onlyTypedErrors(() => createLabeler(opts as never).label('"Assad must go," said Kerry.'));
      }),
      // Each labeler compiles its codebook: fewer runs.
      { numRuns: 60 },
    );
  });

  it('safeDefineCodebook(anything) never throws', () => {
    // Near-valid codebooks: the default with one field replaced by something random.
    const field = fc.constantFrom('id', 'version', 'affiliations', 'slots', 'actors', 'concepts', 'defaultDate', 'label');
    const mutated = fc.tuple(field, fc.jsonValue()).map(([key, value]) => ({ ...syria, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), mutated), (value) => {
        const result = safeDefineCodebook(value);
        if (!result.success) expect(result.error.code).toBe('CODEBOOK_INVALID');
      }),
      { numRuns: 300 },
    );
  });
});

describe('options, whatever they are', () => {
  const LABEL_KEYS = ['codebook', 'model', 'maxLength', 'date', 'trace'];
  const BATCH_KEYS = [...LABEL_KEYS, 'concurrency', 'signal', 'window'];
  const stray = (known: string[]) => fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !known.includes(key) && key !== '__proto__');

  it('an unknown key is always refused by name, whatever else is given', () => {
    fc.assert(
      fc.property(stray(LABEL_KEYS), fc.anything(), fc.constantFrom({}, { date: '2016-01-13' }, { maxLength: 100 }, { trace: true }), (key, value, rest) => {
        let caught: unknown;
        try {
          label('x', { ...rest, [key]: value } as never);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(InputError);
        expect((caught as InputError).code).toBe('INPUT_INVALID_OPTION');
        expect((caught as InputError).issues).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', path: [key] }));
      }),
      { numRuns: 300 },
    );
  });

  it('labelBatch refuses an unknown key before it reads any input', async () => {
    await fc.assert(
      fc.asyncProperty(stray(BATCH_KEYS), fc.anything(), async (key, value) => {
        let pulled = 0;
        const inputs = (function* () {
          pulled++;
          yield 'x';
        })();
        await expect(labelBatch(inputs, { [key]: value } as never).next()).rejects.toMatchObject({ code: 'INPUT_INVALID_OPTION' });
        expect(pulled).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('every issue of a refused option names a key that was given', () => {
    const values = fc.dictionary(fc.constantFrom(...LABEL_KEYS, 'dat', 'concurrency'), fc.anything(), { maxKeys: 5 });
    fc.assert(
      fc.property(values, (options) => {
        try {
          label('x', options as never);
        } catch (error) {
          if (!(error instanceof InputError) || error.code !== 'INPUT_INVALID_OPTION') return;
          expect(error.issues.length).toBeGreaterThan(0);
          for (const issue of error.issues) {
            expect(Object.keys(options)).toContain(issue.path[0]);
            expect(error.message).toContain(issue.message);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a date is accepted exactly when the calendar has it', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        // The oracle: Date.UTC rolls an impossible day or month over into the next, a real one stays put.
        const real = new Date(Date.UTC(y, m - 1, d));
        const exists = m >= 1 && m <= 12 && d >= 1 && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
        expect(isIsoDate(`${y}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(exists);
        expect(isIsoDate(`${y}-${pad(m, 2)}`)).toBe(m >= 1 && m <= 12);
        expect(isIsoDate(String(y))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
