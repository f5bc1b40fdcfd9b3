import { XMLValidator } from 'fast-xml-parser';
import Graph from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { seed000, seed004 } from './network-fixture.js';
import { root } from './helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'standpoint-network-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Inputs: a plain text file, a JSONL of {id, text, date}, and a JSONL of already labeled documents.
const seedA = join(dir, 'seed-a.txt');
copyFileSync(join(root, 'seeds', '004_2d7ff7b8a7cb88f9.txt'), seedA);
const texts = join(dir, 'articles.jsonl');
writeFileSync(texts, [
  JSON.stringify({ id: 'kerry-1', date: '2016-01-13', text: '"Assad must go," said Kerry.' }),
  '',
  JSON.stringify({ id: 'lavrov-1', date: '2016-02-02', text: 'Lavrov said Russia is ready to cooperate with Washington.' }),
].join('\n'));
const labeled = join(dir, 'labeled.jsonl');
writeFileSync(labeled, `${JSON.stringify({ id: 'seed-000', date: '2016-01-13', document: seed000.document })}\n${JSON.stringify({ id: 'seed-004', date: '2016-02-05', document: seed004.document })}\n`);

let stderr = '';
let stdout = '';
beforeEach(() => {
  stderr = '';
  stdout = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
    stdout += String(chunk);
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write);
});
afterEach(() => vi.restoreAllMocks());

// In this process, through the CLI's dispatch: its usage errors, output and exit codes.
const runExport = (argv: string[]) => main(['export', ...argv]);
const runReport = (argv: string[]) => main(['report', ...argv]);

const out = (name: string) => join(dir, name);
const read = (name: string) => readFileSync(out(name), 'utf8');

