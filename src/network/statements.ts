/**
 * Statements: one flat row per claim, the unit that discourse network analysis
 * (DNA) codes by hand — who (person, organization) says what (concept) with
 * which agreement, where and when. No graph library is needed here, so this
 * module is also exported from the main entry.
 */
import { InputError } from '../errors/input-error.js';
import type { BatchResult, ClaimSource, LabeledDocument } from '../types.js';
import { csvTable } from './csv.js';

/** A labeled document with the id and (optional) date it is known by. */
export interface StatementDocument {
  id: string;
  /** ISO date of the document (YYYY, YYYY-MM, YYYY-MM-DD, or a date-time); used for time windows. */
  date?: string;
  document: LabeledDocument;
}

/**
 * What `toStatements` takes: documents with ids (and dates), bare labeled
 * documents (their ids are their positions, "0", "1", …), or `labelBatch`
 * results (error results carry no claims and are skipped).
 */
export type StatementsInput = Iterable<StatementDocument | LabeledDocument | BatchResult>;

/** One claim as a row. Offsets index the document's text (UTF-16 code units). */
export interface Statement {
  documentId: string;
  /** The document's date as given, or null. */
  date: string | null;
  /** Index of the sentence in the document. */
  sentence: number;
  /** Where the sentence starts and ends in the document text. */
  start: number;
  end: number;
  /** The sentence. */
  text: string;
  actorId: string;
  actorName: string;
  affiliation: string;
  /** Concept (stance) id, e.g. "assad-must-go". */
  concept: string;
  /** Concept label, e.g. "Assad must go". */
  conceptLabel: string;
  /** DNA's qualifier: "yes" for support, "no" for oppose. */
  agreement: 'yes' | 'no';
  confidence: number;
  source: ClaimSource;
  /** The words that carry the stance, and where they are in the document text. */
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
}

const DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Whether a value is a date `toStatements` accepts: YYYY, YYYY-MM, YYYY-MM-DD, or an ISO date-time. */
export function isStatementDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value);
}

