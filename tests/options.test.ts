import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { BatchOptions, BatchResult, InputError, LabelCallOptions, LabelerOptions, LabelOptions, TrainedModel } from '../src/index.js';
import { createLabeler, defineCodebook, isInputError, label, labelBatch, syria } from '../src/index.js';
import { isIsoDate, safeParseOptions } from '../src/options.js';
import * as compile from '../src/codebook/compile.js';
import * as validate from '../src/model/validate.js';

// Count compiles and model validations: a labeler kept is one not built again.
vi.mock('../src/codebook/compile.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/codebook/compile.js')>();
  return { ...original, compileCodebook: vi.fn(original.compileCodebook) };
});
vi.mock('../src/model/validate.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/model/validate.js')>();
  return { ...original, validateModel: vi.fn(original.validateModel) };
});
const compiles = () => vi.mocked(compile.compileCodebook).mock.calls.length;
const validations = () => vi.mocked(validate.validateModel).mock.calls.length;

function refusal(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(isInputError(error), String(error)).toBe(true);
    expect((error as InputError).code).toBe('INPUT_INVALID_OPTION');
    return error as InputError;
  }
  throw new Error('expected INPUT_INVALID_OPTION, got a result');
}

async function rejection(iterable: AsyncIterable<BatchResult>): Promise<{ error: InputError; results: number }> {
  let results = 0;
  try {
    for await (const _ of iterable) results++;
  } catch (error) {
    expect(isInputError(error), String(error)).toBe(true);
    return { error: error as InputError, results };
  }
  throw new Error(`expected a rejection, got ${results} results`);
}

const KERRY = '"Assad must go," said Kerry.';

