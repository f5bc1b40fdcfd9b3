import { isStandpointErrorCode } from '../errors/codes.js';
import { InputError } from '../errors/input-error.js';
import { StandpointError } from '../errors/standpoint-error.js';
import { labelerFor } from '../label.js';
import { resolveLabeler, type LabelerSetup } from '../labeler-setup.js';
import { DEFAULT_MAX_LENGTH, parseOptions } from '../options.js';
import { syria } from '../codebook/syria.js';
import type { BatchInput, BatchOptions, BatchResult, LabelCallOptions } from '../types.js';
import { orderedMap } from './ordered.js';
import { startPool, type LabelPool, type WorkerSetup } from './pool.js';
import { errorResult, idOf, toRecord } from './records.js';

/** The options of `labelBatch` (the same as {@link BatchOptions}). */
export type LabelBatchOptions = BatchOptions;

/** The options once checked and resolved: what the batch runs with. */
interface BatchPlan {
  setup: LabelerSetup;
  /** Whether the caller gave a model (null included): the workers then get it, else they use the codebook's own. */
  givenModel: boolean;
  date: string | undefined;
  trace: boolean;
  concurrency: number;
  window: number;
  signal: AbortSignal | undefined;
}

// Everything that can be wrong with the options is found here, before the first record is read.
function plan(options: unknown): BatchPlan {
  const checked = parseOptions('labelBatch()', options);
  const concurrency = checked.concurrency ?? 1;
  return {
    setup: resolveLabeler(checked),
    givenModel: checked.model !== undefined,
    date: checked.date,
    trace: checked.trace ?? false,
    concurrency,
    window: checked.window ?? 64 * concurrency,
    signal: checked.signal,
  };
}

/** What the workers are built from: sent once to each worker, which validates it again. */
function workerSetup(plan: BatchPlan): WorkerSetup {
  const setup: WorkerSetup = {};
  if (plan.setup.codebook !== syria) setup.codebook = plan.setup.codebook;
  if (plan.givenModel) setup.model = plan.setup.model;
  if (plan.setup.maxLength !== DEFAULT_MAX_LENGTH) setup.maxLength = plan.setup.maxLength;
  if (plan.trace) setup.trace = true;
  return setup;
}

function callOptions(date: string | undefined, trace: boolean): LabelCallOptions {
  return { ...(date === undefined ? {} : { date }), ...(trace ? { trace } : {}) };
}

async function* sequential(inputs: Iterable<unknown> | AsyncIterable<unknown>, plan: BatchPlan): AsyncGenerator<BatchResult> {
  const labeler = labelerFor(plan.setup);
  const { signal } = plan;
  let index = 0;
  for await (const input of inputs) {
    signal?.throwIfAborted();
    const i = index++;
    let result: BatchResult;
    try {
      const record = toRecord(input, i, plan.date);
      result = { id: record.id, document: labeler.label(record.text, callOptions(record.date, plan.trace)) };
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

async function* pooled(inputs: Iterable<unknown> | AsyncIterable<unknown>, plan: BatchPlan, concurrency: number): AsyncGenerator<BatchResult> {
  const setup = workerSetup(plan);
  const { signal, window } = plan;
  signal?.throwIfAborted();
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
        const record = toRecord(input, i, plan.date);
        records.push({ at, ...record });
      } catch (error) {
        results[at] = errorResult(idOf(input, i), error);
      }
    });
    if (records.length > 0) {
      try {
        const reply = await pool.run({ kind: 'docs', docs: records.map((r) => (r.date === undefined ? { text: r.text } : { text: r.text, date: r.date })) });
        if ('fatal' in reply) {
          const code = isStandpointErrorCode(reply.fatal.code) ? reply.fatal.code : 'WORKER_SETUP_FAILED';
          return [new PoolFailure(new StandpointError(code, `the labeling workers could not start: ${reply.fatal.message}${code === reply.fatal.code ? '' : ` (${reply.fatal.code})`}`))];
        }
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
    for await (const results of orderedMap(groups(inputs, groupDocs, GROUP_CHARS), run, { window: windowGroups, ...(signal ? { signal } : {}) })) {
      for (const result of results) {
        if (result instanceof PoolFailure) throw result.error;
        signal?.throwIfAborted();
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
 * The options are checked when the iteration starts, before the first input
 * is read: a bad or unknown option, a bad codebook or a model that does not
 * fit makes the first `next()` reject (a `for await` over the batch throws at
 * once), and no record is labeled. A bad `date` on one record is that
 * record's error result.
 *
 * With `concurrency` N > 1 the documents are labeled on a pool of N worker
 * threads: the codebook and model are sent to each worker once, at most
 * `window` documents are read ahead of the consumer (so an endless async
 * input is read only as fast as results are taken), and results are handed
 * out in input order.
 *
 * @param inputs - Strings or `{ id, text, date? }` records, sync or async iterable.
 * @param options - `codebook`, `model`, `maxLength`, `date` (for inputs that give none), `trace`, `concurrency`, `signal`, `window`.
 * @returns An async iterable of `{ id, document }` or `{ id, error: { code, message } }`.
 * @throws InputError INPUT_INVALID_OPTION (on the first `next()`) listing every bad or unknown option, CodebookError, InputError MODEL_*; the signal's reason when aborted; StandpointError WORKER_FAILED when the workers cannot run.
 * @example
 * for await (const result of labelBatch(['"Assad must go," said Kerry.', 42 as never])) {
 *   console.log('error' in result ? result.error.code : result.document.sentences.length)
 * }
 * // 1
 * // INPUT_BAD_RECORD
 * @example
 * // A bad option: the loop throws before any document is labeled.
 * try { for await (const result of labelBatch(docs, { date: '2016-13-45' })) write(result) }
 * catch (error) { error.code } // 'INPUT_INVALID_OPTION'
 * @example
 * // On 4 worker threads, stoppable:
 * const controller = new AbortController()
 * for await (const result of labelBatch(readRecords(), { concurrency: 4, signal: controller.signal })) write(result)
 */
export async function* labelBatch(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const checked = plan(options);
  if (inputs === null || inputs === undefined || (typeof (inputs as Iterable<unknown>)[Symbol.iterator] !== 'function' && typeof (inputs as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function')) {
    throw new InputError('INPUT_INVALID_OPTION', 'labelBatch() needs an iterable or async iterable of texts or { id, text } records');
  }
  if (typeof inputs === 'string') throw new InputError('INPUT_INVALID_OPTION', 'labelBatch() takes an iterable of documents, not one string; for one text use label(text), or pass [text]');
  checked.signal?.throwIfAborted();
  // A worker costs ~230 ms to start and 1-2 s of CPU to warm up: not worth it for an array shorter than the pool.
  const threads = Array.isArray(inputs) ? Math.min(checked.concurrency, inputs.length) : checked.concurrency;
  if (threads <= 1) yield* sequential(inputs as Iterable<unknown>, checked);
  else yield* pooled(inputs as Iterable<unknown>, checked, threads);
}
