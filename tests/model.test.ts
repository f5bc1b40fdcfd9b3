import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLabeler, defineCodebook, train, type TrainedModel } from '../src/index.js';
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
    // Only the naive Bayes learner needs natural; the default one trains without it.
    // The smallest set train() calibrates on: two passages with judged holders and claims.
    const passages = "[{ id: 'x', sentences: [{ text: 'Kerry said Assad must go.', holder: 'kerry', claims: [{ actor: 'kerry', affiliation: 'us', stance: 'assad-must-go', polarity: 'support' }] }] }, { id: 'y', sentences: [{ text: 'Lavrov said Assad must stay.', holder: 'lavrov', claims: [{ actor: 'lavrov', affiliation: 'russia', stance: 'assad-must-go', polarity: 'oppose' }] }] }]";
    const trainer = (learner: string) => `const { train } = require('standpoint'); train(${passages}, { learner: '${learner}' }).then(() => console.log('trained'), (e) => console.log(e.code))`;
    expect(execFileSync(process.execPath, ['--require', block, '--input-type=commonjs', '-e', trainer('bayes')], { cwd: root, encoding: 'utf8' }).trim()).toBe('TRAIN_NEEDS_NATURAL');
    expect(execFileSync(process.execPath, ['--require', block, '--input-type=commonjs', '-e', trainer('logistic')], { cwd: root, encoding: 'utf8' }).trim()).toBe('trained');
  });

  it('trains a plain-JSON model that decides the claims of a labeler, with its probabilities in the trace', async () => {
    const examples = [...readGold('fixtures/examples/syria-1.jsonl'), ...readGold('fixtures/examples/syria-2.jsonl')];
    const model = await train(examples);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(model.stance.classes).toContain('assad-must-go:support');
    expect(model.owner.classes).toEqual(['owner']);
    expect(model.holder.classes).toEqual(['holder']);
    expect(model.trainedOn.sentences).toBeGreaterThan(1000);
    const text = 'Lavrov said Russia was ready to cooperate with Washington.';
    const claim = createLabeler({ model }).label(text, { trace: true }).sentences[0]!.claims.find((c) => c.stance.id === 'cooperate');
    expect(claim).toMatchObject({ actor: { id: 'lavrov' }, polarity: 'support', trace: { decider: 'model', cue: expect.any(String) } });
    // The confidence is the claim model's probability: a claim model sure of every claim, or of none, sets it.
    expect(model.claim?.classes).toEqual(['right']);
    const sure = (bias: number): TrainedModel => ({ ...model, claim: { kind: 'linear', classes: ['right'], bias: [bias], weights: {} } });
    const confidence = (m: TrainedModel) => createLabeler({ model: m }).label(text).sentences[0]!.claims.find((c) => c.stance.id === 'cooperate')!.confidence;
    expect(confidence(sure(10))).toBe(1);
    expect(confidence(sure(-10))).toBe(0.001);
    expect(confidence(sure(0))).toBe(0.5);
    // Without a claim model it is the stance probability times the owner probability.
    const { claim: _, ...older } = model;
    const plain = createLabeler({ model: older }).label(text, { trace: true }).sentences[0]!.claims.find((c) => c.stance.id === 'cooperate')!;
    expect(plain.confidence).toBeCloseTo(plain.trace!.model!.stance * plain.trace!.model!.owner, 2);
    expect(createLabeler({ model: null }).label(text, { trace: true }).sentences[0]!.claims[0]!.trace!.decider).toBe('rules');
  });

  it('refuses a model of another codebook', async () => {
    const other = defineCodebook({
      id: 'tiny', version: '1', affiliations: ['a', 'other'],
      actors: [{ id: 'x', name: 'X', kind: 'state', affiliation: 'a', aliases: ['Xland'] }],
      concepts: [{ id: 'peace', label: 'Peace', cues: { support: ['peace'] } }],
    });
    const wants = (id: string) => ({ id, sentences: [{ text: 'Xland wants peace.', holder: null, claims: [{ actor: 'x', affiliation: 'a', stance: 'peace', polarity: 'support' as const }] }, { text: 'It rained.', holder: null, claims: [] }] });
    const model = await train([wants('e1'), wants('e2'), wants('e3')], { codebook: other, folds: 3 });
    expect(() => createLabeler({ model })).toThrowError(expect.objectContaining({ code: 'MODEL_CODEBOOK_MISMATCH' }));
    expect(createLabeler({ codebook: other, model }).label('Xland wants peace.').sentences[0]!.claims[0]).toMatchObject({ actor: { id: 'x' }, stance: { id: 'peace' } });
  });
});

