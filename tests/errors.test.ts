import { describe, expect, it } from 'vitest';
import { InputError, StandpointError, createLabeler, isInputError, isStandpointError, label, labelBatch } from '../src/index.js';

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
