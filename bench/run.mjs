#!/usr/bin/env node
// npm run bench: throughput and footprint of the built package, measured here and now.
//
//   1. label() against a bare wink-nlp pass (readDoc + sentences + token values) on the same corpus, in one process;
//      1b. 20 calls of label(text, { maxLength }) against 20 of label(text) (a new option must not mean a new labeler);
//   2. labelBatch on 1 thread against 2 worker threads;
//   3. cold `import 'standpoint'` (and require) time;
//   4. peak RSS while streaming 200 MB of JSON Lines through the CLI;
//   5. the installed size of the packed tarball in an empty folder;
//   6. bench/growth.mjs, when it exists.
//
// The corpus is the seed texts and ../shared/data/dev-real.jsonl, read at run time (never copied into the repo)
// and repeated to a few MB. Options: --quick (smaller corpus and stream), --corpus-mb N, --stream-mb N,
// --skip-stream, --skip-install, --json (print the figures as JSON at the end). Not a test: nothing here fails.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? Number(args[at + 1]) : fallback;
};
const quick = flag('--quick');
const corpusMb = option('--corpus-mb', quick ? 0.5 : 3);
const streamMb = option('--stream-mb', quick ? 10 : 200);
const shared = process.env.STANDPOINT_SHARED ?? join(root, '..', 'shared');
const figures = {};
const log = (line = '') => process.stdout.write(`${line}\n`);
const mb = (bytes) => bytes / 1e6;
const fmt = (x, d = 2) => x.toFixed(d);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ───────────── build ─────────────
if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'worker.js')) || !existsSync(join(root, 'dist', 'cli.js'))) {
  log('building (dist/ is missing) …');
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--silent'], { cwd: root, stdio: 'inherit' });
}

