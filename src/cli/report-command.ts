/**
 * `standpoint report`: labels the files and writes the self-contained HTML
 * report of who stands where.
 */
import { parseArgs } from 'node:util';
import { NORMALIZATIONS } from '../network/networks.js';
import { renderReport } from '../network/report.js';
import { INPUT_HELP, loadDocuments } from './documents.js';
import { EXIT, UsageError } from './exit-codes.js';
import { numberOption, oneOf } from './network-options.js';
import { checkDate, loadCodebook, parsing, positiveInteger } from './options.js';
import { writeOutput } from './write.js';

export const REPORT_USAGE = `Usage: standpoint report FILE... [-o report.html] [options]

Labels the files and writes one self-contained HTML page: the actor x concept
grid, the network of agreement and conflict, and the evidence sentences behind
each cell, with filters (concepts, the most active actors, tie weights).

${INPUT_HELP}

Options:
  -o, --output FILE          write the report here (default: standard output)
  --title TEXT               page title
  --normalization none|average|jaccard|cosine
                             weights of the drawn network (default none; see
                             standpoint export --help for what they mean)
  --min-weight N             draw ties of weight N or more at first (default:
                             the strongest, about three an actor)
  --top N                    show the N most active actors at first (default:
                             all up to 30, else 30; 0: all)
  --codebook FILE.json       codebook to label with (default: syria)
  --date YYYY-MM-DD          date of the plain text files
  -h, --help                 show this help

Exit status: 0 done; 1 an input could not be read or labeled (the rest is
reported) or the output could not be written; 2 bad usage or codebook.
`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  title: { type: 'string' },
  normalization: { type: 'string' },
  'min-weight': { type: 'string' },
  top: { type: 'string' },
  codebook: { type: 'string' },
  date: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `standpoint report FILE... -o report.html`.
 *
 * @param argv - The arguments after "report".
 * @returns The exit code; bad usage throws a UsageError, a failed write a CliFailure.
 */
export async function runReport(argv: string[]): Promise<number> {
  const { values, positionals } = parsing(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
  if (values.help) {
    await writeOutput(undefined, REPORT_USAGE);
    return EXIT.OK;
  }
  const normalization = oneOf(values.normalization, NORMALIZATIONS, 'normalization');
  const minWeight = numberOption(values['min-weight'], 'min-weight');
  const top = values.top === '0' ? 0 : positiveInteger('--top', values.top);
  const date = checkDate(values.date);
  if (positionals.length === 0) throw new UsageError('give the files to report on, e.g. standpoint report articles.jsonl -o report.html');
  const codebook = await loadCodebook(values.codebook);
  const warn = (text: string) => process.stderr.write(`standpoint report: ${text}\n`);
  const { documents, failures } = await loadDocuments(positionals, { ...(codebook ? { codebook } : {}), ...(date ? { date } : {}) }, warn);
  const page = renderReport(documents, {
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(normalization ? { normalization } : {}),
    ...(minWeight !== undefined ? { minWeight } : {}),
    ...(top !== undefined ? { top } : {}),
  });
  await writeOutput(values.output, page);
  return failures > 0 ? EXIT.FAILURE : EXIT.OK;
}