describe('dates: one check for every date', () => {
  it.each([
    ['2016', true],
    ['2016-01', true],
    ['2016-01-13', true],
    ['2016-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100, not 400
    ['2015-02-29', false],
    ['2016-04-31', false],
    ['2016-12-31', true],
    ['2016-13-45', false],
    ['2016-13', false],
    ['2016-00', false],
    ['2016-01-00', false],
    ['2016-1-13', false],
    ['16', false],
    ['', false],
    [' 2016', false],
    ['2016-01-13T10:00:00Z', false], // an option takes a day; only a batch record's timestamp is cut to it
    ['13/01/2016', false],
    ['last week', false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('refuses values that are not strings', () => {
    for (const value of [2016, null, undefined, new Date(0), {}, ['2016']]) expect(isIsoDate(value)).toBe(false);
  });

  it('label(), labeler.label(), labelBatch() and a batch record refuse the same dates', async () => {
    for (const date of ['2016-13-45', '2015-02-29', '2016-1-13', 'tomorrow']) {
      expect(refusal(() => label('x', { date })).issues).toEqual([expect.objectContaining({ path: ['date'], code: 'invalid_format' })]);
      refusal(() => createLabeler().label('x', { date }));
      const { error, results } = await rejection(labelBatch(['x'], { date }));
      expect(results).toBe(0);
      expect(error.issues.map((i) => i.path)).toEqual([['date']]);
      const records: BatchResult[] = [];
      for await (const r of labelBatch([{ id: 'a', text: 'x', date }])) records.push(r);
      expect(records).toEqual([{ id: 'a', error: { code: 'INPUT_INVALID_OPTION', message: expect.stringContaining(JSON.stringify(date)) } }]);
    }
    for (const date of ['2016', '2016-02', '2016-02-29']) {
      expect(label('x', { date }).sentences).toHaveLength(1);
      expect(createLabeler().label('x', { date }).sentences).toHaveLength(1);
    }
  });

  it('a Date object is refused with the line that converts it', () => {
    expect(refusal(() => label('x', { date: new Date(0) as never })).message).toContain('toISOString().slice(0, 10)');
  });
});

describe('one strict options check', () => {
  it('a misspelled option is refused, with the option it resembles', () => {
    const error = refusal(() => label('x', { dat: '2016-01-01' } as never));
    expect(error.issues).toEqual([{ code: 'unrecognized_keys', path: ['dat'], message: expect.stringContaining('did you mean "date"') }]);
    expect(error.message).toContain('options.dat');
    expect(refusal(() => label('x', { maxlength: 10 } as never)).message).toContain('did you mean "maxLength"');
    expect(refusal(() => createLabeler({ codebok: syria } as never)).message).toContain('did you mean "codebook"');
  });

  it('an option of another function says which function takes it', () => {
    expect(refusal(() => createLabeler({ date: '2016' } as never)).issues[0]!.message).toMatch(/not an option of createLabeler\(\); it is one of label\(\), labeler\.label\(\), labelBatch\(\)/);
    expect(refusal(() => label('x', { concurrency: 2 } as never)).issues[0]!.message).toMatch(/it is one of labelBatch\(\)/);
    expect(refusal(() => createLabeler().label('x', { codebook: syria } as never)).issues[0]!.message).toMatch(/not an option of labeler\.label\(\)/);
  });

  it('lists every problem at once, each with its code, path and message', () => {
    const error = refusal(() => label('x', { date: '2016-13-45', maxLength: 0, trace: 'yes', dat: 1, concurrency: 2 } as never));
    expect(error.issues.map((i) => [i.code, i.path.join('.')]).sort()).toEqual(
      [
        ['invalid_format', 'date'],
        ['too_small', 'maxLength'],
        ['invalid_type', 'trace'],
        ['unrecognized_keys', 'dat'],
        ['unrecognized_keys', 'concurrency'],
      ].sort(),
    );
    expect(error.message).toMatch(/^label\(\) got 5 bad options; fix each:\n/);
    for (const issue of error.issues) expect(error.message).toContain(`options.${issue.path.join('.')} ${issue.message}`);
  });

  it('labelBatch() lists every problem at once too, on the first next(), before reading any input', async () => {
    let pulled = 0;
    function* inputs() {
      pulled++;
      yield KERRY;
    }
    const batch = labelBatch(inputs(), { date: '2016-13-45', concurrency: 0, window: 1.5, signal: 'stop', codebook: 7 } as never);
    const { error, results } = await rejection(batch);
    expect(results).toBe(0);
    expect(pulled).toBe(0);
    expect(error.issues.map((i) => i.path.join('.')).sort()).toEqual(['codebook', 'concurrency', 'date', 'signal', 'window']);
  });

  it('labelBatch() refuses a bad codebook or model before reading any input', async () => {
    let pulled = 0;
    async function* inputs() {
      pulled++;
      yield KERRY;
    }
    await expect(labelBatch(inputs(), { codebook: { id: 'x' } as never }).next()).rejects.toMatchObject({ code: 'CODEBOOK_INVALID' });
    await expect(labelBatch(inputs(), { model: { kind: 'nope' } as never }).next()).rejects.toMatchObject({ code: 'MODEL_INVALID' });
    expect(pulled).toBe(0);
  });

  it('options that are not an object are refused with an example of the call', () => {
    for (const bad of [null, 'syria', 42, true, ['date']]) {
      expect(refusal(() => label('x', bad as never)).message).toMatch(/label\(\): options must be an object, e\.g\. label\(text, \{/);
      expect(refusal(() => createLabeler(bad as never)).message).toMatch(/createLabeler\(\): options must be an object/);
      expect(refusal(() => createLabeler().label('x', bad as never)).message).toMatch(/labeler\.label\(\): options must be an object/);
    }
  });

  it('an option given as undefined is the same as one not given', () => {
    expect(label(KERRY, { date: undefined, maxLength: undefined, trace: undefined, codebook: undefined, model: undefined })).toEqual(label(KERRY));
  });

  it('trace is a boolean option of label(), labeler.label() and labelBatch()', async () => {
    expect(label(KERRY, { trace: true }).sentences[0]!.claims.length).toBeGreaterThan(0);
    expect(label(KERRY, { trace: false }).sentences).toHaveLength(1);
    expect(createLabeler().label(KERRY, { trace: true }).sentences).toHaveLength(1);
    for (const bad of [1, 'true', null]) refusal(() => label('x', { trace: bad as never }));
    for await (const r of labelBatch([KERRY], { trace: true })) expect('document' in r).toBe(true);
    expect((await rejection(labelBatch([KERRY], { trace: 'yes' as never }))).error.issues[0]!.path).toEqual(['trace']);
  });

  it('train() options have a schema of their own (folds a whole number of at least 2)', () => {
    expect(safeParseOptions('train()', { folds: 2, learner: 'perceptron' }).success).toBe(true);
    const result = safeParseOptions('train()', { folds: 1, min: 1 });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((i) => i.path.join('.')).sort()).toEqual(['folds', 'min']);
  });

  it('the option types name what the schemas accept', () => {
    expectTypeOf<keyof LabelOptions>().toEqualTypeOf<'codebook' | 'model' | 'maxLength' | 'date' | 'trace'>();
    expectTypeOf<keyof LabelerOptions>().toEqualTypeOf<'codebook' | 'model' | 'maxLength'>();
    expectTypeOf<keyof LabelCallOptions>().toEqualTypeOf<'date' | 'trace'>();
    expectTypeOf<keyof BatchOptions>().toEqualTypeOf<'codebook' | 'model' | 'maxLength' | 'date' | 'trace' | 'concurrency' | 'signal' | 'window'>();
  });
});

describe('labelers kept by codebook, model and maxLength', () => {
  const climate = defineCodebook({
    id: 'climate',
    version: '1',
    affiliations: ['government', 'other'],
    actors: [{ id: 'minister', name: 'The Minister', kind: 'person', affiliation: 'government', aliases: ['Jane Doe'] }],
    concepts: [{ id: 'carbon-tax', label: 'A carbon tax', cues: { support: ['carbon tax'] } }],
  });

  it('label(text, { maxLength }) compiles the codebook no more than label(text) does', () => {
    const plain = label(KERRY);
    const before = compiles();
    for (let i = 0; i < 20; i++) expect(label(KERRY, { maxLength: 1e6 })).toEqual(plain);
    // A new maxLength each call (the text's own length, say) does not compile either.
    for (let i = 0; i < 20; i++) label(KERRY, { maxLength: KERRY.length + i });
    expect(compiles()).toBe(before);
    expect(() => label(KERRY, { maxLength: 5 })).toThrowError(expect.objectContaining({ code: 'INPUT_TOO_LONG' }));
  });

  it('a labeler kept for one maxLength is not used for another', () => {
    expect(label('123456', { maxLength: 6 }).sentences).toHaveLength(1);
    expect(() => label('123456', { maxLength: 5 })).toThrowError(expect.objectContaining({ code: 'INPUT_TOO_LONG' }));
    expect(label('123456', { maxLength: 6 }).sentences).toHaveLength(1);
  });

  it('createLabeler() shares the compiled codebook: a second labeler of a codebook compiles nothing', () => {
    createLabeler({ codebook: climate });
    const before = compiles();
    createLabeler({ codebook: climate, maxLength: 100 });
    createLabeler({ codebook: climate, model: null });
    expect(compiles()).toBe(before);
  });

  it('label() with a model validates it once, and keeps labelers with and without a model apart', () => {
    const linear = (classes: string[]) => ({ kind: 'linear' as const, classes, bias: classes.map(() => -1), weights: {} });
    const model: TrainedModel = { kind: 'standpoint-model', version: 2, codebook: { id: 'climate', version: '1' }, learner: 'logistic', stance: linear(['carbon-tax:support']), owner: linear(['owner']), holder: linear(['holder']), thresholds: { stance: {}, owner: 0.5, ownerFloor: 0.3 }, trainedOn: { passages: 1, sentences: 10 } };
    const before = validations();
    for (let i = 0; i < 5; i++) label('Jane Doe backs a carbon tax.', { codebook: climate, model, maxLength: 1000 });
    expect(validations()).toBe(before + 1);
    expect(label('Jane Doe backs a carbon tax.', { codebook: climate, model: null })).toEqual(createLabeler({ codebook: climate, model: null }).label('Jane Doe backs a carbon tax.'));
    expect(label(KERRY, { model: null })).toEqual(createLabeler({ model: null }).label(KERRY));
  });

  it('a codebook given as JSON is validated and compiled once, and again when the object changes', () => {
    const json = {
      id: 'tax',
      version: '1',
      affiliations: ['government'],
      actors: [{ id: 'minister', name: 'The Minister', kind: 'person', affiliation: 'government', aliases: ['Jane Doe'] }],
      concepts: [{ id: 'carbon-tax', label: 'A carbon tax', cues: { support: ['carbon tax'] } }],
    };
    const text = 'Jane Doe backs a carbon tax. Jane Doe backs a sugar levy.';
    const before = compiles();
    const first = label(text, { codebook: json as never });
    label(text, { codebook: json as never, maxLength: 1000 });
    expect(compiles()).toBe(before + 1);
    expect(first.sentences.map((s) => s.claims.length)).toEqual([1, 0]);
    json.concepts[0]!.cues.support.push('sugar levy');
    expect(label(text, { codebook: json as never }).sentences.map((s) => s.claims.length)).toEqual([1, 1]);
    expect(compiles()).toBe(before + 2);
  });
});
