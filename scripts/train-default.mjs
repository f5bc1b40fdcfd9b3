#!/usr/bin/env node
// Retrains the bundled model of the default codebook from the repository alone:
//   npm run train:default   (writes src/model/syria-model.json, then rebuilds)
// It learns from the article corpus (fixtures/articles: whole articles, every sentence with its
// holder and claims) and the library's own example sets (fixtures/examples, fixtures/attribution.jsonl).
// The seeds (fixtures/seeds.jsonl) stay out: they are the acceptance test.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { train } from '../dist/index.js';

const root = new URL('..', import.meta.url);
const jsonl = (url) => readFileSync(url, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const dir = (path) => readdirSync(new URL(path, root)).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => jsonl(new URL(`${path}${f}`, root)));
const passages = [...dir('fixtures/articles/'), ...dir('fixtures/examples/'), ...jsonl(new URL('fixtures/attribution.jsonl', root))];
const model = await train(passages, { learner: 'logistic' });
const out = new URL('src/model/syria-model.json', root);
writeFileSync(out, `${JSON.stringify(model)}\n`);
const size = statSync(out).size;
console.log(`trained on ${model.trainedOn.passages} passages, ${model.trainedOn.sentences} sentences (${model.learner}): ${model.stance.classes.length} stance classes, ${Object.keys(model.stance.weights).length} stance features; ${(size / 1e6).toFixed(2)} MB -> src/model/syria-model.json`);
if (size > 3e6) {
  console.error('the model is over 3 MB');
  process.exit(1);
}
