/**
 * `standpoint report` and `standpoint export`: the CLI dispatches to these.
 * Each takes the arguments after the command name and resolves to the exit
 * code (the CLI's EXIT codes): 0 done; 1 some input could not be read or
 * labeled (everything else is still written) or the output could not be
 * written; 2 bad usage, including a codebook file that is not valid.
 *
 * graphology is loaded only when a network is built, so the CLI can import
 * this module without it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { labelBatch } from '../batch/label-batch.js';
import { defineCodebook } from '../codebook/define.js';
import { isStandpointError } from '../errors/standpoint-error.js';
import type { BatchInput, Codebook } from '../types.js';
import { isLabeledDocument, isStatementDate, statementsToCsv, toStatements, type StatementDocument } from './statements.js';
import type { DiscourseNetwork, NetworkOptions, Normalization, TimeWindow, WindowedNetwork } from './networks.js';

export const REPORT_USAGE = `Usage: standpoint report FILE... [-o report.html] [options]

Labels the files and writes one self-contained HTML page: the actor x concept
grid, the congruence network, and the evidence sentences behind each cell.

FILE is a plain text file (one document, its path as id) or a .jsonl file of
{"id","text","date"} lines; a line with a labeled "document" is used as it is.

Options:
  -o, --output FILE          write the report here (default: standard output)
  --title TEXT               page title
  --normalization none|average|jaccard|cosine
                             weights of the drawn network (default none)
  --min-weight N             leave out ties weaker than N
  --codebook FILE.json       codebook to label with (default: syria)
  --date YYYY-MM-DD          date of the plain text files
  -h, --help                 show this help

Exit status: 0 done; 1 an input could not be read or labeled (the rest is
reported) or the output could not be written; 2 bad usage or codebook.
`;

export const EXPORT_USAGE = `Usage: standpoint export FILE... [options]

Labels the files and writes a discourse network for graph tools (Gephi, yEd,
igraph, NetworkX), or the statements for the Discourse Network Analyzer.

FILE is a plain text file (one document, its path as id) or a .jsonl file of
{"id","text","date"} lines; a line with a labeled "document" is used as it is.

Options:
  --network congruence|conflict|two-mode
                             which network (default congruence)
  --format graphml|csv|json  output format (default: from the -o extension,
                             else graphml; csv with --statements)
  --normalization none|average|jaccard|cosine
                             one-mode edge weights, as in DNA (default none)
  --min-weight N             leave out edges lighter than N (two-mode: edges
                             backed by fewer than N statements)
  --weight difference|split  two-mode edges: support - oppose, or one edge per
                             agreement (default difference)
  --window year|month|day|N  one network per time window (N: days); GraphML
                             then writes one file per window next to -o
  --nodes FILE               with --format csv: also write the node table
  --statements               write the statements instead: CSV with DNA's
                             columns (person, organization, concept,
                             agreement, text, date), or JSON with --format json
  --all-columns              with --statements: every field of a statement
  --codebook FILE.json       codebook to label with (default: syria)
  --date YYYY-MM-DD          date of the plain text files
  -o, --output FILE          write here (default: standard output)
  -h, --help                 show this help

Exit status: 0 done; 1 an input could not be read or labeled (the rest is
written) or the output could not be written; 2 bad usage or codebook.
`;

class UsageError extends Error {}

const NORMALIZATIONS = ['none', 'average', 'jaccard', 'cosine'] as const;
const NETWORKS = ['congruence', 'conflict', 'two-mode'] as const;
const FORMATS = ['graphml', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number (got "${value}")`);
  return n;
}

function windowOption(value: string | undefined): TimeWindow | undefined {
  if (value === undefined) return undefined;
  if (value === 'year' || value === 'month' || value === 'day') return value;
  if (/^[1-9]\d*$/.test(value)) return { days: Number(value) };
  throw new UsageError(`--window must be year, month, day or a number of days (got "${value}")`);
}

/** Writes to a file, or to standard output (a closed pipe ends quietly). */
async function output(path: string | undefined, text: string): Promise<void> {
  if (path !== undefined && path !== '-') {
    await writeFile(path, text, 'utf8');
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? resolve() : reject(error));
    process.stdout.once('error', onError);
    process.stdout.write(text, (error) => {
      process.stdout.off('error', onError);
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolve();
    });
  });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Loaded {
  documents: StatementDocument[];
  failures: number;
}

