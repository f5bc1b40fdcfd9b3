/**
 * The worker pool behind `labelBatch({ concurrency > 1 })` and the CLI: piscina
 * (loaded only when a pool is asked for) running dist/worker.js, with the
 * codebook and model handed to each worker once, as its workerData.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StandpointError } from '../errors/standpoint-error.js';
import type { TrainedModel } from '../types.js';
import type { WorkerReply, WorkerTask } from './worker.js';

/** What every worker is built from: sent once per worker, never per task. */
export interface WorkerSetup {
  /** The codebook as plain JSON (validated again by each worker); absent for the default. */
  codebook?: unknown;
  /** A trained model, null for cues only; absent for the codebook's default. */
  model?: TrainedModel | null;
  maxLength?: number;
  /** Label every document with `trace: true`. */
  trace?: boolean;
}

export interface LabelPool {
  readonly threads: number;
  /** Runs a task; `transfer` hands ArrayBuffers over to the worker instead of copying them. */
  run(task: WorkerTask, transfer?: ArrayBuffer[]): Promise<WorkerReply>;
  destroy(): Promise<void>;
}

// The folder of this module once built (dist/), in either format: tsup's CJS
// output has __dirname, its ESM output import.meta.url.
function moduleDir(): string {
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

/**
 * The worker script next to the built module: dist/worker.js, an ES module,
 * for the CJS build as well (a worker thread has a module graph of its own,
 * and piscina imports it), so that the package ships one worker, not two.
 */
export function workerFile(): string {
  const dir = moduleDir();
  const name = 'worker.js';
  // Beside the module, or one folder up from a sub-entry (dist/testing/); run from the sources (src/batch/), the build in dist/.
  const candidates = [join(dir, name), join(dir, '..', name), join(dir, '..', '..', 'dist', name)];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new StandpointError('WORKER_NOT_FOUND', `labelBatch() with concurrency > 1 runs its workers from ${candidates[0]}, which is missing; build the package (npm run build) or use concurrency 1`);
  return found;
}

/**
 * Starts a pool of `threads` workers.
 *
 * @param threads - Worker count (all started at once: each loads wink-nlp, ~230 ms, in parallel).
 * @param setup - Codebook, model and options, sent to each worker once.
 * @returns The pool.
 */
export async function startPool(threads: number, setup: WorkerSetup): Promise<LabelPool> {
  const filename = workerFile();
  const mod = (await import('piscina')) as unknown as { Piscina?: typeof import('piscina').Piscina; default?: typeof import('piscina').Piscina };
  const Piscina = (mod.Piscina ?? mod.default)!;
  const pool = new Piscina<WorkerTask, WorkerReply>({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: 1,
    recordTiming: false,
    workerData: setup,
  });
  // A worker that dies with no task of ours running is reported through its task, or not at all.
  pool.on('error', () => undefined);
  return {
    threads,
    run: (task, transfer) => pool.run(task, transfer && transfer.length > 0 ? { transferList: transfer } : {}),
    destroy: () => pool.destroy(),
  };
}