describe('standpoint export', () => {
  it('writes the congruence network as GraphML by default, and it round-trips', async () => {
    expect(await runExport([labeled, '--network', 'congruence', '--format', 'graphml', '-o', out('congruence.graphml')])).toBe(0);
    const xml = read('congruence.graphml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const graph = parseGraphML(Graph, xml);
    expect([graph.order, graph.size]).toEqual([9, 17]);
    expect(graph.getEdgeAttribute('kerry--obama', 'weight')).toBe(5);
    expect(stderr).toBe('');
  });

  it('takes the format from the output extension, and normalisation and min weight', async () => {
    expect(await runExport([labeled, '--normalization', 'cosine', '--min-weight', '0.6', '-o', out('net.json')])).toBe(0);
    const json = JSON.parse(read('net.json'));
    const graph = Graph.from(json);
    expect(graph.getAttribute('normalization')).toBe('cosine');
    // cosine ≥ 0.6: pairs of one-statement actors (1 or 1/√2), kerry–obama 5/6, kerry–putin 4/6; not kerry with the
    // one-statement cooperators (2/√18), nor obama–putin, obama–us (1/2).
    expect(graph.edges()).toEqual([
      'cook--ignatius', 'cook--obama', 'cook--us', 'cook--zakharova', 'ignatius--obama', 'ignatius--us', 'ignatius--zakharova',
      'kerry--obama', 'kerry--putin', 'obama--zakharova', 'us--zakharova',
    ]);
    expect(graph.getEdgeAttribute('kerry--obama', 'weight')).toBeCloseTo(5 / 6, 12);
  });

  it('writes CSV edge lists, with the node table on request', async () => {
    expect(await runExport([labeled, '--network', 'conflict', '--format', 'csv', '--nodes', out('nodes.csv'), '-o', out('edges.csv')])).toBe(0);
    expect(read('edges.csv')).toBe('source,target,type,weight,raw,concepts\nrussia,us,undirected,1,1,military-involvement\n');
    expect(read('nodes.csv').split('\n')).toHaveLength(11);
  });

  it('writes the two-mode network, difference or split', async () => {
    expect(await runExport([labeled, '--network', 'two-mode', '--format', 'csv'])).toBe(0);
    expect(stdout.split('\n')).toContain('actor:us,concept:military-involvement,undirected,-1,0,1');
    stdout = '';
    expect(await runExport([labeled, '--network', 'two-mode', '--weight', 'split', '--format', 'csv'])).toBe(0);
    expect(stdout.split('\n')).toContain('actor:us,concept:military-involvement,undirected,1,0,1,no');
  });

  it('normalises two-mode weights by activity or prominence, and says which weights are unbounded', async () => {
    expect(await runExport([labeled, '--network', 'two-mode', '--normalization', 'activity', '--format', 'csv'])).toBe(0);
    expect(stdout.split('\n')).toContain('actor:us,concept:military-involvement,undirected,-0.5,0,1'); // -1 of its 2 statements
    stdout = '';
    expect(await runExport([labeled, '--network', 'two-mode', '--normalization', 'prominence', '--format', 'csv'])).toBe(0);
    expect(stdout.split('\n')).toContain('actor:kerry,concept:cooperate,undirected,0.2857142857142857,2,0'); // 2 of cooperate's 7
    for (const argv of [[labeled, '--normalization', 'activity'], [labeled, '--network', 'two-mode', '--normalization', 'jaccard']]) {
      stderr = '';
      expect(await runExport(argv), argv.join(' ')).toBe(2);
      expect(stderr).toMatch(/--normalization (of a two-mode network )?must be one of/);
    }
    stdout = '';
    await runExport(['--help']);
    const help = stdout.replace(/\s+/g, ' ');
    expect(help).toContain('cosine lies in [0, 1], activity and prominence in [-1, 1], the jaccard of congruence in [0, 1]; the others are not bounded');
    expect(help).toContain('the jaccard of a conflict tie grows with the repetitions (n against n: n/2)');
  });

  it('writes one network per time window', async () => {
    expect(await runExport([labeled, '--window', 'month', '--format', 'csv'])).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('window,source,target,type,weight,raw,concepts');
    expect(lines.filter((l) => l.startsWith('2016-01,'))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('2016-02,'))).toHaveLength(3);
    stdout = '';
    expect(await runExport([labeled, '--window', 'month', '--format', 'json'])).toBe(0);
    expect(JSON.parse(stdout).map((w: { window: string; graph: { edges: unknown[] } }) => [w.window, w.graph.edges.length])).toEqual([['2016-01', 4], ['2016-02', 3]]);
    expect(await runExport([labeled, '--window', '7', '-o', out('weekly.graphml')])).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('weekly.')).sort()).toEqual(['weekly.2016-01-13_2016-01-19.graphml', 'weekly.2016-02-03_2016-02-09.graphml']);
    expect(XMLValidator.validate(read('weekly.2016-02-03_2016-02-09.graphml'))).toBe(true);
  });

  it('writes the statements as DNA CSV, all columns, or JSON', async () => {
    expect(await runExport([labeled, '--statements'])).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('person,organization,concept,agreement,text,date');
    expect(lines).toHaveLength(23);
    stdout = '';
    expect(await runExport([labeled, '--statements', '--all-columns', '-o', out('statements.csv')])).toBe(0);
    expect(read('statements.csv').split('\n')[0]).toMatch(/^document_id,date,sentence,start,end,actor_id/);
    expect(await runExport([labeled, '--statements', '--format', 'json', '-o', out('statements.json')])).toBe(0);
    expect(JSON.parse(read('statements.json'))[0]).toMatchObject({ documentId: 'seed-000', actorId: 'ignatius', agreement: 'yes' });
  });

  it('labels plain text files and {id, text, date} lines', async () => {
    expect(await runExport([seedA, texts, '--statements', '--all-columns', '--date', '2016-01-15'])).toBe(0);
    const rows = stdout.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.some((r) => r.startsWith(`${seedA},2016-01-15,`))).toBe(true);
    expect(rows.some((r) => r.startsWith('kerry-1,2016-01-13,0,') && r.includes(',kerry,John Kerry,us,assad-must-go,'))).toBe(true);
    expect(rows.some((r) => r.startsWith('lavrov-1,2016-02-02,'))).toBe(true);
  });

  it('goes on past bad inputs, says which, and exits 1', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `not json\n${JSON.stringify({ id: 'n', text: 42 })}\n${JSON.stringify({ id: 'd', text: 'x', date: 'yesterday' })}\n${JSON.stringify({ id: 'ok', text: '"Assad must go," said Kerry.' })}\n`);
    expect(await runExport([bad, join(dir, 'missing.txt'), '--statements'])).toBe(1);
    expect(stdout.split('\n')).toHaveLength(3); // header, Kerry's statement, final line end
    expect(stderr).toContain(`${bad}:1: not a JSON line`);
    expect(stderr).toContain(`${bad}:2: needs a "text" string`);
    expect(stderr).toContain(`${bad}:3: "date" must be an ISO date`);
    expect(stderr).toContain('missing.txt: cannot read it (ENOENT)');
  });

  it('exits 2 on bad usage, with a hint', async () => {
    for (const argv of [
      [],
      [labeled, '--network', 'affiliation'],
      [labeled, '--format', 'gexf'],
      [labeled, '--normalization', 'pearson'],
      [labeled, '--min-weight', 'heavy'],
      [labeled, '--window', 'week'],
      [labeled, '--bogus'],
      [labeled, '--statements', '--format', 'graphml'],
      [labeled, '--window', 'month', '--format', 'graphml'],
      [labeled, '--network', 'two-mode', '--normalization', 'cosine'],
      [labeled, '--weight', 'split'],
      [labeled, '--codebook', join(dir, 'nope.json')],
    ]) {
      stderr = '';
      expect(await runExport(argv), argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).toContain('Run "standpoint export --help" for usage.');
    }
  });

  it('prints its help', async () => {
    expect(await runExport(['--help'])).toBe(0);
    expect(stdout).toContain('Usage: standpoint export FILE...');
  });
});

