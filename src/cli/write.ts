/**
 * Writing a command's whole output to a file, or to standard output.
 */
import { writeFile } from 'node:fs/promises';
import { CliFailure } from './exit-codes.js';
import { Output } from './output.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

// One writer for standard output per process: it owns the stream's error listener.
let stdout: Output | undefined;

/** Writes text to a file, or to standard output for no path or "-". A write that fails is a CliFailure (exit 1). */
export async function writeOutput(path: string | undefined, text: string): Promise<void> {
  if (path !== undefined && path !== '-') {
    try {
      await writeFile(path, text, 'utf8');
    } catch (error) {
      throw new CliFailure(`cannot write ${path}: ${message(error)}`);
    }
    return;
  }
  stdout ??= new Output();
  await stdout.write(text);
  await stdout.flush();
  if (stdout.failed) throw new CliFailure(`cannot write the output: ${stdout.failed.message}`);
}
