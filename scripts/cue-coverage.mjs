#!/usr/bin/env node
// node scripts/cue-coverage.mjs [--all] [--json]
//
// For each cue of the default codebook: in how many sentences its pattern
// matches (before negation and ownership), per corpus: the project's own
// example fixtures, the seeds, the two development files and the training
// corpus (the last two read from ../shared/data at run time, when present).
// "n/k": n sentences matched, k of them with a gold claim of the cue's concept.
// Prints counts only, never a sentence. Without --all only the cues that match
// none of the project's own sentences are listed (the ones to review).
// Build first: npm run build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('Build first: npm run build');
  process.exit(2);
}
const { matchCues, syria } = await import(dist);

const args = new Set(process.argv.slice(2));
const shared = join(root, '..', 'shared', 'data');
const jsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
const files = (dir, test) => (existsSync(dir) ? readdirSync(dir).filter(test).sort().map((f) => join(dir, f)) : []);

const corpora = {
  project: [...files(join(root, 'fixtures', 'examples'), (f) => f.endsWith('.jsonl')), join(root, 'fixtures', 'attribution.jsonl')],
  seeds: [join(root, 'fixtures', 'seeds.jsonl')],
  dev: files(shared, (f) => /^dev-real.*\.jsonl$/.test(f)),
  train: files(join(shared, 'train'), (f) => f.endsWith('.jsonl')),
};

const cues = syria.concepts.flatMap((c) => ['support', 'oppose'].flatMap((p) => (c.cues[p] ?? []).map((cue, k) => ({ id: typeof cue === 'string' ? `${c.id}/${p}/${k}` : cue.id, concept: c.id }))));
const counts = new Map(cues.map((c) => [c.id, Object.fromEntries(Object.keys(corpora).map((k) => [k, { matched: 0, agreeing: 0 }]))]));
const sizes = {};
for (const [corpus, list] of Object.entries(corpora)) {
  sizes[corpus] = 0;
  for (const file of list) {
    for (const passage of jsonl(file)) {
      for (const sentence of passage.sentences) {
        sizes[corpus]++;
        const gold = new Set((sentence.claims ?? []).map((c) => c.stance));
        const matched = new Set(matchCues(sentence.text, syria).map((m) => m.cue));
        for (const id of matched) {
          const entry = counts.get(id)[corpus];
          entry.matched++;
          if (gold.has(cues.find((c) => c.id === id).concept)) entry.agreeing++;
        }
      }
    }
  }
}

if (args.has('--json')) {
  console.log(JSON.stringify({ sentences: sizes, cues: Object.fromEntries(counts) }, null, 1));
  process.exit(0);
}
const names = Object.keys(corpora);
console.log(`sentences: ${names.map((n) => `${n} ${sizes[n]}`).join(', ')}`);
console.log(`${'cue'.padEnd(52)} ${names.map((n) => n.padStart(9)).join(' ')}`);
let listed = 0;
for (const { id } of cues) {
  const c = counts.get(id);
  if (!args.has('--all') && c.project.matched > 0) continue;
  listed++;
  console.log(`${id.padEnd(52)} ${names.map((n) => `${c[n].matched}/${c[n].agreeing}`.padStart(9)).join(' ')}`);
}
const unused = cues.filter(({ id }) => counts.get(id).project.matched === 0).length;
console.log(`${cues.length} cues; ${unused} match none of the project's own sentences${args.has('--all') ? '' : ` (listed above: ${listed})`}`);
