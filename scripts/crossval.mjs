#!/usr/bin/env node
// k-fold cross-validation BY ARTICLE (by passage) with the built package: every fold's model is
// trained with train() on the other folds plus the example sets, and scored with evaluate() on the
// held-out passages, beside the rules-only labeler (model: null) on the same passages. The sentences
// of one passage are never on both sides of a split.
//
//   npm run crossval [-- [--corpus FILE...] [--with FILE...] [--codebook FILE] [--learner L | --compare]
//                        [--folds 5 | --by-file] [--seed 1] [--json]]
//
// --by-file holds out one corpus file at a time instead: the default corpus files are the six periods of
// the war's diplomacy, so each test fold is a period the model never saw.
//
// Defaults: the corpus is fixtures/articles/*.jsonl (whole articles, the text users meet); the
// example sets fixtures/examples/*.jsonl and fixtures/attribution.jsonl are always trained on and
// never tested. With --codebook (your own), give --corpus and optionally --with.
import { readFileSync, readdirSync } from 'node:fs';

const USAGE = 'usage: npm run crossval -- [--corpus FILE...] [--with FILE...] [--codebook FILE] [--learner logistic|perceptron|bayes | --compare] [--folds 5 | --by-file] [--seed 1] [--json]';
const LEARNERS = ['logistic', 'perceptron', 'bayes'];
const root = new URL('..', import.meta.url);
const fixtures = (dir) => readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => new URL(`${dir}${f}`, root).pathname);

function fail(message) {
  console.error(`crossval: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv) {
  const out = { corpus: [], with: [], codebook: null, learners: ['logistic'], folds: 5, seed: 1, json: false, byFile: false, foldsGiven: false };
  let list = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (argv[i + 1] === undefined ? fail(`${a} needs a value`) : argv[++i]);
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--corpus') list = out.corpus;
    else if (a === '--with') list = out.with;
    else if (a === '--codebook') out.codebook = value();
    else if (a === '--learner') out.learners = [value()];
    else if (a === '--compare') out.learners = LEARNERS;
    else if (a === '--folds') {
      out.folds = Number(value());
      out.foldsGiven = true;
    }
    else if (a === '--seed') out.seed = Number(value());
    else if (a === '--json') out.json = true;
    else if (a === '--by-file') out.byFile = true;
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (list) list.push(a);
    else fail(`give files after --corpus or --with (got ${a})`);
  }
  for (const l of out.learners) if (!LEARNERS.includes(l)) fail(`--learner must be one of ${LEARNERS.join(', ')}`);
  if (!Number.isInteger(out.folds) || out.folds < 2) fail('--folds must be an integer >= 2');
  if (!Number.isFinite(out.seed)) fail('--seed must be a number');
  if (out.codebook && out.corpus.length === 0) fail('with --codebook, give your --corpus');
  if (out.corpus.length === 0) out.corpus = fixtures('fixtures/articles/');
  if (out.byFile && out.foldsGiven) fail('--by-file makes one fold per corpus file: leave out --folds');
  if (out.byFile && out.corpus.length < 2) fail('--by-file needs at least two --corpus files');
  if (out.byFile) out.folds = out.corpus.length;
  if (out.with.length === 0 && !out.codebook) out.with = [...fixtures('fixtures/examples/'), new URL('fixtures/attribution.jsonl', root).pathname];
  return out;
}

function readJsonl(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${error.message}`);
  }
  return text.split('\n').filter((l) => l.trim() !== '').map((l, i) => {
    try {
      return JSON.parse(l);
    } catch (error) {
      fail(`${file}:${i + 1}: not JSON (${error.message})`);
    }
  });
}

const args = parseArgs(process.argv.slice(2));
const lib = await import(new URL('../dist/index.js', import.meta.url)).catch((error) => {
  console.error(`crossval: cannot load dist/index.js (${error.code ?? error.message}); build first: npm run build`);
  process.exit(2);
});
const { train, createLabeler, evaluate, defineCodebook, syria } = lib;
const codebook = args.codebook ? defineCodebook(JSON.parse(readFileSync(args.codebook, 'utf8'))) : syria;

const byFile = args.corpus.map(readJsonl);
const corpus = byFile.flat();
const extra = args.with.flatMap(readJsonl);
if (corpus.length < args.folds) fail(`${corpus.length} passages cannot be split into ${args.folds} folds`);
// With --by-file a passage's fold is its file's; else folds by passage, balanced by sentences (largest first to the
// emptiest fold), ties broken by a seeded order.
const foldOf = args.byFile ? byFile.flatMap((passages, k) => passages.map(() => k)) : balancedFolds(corpus, args.folds, args.seed);

function balancedFolds(passages, folds, seed) {
  const order = passages.map((p, i) => ({ i, n: p.sentences.length, r: Math.sin(seed * 9973 + i * 7919) }));
  order.sort((a, b) => b.n - a.n || a.r - b.r);
  const out = new Array(passages.length);
  const size = new Array(folds).fill(0);
  for (const { i, n } of order) {
    const k = size.indexOf(Math.min(...size));
    out[i] = k;
    size[k] += n;
  }
  return out;
}

const LEVELS = ['strict', 'affiliation', 'stance'];
const blank = () => ({ tp: 0, fp: 0, fn: 0 });
const f1 = ({ tp, fp, fn }) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const prf = (t) => ({ precision: t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp), recall: t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn), f1: f1(t), ...t });

