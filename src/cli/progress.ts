/**
 * A one-line progress bar on stderr — documents, sentences/s, and an ETA when
 * the input size is known — drawn only when stderr is a terminal.
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

/** The progress line for the counts so far (exported for tests). */
export function progressLine(counts: ProgressCounts, elapsedSeconds: number, total: number | null, width = 80): string {
  const rate = elapsedSeconds > 0 ? counts.sentences / elapsedSeconds : 0;
  const parts = [`${group(counts.documents)} docs`, `${group(counts.sentences)} sentences`, `${group(rate)} sentences/s`];
  if (total !== null && total > 0) {
    const share = Math.min(1, counts.bytes / total);
    const eta = share > 0 ? (elapsedSeconds * (1 - share)) / share : Number.NaN;
    parts.push(`ETA ${clock(eta)}`);
    const text = parts.join(' · ');
    const barWidth = Math.max(10, Math.min(30, width - text.length - 9));
    const filled = Math.round(share * barWidth);
    return `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${text}`;
  }
  return parts.join(' · ');
}

export class Progress {
  readonly #enabled: boolean;
  readonly #total: number | null;
  readonly #start = performance.now();
  #counts: ProgressCounts = { documents: 0, sentences: 0, bytes: 0 };
  #timer: NodeJS.Timeout | undefined;
  #drawn = false;

  constructor(enabled: boolean, total: number | null) {
    this.#enabled = enabled;
    this.#total = total;
    if (enabled) {
      this.#timer = setInterval(() => this.#draw(), 200);
      this.#timer.unref();
    }
  }

  update(counts: ProgressCounts): void {
    this.#counts = counts;
  }

  #draw(): void {
    const elapsed = (performance.now() - this.#start) / 1000;
    const line = progressLine(this.#counts, elapsed, this.#total, process.stderr.columns ?? 80);
    process.stderr.write(`\r\x1b[K${line}`);
    this.#drawn = true;
  }

  /** Removes the bar (before the summary is printed). */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#enabled && this.#drawn) process.stderr.write('\r\x1b[K');
  }
}
