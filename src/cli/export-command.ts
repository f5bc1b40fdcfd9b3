/**
 * `standpoint export`: a discourse network for graph tools (GraphML, CSV,
 * graphology JSON), whole or per time window, or the statements for DNA.
 */
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { attributeNames, toEdgeCsv, toGraphJSON, toGraphML, toNodeCsv } from '../network/export.js';
import { buildNetwork, NETWORK_TYPES, networksOverTime, NORMALIZATIONS, TWO_MODE_NORMALIZATIONS, type DiscourseNetwork, type NetworkOptions, type WindowedNetwork } from '../network/networks.js';
import { statementsToCsv, toStatements } from '../network/statements.js';
import { loadDocuments, INPUT_HELP } from './documents.js';
import { EXIT, UsageError } from './exit-codes.js';
import { numberOption, oneOf, windowOption } from './network-options.js';
import { checkDate, loadCodebook, parsing } from './options.js';
import { writeOutput } from './write.js';

export const EXPORT_USAGE = `Usage: standpoint export FILE... [options]

Labels the files and writes a discourse network for graph tools (Gephi, yEd,
igraph, NetworkX), or the statements for the Discourse Network Analyzer.

${INPUT_HELP}

Options:
  --network congruence|conflict|two-mode
                             which network (default congruence)
  --format graphml|csv|json  output format (default: from the -o extension,
                             else graphml; csv with --statements)
  --normalization NAME       edge weights, as DNA's exporter computes them:
                             congruence and conflict: none (default),
                             average, jaccard or cosine; two-mode: none,
                             activity or prominence. cosine lies in [0, 1],
                             activity and prominence in [-1, 1], the jaccard
                             of congruence in [0, 1]; the others are not
                             bounded: with repeated statements average can
                             exceed 1, and the jaccard of a conflict tie
                             grows with the repetitions (n against n: n/2)
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

const FORMATS = ['graphml', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = {
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
} as const;

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
 * @returns The exit code; bad usage throws a UsageError, a failed write a CliFailure.
 */
export async function runExport(argv: string[]): Promise<number> {
  const { values, positionals } = parsing(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
  if (values.help) {
    await writeOutput(undefined, EXPORT_USAGE);
    return EXIT.OK;
  }
  const out = values.output;
  const wantStatements = values.statements === true;
  const network = oneOf(values.network, NETWORK_TYPES, 'network') ?? 'congruence';
  const format = formatFor(oneOf(values.format, FORMATS, 'format'), out, wantStatements);
  const normalization = network === 'two-mode' ? oneOf(values.normalization, TWO_MODE_NORMALIZATIONS, 'normalization of a two-mode network') : oneOf(values.normalization, NORMALIZATIONS, 'normalization');
  const minWeight = numberOption(values['min-weight'], 'min-weight');
  const weight = oneOf(values.weight, ['difference', 'split'] as const, 'weight');
  const window = windowOption(values.window);
  const date = checkDate(values.date);
  if (positionals.length === 0) throw new UsageError('give the files to export, e.g. standpoint export articles.jsonl --network congruence --format graphml -o network.graphml');
  if (wantStatements && format === 'graphml') throw new UsageError('--statements writes CSV or JSON, not GraphML');
  if (values['all-columns'] && !wantStatements) throw new UsageError('--all-columns goes with --statements');
  if (values.nodes !== undefined && (wantStatements || format !== 'csv')) throw new UsageError('--nodes goes with --format csv (and not with --statements)');
  if (window && format === 'graphml' && (out === undefined || out === '-')) throw new UsageError('--window with GraphML writes one file per window: give -o FILE.graphml');
  if (weight && network !== 'two-mode') throw new UsageError('--weight applies to --network two-mode');

  const codebook = await loadCodebook(values.codebook);
  const warn = (text: string) => process.stderr.write(`standpoint export: ${text}\n`);
  const { documents, failures } = await loadDocuments(positionals, { ...(codebook ? { codebook } : {}), ...(date ? { date } : {}) }, warn);
  const done = failures > 0 ? EXIT.FAILURE : EXIT.OK;
  const statements = toStatements(documents);

  if (wantStatements) {
    await writeOutput(out, format === 'json' ? `${JSON.stringify(statements, null, 2)}\n` : statementsToCsv(statements, { columns: values['all-columns'] ? 'all' : 'dna' }));
    return done;
  }

  const common = { ...(normalization ? { normalization } : {}), ...(minWeight !== undefined ? { minWeight } : {}) };
  const networkOptions = (network === 'two-mode' ? { network, ...(weight ? { weight } : {}), ...common } : { network, ...common }) as NetworkOptions;

  if (!window) {
    const graph: DiscourseNetwork = buildNetwork(statements, networkOptions);
    if (format === 'graphml') await writeOutput(out, toGraphML(graph, { id: network }));
    else if (format === 'json') await writeOutput(out, `${JSON.stringify(toGraphJSON(graph), null, 2)}\n`);
    else {
      await writeOutput(out, toEdgeCsv(graph));
      if (values.nodes !== undefined) await writeOutput(values.nodes, toNodeCsv(graph));
    }
    return done;
  }

  const windows: WindowedNetwork[] = networksOverTime(statements, { ...networkOptions, window });
  if (windows.length === 0) warn('no statements, so no windows');
  if (format === 'graphml') {
    for (const w of windows) {
      const path = windowPath(out!, w.window);
      await writeOutput(path, toGraphML(w.graph, { id: `${network} ${w.window}` }));
      process.stderr.write(`${basename(path)}: ${w.window}, ${w.statements} statements, ${w.graph.order} nodes, ${w.graph.size} edges\n`);
    }
  } else if (format === 'json') {
    await writeOutput(out, `${JSON.stringify(windows.map((w) => ({ window: w.window, from: w.from, to: w.to, statements: w.statements, graph: toGraphJSON(w.graph) })), null, 2)}\n`);
  } else {
    const union = (of: 'nodes' | 'edges') => [...new Set(windows.flatMap((w) => attributeNames(w.graph, of)))];
    const table = (write: typeof toEdgeCsv, attributes: string[]) => windows.map((w, i) => write(w.graph, { window: w.window, attributes, header: i === 0 })).join('');
    await writeOutput(out, table(toEdgeCsv, union('edges')) || 'window,source,target,type,weight\n');
    if (values.nodes !== undefined) await writeOutput(values.nodes, table(toNodeCsv, union('nodes')) || 'window,id,label\n');
  }
  return done;
}
