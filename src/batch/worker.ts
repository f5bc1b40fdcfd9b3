/**
 * The worker of the labeling pool (dist/worker.js, dist/worker.cjs). Its
 * setup — codebook, model, options — arrives once, as the worker's
 * `workerData`; the labeler is built and wink-nlp loaded when the worker
 * starts, so that every worker of the pool loads at the same time, and each
 * task then carries only documents.
 */
import { workerData } from 'node:worker_threads';
import { defineCodebook } from '../codebook/define.js';
import { createLabeler } from '../label.js';
import type { ErrorRecordCode } from '../errors/codes.js';
import type { Labeler, LabeledDocument } from '../types.js';
import { failure, labelFiles, labelRun, type FileItem, type LineRun, type LinesOutcome } from './lines.js';
import type { WorkerSetup } from './pool.js';

/** Documents for labelBatch. */
export interface DocsTask {
  kind: 'docs';
  docs: Array<{ text: string; date?: string }>;
}
/** A run of JSON Lines (bytes) for the CLI filter. */
export interface RunTask {
  kind: 'run';
  run: LineRun;
  date?: string;
}
/** Plain-text documents for the CLI. */
export interface FilesTask {
  kind: 'files';
  items: FileItem[];
  date?: string;
}
export type WorkerTask = DocsTask | RunTask | FilesTask;

export type DocReply = { document: LabeledDocument } | { error: { code: ErrorRecordCode; message: string } };
export type WorkerReply = { docs: DocReply[] } | LinesOutcome | { fatal: { code: ErrorRecordCode; message: string } };

let labeler: Labeler | undefined;
let trace = false;
let setupError: { code: ErrorRecordCode; message: string } | undefined;
try {
  const setup = (workerData ?? {}) as WorkerSetup;
  labeler = createLabeler({
    ...(setup.codebook === undefined ? {} : { codebook: defineCodebook(setup.codebook) }),
    ...(setup.model === undefined ? {} : { model: setup.model }),
    ...(setup.maxLength === undefined ? {} : { maxLength: setup.maxLength }),
  });
  trace = setup.trace === true;
  // Compiling the codebook has loaded wink-nlp; one short text warms the rest of the pipeline.
  labeler.label('Kerry said Assad must go.');
} catch (error) {
  setupError = failure(error);
}

/** Labels one task (called by piscina). Never throws for a bad document: errors come back as values. */
export default function run(task: WorkerTask): WorkerReply {
  if (!labeler) return { fatal: setupError ?? { code: 'WORKER_SETUP_FAILED', message: 'the worker has no labeler' } };
  if (task.kind === 'run') return labelRun(task.run, labeler, task.date);
  if (task.kind === 'files') return labelFiles(task.items, labeler, task.date);
  const use = labeler;
  return {
    docs: task.docs.map((doc): DocReply => {
      try {
        return { document: use.label(doc.text, { ...(doc.date === undefined ? {} : { date: doc.date }), ...(trace ? { trace } : {}) }) };
      } catch (error) {
        return { error: failure(error) };
      }
    }),
  };
}
