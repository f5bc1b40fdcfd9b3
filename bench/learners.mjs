#!/usr/bin/env node
// The learners of src/model/learn on a synthetic problem of the size the claim
// model trains on: time to train, held-out quality, model size, and the speed
// of scoreLinear. Not a test: nothing here fails.
//
//   node bench/learners.mjs [--n 5000] [--features 50000] [--classes 14] [--json]
//
// The data are made up (feature names f0 … fN, labels drawn from a sparse
// logistic model), so the figures say how fast and how well each learner fits
// a problem of this shape, not how well it labels news. Times are the best of
// two runs, printed with the load average (other processes share the cores),
// and as a ratio to a reference pass measured in the same run: counting every
// example's features into a Map, the least any learner must do.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? Number(args[at + 1]) : fallback;
};
const N = option('--n', 5000);
const VOCABULARY = option('--features', 50000);
const CLASSES = option('--classes', 14);
const log = (line = '') => process.stdout.write(`${line}\n`);
const fmt = (x, d = 2) => x.toFixed(d);

// The training side is not part of the package build: compile it for this run,
// inside the repo so that the optional natural resolves from its node_modules.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const out = mkdtempSync(join(root, 'node_modules', '.cache', 'standpoint-bench-learners-'));
execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js'), 'src/model/learn/index.ts', '--no-config', '--format', 'esm', '--out-dir', out, '--silent', '--external', 'natural'], { cwd: root, stdio: 'inherit' });
const learn = await import(pathToFileURL(join(out, 'index.js')).href);
rmSync(out, { recursive: true, force: true });

log(`standpoint learners bench — node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

// ───────────── data ─────────────
// Half of each example's features are Zipf-distributed (a few frequent, many
// rare, as words are), half uniform over the vocabulary; each class has 40 cue
// features, and an example's labels are drawn from sigmoid(−4 + 3·cues held).
function synthetic(n, seed) {
  const random = learn.seededRandom(seed);
  const pick = () => (random() < 0.5 ? Math.min(VOCABULARY - 1, Math.floor(VOCABULARY ** random()) - 1) : Math.floor(random() * VOCABULARY));
  const classes = Array.from({ length: CLASSES }, (_, c) => `class${c}`);
  const cues = classes.map(() => Array.from({ length: 40 }, () => 10 + Math.floor(random() * 3000)));
  const examples = [];
  for (let i = 0; i < n; i++) {
    const features = [];
    for (let j = 0; j < 60; j++) features.push(`f${pick()}`);
    for (let c = 0; c < CLASSES; c++) {
      if (random() < 0.12) features.push(`f${cues[c][Math.floor(random() * 40)]}`, `f${cues[c][Math.floor(random() * 40)]}`);
    }
    const present = new Set(features);
    const labels = classes.filter((_, c) => {
      let z = -4;
      for (const cue of cues[c]) if (present.has(`f${cue}`)) z += 3;
      return random() < 1 / (1 + Math.exp(-z));
    });
    examples.push({ features, labels });
  }
  return { classes, examples };
}
const { classes, examples } = synthetic(Math.round(N * 1.25), 1);
const train = examples.slice(0, N);
const test = examples.slice(N);
const distinct = new Set(train.flatMap((e) => e.features)).size;
const labelsPer = train.reduce((s, e) => s + e.labels.length, 0) / train.length;
log(`data: ${train.length} training and ${test.length} test examples, ${distinct.toLocaleString('en-US')} distinct features, ${CLASSES} classes, ${fmt(labelsPer)} labels per example`);
log();

function best(fn, runs = 2) {
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const value = fn();
    const seconds = (performance.now() - start) / 1000;
    if (!result || seconds < result.seconds) result = { seconds, value };
  }
  return result;
}

function quality(model) {
  let right = 0;
  let total = 0;
  let loss = 0;
  for (const e of test) {
    const p = learn.probabilities(model, learn.scoreLinear(model, new Set(e.features)));
    const labels = new Set(e.labels);
    classes.forEach((cls, c) => {
      const yes = labels.has(cls);
      total++;
      if (p[c] >= 0.5 === yes) right++;
      loss -= Math.log(Math.min(1 - 1e-15, Math.max(1e-15, yes ? p[c] : 1 - p[c])));
    });
  }
  return { accuracy: right / total, logLoss: loss / total };
}

const reference = best(() => {
  const counts = new Map();
  for (const e of train) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts.size;
});
log(`reference pass (count every feature into a Map): ${fmt(reference.seconds * 1000, 0)} ms`);
log();

// ───────────── training ─────────────
log('1. training (best of 2) and held-out quality; "calibrated" = Platt fitted on 5-fold out-of-fold logits (grouped by 10)');
log(`   ${'learner'.padEnd(12)} ${'train'.padStart(9)} ${'× ref'.padStart(7)}  ${'accuracy'.padStart(8)} ${'log loss'.padStart(9)}  ${'calibrated'.padStart(10)} ${'log loss'.padStart(9)}  ${'JSON'.padStart(9)}`);
const groups = train.map((_, i) => `g${Math.floor(i / 10)}`);
const models = {};
for (const [name, learner] of Object.entries({ logistic: learn.logistic, perceptron: learn.perceptron, bayes: learn.bayes })) {
  let run;
  try {
    run = best(() => learner(train, { classes }));
  } catch (error) {
    log(`   ${name.padEnd(12)} skipped: ${error.message}`);
    continue;
  }
  const raw = quality(run.value);
  const { model } = learn.trainCalibrated(train, groups, learner, { classes, folds: 5 });
  const calibrated = quality(model);
  models[name] = model;
  log(
    `   ${name.padEnd(12)} ${`${fmt(run.seconds)} s`.padStart(9)} ${fmt(run.seconds / reference.seconds, 0).padStart(7)}  ${fmt(raw.accuracy, 4).padStart(8)} ${fmt(raw.logLoss, 4).padStart(9)}  ${fmt(calibrated.accuracy, 4).padStart(10)} ${fmt(calibrated.logLoss, 4).padStart(9)}  ${`${fmt(learn.serializedSize(model) / 1e6)} MB`.padStart(9)}`,
  );
}
log();

// ───────────── size ─────────────
if (models.logistic) {
  log('2. the logistic model fitted to size budgets (rounded to 4 decimals, smallest epsilon that fits)');
  for (const budget of [3e6, 1e6, 0.3e6]) {
    const { model, epsilon } = learn.fitToBudget(models.logistic, budget);
    const q = quality(model);
    log(`   budget ${fmt(budget / 1e6, 1)} MB: ${fmt(learn.serializedSize(model) / 1e6)} MB, ${Object.keys(model.weights).length.toLocaleString('en-US')} features kept, epsilon ${epsilon.toPrecision(3)}, accuracy ${fmt(q.accuracy, 4)}, log loss ${fmt(q.logLoss, 4)}`);
  }
  log();

  // ───────────── scoring ─────────────
  log('3. scoreLinear + probabilities on the labeling path (the 3 MB model, every test example, best of 2)');
  const { model } = learn.fitToBudget(models.logistic, 3e6);
  const rows = test.map((e) => e.features);
  learn.scoreLinear(model, rows[0]);
  const score = best(() => {
    let sum = 0;
    for (let r = 0; r < 20; r++) for (const features of rows) sum += learn.probabilities(model, learn.scoreLinear(model, features))[0];
    return sum;
  });
  const scored = rows.length * 20;
  log(`   ${Math.round(scored / score.seconds).toLocaleString('en-US')} feature sets/s (${rows[0].length}-odd features, ${CLASSES} classes), ${fmt((score.seconds / scored) * 1e6)} µs each`);
}
