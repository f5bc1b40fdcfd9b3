import { isDefinedCodebook, defineCodebook } from '../codebook/define.js';
import { syria } from '../codebook/syria.js';
import { InputError } from '../errors/input-error.js';
import { StandpointError } from '../errors/standpoint-error.js';
import { createLabeler } from '../label.js';
import { validateModel } from '../model/validate.js';
import type { BatchInput, BatchResult, Codebook, TrainedModel } from '../types.js';
import { orderedMap } from './ordered.js';
import { startPool, type LabelPool, type WorkerSetup } from './pool.js';
import { errorResult, idOf, toRecord } from './records.js';

export interface LabelBatchOptions {
  /** The codebook (default `syria`): validated once, and sent to each worker once. */
  codebook?: Codebook;
  /** A model from `train()`, or null for cues only; default: the codebook's bundled model. */
  model?: TrainedModel | null;
  /**
   * 1 (the default) labels on this thread, one document at a time. N > 1
   * labels on a pool of N worker threads (piscina); results still come back
   * in input order. Each worker loads wink-nlp (~230 ms, ~90 MB), so a pool
   * pays off from a few hundred documents on.
   */
  concurrency?: number;
  /** Stops the batch: the iteration rejects with the signal's reason and the workers are ended. */
  signal?: AbortSignal;
  /** ISO date for inputs that give none (resolves role nouns such as "the Secretary of State"). */
  date?: string;
  /** Longest text accepted (UTF-16 code units); a longer one is an error result. */
  maxLength?: number;
  /** Most documents read ahead of the consumer with concurrency > 1 (default 64 × concurrency, sent to the workers 16 at a time): the memory bound on an unbounded input. */
  window?: number;
}

function checkCount(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InputError('INPUT_INVALID_OPTION', `options.${name} must be a positive integer (got ${String(value)})`);
  }
  return value;
}

function checkOptions(options: LabelBatchOptions): { concurrency: number; window: number } {
  if (options === null || typeof options !== 'object') throw new InputError('INPUT_INVALID_OPTION', 'labelBatch() takes an options object as its second argument, e.g. labelBatch(docs, { concurrency: 2 })');
  const concurrency = checkCount('concurrency', options.concurrency, 1);
  const window = checkCount('window', options.window, 64 * concurrency);
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) throw new InputError('INPUT_INVALID_OPTION', 'options.signal must be an AbortSignal, e.g. AbortSignal.timeout(60_000)');
  if (options.date !== undefined && (typeof options.date !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(options.date))) {
    throw new InputError('INPUT_INVALID_OPTION', `options.date must be an ISO date string such as "2016-01-13" (got ${JSON.stringify(options.date)})`);
  }
  checkCount('maxLength', options.maxLength, 1);
  return { concurrency, window };
}

/** What the workers are built from, validated here so that a bad option fails before any worker starts. */
function workerSetup(options: LabelBatchOptions): WorkerSetup {
  let codebook: Codebook | undefined;
  if (options.codebook !== undefined && options.codebook !== syria) {
    codebook = isDefinedCodebook(options.codebook) ? options.codebook : defineCodebook(options.codebook);
  }
  const setup: WorkerSetup = {};
  if (codebook) setup.codebook = codebook;
  if (options.model === null) setup.model = null;
  else if (options.model !== undefined) setup.model = validateModel(options.model, codebook ?? syria);
  if (options.maxLength !== undefined) setup.maxLength = options.maxLength;
  return setup;
}

async function* sequential(inputs: Iterable<unknown> | AsyncIterable<unknown>, options: LabelBatchOptions): AsyncGenerator<BatchResult> {
  const labeler = createLabeler({
    ...(options.codebook === undefined ? {} : { codebook: options.codebook }),
    ...(options.model === undefined ? {} : { model: options.model }),
    ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }),
  });
  const { signal } = options;
  let index = 0;
  for await (const input of inputs) {
    signal?.throwIfAborted();
    const i = index++;
    let result: BatchResult;
    try {
      const record = toRecord(input, i, options.date);
      result = { id: record.id, document: labeler.label(record.text, record.date === undefined ? {} : { date: record.date }) };
    } catch (error) {
      result = errorResult(idOf(input, i), error);
    }
    yield result;
  }
}

