/**
 * Buffered writes to stdout with backpressure. A reader that goes away
 * (`standpoint label ... | head`) ends the process quietly with exit 0.
 */
import { EXIT } from './exit-codes.js';

const FLUSH_AT = 64 * 1024;

export class Output {
  #stream: NodeJS.WritableStream;
  #buffer: Uint8Array[] = [];
  #size = 0;
  #failed: Error | null = null;

  constructor(stream: NodeJS.WritableStream = process.stdout) {
    this.#stream = stream;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // The reader closed the pipe: nothing more can be delivered and nothing is wrong.
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(EXIT.OK);
      this.#failed = error;
    });
  }

  /** The write error, if any (the disk is full, ...). */
  get failed(): Error | null {
    return this.#failed;
  }

  /** Queues text or UTF-8 bytes; returns a promise to await when the stream wants the writer to slow down. */
  write(chunk: string | Uint8Array): Promise<void> | undefined {
    if (chunk.length === 0) return undefined;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.#buffer.push(bytes);
    this.#size += bytes.length;
    return this.#size >= FLUSH_AT ? this.flush() : undefined;
  }

  /** Writes what is queued and waits until the stream has taken it. */
  flush(): Promise<void> {
    const chunks = this.#buffer;
    this.#buffer = [];
    this.#size = 0;
    return new Promise((resolve) => {
      if (this.#failed || chunks.length === 0) return resolve();
      const text = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      const onError = () => resolve();
      this.#stream.once('error', onError);
      this.#stream.write(text, () => {
        this.#stream.removeListener('error', onError);
        resolve();
      });
    });
  }
}