describe('standpoint report', () => {
  it('writes one self-contained HTML page', async () => {
    expect(await runReport([labeled, seedA, '-o', out('report.html'), '--title', 'My corpus'])).toBe(0);
    const html = read('report.html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>My corpus</title>');
    for (const id of ['kerry', 'russia', 'obama', 'putin', 'us', 'cook', 'gatilov', 'ignatius', 'zakharova']) expect(html).toContain(`<tr data-actor="${id}">`);
    expect(html).toContain('3 documents');
  });

  it('writes to standard output without -o, and exits 2 on bad usage', async () => {
    expect(await runReport([labeled, '--normalization', 'jaccard'])).toBe(0);
    expect(stdout).toContain('<option value="jaccard" selected>jaccard</option>');
    expect(await runReport([])).toBe(2);
    expect(await runReport([labeled, '--min-weight', 'x'])).toBe(2);
    expect(await runReport([labeled, '--top', 'many'])).toBe(2);
    stdout = '';
    expect(await runReport([labeled, '--top', '3'])).toBe(0);
    expect(stdout).toContain('<option value="3" selected>the 3 most active</option>');
    expect(await runReport(['-h'])).toBe(0);
  });

  it('exits 1 when the output cannot be written', async () => {
    expect(await runReport([labeled, '-o', join(dir, 'no-such-dir', 'r.html')])).toBe(1);
    expect(stderr).toContain('ENOENT');
  });
});

// Through the real command, when the CLI is built (src/cli dispatches report/export here).
const cli = join(root, 'dist', 'cli.js');
describe.skipIf(!existsSync(cli))('the standpoint command', () => {
  it('runs export and report', () => {
    const xml = execFileSync(process.execPath, [cli, 'export', labeled, '--network', 'conflict', '--format', 'graphml'], { encoding: 'utf8' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<edge id="russia--us" source="russia" target="us">');
    execFileSync(process.execPath, [cli, 'report', labeled, '-o', out('cli-report.html')]);
    expect(read('cli-report.html')).toContain('<tr data-actor="kerry">');
  });
});
