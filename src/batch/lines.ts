/**
 * The JSON Lines filter: one output line per input line, computed from that
 * line alone (no line numbers, no state), so that the same input line gives
 * the same bytes whether it runs in one process, on a worker, or in a shard
 * under GNU parallel, Spark's RDD.pipe or Hadoop Streaming.
 */
import { isStandpointError } from '../errors/standpoint-error.js';
import type { ErrorRecordCode } from '../errors/codes.js';
import type { Labeler, LabeledDocument } from '../types.js';
import { recordDate, recordDateError } from './records.js';

/**
 * A whole plain-text document named by its file (`{ file, text }`), or one
 * that could not be used: not valid UTF-8, or not readable (the reason).
 */
export type FileItem = { file: string; text: string } | { file: string; badUtf8: true } | { file: string; unreadable: string };

/**
 * A run of JSON Lines as bytes, as read: the lines back to back without their
 * newlines, line i being `data[ends[i - 1] ?? 0, ends[i])`. Lines over the
 * reader's limit were dropped unread: their indices are in `tooLong` (and
 * they take no bytes). Decoding happens where the labeling does, so that the
 * thread reading the input never holds the text as strings.
 */
export interface LineRun {
  data: Uint8Array;
  ends: number[];
  tooLong?: number[];
}

/** What labeling a run gave: the output lines as UTF-8 (each ending in "\n") and counts for the summary. */
export interface LinesOutcome {
  out: Uint8Array;
  lines: number;
  labeled: number;
  sentences: number;
  claims: number;
  /** Failed lines: their position in the run and their error code. */
  errors: Array<[number, ErrorRecordCode]>;
}

const ERROR_MESSAGES = {
  INPUT_BAD_UTF8: 'the line is not valid UTF-8; re-encode the input as UTF-8',
  INPUT_BAD_UTF8_FILE: 'the file is not valid UTF-8; re-encode it as UTF-8',
  INPUT_EMPTY_LINE: 'the line is empty; give one JSON object {"id","text"} per line',
} as const;

/** The error line for an input: `{"id":...,"error":{"code","message"}}`, id as the input gave it (null when it has none). */
export function errorLine(id: unknown, code: ErrorRecordCode, message: string): string {
  return `{"id":${id === undefined ? 'null' : JSON.stringify(id) ?? 'null'},"error":${JSON.stringify({ code, message })}}`;
}

