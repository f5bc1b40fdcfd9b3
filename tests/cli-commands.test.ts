import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'standpoint-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], input?: string | Buffer): SpawnSyncReturns<Buffer> {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, input, maxBuffer: 64 * 1024 * 1024 });
}

describe('standpoint eval, train and the rest', () => {
  it('eval prints the table and gates on --fail-under (exit 3 under the bar)', () => {
    const ok = run(['eval', 'fixtures/seeds.jsonl', '--fail-under', '0.5']);
    expect(ok.status).toBe(0);
    expect(ok.stdout.toString()).toMatch(/^fixtures\/seeds\.jsonl: 2 passages, 36 sentences/);
    expect(ok.stdout.toString()).toMatch(/\nstrict {17}P/);
    const under = run(['eval', 'fixtures/seeds.jsonl', '--fail-under', '1', '--level', 'affiliation']);
    expect(under.status).toBe(3);
    expect(under.stderr.toString()).toContain('is under the bar 1');
    expect(run(['eval', 'fixtures/seeds.jsonl', '--fail-under', '2']).status).toBe(2);
    expect(run(['eval', join(tmp, 'nope.jsonl')]).status).toBe(1);
  });

  it('train writes a model that label uses; natural is loaded by train --learner bayes and never by label', () => {
    const probe = join(tmp, 'probe.cjs');
    writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(process.env.PROBE_OUT, String(Object.keys(require.cache).filter((k) => k.includes('/natural/')).length)));`);
    const model = join(tmp, 'model.json');
    const trained = spawnSync(process.execPath, ['--require', probe, cli, 'train', 'fixtures/examples/syria-2.jsonl', '--learner', 'bayes', '-o', model], { cwd: root, env: { ...process.env, PROBE_OUT: join(tmp, 'train.probe') } });
    expect(trained.status, trained.stderr.toString()).toBe(0);
    expect(trained.stderr.toString()).toMatch(/standpoint train: \d+ sentences, \d+ stance classes, \d+ stance features \(bayes\)/);
    expect(JSON.parse(readFileSync(model, 'utf8'))).toMatchObject({ kind: 'standpoint-model', learner: 'bayes', codebook: { id: 'syria' } });
    expect(Number(readFileSync(join(tmp, 'train.probe'), 'utf8'))).toBeGreaterThan(0);

    const labeled = spawnSync(process.execPath, ['--require', probe, cli, 'label', '--jsonl', '-q', '-j', '1', '--model', model], {
      cwd: root,
      input: '{"id":1,"text":"Kerry said Assad must go."}\n',
      env: { ...process.env, PROBE_OUT: join(tmp, 'label.probe') },
    });
    expect(labeled.status, labeled.stderr.toString()).toBe(0);
    expect(JSON.parse(labeled.stdout.toString()).document.sentences).toHaveLength(1);
    expect(readFileSync(join(tmp, 'label.probe'), 'utf8')).toBe('0');
  });

  it('exits 2 for usage errors and a bad codebook, prints help and version', () => {
    expect(run([]).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout.toString()).toContain('Exit codes');
    expect(run(['label', '--help']).stdout.toString()).toContain('--jsonl');
    expect(run(['--version']).stdout.toString().trim()).toMatch(/^\d+\.\d+\.\d+/);
    const codebook = join(tmp, 'bad-codebook.json');
    writeFileSync(codebook, JSON.stringify({ id: 'x', version: '1', affiliations: ['a'], actors: [{ id: 'p', name: 'P', kind: 'person', affiliation: 'b', aliases: ['P'] }], concepts: [{ id: 'c', label: 'C', cues: { support: ['c'] } }] }));
    const bad = run(['label', '--jsonl', '--codebook', codebook], '');
    expect(bad.status).toBe(2);
    expect(bad.stderr.toString()).toContain('actors.0.affiliation');
  });

  it('hands report and export to the network commands', () => {
    for (const command of ['report', 'export']) {
      const result = run([command, '--help']);
      expect(result.stderr.toString()).not.toContain('not available');
    }
  });
});