describe('the model decider', () => {
  // A hand-made model that is sure of cooperation wherever the word "cooperation" stands.
  const sure = (): TrainedModel => ({
    kind: 'standpoint-model',
    version: 2,
    codebook: { id: 'syria', version: '1.0.0' },
    learner: 'logistic',
    stance: { kind: 'linear', classes: ['cooperate:support'], bias: [-5], weights: { 'w:cooperation': [10] } },
    owner: { kind: 'linear', classes: ['owner'], bias: [5], weights: {} },
    holder: { kind: 'linear', classes: ['holder'], bias: [0], weights: {} },
    thresholds: { stance: { 'cooperate:support': 0.5 }, owner: 0.5, ownerFloor: 0.3 },
    trainedOn: { passages: 0, sentences: 0 },
  });
  const claims = (text: string) => createLabeler({ model: sure() }).label(text, { trace: true }).sentences[0]!.claims.map((c) => `${c.actor.id} ${c.stance.id} ${c.polarity}`);

  it.each([
    ['The ministers discussed closer cooperation.', []],
    ['Lavrov and Kerry discussed closer cooperation on Monday.', []],
    ['Talks regarding closer cooperation were held in Geneva.', []],
  ])('takes no claim where the only cue match is a topic of discussion: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ['Lavrov called for closer cooperation.', ['lavrov cooperate support']],
    ['Kerry said he wanted closer cooperation.', ['kerry cooperate support']],
  ])('takes the claim where the same words are a position: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  // A cued class whose owners the owner model judges: it finds the rules' choice unlikely, any other candidate likely.
  const judging = (ownerVeto?: number): TrainedModel => {
    const m = sure();
    m.owner = { kind: 'linear', classes: ['owner'], bias: [0], weights: { 'rules-choice': [-6], 'not-rules-choice': [6] } };
    m.thresholds = { ...m.thresholds, cued: 0.01, ...(ownerVeto === undefined ? {} : { ownerVeto }) };
    return m;
  };
  const owners = (model: TrainedModel, text: string) => createLabeler({ model }).label(text, { trace: true }).sentences[0]!.claims.map((c) => `${c.actor.id} ${c.trace!.model!.owner}`);

  it.each([
    ['Lavrov said Ankara called for closer cooperation.'],
    ['Kerry said Moscow wanted closer cooperation with Ankara.'],
    ['The minister urged closer cooperation with Tehran, Erdogan said.'],
  ])('keeps the rules\' owners of a cued class unless the owner model vetoes them: %s', (text) => {
    const byRules = owners(judging(), text);
    expect(byRules.length).toBeGreaterThan(0);
    // No veto, or a veto of 0: the rules' owners stand, each with owner probability 1 in the trace.
    expect(owners(judging(0), text)).toEqual(byRules);
    expect(byRules.every((o) => o.endsWith(' 1'))).toBe(true);
    // Vetoed: the class is decided as if no cue had found it, by the owner model's own candidates.
    const vetoed = owners(judging(0.1), text);
    expect(vetoed.length).toBeGreaterThan(0);
    for (const o of vetoed) expect(byRules.map((b) => b.split(' ')[0])).not.toContain(o.split(' ')[0]);
    expect(vetoed.every((o) => !o.endsWith(' 1'))).toBe(true);
  });
});
