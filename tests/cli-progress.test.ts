import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EtaEstimate, Progress, progressLine } from '../src/cli/progress.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');

// What a bar on the terminal looks like, and the bytes that take it away.
const ERASE = /\r(?:\x1b\[\d+A)?\x1b\[J/;
// A bar starts a line, or follows the erasing of the one before.
const BAR = /(?<=^|\n|\x1b\[J)(?:\[[█░]+\] +\d+% | *\d+% |\d[\d,]* docs · )[^\r\n\x1b]*/;

/** A terminal both streams write to, in order: the bytes it received. */
function terminal(columns: number) {
  const screen: string[] = [];
  const stderr = { columns, write: (text: string) => screen.push(text) };
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        screen.push(chunk.toString('utf8'));
        done();
      },
    }),
    { isTTY: true },
  );
  return { screen, stderr, stdout };
}

describe('the progress bar and output on one terminal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes the bar away before each write to the terminal and draws it again after', async () => {
    const { screen, stderr, stdout } = terminal(80);
    const progress = new Progress(true, null, { stream: stderr, now: () => 1 });
    const out = progress.guard(stdout);
    expect(out).not.toBe(stdout);
    vi.advanceTimersByTime(200);
    expect(screen).toEqual(['0 docs · 0 sentences · 0 sentences/s']);
    progress.update({ documents: 1, sentences: 19, bytes: 900 });
    await new Promise<void>((resolve) => out.write('article.txt (19 sentences, 4 claims)\n', () => resolve()));
    progress.stop();
    expect(screen).toEqual([
      '0 docs · 0 sentences · 0 sentences/s',
      '\r\x1b[J',
      'article.txt (19 sentences, 4 claims)\n',
      '1 docs · 19 sentences · 0 sentences/s',
      '\r\x1b[J',
    ]);
  });

  it('erases every row of a bar that a narrowed terminal wrapped', () => {
    const { screen, stderr } = terminal(80);
    const progress = new Progress(true, 10_000, { stream: stderr, now: () => 1 });
    vi.advanceTimersByTime(200);
    const drawn = screen[0]!;
    expect(drawn.length).toBeGreaterThan(60);
    expect(drawn.length).toBeLessThan(80);
    stderr.columns = 30;
    progress.stop();
    expect(screen[1]).toBe(`\r\x1b[${Math.ceil(drawn.length / 30) - 1}A\x1b[J`);
  });

  it('leaves a stream that is not a terminal, and a disabled bar, alone', () => {
    const { stderr, stdout } = terminal(80);
    const pipe = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: false });
    expect(new Progress(true, null, { stream: stderr }).guard(pipe)).toBe(pipe);
    expect(new Progress(false, null, { stream: stderr }).guard(stdout)).toBe(stdout);
  });
});

describe('the progress line', () => {
  it('never reaches the last column: the bar, then the sentence count give way on a narrow terminal', () => {
    const counts = { documents: 1200, sentences: 5000, bytes: 250 };
    for (const width of [100, 80, 70, 60, 50, 40, 30, 20, 12]) expect(progressLine(counts, 2, 1000, width).length, `width ${width}`).toBeLessThan(width);
    expect(progressLine(counts, 2, 1000, 80)).toMatch(/^\[█+░+\]  25% 1,200 docs · 5,000 sentences · 2,500 sentences\/s · ETA 0:06$/);
    expect(progressLine(counts, 2, 1000, 70)).toBe(' 25% 1,200 docs · 5,000 sentences · 2,500 sentences/s · ETA 0:06');
    expect(progressLine(counts, 2, 1000, 60)).toBe(' 25% 1,200 docs · 2,500 sentences/s · ETA 0:06');
    expect(progressLine(counts, 2, 1000, 40)).toBe(' 25% ETA 0:06');
    expect(progressLine(counts, 2, null, 40)).toBe('1,200 docs · 2,500 sentences/s');
    expect(progressLine(counts, 2, null, 20)).toBe('1,200 docs');
  });

  it('shows the ETA it is given, and --:-- for an unknown one', () => {
    expect(progressLine({ documents: 1, sentences: 5, bytes: 250 }, 2, 1000, 80, Number.NaN)).toMatch(/ · ETA --:--$/);
    expect(progressLine({ documents: 1, sentences: 5, bytes: 250 }, 2, 1000, 80, 75)).toMatch(/ · ETA 1:15$/);
  });
});

