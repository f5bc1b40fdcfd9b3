#!/usr/bin/env node
// k-fold cross-validation of a trained model on an example set, with the built package.
//
//   node scripts/crossval.mjs EXAMPLES.jsonl [MORE.jsonl ...] [--codebook CODEBOOK.json] [--folds 5] [--seed 1] [--json]
//
// Passages (not sentences) are dealt into folds, so the sentences of one
// passage never sit on both sides of a split. For each fold a model is trained
// with train() on the other folds and scored with evaluate() on the held-out
// one, beside the cue-only labeler (model: null) on the same fold. Without
// --codebook the default codebook (syria) is used.
import { readFileSync } from 'node:fs';

const USAGE = 'usage: node scripts/crossval.mjs EXAMPLES.jsonl [MORE.jsonl ...] [--codebook CODEBOOK.json] [--folds 5] [--seed 1] [--json]';

function parseArgs(argv) {
  const out = { files: [], codebook: null, folds: 5, seed: 1, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--codebook')) out.codebook = value();
    else if (a.startsWith('--folds')) out.folds = Number(value());
    else if (a.startsWith('--seed')) out.seed = Number(value());
    else if (a === '--json') out.json = true;
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else out.files.push(a);
  }
  if (out.files.length === 0) fail('give at least one examples file');
  if (!Number.isInteger(out.folds) || out.folds < 2) fail('--folds must be an integer >= 2');
  if (!Number.isFinite(out.seed)) fail('--seed must be a number');
  return out;
}

function fail(message) {
  console.error(`crossval: ${message}\n${USAGE}`);
  process.exit(2);
}

function readJsonl(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${error.message}`);
  }
  return text
    .split('\n')
    .map((line, i) => [line, i + 1])
    .filter(([line]) => line.trim() !== '')
    .map(([line, n]) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        fail(`${file}:${n}: not JSON (${error.message})`);
      }
    });
}

// A small seeded PRNG (mulberry32), so that folds are the same from run to run.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, seed) {
  const next = random(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const lib = await import(new URL('../dist/index.js', import.meta.url)).catch((error) => {
  console.error(`crossval: cannot load dist/index.js (${error.code ?? error.message}); build first: npx tsup --silent`);
  process.exit(2);
});
const { train, createLabeler, evaluate, defineCodebook, syria } = lib;

let codebook = syria;
if (args.codebook) {
  let input;
  try {
    input = JSON.parse(readFileSync(args.codebook, 'utf8'));
  } catch (error) {
    fail(`cannot read codebook ${args.codebook}: ${error.message}`);
  }
  try {
    codebook = defineCodebook(input);
  } catch (error) {
    console.error(`crossval: ${args.codebook} is not a valid codebook:`);
    for (const issue of error.issues ?? []) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
    if (!error.issues) console.error(`  ${error.message}`);
    process.exit(2);
  }
}

const passages = args.files.flatMap(readJsonl);
if (passages.length < args.folds) fail(`${passages.length} passages cannot be split into ${args.folds} folds`);
const order = shuffle(passages, args.seed);
const folds = Array.from({ length: args.folds }, (_, k) => order.filter((_, i) => i % args.folds === k));

const cueOnly = createLabeler({ codebook, model: null });
const results = [];
for (let k = 0; k < folds.length; k++) {
  const held = folds[k];
  const rest = folds.flatMap((fold, j) => (j === k ? [] : fold));
  const model = await train(rest, { codebook });
  const withModel = evaluate(held, { labeler: createLabeler({ codebook, model }) });
  const cues = evaluate(held, { labeler: cueOnly });
  const claims = held.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.claims.length, 0), 0);
  results.push({
    fold: k + 1,
    passages: held.length,
    sentences: withModel.sentences,
    claims,
    trainedOn: model.trainedOn,
    model: { stance: withModel.stance.f1, affiliation: withModel.affiliation.f1, strict: withModel.strict.f1 },
    cues: { stance: cues.stance.f1, affiliation: cues.affiliation.f1, strict: cues.strict.f1 },
  });
}

const mean = (pick) => results.reduce((s, r) => s + pick(r), 0) / results.length;
const sd = (pick) => {
  const m = mean(pick);
  return Math.sqrt(results.reduce((s, r) => s + (pick(r) - m) ** 2, 0) / results.length);
};
const summary = {
  codebook: { id: codebook.id, version: codebook.version },
  files: args.files,
  folds: args.folds,
  seed: args.seed,
  passages: passages.length,
  perFold: results,
  mean: {
    model: { stance: mean((r) => r.model.stance), affiliation: mean((r) => r.model.affiliation), strict: mean((r) => r.model.strict) },
    cues: { stance: mean((r) => r.cues.stance), affiliation: mean((r) => r.cues.affiliation), strict: mean((r) => r.cues.strict) },
  },
  sd: {
    model: { stance: sd((r) => r.model.stance), affiliation: sd((r) => r.model.affiliation) },
    cues: { stance: sd((r) => r.cues.stance), affiliation: sd((r) => r.cues.affiliation) },
  },
};

if (args.json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const pct = (x) => (100 * x).toFixed(1).padStart(5);
  console.log(`${args.folds}-fold cross-validation, codebook "${codebook.id}" ${codebook.version}, ${passages.length} passages from ${args.files.join(', ')} (seed ${args.seed})`);
  console.log('F1 (%)                       model: stance  affiliation   cues only: stance  affiliation');
  for (const r of results) {
    const label = `fold ${r.fold} (${r.passages} passages, ${r.claims} claims)`;
    console.log(`${label.padEnd(36)} ${pct(r.model.stance)}        ${pct(r.model.affiliation)}              ${pct(r.cues.stance)}        ${pct(r.cues.affiliation)}`);
  }
  const m = summary.mean;
  const s = summary.sd;
  console.log(`${'mean'.padEnd(36)} ${pct(m.model.stance)}        ${pct(m.model.affiliation)}              ${pct(m.cues.stance)}        ${pct(m.cues.affiliation)}`);
  console.log(`${'sd'.padEnd(36)} ${pct(s.model.stance)}        ${pct(s.model.affiliation)}              ${pct(s.cues.stance)}        ${pct(s.cues.affiliation)}`);
}