export function isLabeledDocument(value: unknown): value is LabeledDocument {
  return value !== null && typeof value === 'object' && Array.isArray((value as LabeledDocument).sentences);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Normalises any accepted input into `{ id, date, document }` entries, in order.
 * Error results of `labelBatch` are dropped.
 */
export function toStatementDocuments(input: StatementsInput): StatementDocument[] {
  if (input === null || typeof input !== 'object' || typeof (input as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new InputError('INPUT_INVALID_OPTION', `toStatements() takes an array of labeled documents or { id, date?, document } entries (got ${describe(input)})`);
  }
  const out: StatementDocument[] = [];
  let index = 0;
  for (const entry of input as Iterable<unknown>) {
    const i = index++;
    if (isLabeledDocument(entry)) {
      out.push({ id: String(i), document: entry });
      continue;
    }
    if (entry === null || typeof entry !== 'object') throw new InputError('INPUT_BAD_RECORD', `document ${i} is ${describe(entry)}; give a labeled document or { id, date?, document }`);
    const record = entry as { id?: unknown; date?: unknown; document?: unknown; error?: unknown };
    if (record.error !== undefined && record.document === undefined) continue;
    if (!isLabeledDocument(record.document)) throw new InputError('INPUT_BAD_RECORD', `document ${i} has no labeled "document" (a result of label() with a "sentences" array)`);
    const id = record.id === undefined ? String(i) : String(record.id);
    if (record.date !== undefined && record.date !== null && !isStatementDate(record.date)) {
      throw new InputError('INPUT_INVALID_OPTION', `document ${id} has date ${JSON.stringify(record.date)}; give an ISO date such as "2016-01-13"`);
    }
    out.push({ id, ...(typeof record.date === 'string' ? { date: record.date } : {}), document: record.document });
  }
  return out;
}

/**
 * Turns labeled documents into statements: one row per claim, in document,
 * sentence and claim order.
 *
 * @param documents - `{ id, date?, document }` entries, bare labeled documents, or `labelBatch` results.
 * @returns The statements.
 * @throws InputError for an entry that is not a labeled document, or a malformed date.
 * @example
 * const statements = toStatements([{ id: 'a', date: '2016-01-13', document: label('"Assad must go," said Kerry.') }])
 * statements[0]
 * // { documentId: 'a', date: '2016-01-13', sentence: 0, start: 0, end: 28, text: '"Assad must go," said Kerry.',
 * //   actorId: 'kerry', actorName: 'John Kerry', affiliation: 'us', concept: 'assad-must-go', conceptLabel: 'Assad must go',
 * //   agreement: 'yes', confidence: 0.9, source: 'quote', evidence: 'Assad must go', evidenceStart: 1, evidenceEnd: 14 }
 */
export function toStatements(documents: StatementsInput): Statement[] {
  const statements: Statement[] = [];
  for (const { id, date, document } of toStatementDocuments(documents)) {
    for (const sentence of document.sentences) {
      for (const claim of sentence.claims) {
        statements.push({
          documentId: id,
          date: date ?? null,
          sentence: sentence.index,
          start: sentence.start,
          end: sentence.end,
          text: sentence.text,
          actorId: claim.actor.id,
          actorName: claim.actor.name,
          affiliation: claim.actor.affiliation,
          concept: claim.stance.id,
          conceptLabel: claim.stance.label,
          agreement: claim.polarity === 'support' ? 'yes' : 'no',
          confidence: claim.confidence,
          source: claim.source,
          evidence: claim.evidence.text,
          evidenceStart: claim.evidence.start,
          evidenceEnd: claim.evidence.end,
        });
      }
    }
  }
  return statements;
}

/** The columns of a DNA statement import, in order. */
export const DNA_COLUMNS = ['person', 'organization', 'concept', 'agreement', 'text', 'date'] as const;

/** Every field of a statement, snake_case, in order. */
export const STATEMENT_COLUMNS = [
  'document_id', 'date', 'sentence', 'start', 'end', 'actor_id', 'actor_name', 'affiliation', 'concept', 'concept_label',
  'agreement', 'confidence', 'source', 'evidence', 'evidence_start', 'evidence_end', 'text',
] as const;

export interface StatementsCsvOptions {
  /** "dna" (default): person, organization, concept, agreement, text, date. "all": every field of a statement. */
  columns?: 'dna' | 'all';
}

/**
 * Writes statements as CSV (RFC 4180, a header line, "\n" line ends). The
 * default columns are those a DNA statement import expects: person (actor
 * name), organization (affiliation id), concept (concept label), agreement
 * (yes/no), text (the sentence), date.
 *
 * @param statements - From `toStatements`.
 * @param options - `columns`: "dna" (default) or "all".
 * @returns The CSV text.
 * @example
 * statementsToCsv(toStatements([label('"Assad must go," said Kerry.')]))
 * // 'person,organization,concept,agreement,text,date\nJohn Kerry,us,Assad must go,yes,"""Assad must go,"" said Kerry.",\n'
 */
export function statementsToCsv(statements: readonly Statement[], options: StatementsCsvOptions = {}): string {
  const columns = options.columns ?? 'dna';
  if (columns === 'dna') {
    return csvTable(DNA_COLUMNS, statements.map((s) => [s.actorName, s.affiliation, s.conceptLabel, s.agreement, s.text, s.date ?? '']));
  }
  if (columns !== 'all') throw new InputError('INPUT_INVALID_OPTION', `statementsToCsv() columns must be "dna" or "all" (got ${JSON.stringify(columns)})`);
  return csvTable(
    STATEMENT_COLUMNS,
    statements.map((s) => [
      s.documentId, s.date ?? '', s.sentence, s.start, s.end, s.actorId, s.actorName, s.affiliation, s.concept, s.conceptLabel,
      s.agreement, s.confidence, s.source, s.evidence, s.evidenceStart, s.evidenceEnd, s.text,
    ]),
  );
}