describe('the ETA', () => {
  it('is unknown until a rate has been measured over a second, then counts from the first result, not from the start', () => {
    const eta = new EtaEstimate();
    // 5 s of start-up (codebook, workers), then 10 bytes a second out of 100.
    eta.sample(5, 10);
    expect(eta.secondsLeft(5, 100)).toBeNaN();
    eta.sample(5.5, 15);
    expect(eta.secondsLeft(5.5, 100)).toBeNaN();
    eta.sample(7, 30);
    // 70 bytes left at 10 bytes/s; counting the start-up (30 bytes in 7 s) would say 16 s.
    expect(eta.secondsLeft(7, 100)).toBeCloseTo(7, 5);
    expect(eta.secondsLeft(8, 100)).toBeCloseTo(6, 5);
    expect(eta.secondsLeft(100, 100)).toBe(0);
  });
});

// ───────────── the CLI on a pseudo-terminal ─────────────

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasScript) console.warn('\n⚠ cli-progress: `script` (util-linux) is not installed; the pseudo-terminal tests are SKIPPED.\n');

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI with stdin, stdout and stderr on one pseudo-terminal of 70 columns (newlines not translated); its bytes. */
function onTerminal(args: string[], stdin = '/dev/null'): string {
  const command = `stty -onlcr cols 70; exec ${[process.execPath, cli, ...args].map(quote).join(' ')}`;
  const r = spawnSync('script', ['-qfec', command, '/dev/null'], { cwd: root, input: readFileSync(stdin), maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr.toString()).toBe(0);
  return r.stdout.toString('utf8');
}

describe.skipIf(!hasScript)('standpoint label on a terminal', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'standpoint-progress-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never writes output after the bar: each bar is erased before the next bytes, and the rest is the output', () => {
    const texts = readFileSync(join(root, 'fixtures', 'attribution.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text);
    // Enough CSV (over 64 KB) that output is written while the bar is up, not only at the end.
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, Array.from({ length: 400 }, (_, i) => `${JSON.stringify({ id: `d${i}`, text: texts[i % texts.length] })}\n`).join(''));
    const bytes = onTerminal(['label', '--jsonl', '-f', 'csv', '-j', '1', input]);
    const piped = spawnSync(process.execPath, [cli, 'label', '--jsonl', '-f', 'csv', '-j', '1', input], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    expect(piped.status).toBe(0);

    const bars = [...bytes.matchAll(new RegExp(BAR.source, 'g'))];
    expect(bars.length, 'bars drawn').toBeGreaterThan(1);
    for (const bar of bars) {
      const after = bytes.slice(bar.index + bar[0].length);
      expect(ERASE.test(after) && after.search(ERASE) === 0, `what follows the bar ${JSON.stringify(bar[0])}: ${JSON.stringify(after.slice(0, 40))}`).toBe(true);
    }
    const rest = bytes.replace(new RegExp(`${BAR.source}(?=${ERASE.source})`, 'g'), '').replace(new RegExp(ERASE.source, 'g'), '');
    const summary = /standpoint label: 400 lines: 400 labeled; [\d,]+ sentences, [\d,]+ claims; [\d.]+ s\n$/;
    expect(rest).toMatch(summary);
    expect(rest.replace(summary, '')).toBe(piped.stdout.toString('utf8'));
  });

  it('says, when it reads typed input, that it does and how to end it', () => {
    const bytes = onTerminal(['label']);
    expect(bytes).toMatch(/^standpoint label: reading text from standard input; end it with Ctrl-D on a line of its own \(Ctrl-C to cancel\)\. Files and options: standpoint label --help\n/);
    expect(bytes).not.toMatch(BAR);
    expect(onTerminal(['label', '-q'])).not.toContain('reading');
  });
});

describe('standpoint label from a pipe', () => {
  it('says nothing about typing', () => {
    const r = spawnSync(process.execPath, [cli, 'label', '-f', 'jsonl'], { cwd: root, input: '"Assad must go," said Kerry.' });
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toMatch(/^standpoint label: 1 document: 1 labeled/);
  });
});
