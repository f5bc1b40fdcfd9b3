import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLabeler, defineCodebook, train } from '../src/index.js';
import { readGold, root } from './helpers/fixtures.js';

// A preload that makes every resolution of "natural" fail, for CommonJS and for ESM.
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function blockedNatural(): string {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-no-natural-'));
  made.push(dir);
  writeFileSync(join(dir, 'hooks.mjs'), `export async function resolve(specifier, context, next) {
  if (specifier === 'natural' || specifier.startsWith('natural/')) throw new Error('natural is blocked');
  return next(specifier, context);
}\n`);
  writeFileSync(join(dir, 'block.cjs'), `const Module = require('node:module');
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'natural' || request.startsWith('natural/')) throw new Error('natural is blocked');
  return original.call(this, request, ...rest);
};
Module.register(${JSON.stringify(new URL(`file://${join(dir, 'hooks.mjs')}`).href)});\n`);
  return join(dir, 'block.cjs');
}

describe('the model', () => {
  it('labels with natural unresolvable, from ESM and CommonJS', () => {
    const block = blockedNatural();
    const esm = "import { label } from 'standpoint'; const c = label('Lavrov said Russia is ready to cooperate with Washington.').sentences[0].claims[0]; console.log(c.actor.id, c.stance.id)";
    const cjs = "const { label } = require('standpoint'); const c = label('\"Assad must go,\" said Kerry.').sentences[0].claims[0]; console.log(c.actor.id, c.stance.id)";
    expect(execFileSync(process.execPath, ['--require', block, '--input-type=module', '-e', esm], { cwd: root, encoding: 'utf8' }).trim()).toBe('lavrov cooperate');
    expect(execFileSync(process.execPath, ['--require', block, '--input-type=commonjs', '-e', cjs], { cwd: root, encoding: 'utf8' }).trim()).toBe('kerry assad-must-go');
    const trainer = "const { train } = require('standpoint'); train([{ id: 'x', sentences: [{ text: 'Assad must go.', claims: [] }] }]).then(() => console.log('trained'), (e) => console.log(e.code))";
    expect(execFileSync(process.execPath, ['--require', block, '--input-type=commonjs', '-e', trainer], { cwd: root, encoding: 'utf8' }).trim()).toBe('TRAIN_NEEDS_NATURAL');
  });

  it('trains a plain-JSON model that a labeler uses, and that raises the confidence of a stance it agrees with', async () => {
    const examples = [...readGold('fixtures/examples/syria-1.jsonl'), ...readGold('fixtures/examples/syria-2.jsonl')];
    const model = await train(examples);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(model.classes).toContain('none');
    expect(model.classes).toContain('assad-must-go:support');
    expect(model.trainedOn).toBeGreaterThan(1000);
    const text = 'Lavrov said Russia was ready to cooperate with Washington.';
    const withModel = createLabeler({ model }).label(text).sentences[0]!.claims;
    const cuesOnly = createLabeler({ model: null }).label(text).sentences[0]!.claims;
    const modelled = withModel.find((c) => c.stance.id === 'cooperate');
    const cued = cuesOnly.find((c) => c.stance.id === 'cooperate');
    expect(modelled).toBeDefined();
    expect(cued).toBeDefined();
    // The model agrees with the cue: its claim is more confident than the cue's alone.
    expect(modelled!.confidence).toBeGreaterThan(cued!.confidence);
  });

  it('refuses a model of another codebook', async () => {
    const other = defineCodebook({
      id: 'tiny', version: '1', affiliations: ['a', 'other'],
      actors: [{ id: 'x', name: 'X', kind: 'state', affiliation: 'a', aliases: ['Xland'] }],
      concepts: [{ id: 'peace', label: 'Peace', cues: { support: ['peace'] } }],
    });
    const model = await train([{ id: 'e', sentences: [{ text: 'Xland wants peace.', claims: [{ actor: 'x', affiliation: 'a', stance: 'peace', polarity: 'support' }] }] }], { codebook: other });
    expect(() => createLabeler({ model })).toThrowError(expect.objectContaining({ code: 'MODEL_CODEBOOK_MISMATCH' }));
    expect(createLabeler({ codebook: other, model }).label('Xland wants peace.').sentences[0]!.claims[0]).toMatchObject({ actor: { id: 'x' }, stance: { id: 'peace' } });
  });
});
