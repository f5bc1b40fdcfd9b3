import { isStandpointError } from '../errors/standpoint-error.js';
import { InputError } from '../errors/input-error.js';
import { createLabeler } from '../label.js';
import type { BatchInput, BatchResult, Codebook } from '../types.js';

export interface LabelBatchOptions {
  codebook?: Codebook;
  concurrency?: number;
  signal?: AbortSignal;
}

function toRecord(input: unknown, index: number): { id: string; text: string; date?: string } {
  if (typeof input === 'string') return { id: String(index), text: input };
  if (input === null || typeof input !== 'object') throw new InputError('INPUT_BAD_RECORD', `input ${index} is ${input === null ? 'null' : typeof input}; give a string or { id, text }`);
  const record = input as { id?: unknown; text?: unknown; date?: unknown };
  const id = record.id === undefined ? String(index) : String(record.id);
  if (typeof record.text !== 'string') throw new InputError(record.text === undefined ? 'INPUT_MISSING_TEXT' : 'INPUT_NOT_STRING', `input ${id} has ${record.text === undefined ? 'no "text"' : `a "text" of type ${typeof record.text}`}; give it the document as a string`);
  return { id, text: record.text, ...(typeof record.date === 'string' ? { date: record.date } : {}) };
}

function idOf(input: unknown, index: number): string {
  if (input && typeof input === 'object' && 'id' in input && (input as { id: unknown }).id !== undefined) return String((input as { id: unknown }).id);
  return String(index);
}

/**
 * Labels many documents, one result per input in input order; a bad input
 * yields an error result and the batch goes on.
 *
 * @param inputs - Strings or `{ id, text, date? }` records, sync or async iterable.
 * @param options - `codebook`, `concurrency`, `signal`.
 * @returns An async iterable of `{ id, document }` or `{ id, error: { code, message } }`.
 * @example
 * for await (const result of labelBatch(['"Assad must go," said Kerry.', 42 as never])) {
 *   console.log('error' in result ? result.error.code : result.document.sentences.length)
 * }
 * // 1
 * // INPUT_BAD_RECORD
 */
export async function* labelBatch(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: LabelBatchOptions = {}): AsyncGenerator<BatchResult> {
  const labeler = createLabeler(options.codebook ? { codebook: options.codebook } : {});
  let index = 0;
  for await (const input of inputs as AsyncIterable<unknown>) {
    options.signal?.throwIfAborted();
    const i = index++;
    try {
      const record = toRecord(input, i);
      yield { id: record.id, document: labeler.label(record.text, record.date ? { date: record.date } : {}) };
    } catch (error) {
      const code = isStandpointError(error) ? error.code : 'INTERNAL';
      yield { id: idOf(input, i), error: { code, message: (error as Error).message } };
    }
  }
}
