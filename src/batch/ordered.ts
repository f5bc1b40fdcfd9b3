/**
 * An ordered, bounded map over a sync or async source: `run` is started for
 * up to `window` items at a time, results come out in source order, and no
 * further item is pulled from the source while `window` results are pending
 * (so an unbounded source is read no faster than it is labeled and consumed).
 */
export interface OrderedMapOptions {
  /** Most items started and not yet handed to the consumer. */
  window: number;
  signal?: AbortSignal;
  /**
   * On abort, hand out the results already finished (those in order, up to
   * the first one still running) and end quietly, instead of rejecting.
   */
  flushOnAbort?: boolean;
}

type Step<I> = { kind: 'input'; result: IteratorResult<I> } | { kind: 'input-error'; error: unknown } | { kind: 'output' } | { kind: 'abort' };

function iteratorOf<I>(source: Iterable<I> | AsyncIterable<I>): AsyncIterator<I> | Iterator<I> {
  const asyncIterator = (source as AsyncIterable<I>)[Symbol.asyncIterator];
  if (typeof asyncIterator === 'function') return asyncIterator.call(source);
  return (source as Iterable<I>)[Symbol.iterator]();
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * @param source - The items.
 * @param run - Starts the work for one item; must not reject (turn failures into results).
 * @param options - `window`, `signal` (aborting rejects the iteration with the signal's reason).
 * @returns The results in source order.
 */
export async function* orderedMap<I, O>(source: Iterable<I> | AsyncIterable<I>, run: (item: I, index: number) => Promise<O> | O, options: OrderedMapOptions): AsyncGenerator<O> {
  const { window, signal, flushOnAbort = false } = options;
  if (signal?.aborted && !flushOnAbort) throw abortReason(signal);
  const iterator = iteratorOf(source);
  const pending: Array<Promise<O>> = [];
  const settled = new WeakSet<Promise<O>>();
  let next: Promise<Step<I>> | null = null;
  let sourceDone = false;
  let sourceError: { error: unknown } | null = null;
  let index = 0;
  let aborted: Promise<Step<I>> | null = null;
  let onAbort: (() => void) | null = null;
  if (signal) {
    aborted = new Promise((resolve) => {
      onAbort = () => resolve({ kind: 'abort' });
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
  try {
    for (;;) {
      if (signal?.aborted) {
        if (!flushOnAbort) throw abortReason(signal);
        while (pending.length > 0 && settled.has(pending[0]!)) yield await pending.shift()!;
        return;
      }
      if (!sourceDone && next === null && pending.length < window) {
        next = Promise.resolve()
          .then(() => iterator.next())
          .then(
            (result): Step<I> => ({ kind: 'input', result }),
            (error: unknown): Step<I> => ({ kind: 'input-error', error }),
          );
      }
      if (pending.length === 0 && next === null) break;
      // Wait for whichever comes first: the next input (to keep the window full) or the oldest result.
      const waits: Array<Promise<Step<I>>> = [];
      if (next !== null) waits.push(next);
      if (pending.length > 0) waits.push(pending[0]!.then((): Step<I> => ({ kind: 'output' })));
      if (aborted) waits.push(aborted);
      const step = await Promise.race(waits);
      if (step.kind === 'abort') continue;
      if (step.kind === 'output') {
        const result = await pending.shift()!;
        yield result;
        continue;
      }
      next = null;
      if (step.kind === 'input-error') {
        // Hand out what was already started, then fail as the source did.
        sourceDone = true;
        sourceError = { error: step.error };
        continue;
      }
      if (step.result.done) {
        sourceDone = true;
        continue;
      }
      const i = index++;
      const item = step.result.value;
      const started = new Promise<O>((resolve) => resolve(run(item, i)));
      started.then(
        () => settled.add(started),
        () => settled.add(started), // awaited in turn below; never an unhandled rejection meanwhile
      );
      pending.push(started);
    }
    if (sourceError) throw sourceError.error;
  } finally {
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
    // Stop the source when the consumer breaks off, fails or aborts.
    if (!sourceDone && typeof iterator.return === 'function') {
      const closing = Promise.resolve()
        .then(() => iterator.return!())
        .catch(() => undefined);
      // An async generator source runs return() only after its pending next(): do not wait on a source that is blocked.
      if (next === null) await closing;
    }
  }
}
