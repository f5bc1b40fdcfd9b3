import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syriaInput } from '../src/codebook/syria.js';
import { checkCodebook, matchCues, syria, type CodebookIssue } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'standpoint-codebook-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

const base = {
  id: 'small',
  version: '1',
  affiliations: ['a', 'b'],
  actors: [
    { id: 'ann', name: 'Ann Lee', kind: 'person', affiliation: 'a', aliases: ['Ann Lee', 'Lee'] },
    { id: 'aland', name: 'Aland', kind: 'state', affiliation: 'a', aliases: ['Aland'] },
    { id: 'ghost', name: 'Nobody Known', kind: 'org', affiliation: 'b', aliases: [] },
  ],
};
const withCue = (cue: unknown, more: Record<string, unknown> = {}) => ({ ...base, ...more, concepts: [{ id: 'tax', label: 'A tax', cues: { support: [cue] } }] });
const codes = (issues: CodebookIssue[]) => issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('checkCodebook', () => {
  it('finds nothing wrong with the default codebook, whose every cue has an id and a match example', () => {
    expect(checkCodebook(syria, { requireExamples: true })).toEqual([]);
    const cues = syria.concepts.flatMap((c) => [...c.cues.support, ...(c.cues.oppose ?? [])]);
    expect(cues.length).toBeGreaterThan(100);
    const ids = new Set<string>();
    for (const cue of cues) {
      expect(typeof cue, JSON.stringify(cue)).toBe('object');
      if (typeof cue === 'string') continue;
      expect(ids.has(cue.id), cue.id).toBe(false);
      ids.add(cue.id);
      expect(cue.examples?.match?.length ?? 0, cue.id).toBeGreaterThan(0);
    }
  });

  // [what, codebook, expected code@path]
  const table: Array<[string, unknown, string[]]> = [
    ['a clean cue', withCue({ id: 'tax/back', pattern: 'back* [a] carbon tax', examples: { match: ['Ann Lee backs a carbon tax.'], noMatch: ['Ann Lee backed away.'] } }), []],
    ['a cue that misses its match example', withCue({ id: 'tax/levy', pattern: 'carbon levy', examples: { match: ['Lee wants a tax on carbon.'] } }), ['example_not_matched@concepts.0.cues.support.0.examples.match.0']],
    ['a cue that matches its noMatch example', withCue({ id: 'tax/tax', pattern: 'tax', examples: { match: ['A tax.'], noMatch: ['Taxis queued.', 'The tax office closed.'] } }), ['nomatch_example_matched@concepts.0.cues.support.0.examples.noMatch.1']],
    ['literals written apart that text writes as one token', withCue({ id: 'tax/counter', pattern: 'counter - terrorism', examples: { match: ['They backed counter-terrorism.'] } }), ['unmatchable_literal@concepts.0.cues.support.0.pattern', 'example_not_matched@concepts.0.cues.support.0.examples.match.0']],
    [
      'a dead part of a named slot, once at the slot',
      withCue({ id: 'tax/levy', pattern: 'LEVY', examples: { match: ['A carbon tax.'] } }, { slots: { LEVY: ['carbon tax', 'co - op'] } }),
      ['unmatchable_literal@slots.LEVY.1'],
    ],
    ['a kind slot no actor can fill', withCue({ id: 'tax/media', pattern: '@MEDIA backs tax', examples: { match: ['The Herald backs tax.'] } }), ['unfillable_slot@concepts.0.cues.support.0.pattern', 'example_not_matched@concepts.0.cues.support.0.examples.match.0']],
    ['an actor no mention can name', withCue({ id: 'tax/ghost', pattern: '(@ghost|@ann) backs tax', examples: { match: ['Ann Lee backs tax.'] } }), ['unfillable_slot@concepts.0.cues.support.0.pattern']],
    ['an actor the codebook lacks (a definition problem)', withCue({ id: 'tax/bob', pattern: '@bob backs tax', examples: { match: ['Bob backs tax.'] } }), ['invalid_cue@concepts.0.cues.support.0.pattern']],
    ['a plain string cue without examples passes…', withCue('carbon tax'), []],
    ['…unless examples are required', withCue('carbon tax'), ['missing_example@concepts.0.cues.support.0']],
  ];
  for (const [what, codebook, expected] of table) {
    it(what, () => {
      const issues = checkCodebook(codebook, { requireExamples: what.startsWith('…unless') });
      expect(codes(issues)).toEqual(expected);
      for (const issue of issues) expect(issue.message).toMatch(/cue|@|"/);
    });
  }

  it('lists the problems of definition and of examples together, reading the cues of a codebook that does not validate', () => {
    const bad = { ...withCue({ id: 'tax/levy', pattern: 'carbon levy', examples: { match: ['A carbon tax.'] } }), affiliations: ['b'] };
    expect(codes(checkCodebook(bad))).toEqual([
      'unknown_affiliation@actors.0.affiliation',
      'unknown_affiliation@actors.1.affiliation',
      'example_not_matched@concepts.0.cues.support.0.examples.match.0',
    ]);
  });

  it('shows its TSDoc example', () => {
    const issues = checkCodebook({
      id: 'c', version: '1', affiliations: ['x'],
      actors: [{ id: 'ann', name: 'Ann', kind: 'person', affiliation: 'x', aliases: ['Ann'] }],
      concepts: [{ id: 'tax', label: 'Tax', cues: { support: [
        { id: 'tax/back', pattern: 'back* [a] carbon tax', examples: { match: ['Ann backs a carbon tax.'], noMatch: ['Ann backed away.'] } },
        { id: 'tax/levy', pattern: 'carbon levy', examples: { match: ['Ann wants a tax on carbon.'] } },
      ] } }],
    });
    expect(issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['example_not_matched concepts.0.cues.support.1.examples.match.0']);
  });
});

describe('matchCues', () => {
  it('shows its TSDoc example: where patterns match, before negation', () => {
    expect(matchCues('Moscow is ready to work with Washington and to share intelligence.', syria).map((m) => m.cue)).toEqual([
      'cooperate/ready-to-cooperate',
      'cooperate/work-with-an-actor',
      'cooperate/share-intelligence',
    ]);
    const [first] = matchCues('Washington will not share intelligence with Moscow.', syria);
    expect(first).toMatchObject({ cue: 'cooperate/share-intelligence', concept: 'cooperate', polarity: 'support', sentence: 0, text: 'share intelligence' });
  });
});

describe('the default codebook in files', () => {
  const dir = join(root, 'src', 'codebook', 'syria');
  const meta = JSON.parse(readFileSync(join(dir, 'codebook.json'), 'utf8')) as { actors: string; concepts: string[] };

  it('names in codebook.json exactly the concept files there are, and assembles to the codebook syria is', () => {
    expect(meta.actors).toBe('actors.json');
    expect([...meta.concepts].sort()).toEqual(readdirSync(join(dir, 'concepts')).map((f) => `concepts/${f}`).sort());
    const assembled = { ...meta, actors: JSON.parse(readFileSync(join(dir, meta.actors), 'utf8')), concepts: meta.concepts.map((c) => JSON.parse(readFileSync(join(dir, c), 'utf8'))) };
    expect(assembled).toEqual(syriaInput);
  });
});

describe('standpoint codebook check', () => {
  it('exits 0 and lists nothing for the default codebook, by name, by its codebook.json and by its directory', () => {
    for (const target of ['syria', 'src/codebook/syria/codebook.json', 'src/codebook/syria']) {
      const r = run('codebook', 'check', target, '--require-examples');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(`${target}: no problems\n`);
    }
  });

  it('passes the climate codebook, whose cues are plain strings', () => {
    expect(run('codebook', 'check', 'fixtures/climate/codebook.json').status).toBe(0);
  });

  it('lists every problem with its path and exits 1', () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...base,
        affiliations: ['b'],
        concepts: [
          { id: 'tax', label: 'Tax', cues: { support: [{ id: 'tax/levy', pattern: 'carbon levy', examples: { match: ['A carbon tax.'] } }], oppose: ['(open'] } },
        ],
      }),
    );
    const r = run('codebook', 'check', file);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^actors\.0\.affiliation: .*\[unknown_affiliation\]$/);
    expect(lines[2]).toMatch(/^concepts\.0\.cues\.oppose\.0: .*\[invalid_cue\]$/);
    expect(lines[3]).toMatch(/^concepts\.0\.cues\.support\.0\.examples\.match\.0: cue "tax\/levy" does not match .*\[example_not_matched\]$/);
    expect(r.stderr).toContain('4 problems');
    const json = JSON.parse(run('codebook', 'check', file, '--json').stdout) as CodebookIssue[];
    expect(json.map((i) => i.code)).toEqual(['unknown_affiliation', 'unknown_affiliation', 'invalid_cue', 'example_not_matched']);
  });

  it('names the file of each part of a split codebook', () => {
    const split = join(tmp, 'split');
    mkdirSync(join(split, 'concepts'), { recursive: true });
    writeFileSync(join(split, 'codebook.json'), JSON.stringify({ ...base, actors: 'actors.json', concepts: ['concepts/tax.json', 'concepts/gone.json'] }));
    writeFileSync(join(split, 'actors.json'), JSON.stringify(base.actors));
    writeFileSync(join(split, 'concepts', 'tax.json'), JSON.stringify({ id: 'tax', label: 'Tax', cues: { support: [{ id: 'tax/levy', pattern: 'carbon levy', examples: { match: ['A carbon tax.'] } }] } }));
    const r = run('codebook', 'check', split);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('concepts/tax.json › cues.support.0.examples.match.0: cue "tax/levy" does not match');
    expect(r.stdout).toMatch(/concepts\/gone\.json: the part "concepts\/gone\.json" cannot be read.*\[missing_part\]/);
  });

  it('exits 2 on bad usage or an unreadable file, 1 on a file that is not JSON', () => {
    expect(run('codebook').status).toBe(2);
    expect(run('codebook', 'lint', 'syria').status).toBe(2);
    expect(run('codebook', 'check').status).toBe(2);
    expect(run('codebook', 'check', 'syria', '--strict').status).toBe(2);
    const missing = run('codebook', 'check', join(tmp, 'nothing-here.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
    const notJson = join(tmp, 'not.json');
    writeFileSync(notJson, '{ "id": ');
    const r = run('codebook', 'check', notJson);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/not valid JSON.*\[invalid_json\]/);
    expect(run('codebook', '--help').stdout).toMatch(/Usage: standpoint codebook check FILE/);
  });
});