log(`standpoint bench — node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

// ───────────── corpus ─────────────
function readCorpus() {
  const texts = [];
  const seedDir = existsSync(join(shared, 'seeds')) ? join(shared, 'seeds') : join(root, 'seeds');
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(seedDir, file), 'utf8'));
  const dev = join(shared, 'data', 'dev-real.jsonl');
  if (existsSync(dev)) {
    for (const line of readFileSync(dev, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const p = JSON.parse(line);
      texts.push(p.text ?? p.sentences.map((s) => s.text).join(' '));
    }
  } else log(`(no ${dev}: the corpus is the seeds only)`);
  return texts;
}
const base = readCorpus();
const baseBytes = base.reduce((n, t) => n + Buffer.byteLength(t), 0);
const docs = [];
let corpusBytes = 0;
while (corpusBytes < corpusMb * 1e6) {
  for (const t of base) {
    docs.push(t);
    corpusBytes += Buffer.byteLength(t);
  }
}
log(`corpus: ${base.length} texts (${fmt(mb(baseBytes), 3)} MB: ${existsSync(join(shared, 'seeds')) ? 'shared/seeds' : 'seeds'} + dev-real.jsonl) repeated to ${docs.length} documents, ${fmt(mb(corpusBytes))} MB`);
log();

const standpoint = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const require = createRequire(join(root, 'package.json'));
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

function timed(fn) {
  const start = performance.now();
  const value = fn();
  return { seconds: (performance.now() - start) / 1000, value };
}
async function timedAsync(fn) {
  const start = performance.now();
  const value = await fn();
  return { seconds: (performance.now() - start) / 1000, value };
}

// ───────────── 1. label() against the wink-nlp floor ─────────────
log('1. label() against a bare wink-nlp pass (same documents, one process, best of 2 after a warm-up)');
function winkPass(nlp, texts) {
  let sentences = 0;
  let tokens = 0;
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    sentences += doc.sentences().out().length;
    tokens += doc.tokens().out().length;
  }
  return { sentences, tokens };
}
function labelPass(texts) {
  let sentences = 0;
  let claims = 0;
  for (const text of texts) {
    const doc = standpoint.label(text);
    sentences += doc.sentences.length;
    for (const s of doc.sentences) claims += s.claims.length;
  }
  return { sentences, claims };
}
function best(fn, runs = 2) {
  let result;
  for (let i = 0; i < runs; i++) {
    const r = timed(fn);
    if (!result || r.seconds < result.seconds) result = r;
  }
  return result;
}
const warm = docs.slice(0, Math.max(5, Math.floor(docs.length / 10)));
const pipelines = [
  { name: 'wink sbd+negation+pos (label()\'s pipeline)', nlp: winkNLP(model, ['sbd', 'negation', 'pos']) },
  { name: 'wink sbd only (tokenizer + sentences)', nlp: winkNLP(model, ['sbd']) },
];
const winkRuns = [];
for (const p of pipelines) {
  winkPass(p.nlp, warm);
  const r = best(() => winkPass(p.nlp, docs));
  winkRuns.push({ ...p, ...r });
  log(`   ${p.name.padEnd(44)} ${fmt(mb(corpusBytes) / r.seconds)} MB/s  ${Math.round(r.value.sentences / r.seconds).toLocaleString('en-US')} sentences/s  (${fmt(r.seconds)} s)`);
}
labelPass(warm);
const labelRun = best(() => labelPass(docs));
log(`   ${'label() (default codebook and model)'.padEnd(44)} ${fmt(mb(corpusBytes) / labelRun.seconds)} MB/s  ${Math.round(labelRun.value.sentences / labelRun.seconds).toLocaleString('en-US')} sentences/s  (${fmt(labelRun.seconds)} s, ${labelRun.value.claims.toLocaleString('en-US')} claims)`);
const ratio = winkRuns[0].seconds / labelRun.seconds;
const ratioSbd = winkRuns[1].seconds / labelRun.seconds;
log(`   label() throughput / wink pass: ${fmt(ratio)} (label()'s pipeline), ${fmt(ratioSbd)} (sbd only)   [target >= 0.5, aim 0.8]`);
figures.labelMBps = mb(corpusBytes) / labelRun.seconds;
figures.winkMBps = mb(corpusBytes) / winkRuns[0].seconds;
figures.winkSbdMBps = mb(corpusBytes) / winkRuns[1].seconds;
figures.labelVsWink = ratio;
figures.labelVsWinkSbd = ratioSbd;
log();

// ───────────── 1b. label() with a per-call option that shapes the labeler ─────────────
log('1b. label(text, { maxLength }) against label(text): 20 calls each, best of 3 (labelers are kept by codebook, model and maxLength)');
{
  const text = docs[0];
  const calls = (options) => () => {
    for (let i = 0; i < 20; i++) options ? standpoint.label(text, options) : standpoint.label(text);
  };
  calls()();
  const plain = best(calls(), 3);
  const withMax = best(calls({ maxLength: 1e6 }), 3);
  const maxRatio = withMax.seconds / plain.seconds;
  log(`   20 × label(text): ${fmt(plain.seconds * 1000, 1)} ms; 20 × label(text, { maxLength: 1e6 }): ${fmt(withMax.seconds * 1000, 1)} ms; ratio ${fmt(maxRatio)}   [target <= 3]`);
  figures.maxLengthRatio = maxRatio;
}
log();

// ───────────── 2. labelBatch: 1 thread against 2 workers ─────────────
log('2. labelBatch over the same corpus: concurrency 1 (this thread) against 2 worker threads');
async function batchRun(concurrency) {
  let first = 0;
  let count = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for await (const result of standpoint.labelBatch(docs, { concurrency })) {
    if (count++ === 0) first = performance.now();
    if ('error' in result) throw new Error(result.error.message);
  }
  const end = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return { total: (end - start) / 1000, afterFirst: (end - first) / 1000, count, cpu: (cpu.user + cpu.system) / 1e6 };
}
// The machine's own ceiling: the same fixed spin loop on 1 and on 2 worker threads (no memory, no messages).
async function spin(threads) {
  const { Worker } = await import('node:worker_threads');
  const start = performance.now();
  await Promise.all(
    Array.from({ length: threads }, () => new Promise((resolve) => {
      const worker = new Worker('let x = 0; for (let i = 0; i < 4e8; i++) x = (x + i) | 0; require("node:worker_threads").parentPort.postMessage(x);', { eval: true });
      worker.once('message', () => worker.terminate().then(resolve));
    })),
  );
  return (performance.now() - start) / 1000;
}
const spin1 = await spin(1);
const spin2 = await spin(2);
const ceiling = (2 * spin1) / spin2;
log(`   this machine's ceiling (a spin loop on 1 and 2 threads): 2 threads do ${fmt(ceiling)}x the work of 1`);
figures.machineCeiling = ceiling;
const one = await batchRun(1);
const two = await batchRun(2);
const speedup = one.total / two.total;
const steady = one.afterFirst / two.afterFirst;
log(`   concurrency 1: ${fmt(one.total)} s (${fmt(mb(corpusBytes) / one.total)} MB/s), process CPU ${fmt(one.cpu)} s`);
log(`   concurrency 2: ${fmt(two.total)} s (${fmt(mb(corpusBytes) / two.total)} MB/s), process CPU ${fmt(two.cpu)} s; ${fmt(two.total - two.afterFirst)} s to the first result (workers starting)`);
log(`   (load average now ${loadavg().map((x) => x.toFixed(2)).join(' ')}: other processes on these 2 cores lower the 2-worker figure)`);
log(`   2 workers / 1: ${fmt(speedup)} including the pool start, ${fmt(steady)} once running   [target >= 1.7]`);
figures.batch1s = one.total;
figures.batch2s = two.total;
figures.workersSpeedup = speedup;
figures.workersSpeedupSteady = steady;
log();

// ───────────── 5 (first: 3 needs it). install the packed tarball into an empty folder ─────────────
const work = mkdtempSync(join(tmpdir(), 'standpoint-bench-'));
let installDir = null;
if (!flag('--skip-install')) {
  log('5. installed size: npm pack, then npm install of the tarball into an empty folder (production dependencies)');
  try {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const tarball = join(work, packed[0].filename);
    installDir = join(work, 'install');
    execFileSync('mkdir', ['-p', installDir]);
    writeFileSync(join(installDir, 'package.json'), JSON.stringify({ name: 'bench-install', private: true }));
    execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball], { cwd: installDir, stdio: ['ignore', 'ignore', 'inherit'] });
    const du = (path) => Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]);
    const total = du(join(installDir, 'node_modules'));
    const sizes = readdirSync(join(installDir, 'node_modules'))
      .filter((n) => !n.startsWith('.'))
      .flatMap((n) => (n.startsWith('@') ? readdirSync(join(installDir, 'node_modules', n)).map((m) => `${n}/${m}`) : [n]))
      .map((n) => ({ name: n, bytes: du(join(installDir, 'node_modules', n)) }))
      .sort((a, b) => b.bytes - a.bytes);
    log(`   tarball ${packed[0].filename}: ${fmt(mb(statSync(tarball).size))} MB packed, ${fmt(mb(packed[0].unpackedSize))} MB unpacked, ${packed[0].entryCount} files`);
    log(`   node_modules after install: ${fmt(mb(total))} MB (${(total / 2 ** 20).toFixed(2)} MiB) in ${sizes.length} packages   [target <= 16 MB]`);
    log(`   ${sizes.map((s) => `${s.name} ${fmt(mb(s.bytes), 1)}`).join(' · ')}`);
    log(`   natural installed: ${sizes.some((s) => s.name === 'natural') ? 'yes' : 'no'}`);
    figures.installedMB = mb(total);
    figures.tarballMB = mb(statSync(tarball).size);
  } catch (error) {
    log(`   could not measure: ${error.message.split('\n')[0]}`);
    installDir = null;
  }
  log();
}

