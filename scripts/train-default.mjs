#!/usr/bin/env node
// Retrains the bundled model from the library's own example set:
//   npm run train:default   (writes src/model/syria-model.json; rebuild afterwards)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { train } from '../dist/index.js';

const dir = new URL('../fixtures/examples/', import.meta.url);
const examples = readdirSync(dir)
  .filter((f) => /^syria-.*\.jsonl$/.test(f))
  .sort()
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));
const model = await train(examples, { minCount: 2 });
const out = new URL('../src/model/syria-model.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`trained on ${model.trainedOn} sentences: ${model.classes.length} classes, ${Object.keys(model.likelihoods).length} features -> ${out.pathname}`);
