import { InputError } from '../errors/input-error.js';
import { dateProblem, isIsoDate } from '../options.js';
import { isStandpointError } from '../errors/standpoint-error.js';
import type { BatchResult } from '../types.js';

/** A batch input once checked: the id it is reported under, its text and its date. */
export interface BatchRecord {
  id: string;
  text: string;
  date?: string;
}

// label() takes YYYY, YYYY-MM or YYYY-MM-DD; a record's timestamp ("2016-01-13T10:00:00Z") is cut to its day.
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

/** The date a record gives, with an ISO timestamp cut to its day; anything else is left for {@link recordDateError} to judge. */
export function recordDate(date: unknown): unknown {
  if (typeof date !== 'string') return date;
  const timestamp = ISO_TIMESTAMP.exec(date);
  return timestamp ? timestamp[1] : date;
}

/** Checks one batch input: a string, or an object with a string `text`. Throws an InputError for anything else. */
export function toRecord(input: unknown, index: number, defaultDate?: string): BatchRecord {
  if (typeof input === 'string') return { id: String(index), text: input, ...(defaultDate ? { date: defaultDate } : {}) };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InputError('INPUT_BAD_RECORD', `input ${index} is ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}; give a string or { id, text }`);
  }
  const record = input as { id?: unknown; text?: unknown; date?: unknown };
  const id = idOf(input, index);
  if (typeof record.text !== 'string') {
    throw new InputError(
      record.text === undefined ? 'INPUT_MISSING_TEXT' : 'INPUT_NOT_STRING',
      `input ${id} has ${record.text === undefined ? 'no "text"' : `a "text" of type ${record.text === null ? 'null' : typeof record.text}`}; give it the document as a string`,
    );
  }
  const date = record.date === undefined || record.date === null ? defaultDate : recordDate(record.date);
  const problem = recordDateError(`the "date" of input ${id}`, date);
  if (problem) throw problem;
  return { id, text: record.text, ...(date ? { date: date as string } : {}) };
}

/**
 * The error for a record's date (`subject` names it in the message) that is not a date label() reads (the same
 * check as the `date` option), or null when it is one or there is none.
 * The code is the option's, INPUT_INVALID_OPTION: the record gives the
 * labeler a bad date, whatever carried it.
 */
export function recordDateError(subject: string, date: unknown): InputError | null {
  if (date === undefined || isIsoDate(date)) return null;
  return new InputError('INPUT_INVALID_OPTION', `${subject} ${dateProblem(date)}; a timestamp such as "2016-01-13T10:00:00Z" is read as its day`, {
    issues: [{ code: 'invalid_format', path: ['date'], message: dateProblem(date) }],
  });
}

/** The id a result is reported under: the input's own `id` (as a string), else its position. */
export function idOf(input: unknown, index: number): string {
  if (input && typeof input === 'object' && 'id' in input) {
    const id = (input as { id: unknown }).id;
    if (id !== undefined && id !== null) return typeof id === 'string' ? id : typeof id === 'object' ? JSON.stringify(id) : String(id);
  }
  return String(index);
}

/** The error result for a failure: a StandpointError keeps its code, anything else is INTERNAL. */
export function errorResult(id: string, error: unknown): BatchResult {
  const code = isStandpointError(error) ? error.code : 'INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  return { id, error: { code, message } };
}