// ───────────── 3. cold import ─────────────
log(`3. cold import time (a new node process each, median of 7${installDir ? ', from the installed tarball' : ', from the repo'})`);
const importCwd = installDir ?? root;
function coldImport(kind) {
  const code =
    kind === 'import'
      ? "const t = performance.now(); await import('standpoint'); console.log(performance.now() - t)"
      : "const t = performance.now(); require('standpoint'); console.log(performance.now() - t)";
  const times = [];
  for (let i = 0; i < 7; i++) {
    const out = execFileSync(process.execPath, [`--input-type=${kind === 'import' ? 'module' : 'commonjs'}`, '-e', code], { cwd: importCwd, encoding: 'utf8' });
    times.push(Number(out.trim()));
  }
  return median(times);
}
const importMs = coldImport('import');
const requireMs = coldImport('require');
const cliMs = median(
  Array.from({ length: 5 }, () => {
    const t = performance.now();
    spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--version']);
    return performance.now() - t;
  }),
);
log(`   import 'standpoint': ${fmt(importMs, 0)} ms   require('standpoint'): ${fmt(requireMs, 0)} ms   [target < 300 ms]`);
log(`   (whole process, \`standpoint --version\`: ${fmt(cliMs, 0)} ms)`);
figures.importMs = importMs;
figures.requireMs = requireMs;
log();

