/**
 * The options of every entry point, checked in one place: one zod schema per
 * function, strict (an unknown key is a mistake, not something to ignore),
 * every problem listed at once in an InputError INPUT_INVALID_OPTION. What
 * the checked values become (a validated codebook, a model) is
 * labeler-setup.ts: this module loads zod and nothing of the default
 * codebook or model, so that the command line can check its flags with it
 * on a thread that never labels.
 */
import { z } from 'zod';
import { InputError } from './errors/input-error.js';
import type { Issue } from './errors/issue.js';
import type { BatchOptions, Codebook, LabelCallOptions, LabelerOptions, LabelOptions, TrainOptions } from './types.js';

/** Texts longer than this (UTF-16 code units) are refused unless `maxLength` says otherwise. */
export const DEFAULT_MAX_LENGTH = 10_000_000;

// ───────────────────────── values ─────────────────────────

/** A value as a message shows it: `"2016-13-45"`, `0`, `null`, `a Date`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return 'an array';
  const name = (value as object).constructor?.name;
  return name && name !== 'Object' ? `a ${name}` : 'an object';
}

const got = (what: string, hint = '') => (issue: { input?: unknown }) => `must be ${what}${hint} (got ${describeValue(issue.input)})`;

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a value is a date standpoint reads: a real calendar date written
 * YYYY, YYYY-MM or YYYY-MM-DD ("2016-02-29" is one, "2016-13-45" and
 * "2015-02-29" are not). Every date of an option or a batch record is checked here.
 *
 * @param value - Anything.
 * @returns True for a calendar date in one of the three forms.
 * @example
 * [isIsoDate('2016'), isIsoDate('2016-02-29'), isIsoDate('2016-13-45'), isIsoDate('13/01/2016')] // [true, true, false, false]
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_SHAPE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysIn(year, month);
}

const DATE_RULE = 'a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2016-01-13"';

/** What a message says a date must be, and why this one is not (a Date object gets the line that converts it). */
export function dateProblem(value: unknown): string {
  const hint = value instanceof Date ? '; for a Date d, pass d.toISOString().slice(0, 10)' : '';
  return `must be ${DATE_RULE}${hint} (got ${describeValue(value)})`;
}

/** A date option or field: a string that {@link isIsoDate} accepts. */
export const isoDateSchema = z.string({ error: (issue) => dateProblem(issue.input) }).superRefine((value, ctx) => {
  if (!isIsoDate(value)) ctx.addIssue({ code: 'invalid_format', format: 'date', input: value, message: dateProblem(value) });
});

/** A value that `test` accepts; anything else is an invalid_type issue saying what it must be. */
function objectOf<T>(test: (value: unknown) => boolean, what: string) {
  return z.custom<T>().superRefine((value, ctx) => {
    if (!test(value)) ctx.addIssue({ code: 'invalid_type', expected: 'object', input: value, message: got(what)({ input: value }) });
  });
}

const positiveWhole = z
  .number({ error: got('a positive whole number') })
  .int({ error: got('a positive whole number') })
  .min(1, { error: got('a positive whole number') });

const codebookOption = objectOf<Codebook>((value) => typeof value === 'object' && value !== null, 'a codebook from defineCodebook() or its JSON object, e.g. { codebook: syria }');

// The model's shape is validateModel's to judge (MODEL_INVALID, MODEL_CODEBOOK_MISMATCH): it needs the codebook.
const modelOption = z.unknown();

const signalOption = objectOf<AbortSignal>((value) => value instanceof AbortSignal, 'an AbortSignal, e.g. AbortSignal.timeout(60_000)');

const labelerFields = {
  codebook: codebookOption.optional(),
  model: modelOption.optional(),
  maxLength: positiveWhole.optional(),
};

const callFields = {
  date: isoDateSchema.optional(),
  trace: z.boolean({ error: got('true or false') }).optional(),
};

const batchFields = {
  ...labelerFields,
  ...callFields,
  concurrency: positiveWhole.optional(),
  signal: signalOption.optional(),
  window: positiveWhole.optional(),
};

// ───────────────────────── schemas ─────────────────────────

/** Where each function's options are documented, for the messages: an example call. */
const EXAMPLES = {
  'label()': 'label(text, { date: "2016-01-13" })',
  'createLabeler()': 'createLabeler({ codebook, maxLength: 100_000 })',
  'labeler.label()': 'labeler.label(text, { date: "2016-01-13" })',
  'labelBatch()': 'labelBatch(docs, { concurrency: 2 })',
  'train()': "train(examples, { learner: 'logistic' })",
} as const;

export type OptionsOf = keyof typeof EXAMPLES;

const rootError = (fn: OptionsOf) => got('an object', `, e.g. ${EXAMPLES[fn]}`);

