/**
 * The `standpoint` command: dispatches to the subcommands, each loaded only
 * when it runs (so `label` never loads what `train` or `report` need).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliFailure, EXIT, UsageError } from './exit-codes.js';

export const USAGE = `Usage: standpoint <command> [options]

Who stands where: actor · stance · polarity claims from news text.

Commands
  label [FILE...]              label plain-text files, or JSON Lines with --jsonl (stdin by default)
  eval GOLD.jsonl              score against gold passages; --fail-under F1 for CI
  train EXAMPLES.jsonl -o M    train a sentence model (needs the optional package "natural")
  report ...                   an HTML report of who stands where
  export ...                   statements and networks for other tools
  codebook check FILE          check a codebook and its cues against their examples

Run "standpoint <command> --help" for a command's options.

Exit codes
  0    done
  1    a failure while running (an input could not be read, the output not written)
  2    bad usage: unknown command or option, a bad value, an invalid codebook or model
       file, a command not available in this build
  1    codebook check: the codebook has problems (each is listed)
  3    eval: the F1 is under --fail-under
  4    label --strict: some output lines are error records
  130  interrupted by Ctrl-C; label writes what was done first`;

function version(): string {
  const dir = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(dir, '..', 'package.json'), join(dir, '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'standpoint') return pkg.version ?? 'unknown';
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

async function dispatch(command: string, argv: string[]): Promise<number> {
  switch (command) {
    case 'label':
      return (await import('./label-command.js')).runLabel(argv);
    case 'eval':
      return (await import('./eval-command.js')).runEval(argv);
    case 'train':
      return (await import('./train-command.js')).runTrain(argv);
    case 'codebook':
      return (await import('./codebook-command.js')).runCodebook(argv);
    case 'report':
      return (await import('./report-command.js')).runReport(argv);
    case 'export':
      return (await import('./export-command.js')).runExport(argv);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/**
 * Runs the command line (without the node and script arguments).
 *
 * @returns The exit code.
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT.USAGE;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    if (rest[0] && command === 'help') return main([rest[0], '--help']);
    process.stdout.write(`${USAGE}\n`);
    return EXIT.OK;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return EXIT.OK;
  }
  try {
    return await dispatch(command, rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`standpoint ${command}: ${error.message}
Run "standpoint ${['label', 'eval', 'train', 'codebook', 'report', 'export'].includes(command) ? `${command} ` : ''}--help" for usage.
`);
      return EXIT.USAGE;
    }
    if (error instanceof CliFailure) {
      process.stderr.write(`standpoint ${command}: ${error.message}\n`);
      return EXIT.FAILURE;
    }
    const e = error as { code?: string; message?: string; stack?: string };
    process.stderr.write(`standpoint ${command}: ${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}\n`);
    if (process.env.STANDPOINT_DEBUG) process.stderr.write(`${e.stack}\n`);
    return EXIT.FAILURE;
  }
}