function pool() {
  return { levels: Object.fromEntries(LEVELS.map((l) => [l, blank()])), concepts: {}, kinds: {}, holder: { right: 0, judged: 0 }, calibration: [], folds: [] };
}
function add(into, report) {
  for (const l of LEVELS) for (const k of ['tp', 'fp', 'fn']) into.levels[l][k] += report[l][k];
  for (const [c, s] of Object.entries(report.perConcept)) {
    into.concepts[c] ??= { affiliation: blank(), stance: blank() };
    for (const l of ['affiliation', 'stance']) for (const k of ['tp', 'fp', 'fn']) into.concepts[c][l][k] += s[l][k];
  }
  for (const [kind, s] of Object.entries(report.byOwnerKind)) {
    into.kinds[kind] ??= blank();
    for (const k of ['tp', 'fp', 'fn']) into.kinds[kind][k] += s[k];
  }
  into.holder.right += report.holderAccuracy.accuracy * report.holderAccuracy.judged;
  into.holder.judged += report.holderAccuracy.judged;
  report.calibration.forEach((b, i) => {
    into.calibration[i] ??= { from: b.from, to: b.to, claims: 0, right: 0, confidence: 0 };
    into.calibration[i].claims += b.claims;
    into.calibration[i].right += b.precision * b.claims;
    into.calibration[i].confidence += b.confidence * b.claims;
  });
  into.folds.push({ affiliation: report.affiliation.f1, stance: report.stance.f1 });
}
function summarise(p) {
  return {
    ...Object.fromEntries(LEVELS.map((l) => [l, prf(p.levels[l])])),
    perConcept: Object.fromEntries(Object.entries(p.concepts).sort().map(([c, s]) => [c, { affiliation: prf(s.affiliation), stance: prf(s.stance) }])),
    byOwnerKind: Object.fromEntries(Object.entries(p.kinds).map(([k, s]) => [k, prf(s)])),
    holderAccuracy: p.holder.judged === 0 ? 0 : p.holder.right / p.holder.judged,
    calibration: p.calibration.map((b) => ({ from: b.from, to: b.to, claims: b.claims, precision: b.claims === 0 ? 0 : b.right / b.claims, confidence: b.claims === 0 ? 0 : b.confidence / b.claims })),
    perFold: p.folds,
  };
}

const results = {};
const rules = pool();
for (const learner of args.learners) {
  const pooled = pool();
  for (let k = 0; k < args.folds; k++) {
    const held = corpus.filter((_, i) => foldOf[i] === k);
    const rest = corpus.filter((_, i) => foldOf[i] !== k);
    const model = await train([...rest, ...extra], { codebook, learner, seed: args.seed });
    add(pooled, evaluate(held, { labeler: createLabeler({ codebook, model }) }));
    if (learner === args.learners[0]) add(rules, evaluate(held, { labeler: createLabeler({ codebook, model: null }) }));
    if (!args.json) process.stderr.write(`  ${learner}: fold ${k + 1}/${args.folds} done\n`);
  }
  results[learner] = summarise(pooled);
}
results.rules = summarise(rules);

const summary = { codebook: { id: codebook.id, version: codebook.version }, corpus: args.corpus.map((f) => f.replace(root.pathname, '')), with: args.with.map((f) => f.replace(root.pathname, '')), passages: corpus.length, sentences: corpus.reduce((n, p) => n + p.sentences.length, 0), folds: args.folds, byFile: args.byFile, seed: args.seed, results };
if (args.json) {
  console.log(JSON.stringify(summary, null, 2));
  process.exit(0);
}
const pct = (x) => (100 * x).toFixed(1).padStart(5);
console.log(`${args.folds}-fold cross-validation by ${args.byFile ? 'corpus file (one fold per file)' : 'passage'}, codebook "${codebook.id}" ${codebook.version}: ${summary.passages} passages (${summary.sentences} sentences) tested, ${extra.length} example passages always trained on (seed ${args.seed})`);
console.log('\nmicro F1 (%)           strict  affiliation  stance   holder accuracy');
for (const [name, r] of Object.entries(results)) console.log(`${name.padEnd(22)} ${pct(r.strict.f1)}    ${pct(r.affiliation.f1)}     ${pct(r.stance.f1)}    ${pct(r.holderAccuracy)}`);
const best = args.learners[0];
const r = results[best];
console.log(`\n${best}: precision / recall (%)  affiliation ${pct(r.affiliation.precision)} / ${pct(r.affiliation.recall)}   stance ${pct(r.stance.precision)} / ${pct(r.stance.recall)}`);
console.log(`\nper concept (${best}; affiliation F1 / stance F1, %):`);
for (const [c, s] of Object.entries(r.perConcept)) console.log(`  ${c.padEnd(22)} ${pct(s.affiliation.f1)} / ${pct(s.stance.f1)}   (rules ${pct(results.rules.perConcept[c]?.affiliation.f1 ?? 0)} / ${pct(results.rules.perConcept[c]?.stance.f1 ?? 0)})`);
console.log(`\nper owner kind (${best}; affiliation level, %):`);
for (const [k, s] of Object.entries(r.byOwnerKind)) console.log(`  ${k.padEnd(12)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (${s.tp + s.fn} gold claims; rules F1 ${pct(results.rules.byOwnerKind[k]?.f1 ?? 0)})`);
console.log(`\nreliability of ${best}'s confidence on held-out claims (affiliation level):`);
for (const b of r.calibration) console.log(`  [${b.from.toFixed(1)}, ${b.to.toFixed(1)})  ${String(b.claims).padStart(5)} claims  confidence ${b.claims ? pct(b.confidence) : '   - '}  right ${b.claims ? pct(b.precision) : '   - '}`);
const gapClaims = r.calibration.reduce((a, b) => a + b.claims, 0);
console.log(`  expected calibration error ${pct(gapClaims === 0 ? 0 : r.calibration.reduce((a, b) => a + b.claims * Math.abs(b.precision - b.confidence), 0) / gapClaims)} points`);
