import { describe, expect, it } from 'vitest';
import { CodebookError, InputError, StandpointError, createLabeler, defineCodebook, label, safeDefineCodebook, syria } from '../src/index.js';

// Every bad argument is refused at once with a typed error: a StandpointError
// subclass, a stable code, and a message that names what to fix.

const CODE = /^[A-Z]+(_[A-Z]+)+$/;

/** Runs `fn`, expects a StandpointError with `code` whose message mentions each of `words`. */
function expectRefused(fn: () => unknown, code: string, words: RegExp[] = []): StandpointError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${code}`).toBeInstanceOf(StandpointError);
  const error = caught as StandpointError;
  expect(error.code).toBe(code);
  expect(error.code).toMatch(CODE);
  expect(error.message.length).toBeGreaterThan(20);
  for (const w of words) expect(error.message).toMatch(w);
  return error;
}

describe('bad arguments', () => {
  it('label() with a non-string text', () => {
    for (const bad of [42, null, undefined, {}, ['a'], new String('a'), Symbol('s'), () => 'a', 10n, true, new Uint8Array([65])]) {
      const error = expectRefused(() => label(bad as never), 'INPUT_NOT_STRING', [/string/]);
      expect(error).toBeInstanceOf(InputError);
    }
    for (const bad of [42, null, {}]) expectRefused(() => createLabeler().label(bad as never), 'INPUT_NOT_STRING', [/string/]);
  });

  it('label() with options that are not an object', () => {
    for (const bad of [null, 'syria', 42, true]) expectRefused(() => label('x', bad as never), 'INPUT_INVALID_OPTION', [/options/]);
    for (const bad of [null, 'syria', 42]) expectRefused(() => createLabeler(bad as never), 'INPUT_INVALID_OPTION', [/options/]);
  });

  it('a codebook of the wrong kind or shape', () => {
    for (const bad of [42, 'syria', true, null]) {
      expectRefused(() => label('x', { codebook: bad as never }), 'INPUT_INVALID_OPTION', [/codebook/]);
      expectRefused(() => createLabeler({ codebook: bad as never }), 'INPUT_INVALID_OPTION', [/codebook/]);
    }
    for (const bad of [{}, [], { id: 'x' }, { ...syria, actors: 'none' }, { ...syria, concepts: [] }, { ...syria, extra: 1 }]) {
      const error = expectRefused(() => label('x', { codebook: bad as never }), 'CODEBOOK_INVALID', [/codebook/]);
      expect(error).toBeInstanceOf(CodebookError);
      expect((error as CodebookError).issues.length).toBeGreaterThan(0);
    }
  });

  it('options out of range', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10', null, {}]) {
      expectRefused(() => createLabeler({ maxLength: bad as never }), 'INPUT_INVALID_OPTION', [/maxLength/]);
      expectRefused(() => label('x', { maxLength: bad as never }), 'INPUT_INVALID_OPTION', [/maxLength/]);
    }
    for (const bad of [2016, '13/01/2016', 'last week', '', '2016-1-13', null, new Date(0)]) {
      expectRefused(() => label('x', { date: bad as never }), 'INPUT_INVALID_OPTION', [/date/]);
      expectRefused(() => createLabeler().label('x', { date: bad as never }), 'INPUT_INVALID_OPTION', [/date/]);
    }
  });

  it('unknown and misplaced options', () => {
    expectRefused(() => label('x', { dat: '2016-01-13' } as never), 'INPUT_INVALID_OPTION', [/options\.dat/, /did you mean "date"/]);
    expectRefused(() => label('x', { ['__proto__']: 1, date: '2016' } as never), 'INPUT_INVALID_OPTION', [/options/]);
    expectRefused(() => createLabeler({ date: '2016-01-13' } as never), 'INPUT_INVALID_OPTION', [/options\.date/, /labeler\.label\(\)/]);
    expectRefused(() => createLabeler().label('x', { maxLength: 10 } as never), 'INPUT_INVALID_OPTION', [/options\.maxLength/, /createLabeler\(\)/]);
    expectRefused(() => label('x', { concurrency: 2 } as never), 'INPUT_INVALID_OPTION', [/labelBatch\(\)/]);
  });

  it('a model of the wrong shape or for another codebook', () => {
    for (const bad of [42, 'model', {}, { kind: 'standpoint-nb' }, []]) expectRefused(() => createLabeler({ model: bad as never }), 'MODEL_INVALID', [/model/]);
    const climate = defineCodebook({
      id: 'climate',
      version: '1',
      affiliations: ['x'],
      actors: [],
      concepts: [{ id: 'tax', label: 'Tax', cues: { support: ['carbon tax'] } }],
    });
    // A model of the right shape (as train() makes them), trained for another codebook.
    const linear = (classes: string[]) => ({ kind: 'linear', classes, bias: classes.map(() => 0), weights: {} });
    const model = { kind: 'standpoint-model', version: 2, codebook: { id: 'syria', version: '1' }, learner: 'logistic', stance: linear(['cooperate:support']), owner: linear(['owner']), holder: linear(['holder']), thresholds: { stance: { 'cooperate:support': 0.5 }, owner: 0.5, ownerFloor: 0.2 }, trainedOn: { passages: 1, sentences: 1 } };
    expectRefused(() => createLabeler({ codebook: climate, model: model as never }), 'MODEL_CODEBOOK_MISMATCH', [/codebook/]);
  });

  it('text over maxLength', () => {
    expectRefused(() => createLabeler({ maxLength: 5 }).label('123456'), 'INPUT_TOO_LONG', [/maxLength/, /6/]);
  });
});

describe('hostile codebooks', () => {
  it('safeDefineCodebook never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    const values: unknown[] = [
      undefined, null, 0, 'x', [], [1, 2], () => 1, Symbol('s'), new Map(), new Date(0), cyclic, Object.create(null),
      JSON.parse('{"__proto__": {"id": "x"}, "constructor": 1}'),
      { ...syria, actors: [{ ...syria.actors[0], aliases: [''] }] },
      { ...syria, actors: [{ ...syria.actors[0], id: 'Not An Id' }] },
      { ...syria, slots: { lower: ['a'] } },
      { ...syria, concepts: [{ id: 'c', label: 'C', cues: { support: ['...'] } }] },
      { ...syria, concepts: [{ id: 'c', label: 'C', cues: { support: ['(a'] } }] },
      { ...syria, concepts: [{ id: 'c', label: 'C', cues: { support: [`${'['.repeat(10_000)}a`] } }] },
    ];
    for (const value of values) {
      const result = safeDefineCodebook(value);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.error).toBeInstanceOf(CodebookError);
      expect(result.error.code).toBe('CODEBOOK_INVALID');
      for (const issue of result.error.issues) {
        expect(typeof issue.code).toBe('string');
        expect(Array.isArray(issue.path)).toBe(true);
        expect(issue.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('names every problem with its path in the message', () => {
    const result = safeDefineCodebook({
      id: 'Bad Id',
      version: '',
      affiliations: [],
      actors: [{ id: 'a', name: 'A', kind: 'robot', affiliation: 'x', aliases: [] }],
      concepts: [{ id: 'c', label: 'C', cues: { support: [] } }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const paths = result.error.issues.map((i) => i.path.join('.'));
    for (const p of ['id', 'version', 'affiliations', 'actors.0.kind']) {
      expect(paths).toContain(p);
      expect(result.error.message).toContain(p);
    }
  });
});
