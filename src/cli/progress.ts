/**
 * A one-line progress bar on stderr — documents, sentences/s, and an ETA when
 * the input size is known — drawn only when stderr is a terminal. Output to
 * the same terminal goes through `guard()`, which takes the bar away before
 * each write and draws it again after, so that output never follows the bar
 * on its line and the bar never overwrites output.
 */

export interface ProgressCounts {
  documents: number;
  sentences: number;
  bytes: number;
}

const group = (n: number) => Math.round(n).toLocaleString('en-US');

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * The progress line for the counts so far (exported for tests), shorter than
 * `width` so that it never wraps: on a narrow terminal the bar goes first,
 * then the sentence count, then the documents and rate.
 *
 * @param eta - Seconds left, NaN while unknown; by default estimated from the share of bytes done in `elapsedSeconds`.
 * @example
 * progressLine({ documents: 3, sentences: 10, bytes: 5 }, 1, null) // '3 docs · 10 sentences · 10 sentences/s'
 */
export function progressLine(counts: ProgressCounts, elapsedSeconds: number, total: number | null, width = 80, eta?: number): string {
  const rate = elapsedSeconds > 0 ? counts.sentences / elapsedSeconds : 0;
  const docs = `${group(counts.documents)} docs`;
  const sentences = `${group(counts.sentences)} sentences`;
  const perSecond = `${group(rate)} sentences/s`;
  const room = width - 1;
  const fits = (line: string) => line.length <= room;
  let variants: string[];
  if (total !== null && total > 0) {
    const share = Math.min(1, counts.bytes / total);
    const left = eta ?? (share > 0 ? (elapsedSeconds * (1 - share)) / share : Number.NaN);
    const percent = `${String(Math.floor(share * 100)).padStart(3)}%`;
    const text = [docs, sentences, perSecond, `ETA ${clock(left)}`].join(' · ');
    const barWidth = Math.max(10, Math.min(30, width - text.length - 9));
    const filled = Math.round(share * barWidth);
    variants = [
      `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${percent} ${text}`,
      `${percent} ${text}`,
      `${percent} ${[docs, perSecond, `ETA ${clock(left)}`].join(' · ')}`,
      `${percent} ETA ${clock(left)}`,
    ];
  } else variants = [[docs, sentences, perSecond].join(' · '), [docs, perSecond].join(' · '), docs];
  const line = variants.find(fits) ?? variants[variants.length - 1]!;
  return fits(line) ? line : `${line.slice(0, Math.max(0, room - 1))}…`;
}

/** How long an ETA waits for: a rate measured over less than this is mostly noise (a first burst of parallel results). */
const MIN_SPAN_SECONDS = 1;

/**
 * Seconds left, from the rate of bytes done since the first result: the time
 * before it (reading the codebook, starting workers) is not labeling, and
 * counting it made the first estimates far too long.
 */
export class EtaEstimate {
  #first: { at: number; bytes: number } | null = null;
  #last: { at: number; bytes: number } | null = null;

  /** Records the bytes done at `at` seconds. */
  sample(at: number, bytes: number): void {
    if (this.#first === null) this.#first = { at, bytes };
    else this.#last = { at, bytes };
  }

  /** Seconds left at `now` out of `total` bytes; NaN until a rate has been measured over a second or more. */
  secondsLeft(now: number, total: number): number {
    const first = this.#first;
    const last = this.#last;
    if (!first || !last || last.at - first.at < MIN_SPAN_SECONDS || last.bytes <= first.bytes) return Number.NaN;
    const rate = (last.bytes - first.bytes) / (last.at - first.at);
    return Math.max(0, (total - last.bytes) / rate - (now - last.at));
  }
}

/** What the bar draws on: a terminal stream (stderr). */
export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  /** Seconds, for tests. */
  now?: () => number;
  /** Milliseconds between redraws. */
  interval?: number;
}

export class Progress {
  readonly #enabled: boolean;
  readonly #total: number | null;
  readonly #stream: ProgressStream;
  readonly #now: () => number;
  readonly #start: number;
  readonly #eta = new EtaEstimate();
  #counts: ProgressCounts = { documents: 0, sentences: 0, bytes: 0 };
  #timer: NodeJS.Timeout | undefined;
  /** The length of the bar on screen, 0 when none is. */
  #drawn = 0;
  // A process that ends early (the reader of its output went away) takes the bar with it.
  readonly #onExit = () => this.stop();

  constructor(enabled: boolean, total: number | null, options: ProgressOptions = {}) {
    this.#enabled = enabled;
    this.#total = total;
    this.#stream = options.stream ?? process.stderr;
    this.#now = options.now ?? (() => performance.now() / 1000);
    this.#start = this.#now();
    if (enabled) {
      this.#timer = setInterval(() => this.#draw(), options.interval ?? 200);
      this.#timer.unref();
      process.once('exit', this.#onExit);
    }
  }

  update(counts: ProgressCounts): void {
    this.#counts = { ...counts };
    this.#eta.sample(this.#now() - this.#start, counts.bytes);
  }

  #columns(): number {
    const columns = this.#stream.columns;
    return columns !== undefined && columns > 0 ? columns : 80;
  }

  /** The bytes that take the bar off the screen, wrapped rows included (a terminal narrowed since it was drawn reflows it onto several). */
  #erase(): string {
    if (this.#drawn === 0) return '';
    const rows = Math.ceil(this.#drawn / this.#columns());
    this.#drawn = 0;
    return `\r${rows > 1 ? `\x1b[${rows - 1}A` : ''}\x1b[J`;
  }

  #draw(): void {
    if (!this.#enabled || this.#timer === undefined) return;
    const elapsed = this.#now() - this.#start;
    const eta = this.#total !== null && this.#total > 0 ? this.#eta.secondsLeft(elapsed, this.#total) : undefined;
    const line = progressLine(this.#counts, elapsed, this.#total, this.#columns(), eta);
    this.#stream.write(`${this.#erase()}${line}`);
    this.#drawn = line.length;
  }

  /**
   * The output stream, made to take the bar away before each write and draw
   * it again after, when it is a terminal the bar could share; otherwise the
   * stream itself.
   */
  guard<T extends NodeJS.WritableStream & { isTTY?: boolean }>(output: T): T {
    if (!this.#enabled || output.isTTY !== true) return output;
    const write = (...args: unknown[]): boolean => {
      const erase = this.#erase();
      if (erase) this.#stream.write(erase);
      const ok = (output.write as (...a: unknown[]) => boolean)(...args);
      this.#draw();
      return ok;
    };
    return new Proxy(output, {
      get(target, key) {
        if (key === 'write') return write;
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /** Removes the bar (before the summary is printed). */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    process.off('exit', this.#onExit);
    const erase = this.#erase();
    if (erase) this.#stream.write(erase);
  }
}