// ───────────── 4. streaming through the CLI ─────────────
if (!flag('--skip-stream')) {
  log(`4. peak RSS streaming ${streamMb} MB of JSON Lines through \`standpoint label --jsonl\` (default concurrency: ${availableParallelism()} workers; output to /dev/null)`);
  const file = join(work, 'stream.jsonl');
  const out = createWriteStream(file);
  let written = 0;
  let lines = 0;
  const records = base.map((text, i) => ({ text, source: `bench-${i}` }));
  while (written < streamMb * 1e6) {
    for (const r of records) {
      const line = `${JSON.stringify({ id: `b${lines}`, text: r.text, source: r.source })}\n`;
      written += Buffer.byteLength(line);
      lines++;
      if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
    }
  }
  await new Promise((resolve) => out.end(resolve));
  log(`   generated ${fmt(mb(written), 0)} MB, ${lines.toLocaleString('en-US')} lines in ${file}`);
  const probe = join(work, 'maxrss.cjs');
  writeFileSync(probe, "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_OUT, String(process.resourceUsage().maxRSS)));\n");
  const rssOut = join(work, 'maxrss.txt');
  const started = performance.now();
  const cpuBefore = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const child = spawn(process.execPath, ['--require', probe, join(root, 'dist', 'cli.js'), 'label', '--jsonl', file, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BENCH_RSS_OUT: rssOut },
  });
  // RSS over time, to show it stays flat.
  const samples = [];
  const sampler = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      samples.push({ t: (performance.now() - started) / 1000, rss: rss / 1024 });
    } catch {
      // exited
    }
  }, 1000);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const peak = Number(readFileSync(rssOut, 'utf8')) / 1024;
  const pick = (share) => samples[Math.min(samples.length - 1, Math.floor(samples.length * share))];
  const cpuAfter = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const idleShare = (cpuAfter[3] - cpuBefore[3]) / (cpuAfter.reduce((a, b) => a + b, 0) - cpuBefore.reduce((a, b) => a + b, 0));
  log(`   exit ${code}; ${fmt(seconds, 1)} s, ${fmt(mb(written) / seconds)} MB/s, ${Math.round(lines / seconds).toLocaleString('en-US')} documents/s (machine idle ${fmt(100 * idleShare, 0)}% of the time)`);
  if (samples.length > 3) log(`   RSS at 10% / 50% / 90% of the run: ${[0.1, 0.5, 0.9].map((s) => `${fmt(pick(s).rss, 0)} MB`).join(' / ')}`);
  log(`   peak RSS: ${fmt(peak, 0)} MB   [target < 300 MB]`);
  figures.streamMB = mb(written);
  figures.streamSeconds = seconds;
  figures.streamPeakRssMB = peak;
  rmSync(file, { force: true });
  log();
}
rmSync(work, { recursive: true, force: true });

// ───────────── 6. growth ─────────────
const growth = join(root, 'bench', 'growth.mjs');
if (existsSync(growth)) {
  log('6. bench/growth.mjs');
  const r = spawnSync(process.execPath, [growth, ...(quick ? ['--quick'] : [])], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) log(`   bench/growth.mjs exited ${r.status}`);
  log();
}

// ───────────── summary ─────────────
const row = (name, value, target, ok) => log(`  ${name.padEnd(40)} ${value.padStart(12)}   ${target.padEnd(18)} ${ok === undefined ? '' : ok ? 'met' : 'NOT MET'}`);
log('summary');
row('label() / bare wink pass', fmt(figures.labelVsWink), '>= 0.5 (aim 0.8)', figures.labelVsWink >= 0.5);
row('labelBatch 2 workers / 1', fmt(figures.workersSpeedup), '>= 1.7', figures.workersSpeedup >= 1.7);
row('  (once running; machine ceiling)', `${fmt(figures.workersSpeedupSteady)} (${fmt(figures.machineCeiling)})`, '', undefined);
row("import 'standpoint'", `${fmt(figures.importMs, 0)} ms`, '< 300 ms', figures.importMs < 300);
if (figures.streamPeakRssMB !== undefined) row(`peak RSS streaming ${fmt(figures.streamMB, 0)} MB`, `${fmt(figures.streamPeakRssMB, 0)} MB`, '< 300 MB', figures.streamPeakRssMB < 300);
if (figures.installedMB !== undefined) row('installed size (label only)', `${fmt(figures.installedMB, 1)} MB`, '<= 16 MB', figures.installedMB <= 16);
if (flag('--json')) log(JSON.stringify(figures));
