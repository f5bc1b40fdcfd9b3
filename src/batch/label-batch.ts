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
  /** Most documents read ahead of the consumer with concurrency > 1 (default 4 × concurrency): the memory bound on an unbounded input. */
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
  const window = checkCount('window', options.window, 4 * concurrency);
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

async function* pooled(inputs: Iterable<unknown> | AsyncIterable<unknown>, options: LabelBatchOptions, concurrency: number, window: number): AsyncGenerator<BatchResult> {
  const setup = workerSetup(options);
  options.signal?.throwIfAborted();
  const pool: LabelPool = await startPool(concurrency, setup);
  let succeeded = false;
  const run = async (input: unknown, i: number): Promise<BatchResult | PoolFailure> => {
    let record;
    try {
      record = toRecord(input, i, options.date);
    } catch (error) {
      return errorResult(idOf(input, i), error);
    }
    try {
      const reply = await pool.run({ kind: 'doc', text: record.text, ...(record.date === undefined ? {} : { date: record.date }) });
      if ('fatal' in reply) return new PoolFailure(new StandpointError(reply.fatal.code, `the labeling workers could not start: ${reply.fatal.message}`));
      succeeded = true;
      if ('document' in reply) return { id: record.id, document: reply.document };
      if ('error' in reply) return { id: record.id, error: reply.error };
      return new PoolFailure(new StandpointError('WORKER_FAILED', 'a worker answered a document task with a run of lines'));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Before any document came back, a failing worker means the pool cannot work at all.
      if (!succeeded) return new PoolFailure(new StandpointError('WORKER_FAILED', `the labeling workers failed: ${message}`, { cause: error }));
      return { id: record.id, error: { code: 'WORKER_FAILED', message: `the worker labeling this document stopped: ${message}` } };
    }
  };
  try {
    for await (const result of orderedMap(inputs, run, { window, ...(options.signal ? { signal: options.signal } : {}) })) {
      if (result instanceof PoolFailure) throw result.error;
      yield result;
    }
  } finally {
    await pool.destroy();
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