/** Reads the files, labels what needs labeling, and returns the documents in input order. */
async function loadDocuments(files: string[], options: { codebook?: Codebook; date?: string }, warn: (text: string) => void): Promise<Loaded> {
  let failures = 0;
  const slots: Array<StatementDocument | { label: BatchInput & object; date?: string } | null> = [];
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
    if (ext !== '.jsonl' && ext !== '.ndjson') {
      slots.push({ label: { id: file, text: content, ...(options.date ? { date: options.date } : {}) }, ...(options.date ? { date: options.date } : {}) });
      continue;
    }
    const lines = content.split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${file}:${i + 1}`;
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line) as Record<string, unknown>;
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
      const id = record.id === undefined || record.id === null ? where : String(record.id);
      if (record.date !== undefined && record.date !== null && !isStatementDate(record.date)) {
        warn(`${where}: "date" must be an ISO date such as "2016-01-13" (got ${JSON.stringify(record.date)})`);
        failures++;
        return;
      }
      const date = typeof record.date === 'string' ? record.date : undefined;
      if (isLabeledDocument(record.document)) {
        slots.push({ id, ...(date ? { date } : {}), document: record.document });
        return;
      }
      if (record.error !== undefined) {
        warn(`${where}: skipped an error record (${JSON.stringify(record.error)})`);
        return;
      }
      if (typeof record.text !== 'string') {
        warn(`${where}: needs a "text" string (or a labeled "document")`);
        failures++;
        return;
      }
      // label() takes a calendar date; a date-time is kept whole for the statements.
      slots.push({ label: { id, text: record.text, ...(date ? { date: date.slice(0, 10) } : {}) }, ...(date ? { date } : {}) });
    });
  }
  const pending = slots.flatMap((slot, index) => (slot && 'label' in slot ? [{ index, slot }] : []));
  const inputs = pending.map((p) => p.slot.label);
  let k = 0;
  for await (const result of labelBatch(inputs, options.codebook ? { codebook: options.codebook } : {})) {
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

async function readCodebook(path: string | undefined): Promise<Codebook | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the codebook ${path} (${(error as NodeJS.ErrnoException).code ?? message(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`the codebook ${path} is not JSON`);
  }
  try {
    return defineCodebook(json);
  } catch (error) {
    throw new UsageError(`the codebook ${path} is not valid: ${message(error)}`);
  }
}

function parse<O extends NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(message(error));
  }
}

async function run(command: 'report' | 'export', body: (warn: (text: string) => void) => Promise<number>): Promise<number> {
  const warn = (text: string) => process.stderr.write(`standpoint ${command}: ${text}\n`);
  try {
    return await body(warn);
  } catch (error) {
    if (error instanceof UsageError) {
      warn(error.message);
      process.stderr.write(`Run "standpoint ${command} --help" for usage.\n`);
      return 2;
    }
    warn(isStandpointError(error) ? `${error.message} (${error.code})` : message(error));
    return 1;
  }
}

/**
 * `standpoint report FILE... -o report.html`.
 *
 * @param argv - The arguments after "report".
 * @returns The exit code.
 */
export async function runReport(argv: string[]): Promise<number> {
  return run('report', async (warn) => {
    const { values, positionals } = parse(argv, {
      output: { type: 'string', short: 'o' },
      title: { type: 'string' },
      normalization: { type: 'string' },
      'min-weight': { type: 'string' },
      codebook: { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      await output(undefined, REPORT_USAGE);
      return 0;
    }
    const normalization = oneOf(values.normalization as string | undefined, NORMALIZATIONS, 'normalization');
    const minWeight = numberOption(values['min-weight'] as string | undefined, 'min-weight');
    const date = values.date as string | undefined;
    if (date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new UsageError(`--date must be an ISO date such as 2016-01-13 (got "${date}")`);
    if (positionals.length === 0) throw new UsageError('give the files to report on, e.g. standpoint report articles.jsonl -o report.html');
    const codebook = await readCodebook(values.codebook as string | undefined);
    const { documents, failures } = await loadDocuments(positionals, { codebook, date }, warn);
    const { renderReport } = await import('./report.js');
    const page = renderReport(documents, {
      ...(values.title !== undefined ? { title: values.title as string } : {}),
      ...(normalization ? { normalization } : {}),
      ...(minWeight !== undefined ? { minWeight } : {}),
    });
    await output(values.output as string | undefined, page);
    return failures > 0 ? 1 : 0;
  });
}

function formatFor(explicit: Format | undefined, path: string | undefined, statements: boolean): Format {
  if (explicit) return explicit;
  const ext = path ? extname(path).toLowerCase() : '';
  if (ext === '.graphml' || ext === '.xml') return 'graphml';
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  return statements ? 'csv' : 'graphml';
}

/** "out/net.graphml" + "2016-01" → "out/net.2016-01.graphml". */
function windowPath(path: string, window: string): string {
  const ext = extname(path);
  const safe = window.replace(/[^\w.-]+/g, '_');
  return `${path.slice(0, path.length - ext.length)}.${safe}${ext}`;
}

/**
 * `standpoint export FILE... --network congruence|conflict|two-mode --format graphml|csv|json`.
 *
 * @param argv - The arguments after "export".
 * @returns The exit code.
 */
export async function runExport(argv: string[]): Promise<number> {
  return run('export', async (warn) => {
    const { values, positionals } = parse(argv, {
      output: { type: 'string', short: 'o' },
      network: { type: 'string' },
      format: { type: 'string' },
      normalization: { type: 'string' },
      'min-weight': { type: 'string' },
      weight: { type: 'string' },
      window: { type: 'string' },
      nodes: { type: 'string' },
      statements: { type: 'boolean' },
      'all-columns': { type: 'boolean' },
      codebook: { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      await output(undefined, EXPORT_USAGE);
      return 0;
    }
    const out = values.output as string | undefined;
    const wantStatements = values.statements === true;
    const network = oneOf(values.network as string | undefined, NETWORKS, 'network') ?? 'congruence';
    const format = formatFor(oneOf(values.format as string | undefined, FORMATS, 'format'), out, wantStatements);
    const normalization: Normalization | undefined = oneOf(values.normalization as string | undefined, NORMALIZATIONS, 'normalization');
    const minWeight = numberOption(values['min-weight'] as string | undefined, 'min-weight');
    const weight = oneOf(values.weight as string | undefined, ['difference', 'split'] as const, 'weight');
    const window = windowOption(values.window as string | undefined);
    const date = values.date as string | undefined;
    if (date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new UsageError(`--date must be an ISO date such as 2016-01-13 (got "${date}")`);
    if (positionals.length === 0) throw new UsageError('give the files to export, e.g. standpoint export articles.jsonl --network congruence --format graphml -o network.graphml');
    if (wantStatements && format === 'graphml') throw new UsageError('--statements writes CSV or JSON, not GraphML');
    if (values['all-columns'] && !wantStatements) throw new UsageError('--all-columns goes with --statements');
    if (values.nodes !== undefined && (wantStatements || format !== 'csv')) throw new UsageError('--nodes goes with --format csv (and not with --statements)');
    if (window && format === 'graphml' && (out === undefined || out === '-')) throw new UsageError('--window with GraphML writes one file per window: give -o FILE.graphml');
    if (normalization && network === 'two-mode') throw new UsageError('--normalization applies to the one-mode networks (congruence, conflict), not two-mode');
    if (weight && network !== 'two-mode') throw new UsageError('--weight applies to --network two-mode');

    const codebook = await readCodebook(values.codebook as string | undefined);
    const { documents, failures } = await loadDocuments(positionals, { codebook, date }, warn);
    const statements = toStatements(documents);

    if (wantStatements) {
      const text = format === 'json' ? `${JSON.stringify(statements, null, 2)}\n` : statementsToCsv(statements, { columns: values['all-columns'] ? 'all' : 'dna' });
      await output(out, text);
      return failures > 0 ? 1 : 0;
    }

    const [{ buildNetwork, networksOverTime }, { toGraphML, toEdgeCsv, toNodeCsv, toGraphJSON, attributeNames }] = await Promise.all([import('./networks.js'), import('./export.js')]);
    const networkOptions = (
      network === 'two-mode'
        ? { network, ...(weight ? { weight } : {}), ...(minWeight !== undefined ? { minWeight } : {}) }
        : { network, ...(normalization ? { normalization } : {}), ...(minWeight !== undefined ? { minWeight } : {}) }
    ) as NetworkOptions;

    if (!window) {
      const graph: DiscourseNetwork = buildNetwork(statements, networkOptions);
      if (format === 'graphml') await output(out, toGraphML(graph, { id: network }));
      else if (format === 'json') await output(out, `${JSON.stringify(toGraphJSON(graph), null, 2)}\n`);
      else {
        await output(out, toEdgeCsv(graph));
        if (values.nodes !== undefined) await output(values.nodes as string, toNodeCsv(graph));
      }
      return failures > 0 ? 1 : 0;
    }

    const windows: WindowedNetwork[] = networksOverTime(statements, { ...networkOptions, window });
    if (windows.length === 0) warn('no statements, so no windows');
    if (format === 'graphml') {
      for (const w of windows) {
        const path = windowPath(out!, w.window);
        await writeFile(path, toGraphML(w.graph, { id: `${network} ${w.window}` }), 'utf8');
        process.stderr.write(`${basename(path)}: ${w.window}, ${w.statements} statements, ${w.graph.order} nodes, ${w.graph.size} edges\n`);
      }
    } else if (format === 'json') {
      await output(out, `${JSON.stringify(windows.map((w) => ({ window: w.window, from: w.from, to: w.to, statements: w.statements, graph: toGraphJSON(w.graph) })), null, 2)}\n`);
    } else {
      const union = (of: 'nodes' | 'edges') => [...new Set(windows.flatMap((w) => attributeNames(w.graph, of)))];
      const edgeAttributes = union('edges');
      const nodeAttributes = union('nodes');
      const table = (write: typeof toEdgeCsv, attributes: string[]) =>
        windows.length === 0
          ? ''
          : windows.map((w, i) => write(w.graph, { window: w.window, attributes, header: i === 0 })).join('');
      await output(out, table(toEdgeCsv, edgeAttributes) || 'window,source,target,type,weight\n');
      if (values.nodes !== undefined) await output(values.nodes as string, table(toNodeCsv, nodeAttributes) || 'window,id,label\n');
    }
    return failures > 0 ? 1 : 0;
  });
}
