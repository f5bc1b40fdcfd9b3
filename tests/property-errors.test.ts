import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StandpointError, createLabeler, label, safeDefineCodebook, syria } from '../src/index.js';

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
