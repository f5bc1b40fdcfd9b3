import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

const run = (code: string, type: 'commonjs' | 'module') =>
  execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: root, encoding: 'utf8' }).trim();

describe('the built package', () => {
  it('loads with require()', () => {
    const out = run("const s = require('standpoint'); console.log(typeof s.label, s.label('\"Assad must go,\" said Kerry.').sentences[0].claims[0].actor.id)", 'commonjs');
    expect(out).toBe('function kerry');
  });

  it('loads with import', () => {
    const out = run("import { label, syria } from 'standpoint'; console.log(syria.id, label('Lavrov said Russia is ready to cooperate with Washington.').sentences[0].claims[0].stance.id)", 'module');
    expect(out).toBe('syria cooperate');
  });
});
