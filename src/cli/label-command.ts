/**
 * `standpoint label`: plain-text files (one document each) or JSON Lines
 * (`--jsonl`, one document a line) → JSON Lines, CSV or a table, on a pool
 * of worker threads or on this one.
 */
import { availableParallelism } from 'node:os';
import type { LinesOutcome } from '../batch/lines.js';
import { orderedMap } from '../batch/ordered.js';
import type { LabelPool, WorkerSetup } from '../batch/pool.js';
import type { Codebook, TrainedModel } from '../types.js';
import { parseArgs } from 'node:util';
import { EXIT, UsageError } from './exit-codes.js';
import { csvHeader, csvRows, FORMATS, tableRows, type Format, type OutputRecord } from './formats.js';
import { readJsonLines, readTextFiles, totalBytes, type InputRun, type ReadFailure } from './input.js';
import { checkOptions, loadCodebook, loadModel, parsing, wholeNumber } from './options.js';
import { Output } from './output.js';
import { Progress } from './progress.js';

export const LABEL_USAGE = `Usage: standpoint label [FILE...] [options]

Labels news text with claims (actor · stance · polarity). Without FILE, reads stdin.

Input
  (default)            each FILE is one plain-text document, its id the file name ("-" is stdin)
  --jsonl              each input line is a JSON object {"id", "text", "date"?, ...}: one output
                       line per input line, same order; other fields pass through untouched;
                       a bad line gives {"id":...,"error":{"code","message"}}
Output
  -f, --format F       jsonl (default), csv (a row per claim) or table (default for plain text
                       to a terminal)
Labeling
  --codebook FILE      a codebook JSON file (default: the built-in "syria" codebook)
  --model FILE         a model from \`standpoint train\` (default: the codebook's bundled model)
  --no-model           cue patterns only
  --date YYYY-MM-DD    the date of texts that give none (resolves "the Secretary of State")
  -j, --concurrency N  worker threads (default: the number of cores, here ${availableParallelism()});
                       use 1 when an outer tool (GNU parallel, Spark, Hadoop) runs many copies
Reporting
  -q, --quiet          no progress bar, no summary on stderr
  --strict             exit 4 when any output line is an error record

Exit codes: 0 done · 1 an input could not be read or output not written · 2 bad usage,
codebook or model · 4 error records under --strict · 130 interrupted (what was done is written)`;