/** `createLabeler(options)`. */
export const labelerOptionsSchema = z.strictObject(labelerFields, { error: rootError('createLabeler()') });
/** `labeler.label(text, options)`. */
export const labelCallOptionsSchema = z.strictObject(callFields, { error: rootError('labeler.label()') });
/** `label(text, options)`: a labeler's options and a call's. */
export const labelOptionsSchema = z.strictObject({ ...labelerFields, ...callFields }, { error: rootError('label()') });
/** `labelBatch(inputs, options)`. */
export const batchOptionsSchema = z.strictObject(batchFields, { error: rootError('labelBatch()') });

/** `train(examples, options)`. */
export const trainOptionsSchema = z.strictObject(
  {
    codebook: codebookOption.optional(),
    learner: z.enum(['logistic', 'perceptron', 'bayes'], { error: got('"logistic", "perceptron" or "bayes"') }).optional(),
    folds: positiveWhole.refine((n) => n >= 2, 'must be 2 or more').optional(),
    seed: z.number({ error: got('a number') }).finite().optional(),
  },
  { error: rootError('train()') },
);

const SCHEMAS = {
  'label()': labelOptionsSchema,
  'createLabeler()': labelerOptionsSchema,
  'labeler.label()': labelCallOptionsSchema,
  'labelBatch()': batchOptionsSchema,
  'train()': trainOptionsSchema,
} as const;

// The schemas and the public option types say the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [
  Same<keyof z.input<typeof labelOptionsSchema>, keyof LabelOptions>,
  Same<keyof z.input<typeof labelerOptionsSchema>, keyof LabelerOptions>,
  Same<keyof z.input<typeof labelCallOptionsSchema>, keyof LabelCallOptions>,
  Same<keyof z.input<typeof batchOptionsSchema>, keyof BatchOptions>,
  Same<keyof z.input<typeof trainOptionsSchema>, keyof TrainOptions>,
] = [true, true, true, true, true];
void agree;

// ───────────────────────── issues ─────────────────────────

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** What to say about a key `fn` does not take: the option it is probably a misspelling of, or the function that takes it. */
function unknownKeyMessage(fn: OptionsOf, key: string): string {
  const own = Object.keys(SCHEMAS[fn].shape);
  const elsewhere = (Object.keys(SCHEMAS) as OptionsOf[]).filter((other) => other !== fn && key in SCHEMAS[other].shape);
  if (elsewhere.length > 0) return `is not an option of ${fn}; it is one of ${elsewhere.join(', ')}`;
  const near = own.map((name) => ({ name, d: name.toLowerCase() === key.toLowerCase() ? 0 : distance(key, name) })).sort((a, b) => a.d - b.d)[0];
  if (near && near.d <= Math.max(1, Math.min(2, Math.floor(key.length / 3)))) return `is not an option of ${fn}; did you mean "${near.name}"?`;
  return `is not an option of ${fn}; its options are ${own.join(', ')}`;
}

function toIssues(fn: OptionsOf, error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue): Issue[] => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    // zod reports all unknown keys in one issue at the root; each is a problem of its own, at its own path.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ code: issue.code, path: [...path, key], message: unknownKeyMessage(fn, key) }));
    return [{ code: issue.code, path, message: issue.message }];
  });
}

/** "options.date must be …", one problem a line when there are several. */
export function formatOptionIssues(fn: string, issues: readonly Issue[], name: (path: Issue['path']) => string = (path) => ['options', ...path].join('.')): string {
  const lines = issues.map((issue) => `${name(issue.path)} ${issue.message}`);
  if (lines.length === 1) return `${fn}: ${lines[0]}`;
  return `${fn} got ${lines.length} bad options; fix each:\n${lines.map((line) => `  - ${line}`).join('\n')}`;
}

/** The zod-style outcome of checking options without throwing. */
export type OptionsResult<T> = { success: true; data: T } | { success: false; issues: Issue[] };

/** Checks `value` as the options of `fn`, every problem listed. */
export function safeParseOptions<F extends OptionsOf>(fn: F, value: unknown): OptionsResult<z.output<(typeof SCHEMAS)[F]>> {
  const parsed = SCHEMAS[fn].safeParse(value === undefined ? {} : value);
  if (parsed.success) return { success: true, data: parsed.data as z.output<(typeof SCHEMAS)[F]> };
  return { success: false, issues: toIssues(fn, parsed.error) };
}

/** The InputError for options that do not check out. */
export function optionsError(fn: string, issues: readonly Issue[]): InputError {
  return new InputError('INPUT_INVALID_OPTION', formatOptionIssues(fn, issues), { issues });
}

/**
 * Checks `value` as the options of `fn`.
 *
 * @throws InputError INPUT_INVALID_OPTION listing every problem (`issues`: code, path, message).
 */
export function parseOptions<F extends OptionsOf>(fn: F, value: unknown): z.output<(typeof SCHEMAS)[F]> {
  const result = safeParseOptions(fn, value);
  if (!result.success) throw optionsError(fn, result.issues);
  return result.data;
}