// A failure of the pool itself (not of a document): ends the batch.
class PoolFailure {
  constructor(readonly error: StandpointError) {}
}

/** A task carries up to this many documents (or this much text), so that messaging costs little per document. */
const GROUP_DOCS = 16;
const GROUP_CHARS = 64 * 1024;

async function* pooled(inputs: Iterable<unknown> | AsyncIterable<unknown>, options: LabelBatchOptions, concurrency: number, window: number): AsyncGenerator<BatchResult> {
  const setup = workerSetup(options);
  options.signal?.throwIfAborted();
  // Documents go to the workers in groups; `window` documents at most are read ahead.
  const groupDocs = Math.max(1, Math.min(GROUP_DOCS, Math.floor(window / (2 * concurrency))));
  const windowGroups = Math.max(1, Math.ceil(window / groupDocs));
  const pool: LabelPool = await startPool(concurrency, setup);
  let succeeded = false;
  const run = async (group: Array<[unknown, number]>): Promise<Array<BatchResult | PoolFailure>> => {
    const results: Array<BatchResult | PoolFailure | null> = new Array(group.length).fill(null);
    const records: Array<{ at: number; id: string; text: string; date?: string }> = [];
    group.forEach(([input, i], at) => {
      try {
        const record = toRecord(input, i, options.date);
        records.push({ at, ...record });
      } catch (error) {
        results[at] = errorResult(idOf(input, i), error);
      }
    });
    if (records.length > 0) {
      try {
        const reply = await pool.run({ kind: 'docs', docs: records.map((r) => (r.date === undefined ? { text: r.text } : { text: r.text, date: r.date })) });
        if ('fatal' in reply) return [new PoolFailure(new StandpointError(reply.fatal.code, `the labeling workers could not start: ${reply.fatal.message}`))];
        if (!('docs' in reply)) return [new PoolFailure(new StandpointError('WORKER_FAILED', 'a worker answered documents with something else'))];
        succeeded = true;
        records.forEach((record, k) => {
          const one = reply.docs[k]!;
          results[record.at] = 'document' in one ? { id: record.id, document: one.document } : { id: record.id, error: one.error };
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // Before any document came back, a failing worker means the pool cannot work at all.
        if (!succeeded) return [new PoolFailure(new StandpointError('WORKER_FAILED', `the labeling workers failed: ${message}`, { cause: error }))];
        for (const record of records) results[record.at] = { id: record.id, error: { code: 'WORKER_FAILED', message: `the worker labeling this document stopped: ${message}` } };
      }
    }
    return results as Array<BatchResult | PoolFailure>;
  };
  try {
    for await (const results of orderedMap(groups(inputs, groupDocs, GROUP_CHARS), run, { window: windowGroups, ...(options.signal ? { signal: options.signal } : {}) })) {
      for (const result of results) {
        if (result instanceof PoolFailure) throw result.error;
        options.signal?.throwIfAborted();
        yield result;
      }
    }
  } finally {
    await pool.destroy();
  }
}

const WAITING = Symbol('waiting');

function textLength(input: unknown): number {
  if (typeof input === 'string') return input.length;
  const text = input && typeof input === 'object' ? (input as { text?: unknown }).text : undefined;
  return typeof text === 'string' ? text.length : 0;
}

/**
 * The inputs in groups of up to `maxDocs` documents or `maxChars` of text,
 * with their positions. A group also ends when the source has nothing ready
 * (its next item is not there by the next turn of the event loop), so a slow
 * source's documents are not held back waiting for company.
 */
export async function* groups(source: Iterable<unknown> | AsyncIterable<unknown>, maxDocs: number, maxChars: number): AsyncGenerator<Array<[unknown, number]>> {
  const asyncIterator = (source as AsyncIterable<unknown>)[Symbol.asyncIterator];
  const iterator: AsyncIterator<unknown> | Iterator<unknown> = typeof asyncIterator === 'function' ? asyncIterator.call(source) : (source as Iterable<unknown>)[Symbol.iterator]();
  let group: Array<[unknown, number]> = [];
  let chars = 0;
  let index = 0;
  let pending: Promise<IteratorResult<unknown>> | null = null;
  let done = false;
  try {
    for (;;) {
      pending ??= new Promise<IteratorResult<unknown>>((resolve) => resolve(iterator.next()));
      let result: IteratorResult<unknown>;
      if (group.length > 0) {
        let timer: NodeJS.Immediate | undefined;
        const tick = new Promise<typeof WAITING>((resolve) => (timer = setImmediate(resolve, WAITING)));
        let winner: IteratorResult<unknown> | typeof WAITING;
        try {
          winner = await Promise.race([pending, tick]);
        } catch (error) {
          // The source failed: hand out what it gave, then fail as it did.
          done = true;
          yield group;
          throw error;
        } finally {
          clearImmediate(timer);
        }
        if (winner === WAITING) {
          yield group;
          group = [];
          chars = 0;
          continue;
        }
        result = winner;
      } else result = await pending.catch((error: unknown) => {
        done = true;
        throw error;
      });
      pending = null;
      if (result.done) {
        done = true;
        break;
      }
      group.push([result.value, index++]);
      chars += textLength(result.value);
      if (group.length >= maxDocs || chars >= maxChars) {
        yield group;
        group = [];
        chars = 0;
      }
    }
    if (group.length > 0) yield group;
  } finally {
    if (!done && typeof iterator.return === 'function') {
      const closing = Promise.resolve()
        .then(() => iterator.return!())
        .catch(() => undefined);
      if (pending === null) await closing;
    }
  }
}

/**
 * Labels many documents, one result per input in input order; a bad input
 * yields an error result and the batch goes on.
 *
 * With `concurrency` N > 1 the documents are labeled on a pool of N worker
 * threads: the codebook and model are sent to each worker once, at most
 * `window` documents are read ahead of the consumer (so an endless async
 * input is read only as fast as results are taken), and results are handed
 * out in input order.
 *
 * @param inputs - Strings or `{ id, text, date? }` records, sync or async iterable.
 * @param options - `codebook`, `model`, `concurrency`, `signal`, `date`, `maxLength`, `window`.
 * @returns An async iterable of `{ id, document }` or `{ id, error: { code, message } }`.
 * @throws InputError (when iterated) for a bad option; the signal's reason when aborted; StandpointError WORKER_FAILED when the workers cannot run.
 * @example
 * for await (const result of labelBatch(['"Assad must go," said Kerry.', 42 as never])) {
 *   console.log('error' in result ? result.error.code : result.document.sentences.length)
 * }
 * // 1
 * // INPUT_BAD_RECORD
 * @example
 * // On 4 worker threads, stoppable:
 * const controller = new AbortController()
 * for await (const result of labelBatch(readRecords(), { concurrency: 4, signal: controller.signal })) write(result)
 */
export async function* labelBatch(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: LabelBatchOptions = {}): AsyncGenerator<BatchResult> {
  const { concurrency, window } = checkOptions(options);
  if (inputs === null || inputs === undefined || (typeof (inputs as Iterable<unknown>)[Symbol.iterator] !== 'function' && typeof (inputs as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function')) {
    throw new InputError('INPUT_INVALID_OPTION', 'labelBatch() needs an iterable or async iterable of texts or { id, text } records');
  }
  if (typeof inputs === 'string') throw new InputError('INPUT_INVALID_OPTION', 'labelBatch() takes an iterable of documents, not one string; for one text use label(text), or pass [text]');
  options.signal?.throwIfAborted();
  // A pool costs each worker ~230 ms to start: not worth it for an array shorter than the pool.
  const threads = Array.isArray(inputs) ? Math.min(concurrency, inputs.length) : concurrency;
  if (threads <= 1) yield* sequential(inputs as Iterable<unknown>, options);
  else yield* pooled(inputs as Iterable<unknown>, options, threads, window);
}