const OPTIONS = {
  jsonl: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  codebook: { type: 'string' },
  model: { type: 'string' },
  'no-model': { type: 'boolean' },
  date: { type: 'string' },
  concurrency: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Engine {
  run(input: InputRun): Promise<LinesOutcome>;
  close(): Promise<void>;
}

class EngineFailure extends Error {}

async function poolEngine(threads: number, setup: WorkerSetup, date: string | undefined): Promise<Engine> {
  const { startPool } = await import('../batch/pool.js');
  const pool: LabelPool = await startPool(threads, setup);
  return {
    async run(input) {
      const dated = date === undefined ? {} : { date };
      let reply;
      try {
        // A run's bytes are handed over to the worker, not copied.
        reply = input.run ? await pool.run({ kind: 'run', run: input.run, ...dated }, [input.run.data.buffer as ArrayBuffer]) : await pool.run({ kind: 'files', items: input.files ?? [], ...dated });
      } catch (error) {
        throw new EngineFailure(`a labeling worker failed: ${(error as Error).message}`);
      }
      if ('fatal' in reply) throw new EngineFailure(`the labeling workers could not start: ${reply.fatal.message}`);
      if (!('out' in reply)) throw new EngineFailure('a labeling worker answered with a document, not lines');
      return reply;
    },
    close: () => pool.destroy(),
  };
}

async function localEngine(setup: { codebook?: Codebook; model?: TrainedModel | null }, date: string | undefined): Promise<Engine> {
  const [{ createLabeler }, { labelFiles, labelRun }] = await Promise.all([import('../label.js'), import('../batch/lines.js')]);
  const labeler = createLabeler(setup);
  return {
    async run(input) {
      // Let signals and the progress bar in between runs.
      await new Promise((resolve) => setImmediate(resolve));
      return input.run ? labelRun(input.run, labeler, date) : labelFiles(input.files ?? [], labeler, date);
    },
    close: async () => undefined,
  };
}

function describeCodes(codes: Map<string, number>): string {
  return [...codes].map(([code, n]) => `${code} ${n}`).join(', ');
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export async function runLabel(argv: string[]): Promise<number> {
  const { values, positionals } = parsing(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
  if (values.help) {
    process.stdout.write(`${LABEL_USAGE}\n`);
    return EXIT.OK;
  }
  const jsonl = values.jsonl === true;
  // Every problem of the command line at once: the command's own, then the options it hands the labeler, checked as labelBatch() checks them.
  const problems: string[] = [];
  if (values.format !== undefined && !FORMATS.includes(values.format as Format)) problems.push(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
  if (values.model !== undefined && values['no-model']) problems.push('give --model FILE or --no-model, not both');
  const concurrencyFlag = values.concurrency === 'auto' ? availableParallelism() : wholeNumber(values.concurrency);
  await checkOptions('labelBatch()', { date: values.date, concurrency: concurrencyFlag }, { date: '--date', concurrency: '--concurrency' }, problems);
  const format: Format = (values.format as Format | undefined) ?? (!jsonl && process.stdout.isTTY ? 'table' : 'jsonl');
  const date = values.date;
  const concurrency = (concurrencyFlag as number | undefined) ?? availableParallelism();
  const codebook = await loadCodebook(values.codebook);
  const model = values['no-model'] ? null : await loadModel(values.model, codebook);
  const sources = positionals.length > 0 ? positionals : ['-'];
  if (!jsonl && sources.filter((s) => s === '-').length > 1) throw new UsageError('stdin ("-") can be read only once');
  const quiet = values.quiet === true;

  // One worker per document at most for plain-text files; a pool for a stream of lines.
  const threads = jsonl ? concurrency : Math.min(concurrency, sources.length);
  const setup: WorkerSetup = {};
  if (codebook) setup.codebook = codebook;
  if (model !== undefined) setup.model = model;
  // Typed input: say what is awaited, and keep the bar from drawing over what is typed.
  const typing = sources.includes('-') && process.stdin.isTTY === true;
  if (typing && !quiet) process.stderr.write(`standpoint label: reading ${jsonl ? 'JSON Lines' : 'text'} from standard input; end it with Ctrl-D on a line of its own (Ctrl-C to cancel). Files and options: standpoint label --help\n`);
  const progress = new Progress(!quiet && !typing && process.stderr.isTTY === true, await totalBytes(sources));
  const output = new Output(progress.guard(process.stdout));
  const failures: ReadFailure[] = [];
  const stop = { stopped: false };
  let interrupted = false;
  const interrupt = new AbortController();
  const onSigint = () => {
    if (interrupted) process.exit(EXIT.INTERRUPTED);
    interrupted = true;
    stop.stopped = true;
    // What is finished is written (in order); what is still running is dropped.
    interrupt.abort();
    if (sources.includes('-')) process.stdin.destroy();
  };
  process.on('SIGINT', onSigint);

  const engine = threads > 1 ? await poolEngine(threads, setup, date) : await localEngine({ ...(codebook ? { codebook } : {}), ...(model !== undefined ? { model } : {}) }, date);
  const reader = jsonl ? readJsonLines(sources, failures, stop) : readTextFiles(sources, failures, stop);
  const counts = { documents: 0, sentences: 0, bytes: 0 };
  let labeled = 0;
  let claims = 0;
  const codes = new Map<string, number>();
  const firstErrors: string[] = [];
  const started = performance.now();
  let failure: string | null = null;
  if (format === 'csv') await output.write(csvHeader());
  try {
    const work = (input: InputRun) => engine.run(input).then((outcome) => ({ run: input, outcome }));
    for await (const { run, outcome } of orderedMap(reader, work, { window: threads > 1 ? threads * 4 : 2, signal: interrupt.signal, flushOnAbort: true })) {
      if (format === 'jsonl') await output.write(outcome.out);
      else {
        const lines = Buffer.from(outcome.out.buffer, outcome.out.byteOffset, outcome.out.byteLength).toString('utf8').split('\n');
        lines.pop();
        for (const line of lines) {
          const record = JSON.parse(line) as OutputRecord;
          await output.write(format === 'csv' ? csvRows(record) : tableRows(record));
        }
      }
      if (output.failed) {
        failure = `cannot write the output: ${output.failed.message}`;
        stop.stopped = true;
        break;
      }
      counts.documents += outcome.lines;
      counts.sentences += outcome.sentences;
      counts.bytes += run.bytes;
      labeled += outcome.labeled;
      claims += outcome.claims;
      for (const [at, code] of outcome.errors) {
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (firstErrors.length < 5) firstErrors.push(jsonl ? `${run.source === '-' ? 'stdin' : run.source}:${run.firstLine + at} ${code}` : `${run.source} ${code}`);
      }
      progress.update(counts);
    }
  } catch (error) {
    if (!(error instanceof EngineFailure)) throw error;
    failure = error.message;
  } finally {
    process.off('SIGINT', onSigint);
    await output.flush();
    progress.stop();
    await engine.close();
  }

  for (const { source, error } of failures) process.stderr.write(`standpoint label: cannot read ${source === '-' ? 'stdin' : source}: ${error.message}\n`);
  if (failure) process.stderr.write(`standpoint label: ${failure}\n`);
  const errors = counts.documents - labeled;
  if (!quiet) {
    const seconds = (performance.now() - started) / 1000;
    const what = jsonl ? plural(counts.documents, 'line') : plural(counts.documents, 'document');
    const errorText = errors > 0 ? `, ${plural(errors, 'error record')} (${describeCodes(codes)})` : '';
    process.stderr.write(
      `standpoint label: ${what}: ${labeled.toLocaleString('en-US')} labeled${errorText}; ${plural(counts.sentences, 'sentence')}, ${plural(claims, 'claim')}; ${seconds.toFixed(1)} s${interrupted ? '; interrupted' : ''}\n`,
    );
    for (const at of firstErrors) process.stderr.write(`  ${at}\n`);
    if (errors > firstErrors.length) process.stderr.write(`  … and ${errors - firstErrors.length} more\n`);
  }
  if (interrupted) return EXIT.INTERRUPTED;
  if (failure || failures.length > 0) return EXIT.FAILURE;
  if (values.strict && errors > 0) return EXIT.ERROR_RECORDS;
  return EXIT.OK;
}
