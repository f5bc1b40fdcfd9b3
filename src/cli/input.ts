/**
 * Reading the CLI's input: JSON Lines split at the byte level into runs of
 * whole lines (each line is decoded on its own, strictly, where it is
 * labeled, so that one line of bad UTF-8 is one error record), or whole
 * plain-text files.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { FileItem, LineRun } from '../batch/lines.js';

/** A run of input read together, with the bytes it took. */
export interface InputRun {
  /** JSON Lines, as bytes. */
  run?: LineRun;
  /** Plain-text documents. */
  files?: FileItem[];
  /** How many output lines it gives. */
  count: number;
  bytes: number;
  /** Which source it came from, and the line number of its first line (1-based; for the summary only). */
  source: string;
  firstLine: number;
}

/** A source that could not be read. */
export interface ReadFailure {
  source: string;
  error: Error;
}

const NEWLINE = 0x0a;
/** The most bytes one line may take before it is dropped and reported (the memory bound for input without newlines). */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;
/** The most bytes in one run (one task for a worker). */
const RUN_BYTES = 32 * 1024;

const strict = new TextDecoder('utf-8', { fatal: true });

/** Collects whole lines into a run: their bytes copied into one buffer that can be handed to a worker. */
class RunBuilder {
  parts: Uint8Array[] = [];
  ends: number[] = [];
  tooLong: number[] = [];
  size = 0;
  read = 0;

  add(line: Uint8Array): void {
    this.parts.push(line);
    this.size += line.length;
    this.ends.push(this.size);
  }

  addTooLong(): void {
    this.tooLong.push(this.ends.length);
    this.ends.push(this.size);
  }

  get count(): number {
    return this.ends.length;
  }

  take(source: string, firstLine: number): InputRun {
    const data = new Uint8Array(this.size);
    let at = 0;
    for (const part of this.parts) {
      data.set(part, at);
      at += part.length;
    }
    const run: LineRun = { data, ends: this.ends, ...(this.tooLong.length > 0 ? { tooLong: this.tooLong } : {}) };
    const taken: InputRun = { run, count: this.ends.length, bytes: this.read, source, firstLine };
    this.parts = [];
    this.ends = [];
    this.tooLong = [];
    this.size = 0;
    this.read = 0;
    return taken;
  }
}

function streamOf(source: string): Readable {
  return source === '-' ? process.stdin : createReadStream(source, { highWaterMark: RUN_BYTES });
}

/**
 * The lines of the sources, in order, in runs of at most ~32 KB; a run also
 * ends with each read, so that a slow producer's lines go out at once.
 */
export async function* readJsonLines(sources: readonly string[], failures: ReadFailure[], stop: { stopped: boolean }): AsyncGenerator<InputRun> {
  for (const source of sources) {
    if (stop.stopped) return;
    const stream = streamOf(source);
    const builder = new RunBuilder();
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    let skipping = false;
    let line = 1;
    let firstLine = 1;
    const flush = () => {
      const run = builder.take(source, firstLine);
      firstLine = line;
      return run;
    };
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        let from = 0;
        for (;;) {
          const at = chunk.indexOf(NEWLINE, from);
          if (at < 0) break;
          if (skipping) skipping = false; // the end of a line already reported as too long (and counted)
          else {
            if (pendingBytes > 0) {
              pending.push(chunk.subarray(from, at));
              const whole = Buffer.concat(pending);
              if (whole.length > MAX_LINE_BYTES) builder.addTooLong();
              else builder.add(whole);
            } else builder.add(chunk.subarray(from, at));
            line++;
          }
          pending = [];
          pendingBytes = 0;
          builder.read += at + 1 - from;
          from = at + 1;
          if (builder.size >= RUN_BYTES) yield flush();
        }
        if (from < chunk.length && !skipping) {
          pending.push(chunk.subarray(from));
          pendingBytes += chunk.length - from;
          if (pendingBytes > MAX_LINE_BYTES) {
            // A line this long cannot be a document: report it once and drop the rest of it unread.
            builder.addTooLong();
            line++;
            pending = [];
            pendingBytes = 0;
            skipping = true;
          }
        }
        builder.read += chunk.length - from;
        if (builder.count > 0) yield flush();
        if (stop.stopped) break;
      }
      if (pendingBytes > 0 && !stop.stopped) {
        builder.add(Buffer.concat(pending));
        line++;
        yield flush();
      }
    } catch (error) {
      if (stop.stopped) return;
      failures.push({ source, error: error as Error });
    } finally {
      if (source !== '-') stream.destroy();
    }
  }
}

/** Reads each source as one plain-text document (id: the file name, "-" for stdin). */
export async function* readTextFiles(sources: readonly string[], failures: ReadFailure[], stop: { stopped: boolean }): AsyncGenerator<InputRun> {
  for (const source of sources) {
    if (stop.stopped) return;
    let bytes: Buffer;
    try {
      if (source === '-') {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
        bytes = Buffer.concat(chunks);
      } else bytes = await readFile(source);
    } catch (error) {
      failures.push({ source, error: error as Error });
      yield { files: [{ file: source, unreadable: (error as Error).message }], count: 1, bytes: 0, source, firstLine: 1 };
      continue;
    }
    let item: FileItem;
    try {
      item = { file: source, text: strict.decode(bytes) };
    } catch {
      item = { file: source, badUtf8: true };
    }
    yield { files: [item], count: 1, bytes: bytes.length, source, firstLine: 1 };
  }
}

/** The bytes the sources hold, when all are regular files (for the progress bar's ETA); null when unknown. */
export async function totalBytes(sources: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const source of sources) {
    try {
      const info = source === '-' ? await stat('/dev/stdin') : await stat(source);
      if (!info.isFile()) return null;
      total += info.size;
    } catch {
      return null;
    }
  }
  return total;
}
