/**
 * The input of `report` and `export`: files read into labeled documents,
 * labeling what is not labeled yet.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { labelBatch } from '../batch/label-batch.js';
import { isLabeledDocument, isStatementDate, type StatementDocument } from '../network/statements.js';
import type { BatchInput, Codebook } from '../types.js';

export const INPUT_HELP = `FILE is a plain text file (one document, its path as id) or a .jsonl file of
{"id","text","date"} lines; a line with a labeled "document" is used as it is.`;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface LoadedDocuments {
  /** The labeled documents, in input order. */
  documents: StatementDocument[];
  /** Inputs that could not be read or labeled (each reported through `warn`). */
  failures: number;
}

type Slot = StatementDocument | { label: Exclude<BatchInput, string>; date?: string } | null;

/** The documents of one JSON Lines file: labeled ones as they are, the others queued for labeling. */
function jsonLines(file: string, content: string, slots: Slot[], warn: (text: string) => void): number {
  let failures = 0;
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      warn(`${where}: not a JSON line`);
      failures++;
      return;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      warn(`${where}: not a JSON object`);
      failures++;
      return;
    }
    const r = record as Record<string, unknown>;
    const id = r.id === undefined || r.id === null ? where : String(r.id);
    if (r.date !== undefined && r.date !== null && !isStatementDate(r.date)) {
      warn(`${where}: "date" must be an ISO date such as "2016-01-13" (got ${JSON.stringify(r.date)})`);
      failures++;
      return;
    }
    const date = typeof r.date === 'string' ? r.date : undefined;
    if (isLabeledDocument(r.document)) {
      slots.push({ id, ...(date ? { date } : {}), document: r.document });
      return;
    }
    if (r.error !== undefined) {
      warn(`${where}: skipped an error record (${JSON.stringify(r.error)})`);
      return;
    }
    if (typeof r.text !== 'string') {
      warn(`${where}: needs a "text" string (or a labeled "document")`);
      failures++;
      return;
    }
    // label() takes a calendar date; a date-time is kept whole for the statements.
    slots.push({ label: { id, text: r.text, ...(date ? { date: date.slice(0, 10) } : {}) }, ...(date ? { date } : {}) });
  });
  return failures;
}

/**
 * Reads the files and labels what needs labeling. A file or line that cannot
 * be used is reported and counted; the others are still returned.
 */
export async function loadDocuments(files: readonly string[], options: { codebook?: Codebook; date?: string }, warn: (text: string) => void): Promise<LoadedDocuments> {
  let failures = 0;
  const slots: Slot[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      warn(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? message(error)})`);
      failures++;
      continue;
    }
    const ext = extname(file).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson') failures += jsonLines(file, content, slots, warn);
    else slots.push({ label: { id: file, text: content, ...(options.date ? { date: options.date } : {}) }, ...(options.date ? { date: options.date } : {}) });
  }
  const pending = slots.flatMap((slot, index) => (slot && 'label' in slot ? [{ index, slot }] : []));
  let k = 0;
  for await (const result of labelBatch(pending.map((p) => p.slot.label), options.codebook ? { codebook: options.codebook } : {})) {
    const { index, slot } = pending[k++]!;
    if ('error' in result) {
      warn(`${result.id}: ${result.error.message} (${result.error.code})`);
      failures++;
      slots[index] = null;
      continue;
    }
    slots[index] = { id: result.id, ...(slot.date ? { date: slot.date } : {}), document: result.document };
  }
  return { documents: slots.filter((s): s is StatementDocument => s !== null && 'document' in s), failures };
}