// For a line that does not parse: an "id" at the top level (before any nested object), best effort.
const ID_FIELD = /"id"\s*:\s*("(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/;

/** The id of a malformed line when it can be read, else null. */
export function recoverId(raw: string): unknown {
  const match = ID_FIELD.exec(raw);
  if (!match) return null;
  const before = raw.slice(0, match.index);
  if (before.split('{').length !== 2 || before.includes('}') || before.includes('[')) return null;
  try {
    return JSON.parse(match[1]!);
  } catch {
    return null;
  }
}

function countClaims(document: LabeledDocument): number {
  let claims = 0;
  for (const sentence of document.sentences) claims += sentence.claims.length;
  return claims;
}

/** An error as a result: a StandpointError keeps its code, anything else is INTERNAL. */
export function failure(error: unknown): { code: ErrorRecordCode; message: string } {
  if (isStandpointError(error)) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

interface One {
  line: string;
  document?: LabeledDocument;
  code?: ErrorRecordCode;
}

/** Labels one JSON Lines record: the input line with `"document":{...}` added, or an error line. */
export function labelLine(raw: string, labeler: Labeler, defaultDate?: string): One {
  if (raw.trim() === '') return { line: errorLine(null, 'INPUT_EMPTY_LINE', ERROR_MESSAGES.INPUT_EMPTY_LINE), code: 'INPUT_EMPTY_LINE' };
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (error) {
    return { line: errorLine(recoverId(raw), 'INPUT_BAD_JSON', `the line is not valid JSON: ${(error as Error).message}`), code: 'INPUT_BAD_JSON' };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    const kind = record === null ? 'null' : Array.isArray(record) ? 'an array' : typeof record;
    return { line: errorLine(null, 'INPUT_BAD_RECORD', `the line is ${kind}, not an object; give one JSON object {"id","text"} per line`), code: 'INPUT_BAD_RECORD' };
  }
  const fields = record as Record<string, unknown>;
  const id = fields.id ?? null;
  const text = fields.text;
  if (typeof text !== 'string') {
    const code = text === undefined ? 'INPUT_MISSING_TEXT' : 'INPUT_NOT_STRING';
    const message = text === undefined ? 'the record has no "text"; give the document as a string in "text"' : `the record's "text" is ${text === null ? 'null' : Array.isArray(text) ? 'an array' : `of type ${typeof text}`}; give the document as a string`;
    return { line: errorLine(id, code, message), code };
  }
  const date = fields.date === undefined || fields.date === null ? defaultDate : recordDate(fields.date);
  const dateError = recordDateError('the record\'s "date"', date);
  if (dateError) return { line: errorLine(id, dateError.code, dateError.message), code: dateError.code };
  let document: LabeledDocument;
  try {
    document = labeler.label(text, date === undefined ? {} : { date: date as string });
  } catch (error) {
    const { code, message } = failure(error);
    return { line: errorLine(id, code, message), code };
  }
  if (Object.hasOwn(fields, 'document')) return { line: JSON.stringify({ ...fields, document }), document };
  // The other fields pass through byte for byte: the record's own text, with the document spliced in before its closing brace.
  const trimmed = raw.trimEnd();
  return { line: `${trimmed.slice(0, -1)},"document":${JSON.stringify(document)}}`, document };
}

/** Labels one whole plain-text document named by its file: `{"id":FILE,"document":{...}}` or an error line. */
export function labelFile(file: string, text: string, labeler: Labeler, date?: string): One {
  try {
    const document = labeler.label(text, date === undefined ? {} : { date });
    return { line: `{"id":${JSON.stringify(file)},"document":${JSON.stringify(document)}}`, document };
  } catch (error) {
    const { code, message } = failure(error);
    return { line: errorLine(file, code, message), code };
  }
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** The error line for a line that is not valid UTF-8 (with its id when the rest of it can be read). */
function badUtf8Line(bytes: Uint8Array): One {
  const text = lossy.decode(bytes);
  let id: unknown = null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) id = (parsed as { id?: unknown }).id ?? null;
  } catch {
    id = recoverId(text);
  }
  return { line: errorLine(id, 'INPUT_BAD_UTF8', ERROR_MESSAGES.INPUT_BAD_UTF8), code: 'INPUT_BAD_UTF8' };
}

const TOO_LONG: One = { line: errorLine(null, 'INPUT_TOO_LONG', 'the line is over 64 MiB, more than a line may take; split the document'), code: 'INPUT_TOO_LONG' };

function tally(outcome: LinesOutcome, one: One, i: number): void {
  if (one.document) {
    outcome.labeled++;
    outcome.sentences += one.document.sentences.length;
    outcome.claims += countClaims(one.document);
  } else outcome.errors.push([i, one.code ?? 'INTERNAL']);
}

// The output of a run goes into one buffer of its own, line by line: no joined string (a large one
// would live until a full collection), and a buffer that can cross to the reading thread whole.
function finish(outcome: LinesOutcome, lines: string[]): LinesOutcome {
  outcome.lines = lines.length;
  let size = lines.length;
  for (const line of lines) size += Buffer.byteLength(line, 'utf8');
  const out = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const line of lines) {
    at += out.write(line, at, 'utf8');
    out[at++] = 0x0a;
  }
  outcome.out = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  return outcome;
}

const empty = (): LinesOutcome => ({ out: new Uint8Array(0), lines: 0, labeled: 0, sentences: 0, claims: 0, errors: [] });

/** Labels a run of JSON Lines (bytes), each line decoded on its own, strictly: one line of bad UTF-8 is one error line. */
export function labelRun(run: LineRun, labeler: Labeler, defaultDate?: string): LinesOutcome {
  const outcome = empty();
  const lines: string[] = new Array(run.ends.length);
  const tooLong = new Set(run.tooLong ?? []);
  let start = 0;
  run.ends.forEach((end, i) => {
    let stop = end;
    if (stop > start && run.data[stop - 1] === 0x0d) stop--; // CRLF
    const bytes = run.data.subarray(start, stop);
    start = end;
    let one: One;
    if (tooLong.has(i)) one = TOO_LONG;
    else {
      let text: string | null = null;
      try {
        text = strict.decode(bytes);
      } catch {
        text = null;
      }
      one = text === null ? badUtf8Line(bytes) : labelLine(text, labeler, defaultDate);
    }
    lines[i] = one.line;
    tally(outcome, one, i);
  });
  return finish(outcome, lines);
}

/** Labels plain-text documents, one output line each. */
export function labelFiles(items: readonly FileItem[], labeler: Labeler, date?: string): LinesOutcome {
  const outcome = empty();
  const lines = items.map((item, i) => {
    let one: One;
    if ('text' in item) one = labelFile(item.file, item.text, labeler, date);
    else if ('unreadable' in item) one = { line: errorLine(item.file, 'INPUT_UNREADABLE', `the file cannot be read: ${item.unreadable}`), code: 'INPUT_UNREADABLE' };
    else one = { line: errorLine(item.file, 'INPUT_BAD_UTF8', ERROR_MESSAGES.INPUT_BAD_UTF8_FILE), code: 'INPUT_BAD_UTF8' };
    tally(outcome, one, i);
    return one.line;
  });
  return finish(outcome, lines);
}
