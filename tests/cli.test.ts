import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { progressLine } from '../src/cli/progress.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'standpoint-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], input?: string | Buffer): SpawnSyncReturns<Buffer> {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, input, maxBuffer: 256 * 1024 * 1024 });
}

const texts: string[] = readFileSync(join(root, 'fixtures', 'attribution.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

// 300 lines; 6 bad ones at known places.
const BAD = new Map<number, string>([
  [3, 'INPUT_BAD_JSON'],
  [40, 'INPUT_MISSING_TEXT'],
  [41, 'INPUT_NOT_STRING'],
  [120, 'INPUT_BAD_UTF8'],
  [200, 'INPUT_BAD_RECORD'],
  [299, 'INPUT_EMPTY_LINE'],
]);
const ids = Array.from({ length: 300 }, (_, i) => `doc-${i}`);
function corpusLines(): Buffer[] {
  return ids.map((id, i) => {
    switch (BAD.get(i)) {
      case 'INPUT_BAD_JSON':
        return Buffer.from(`{"id":"${id}","text":"unterminated`);
      case 'INPUT_MISSING_TEXT':
        return Buffer.from(JSON.stringify({ id, body: 'no text field' }));
      case 'INPUT_NOT_STRING':
        return Buffer.from(JSON.stringify({ id, text: ['not', 'a', 'string'] }));
      case 'INPUT_BAD_UTF8':
        return Buffer.concat([Buffer.from(`{"id":"${id}","text":"caf`), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
      case 'INPUT_BAD_RECORD':
        return Buffer.from('[1, 2, 3]');
      case 'INPUT_EMPTY_LINE':
        return Buffer.from('');
      default:
        // Other fields, odd number formatting and key order included, must pass through untouched.
        return Buffer.from(`{"source":"wire", "id":"${id}","text":${JSON.stringify(texts[i % texts.length])},"score":1.50,"tags":["a"]}`);
    }
  });
}
const corpus = Buffer.concat(corpusLines().map((line) => Buffer.concat([line, Buffer.from('\n')])));
const corpusFile = join(tmp, 'corpus.jsonl');
writeFileSync(corpusFile, corpus);

function outputLines(stdout: Buffer): string[] {
  const text = stdout.toString('utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

describe('standpoint label --jsonl', () => {
  it('acceptance: 300 lines with 6 bad ones — 300 lines out, in order, 6 error records, the rest passed through; the same bytes on 1 and 2 threads', () => {
    const pooled = run(['label', '--jsonl', corpusFile, '--concurrency', '2']);
    expect(pooled.status, pooled.stderr.toString()).toBe(0);
    const lines = outputLines(pooled.stdout);
    expect(lines).toHaveLength(300);
    const inputLines = corpusLines().map((b) => b.toString('utf8'));
    lines.forEach((line, i) => {
      const record = JSON.parse(line) as { id: unknown; error?: { code: string; message: string }; document?: { sentences: unknown[] } };
      const code = BAD.get(i);
      if (code) {
        expect(record.error?.code, `line ${i + 1}`).toBe(code);
        expect(Object.keys(record)).toEqual(['id', 'error']);
        expect(record.id).toBe(code === 'INPUT_BAD_RECORD' || code === 'INPUT_EMPTY_LINE' ? null : ids[i]);
      } else {
        expect(record.id).toBe(ids[i]);
        expect(record.document?.sentences.length).toBeGreaterThan(0);
        // byte for byte: the input record, then the document
        expect(line.startsWith(`${inputLines[i]!.slice(0, -1)},"document":{`)).toBe(true);
      }
    });
    const stderr = pooled.stderr.toString();
    expect(stderr).toContain('300 lines: 294 labeled, 6 error records');
    expect(stderr).toContain(`${corpusFile}:4 INPUT_BAD_JSON`);
    expect(stderr).not.toContain('\r'); // no progress bar when stderr is not a terminal

    const single = run(['label', '--jsonl', '-j', '1', '--quiet'], corpus);
    expect(single.status).toBe(0);
    expect(single.stderr.toString()).toBe('');
    expect(single.stdout.equals(pooled.stdout)).toBe(true);
  });

  it('--strict exits 4 when there are error records; --date fills in a date; a bad option exits 2', () => {
    const strict = run(['label', '--jsonl', '-j', '1', '-q', '--strict'], '{"id":1,"text":"Kerry said Assad must go."}\n{"id":2}\n');
    expect(strict.status).toBe(4);
    expect(outputLines(strict.stdout)).toHaveLength(2);
    const dated = run(['label', '--jsonl', '-j', '1', '-q', '--date', '2014-03-01'], '{"id":1,"text":"The Secretary of State said Assad must go."}\n');
    expect(JSON.parse(dated.stdout.toString()).document.sentences[0].claims[0]?.actor.id).toBe('kerry');
    for (const args of [['--concurrency', '0'], ['--format', 'xml'], ['--date', 'tomorrow'], ['--nope'], ['--model', 'm.json', '--no-model']]) {
      const bad = run(['label', '--jsonl', ...args], '');
      expect(bad.status, args.join(' ')).toBe(2);
      expect(bad.stderr.toString()).toMatch(/standpoint label: .*\nRun "standpoint label --help"/);
    }
  });

  it('--date takes only real calendar dates (the check label() makes): a bad one exits 2 before any input is read', () => {
    for (const date of ['2016-13-45', '2015-02-29', '2016-1-13']) {
      for (const j of ['1', '2']) {
        const bad = run(['label', '--jsonl', '-j', j, '--date', date], '{"id":1,"text":"Kerry said Assad must go."}\n');
        expect(bad.status, `${date} -j ${j}`).toBe(2);
        expect(bad.stdout.toString()).toBe('');
        expect(bad.stderr.toString()).toMatch(new RegExp(`^standpoint label: --date must be a real calendar date .*\\(got "${date}"\\)\nRun "standpoint label --help" for usage\\.\n$`));
      }
    }
    expect(run(['label', '--jsonl', '-j', '1', '-q', '--date', '2016-02-29'], '{"id":1,"text":"x"}\n').status).toBe(0);
  });

  it('lists every problem of the command line at once', () => {
    const bad = run(['label', '--jsonl', '--date', '2016-13-45', '-j', '0', '--format', 'xml', '--model', 'm.json', '--no-model'], '');
    expect(bad.status).toBe(2);
    const stderr = bad.stderr.toString();
    for (const problem of ['--format must be one of', '--model FILE or --no-model', '--date must be a real calendar date', '--concurrency must be a positive whole number (got 0)']) expect(stderr).toContain(problem);
    const evalBad = run(['eval', '--fail-under', '2', '--level', 'loose']);
    expect(evalBad.status).toBe(2);
    expect(evalBad.stderr.toString()).toMatch(/give at least one gold file.*; --fail-under must be .*; --level must be one of/);
    const trainBad = run(['train', '--folds', '1']);
    expect(trainBad.status).toBe(2);
    expect(trainBad.stderr.toString()).toMatch(/give at least one examples file.*; --folds must be 2 or more/);
    expect(run(['train', 'x.jsonl', '--folds', 'two']).stderr.toString()).toContain('--folds must be a positive whole number (got "two")');
    expect(run(['train', 'x.jsonl', '--learner', 'forest']).stderr.toString()).toContain('--learner');
  });

  it('a record with a bad date is an error line (exit 0, or 4 under --strict), the others are labeled', () => {
    const input = '{"id":1,"text":"Kerry said Assad must go.","date":"2016-13-45"}\n{"id":2,"text":"Kerry said Assad must go.","date":"2016-01-13"}\n';
    for (const j of ['1', '2']) {
      const out = run(['label', '--jsonl', '-j', j, '-q'], input);
      expect(out.status).toBe(0);
      const [first, second] = outputLines(out.stdout).map((line) => JSON.parse(line) as { id: number; error?: { code: string; message: string }; document?: unknown });
      expect(first).toEqual({ id: 1, error: { code: 'INPUT_INVALID_OPTION', message: expect.stringContaining('"2016-13-45"') } });
      expect(second!.document).toBeDefined();
      expect(run(['label', '--jsonl', '-j', j, '-q', '--strict'], input).status).toBe(4);
    }
  });

  it('ends quietly with exit 0 when the reader goes away (| head)', async () => {
    const child = spawn(process.execPath, [cli, 'label', '--jsonl', corpusFile, '-j', '2'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('on Ctrl-C writes what is done, in order, and exits 130', async () => {
    const child = spawn(process.execPath, [cli, 'label', '--jsonl', '-j', '2'], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (stdout === '') setTimeout(() => child.kill('SIGINT'), 50);
      stdout += d.toString();
    });
    // stdin stays open: the command is waiting for more input when interrupted
    child.stdin.write(corpusLines().slice(0, 100).filter((_, i) => !BAD.has(i)).map((b) => `${b.toString()}\n`).join(''));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const lines = outputLines(Buffer.from(stdout));
    expect(lines.length).toBeGreaterThan(0);
    const got = lines.map((line) => (JSON.parse(line) as { id: string }).id);
    expect(got).toEqual(ids.filter((_, i) => i < 100 && !BAD.has(i)).slice(0, got.length));
    expect(stderr).toContain('interrupted');
  });
});

describe('standpoint label (plain text)', () => {
  it('labels files as documents, says which could not be read (exit 1), and reads stdin', () => {
    const missing = join(tmp, 'missing.txt');
    const seed = join(root, 'seeds', '000_37fe4841ecb2e3a1.txt');
    const result = run(['label', seed, missing, '-f', 'jsonl', '-j', '2']);
    expect(result.status).toBe(1);
    const [first, second] = outputLines(result.stdout).map((line) => JSON.parse(line));
    expect(first.id).toBe(seed);
    expect(first.document.sentences.length).toBeGreaterThan(10);
    expect(second).toMatchObject({ id: missing, error: { code: 'INPUT_UNREADABLE' } });
    expect(result.stderr.toString()).toContain(`cannot read ${missing}`);

    const stdin = run(['label', '-q'], '"Assad must go," said Kerry.');
    expect(stdin.status).toBe(0);
    expect(JSON.parse(stdin.stdout.toString())).toMatchObject({ id: '-', document: { sentences: [{ claims: [{ actor: { id: 'kerry' } }] }] } });
  });

  it('writes CSV (a row per claim) and a table', () => {
    const csv = run(['label', '--jsonl', '-q', '-j', '1', '-f', 'csv'], '{"id":"x","text":"\\"Assad must go,\\" said Kerry."}\n{"id":"y"}\n');
    const rows = csv.stdout.toString().split('\r\n');
    expect(rows[0]).toBe('id,sentence,start,end,text,holder,actor,actor_name,affiliation,stance,polarity,confidence,source,evidence,error');
    expect(rows[1]).toMatch(/^x,0,0,28,"""Assad must go,"" said Kerry\.",kerry,kerry,John Kerry,us,assad-must-go,support,/);
    expect(rows[2]).toMatch(/^y,.*INPUT_MISSING_TEXT/);
    const table = run(['label', '-q', '-f', 'table'], '"Assad must go," said Kerry.');
    expect(table.stdout.toString()).toMatch(/kerry\s+assad-must-go\s+support/);
  });
});

describe('the progress line', () => {
  it('shows documents, sentences/s and an ETA when the size is known', () => {
    expect(progressLine({ documents: 1200, sentences: 5000, bytes: 250 }, 2, 1000)).toMatch(/^\[█+░+\]  25% 1,200 docs · 5,000 sentences · 2,500 sentences\/s · ETA 0:06$/);
    expect(progressLine({ documents: 3, sentences: 10, bytes: 5 }, 1, null)).toBe('3 docs · 10 sentences · 10 sentences/s');
  });
});
