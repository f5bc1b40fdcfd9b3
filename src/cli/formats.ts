/**
 * The CLI's output formats besides JSON Lines: CSV (one row per claim, and
 * one per error) and a table for people.
 */
import type { LabeledDocument } from '../types.js';

export type Format = 'jsonl' | 'csv' | 'table';
export const FORMATS: readonly Format[] = ['jsonl', 'csv', 'table'];

/** A parsed output line: the input record with its document, or an error record. */
export interface OutputRecord {
  id?: unknown;
  document?: LabeledDocument;
  error?: { code: string; message: string };
}

export const CSV_HEADER = ['id', 'sentence', 'start', 'end', 'text', 'holder', 'actor', 'actor_name', 'affiliation', 'stance', 'polarity', 'confidence', 'source', 'evidence', 'error'];

function idText(id: unknown): string {
  if (id === undefined || id === null) return '';
  return typeof id === 'string' ? id : JSON.stringify(id);
}

/** One CSV field, RFC 4180. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (fields: unknown[]) => `${fields.map(csvField).join(',')}\r\n`;

/** The CSV rows of one output record: one per claim, or one for an error. */
export function csvRows(record: OutputRecord): string {
  const id = idText(record.id);
  if (record.error) return csvRow([id, '', '', '', '', '', '', '', '', '', '', '', '', '', `${record.error.code}: ${record.error.message}`]);
  let rows = '';
  for (const s of record.document?.sentences ?? []) {
    for (const c of s.claims) {
      rows += csvRow([id, s.index, s.start, s.end, s.text, s.holder?.id ?? s.holder?.name ?? '', c.actor.id, c.actor.name, c.actor.affiliation, c.stance.id, c.polarity, c.confidence, c.source, c.evidence.text, '']);
    }
  }
  return rows;
}

export const csvHeader = (): string => csvRow(CSV_HEADER);

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).padEnd(n);

/** The table of one output record: a heading, then a row per sentence and claim. */
export function tableRows(record: OutputRecord): string {
  const id = idText(record.id) || '(no id)';
  if (record.error) return `${id}: error ${record.error.code}: ${record.error.message}\n\n`;
  const doc = record.document!;
  const claims = doc.sentences.reduce((n, s) => n + s.claims.length, 0);
  const lines = [`${id}  (${doc.sentences.length} sentence${doc.sentences.length === 1 ? '' : 's'}, ${claims} claim${claims === 1 ? '' : 's'})`];
  lines.push(`${'#'.padStart(4)}  ${cut('sentence', 56)}  ${cut('holder', 12)}  ${cut('actor', 14)}  ${cut('stance', 22)}  ${cut('polarity', 8)}  conf`);
  for (const s of doc.sentences) {
    const text = s.text.replace(/\s+/g, ' ');
    const holder = s.holder ? (s.holder.id ?? s.holder.name) : '';
    if (s.claims.length === 0) {
      lines.push(`${String(s.index).padStart(4)}  ${cut(text, 56)}  ${cut(holder, 12)}`.trimEnd());
      continue;
    }
    s.claims.forEach((c, k) => {
      const head = k === 0 ? `${String(s.index).padStart(4)}  ${cut(text, 56)}  ${cut(holder, 12)}` : `${''.padStart(4)}  ${cut('', 56)}  ${cut('', 12)}`;
      lines.push(`${head}  ${cut(c.actor.id, 14)}  ${cut(c.stance.id, 22)}  ${cut(c.polarity, 8)}  ${c.confidence.toFixed(2)}`);
    });
  }
  return `${lines.join('\n')}\n\n`;
}
