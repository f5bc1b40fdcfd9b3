#!/usr/bin/env node
// npm run bench: throughput and footprint of the built package, measured here and now. Every speed figure is a
// ratio against a reference measured in the same run, on the same documents.
//
//   1. label() against wink-nlp's own pipelines (full default, label()'s steps, sentence boundaries only);
//   2. label(text, { maxLength }) against label(text): an option must not make each call compile again;
//   3. labelBatch on this thread against 2 worker threads, cold and warm, with the machine's own ceiling and the CPU time used;
//   4. the installed size of the packed tarball in an empty project (bench/size.mjs);
//   5. cold `import 'standpoint'` (and require) time, from that install;
//   6. peak RSS while streaming JSON Lines through the CLI;
//   7. bench/growth.mjs (time against text length).
//
// The corpus is the seed texts and, when it exists, ../shared/data/dev-real.jsonl, read at run time (never copied
// into the repo) and repeated to a few MB. Options: --quick (smaller corpus and stream), --corpus-mb N,
// --stream-mb N, --skip-stream, --skip-install, --json (print the figures as JSON at the end).
// Not a test: nothing here fails (npm run size checks the install limit).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeInstall, LIMIT_BYTES, measureInstall } from './size.mjs';

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
const cores = availableParallelism();
const figures = {};
const log = (line = '') => process.stdout.write(`${line}\n`);
const mb = (bytes) => bytes / 1e6;
const fmt = (x, d = 2) => x.toFixed(d);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const cpuSeconds = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

// ───────────── build ─────────────
if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'worker.js')) || !existsSync(join(root, 'dist', 'cli.js'))) {
  log('building (dist/ is missing) …');
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--silent'], { cwd: root, stdio: 'inherit' });
}

log(`standpoint bench — node ${process.version}, ${cores} cores, load average ${load()}`);
if (loadavg()[0] > cores) log(`(the machine is busy: a load of ${loadavg()[0].toFixed(1)} on ${cores} cores lowers every wall-clock figure; the ratios of CPU time in 1 and 2 hold better)`);

// ───────────── corpus ─────────────
function readCorpus() {
  const texts = [];
  const read = [];
  const seedDir = existsSync(join(shared, 'seeds')) ? join(shared, 'seeds') : join(root, 'seeds');
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
  for (const file of seeds) texts.push(readFileSync(join(seedDir, file), 'utf8'));
  read.push(`${relative(root, seedDir) || '.'} (${seeds.length} texts)`);
  const dev = join(shared, 'data', 'dev-real.jsonl');
  if (existsSync(dev)) {
    let passages = 0;
    for (const line of readFileSync(dev, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const p = JSON.parse(line);
      texts.push(p.text ?? p.sentences.map((s) => s.text).join(' '));
      passages++;
    }
    read.push(`${relative(root, dev)} (${passages} passages)`);
  }
  return { texts, read, seeds: seeds.length };
}
const { texts: base, read: corpusSources, seeds: seedCount } = readCorpus();
const baseBytes = base.reduce((n, t) => n + Buffer.byteLength(t), 0);
const docs = [];
let corpusBytes = 0;
while (corpusBytes < corpusMb * 1e6) {
  for (const t of base) {
    docs.push(t);
    corpusBytes += Buffer.byteLength(t);
  }
}
log(`corpus: ${base.length} texts, ${fmt(mb(baseBytes), 3)} MB, from ${corpusSources.join(' + ')}; repeated to ${docs.length} documents, ${fmt(mb(corpusBytes))} MB`);
log();

const standpoint = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const require = createRequire(join(root, 'package.json'));
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

/** Wall and CPU seconds of one call (CPU time: this process only, so other load on the machine counts less). */
function timed(fn) {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  return { seconds: (performance.now() - start) / 1000, cpu: cpuSeconds(cpu0), value };
}
/**
 * Times each function `rounds` times, in turn (so that a change of load on the machine falls on all of them),
 * after one untimed warm-up call each; for each, the run of least CPU time.
 */
function interleaved(fns, rounds = 3) {
  for (const fn of fns) fn();
  const bests = fns.map(() => null);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const t = timed(fn);
      if (!bests[i] || t.cpu < bests[i].cpu) bests[i] = t;
    });
  }
  return bests;
}

const work = mkdtempSync(join(tmpdir(), 'standpoint-bench-'));
try {
  // ───────────── 1. label() against wink-nlp ─────────────
  log('1. label() against wink-nlp reading the same documents (one process; CPU time, best of 3 rounds in turn after a warm-up)');
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
  const pipelines = [
    { key: 'full', name: "wink's full default pipeline", nlp: winkNLP(model) },
    { key: 'steps', name: "wink sbd+pos (label()'s steps)", nlp: winkNLP(model, ['sbd', 'pos']) },
    { key: 'sbd', name: 'wink sbd only (tokens and sentences)', nlp: winkNLP(model, ['sbd']) },
  ];
  const rate = (r) => `${fmt(mb(corpusBytes) / r.cpu)} MB/s  ${Math.round(r.value.sentences / r.cpu).toLocaleString('en-US')} sentences/s  (CPU ${fmt(r.cpu)} s, wall ${fmt(r.seconds)} s)`;
  const runs = interleaved([...pipelines.map((p) => () => winkPass(p.nlp, docs)), () => labelPass(docs)]);
  const wink = Object.fromEntries(pipelines.map((p, i) => [p.key, runs[i]]));
  const labelRun = runs[pipelines.length];
  for (const p of pipelines) log(`   ${p.name.padEnd(44)} ${rate(wink[p.key])}`);
  log(`   ${'label() (default codebook and model)'.padEnd(44)} ${rate(labelRun)}, ${labelRun.value.claims.toLocaleString('en-US')} claims`);
  figures.labelMBps = mb(corpusBytes) / labelRun.cpu;
  figures.labelVsWinkFull = wink.full.cpu / labelRun.cpu;
  figures.labelVsWink = wink.steps.cpu / labelRun.cpu;
  figures.labelVsWinkSbd = wink.sbd.cpu / labelRun.cpu;
  log(`   label() throughput / wink's: ${fmt(figures.labelVsWinkFull)} (full pipeline) [target >= 0.25], ${fmt(figures.labelVsWink)} (label()'s steps) [target >= 0.5, aim 0.8], ${fmt(figures.labelVsWinkSbd)} (sbd only)`);
  log();

  // ───────────── 2. an option must not recompile ─────────────
  log('2. 20 calls of label(text, { maxLength: 1e6 }) against 20 calls of label(text), on the longest seed text (CPU time, best of 3 rounds in turn)');
  const longest = base.slice(0, seedCount).reduce((a, b) => (b.length > a.length ? b : a));
  const calls = (options) => () => {
    for (let i = 0; i < 20; i++) options ? standpoint.label(longest, options) : standpoint.label(longest);
  };
  const [plain, limited] = interleaved([calls(undefined), calls({ maxLength: 1e6 })]);
  figures.maxLengthRatio = limited.cpu / plain.cpu;
  log(`   label(text): ${fmt(plain.cpu * 1000, 0)} ms; label(text, { maxLength: 1e6 }): ${fmt(limited.cpu * 1000, 0)} ms; ratio ${fmt(figures.maxLengthRatio, 1)}x   [target <= 3]`);
  log();

  // ───────────── 3. labelBatch: this thread against 2 workers ─────────────
  log(`3. labelBatch over the same corpus: concurrency 1 (this thread) against 2 worker threads (${cores} cores here)`);
  const threads = Math.min(2, cores);
  // The machine's ceiling: the same spin loop on 1 and on 2 threads, each warmed up, best of 3, interleaved.
  async function spin(count) {
    const { Worker } = await import('node:worker_threads');
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    await Promise.all(
      Array.from({ length: count }, () =>
        new Promise((resolve, reject) => {
          const worker = new Worker('let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i) | 0; require("node:worker_threads").parentPort.postMessage(x);', { eval: true });
          worker.once('error', reject);
          worker.once('message', () => worker.terminate().then(resolve));
        }),
      ),
    );
    return { seconds: (performance.now() - start) / 1000, cpu: cpuSeconds(cpu0) };
  }
  await spin(1);
  await spin(2);
  const spins = { 1: [], 2: [] };
  for (let i = 0; i < 3; i++) for (const n of [1, 2]) spins[n].push(await spin(n));
  const fastest = (xs) => xs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const spin1 = fastest(spins[1]);
  const spin2 = fastest(spins[2]);
  // Work done per second on 2 threads over that on 1, at most the number of threads (each thread is one core at most).
  const ceiling = (2 * spin1.seconds) / spin2.seconds;
  figures.machineCeiling = ceiling;
  log(`   this machine's ceiling: 2 spinning threads do ${ceiling <= threads + 0.05 ? `${fmt(ceiling)}x` : `(not measured: ${fmt(ceiling)}x exceeds ${threads} threads; the machine was disturbed)`} the work of 1; ${fmt(spin2.cpu / spin2.seconds)} cores busy`);

  // `passes` > 1 reads the corpus that many times in one call, so that one pool labels all of it: the last pass
  // is timed from the reading of its first document, which counts the read-ahead window against the pool.
  async function batchRun(concurrency, input, passes = 1) {
    let first = 0;
    let count = 0;
    let last = null;
    const reading = {
      *[Symbol.iterator]() {
        for (let pass = 0; pass < passes; pass++) {
          if (pass === passes - 1) last = { at: performance.now(), cpu: process.cpuUsage() };
          yield* input;
        }
      },
    };
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    for await (const result of standpoint.labelBatch(reading, { concurrency })) {
      if (count++ === 0) first = performance.now();
      if ('error' in result) throw new Error(result.error.message);
    }
    const end = performance.now();
    return { total: (end - start) / 1000, afterFirst: (end - first) / 1000, lastPass: (end - last.at) / 1000, lastPassCpu: cpuSeconds(last.cpu), count, cpu: cpuSeconds(cpu0) };
  }
  // A new isolate labels its first documents at a fraction of its later speed: V8 compiles the pipeline's hot
  // functions (1 to 2 s of CPU, mostly on its compiler threads: --trace-opt counts ~370 TurboFan jobs) and the
  // worker loads wink-nlp's model. This thread paid that in section 1; each worker of a pool pays it again, and
  // every labelBatch() call starts a new pool. So a pool costs a fixed amount per worker, not per document, and
  // the run in two passes tells the two apart: its second pass is labeled by workers that are warm.
  const warmDocs = docs.slice(0, Math.max(10, Math.floor(docs.length / 20)));
  await batchRun(1, warmDocs);
  await batchRun(threads, warmDocs);
  const one = await batchRun(1, docs);
  const two = await batchRun(threads, docs);
  const oneWarm = await batchRun(1, docs, 2);
  const twoWarm = await batchRun(threads, docs, 2);
  // The same corpus at concurrency 1 on a new thread: what this thread would cost had it not been warmed.
  async function coldThread() {
    const { Worker } = await import('node:worker_threads');
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    const code = `const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.url).then(async (s) => { let n = 0; for await (const r of s.labelBatch(workerData.docs)) if (!('error' in r)) n++; parentPort.postMessage(n); });`;
    const done = await new Promise((resolve, reject) => {
      const worker = new Worker(code, { eval: true, workerData: { url: pathToFileURL(join(root, 'dist', 'index.js')).href, docs } });
      worker.once('error', reject);
      worker.once('message', (n) => worker.terminate().then(() => resolve(n)));
    });
    if (done !== docs.length) throw new Error(`the cold thread labeled ${done} of ${docs.length}`);
    return { total: (performance.now() - start) / 1000, cpu: cpuSeconds(cpu0) };
  }
  const cold = await coldThread();
  const busy = (r, seconds) => r.cpu / seconds;
  log(`   concurrency 1: ${fmt(one.total)} s (${fmt(mb(corpusBytes) / one.total)} MB/s), CPU ${fmt(one.cpu)} s (${fmt(busy(one, one.total))} cores busy); a second pass in the same call ${fmt(oneWarm.lastPass)} s, CPU ${fmt(oneWarm.lastPassCpu)} s`);
  log(`   concurrency ${threads}: ${fmt(two.total)} s (${fmt(mb(corpusBytes) / two.total)} MB/s), CPU ${fmt(two.cpu)} s (${fmt(busy(two, two.total))} cores busy); ${fmt(two.total - two.afterFirst)} s to the first result (workers starting); a second pass in the same call ${fmt(twoWarm.lastPass)} s, CPU ${fmt(twoWarm.lastPassCpu)} s`);
  log(`   concurrency 1 on a new thread (cold, as each worker starts): ${fmt(cold.total)} s, CPU ${fmt(cold.cpu)} s: ${fmt(cold.cpu - one.cpu)} s of CPU more than on this warmed thread`);
  const speedup = one.total / two.total;
  const steady = oneWarm.lastPass / twoWarm.lastPass;
  // CPU seconds on 1 thread over those on 2: what the pool costs in starting workers, messages and copies (1 = nothing).
  const cpuEfficiency = one.cpu / two.cpu;
  const steadyCpuEfficiency = oneWarm.lastPassCpu / twoWarm.lastPassCpu;
  figures.batch1s = one.total;
  figures.batch2s = two.total;
  figures.batch1Cpu = one.cpu;
  figures.batch2Cpu = two.cpu;
  figures.batchColdThreadCpu = cold.cpu;
  figures.workersCpuEfficiency = cpuEfficiency;
  figures.workersCpuEfficiencySteady = steadyCpuEfficiency;
  const honest = (x) => x <= threads + 0.05;
  if (honest(speedup) && honest(steady)) {
    figures.workersSpeedup = speedup;
    figures.workersSpeedupSteady = steady;
    log(`   ${threads} workers / 1: ${fmt(steady)}x on a second pass, warm workers against this warm thread (per-core efficiency ${fmt((100 * steady) / threads, 0)}%)   [target >= 1.7]`);
    log(`   ${threads} workers / 1: ${fmt(speedup)}x over the whole run, cold workers against this warm thread; against the cold thread ${fmt(cold.total / two.total)}x`);
  } else {
    log(`   ${threads} workers / 1: not a speed-up figure (${fmt(speedup)}x, ${fmt(steady)}x on a second pass, above ${threads} threads): the single-thread run was slowed by something else on the machine; rerun when it is idle`);
  }
  log(`   CPU seconds, 1 thread over ${threads} workers: ${fmt(steadyCpuEfficiency)} on a second pass (1.00: the messages between threads cost nothing), ${fmt(cpuEfficiency)} over the whole run (${fmt((two.cpu - one.cpu) / threads)} s more per worker: its start and its warm-up)`);
  log(`   (load average now ${load()}: other processes on these cores lower the ${threads}-worker figure)`);
  log();

  // ───────────── 4. installed size ─────────────
  let installDir = null;
  if (!flag('--skip-install')) {
    log('4. installed size: npm pack, then npm install of the tarball into an empty project (what a user who labels gets)');
    try {
      const m = measureInstall(root, work);
      for (const line of describeInstall(m)) log(`   ${line}`);
      log(`   natural installed: ${m.packages.some((p) => p.name === 'natural') ? 'yes' : 'no'}`);
      figures.installedMB = mb(m.bytes);
      figures.installedDiskMB = mb(m.disk);
      figures.tarballMB = mb(m.tarball.bytes);
      installDir = m.project;
    } catch (error) {
      log(`   could not measure: ${error.message.split('\n')[0]}`);
    }
    log();
  }

  // ───────────── 5. cold import ─────────────
  log(`5. cold import time (a new node process each, median of 7${installDir ? ', from the installed tarball' : ', from the repo'})`);
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
  figures.importMs = coldImport('import');
  figures.requireMs = coldImport('require');
  const cliMs = median(
    Array.from({ length: 5 }, () => {
      const t = performance.now();
      spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--version']);
      return performance.now() - t;
    }),
  );
  log(`   import 'standpoint': ${fmt(figures.importMs, 0)} ms   require('standpoint'): ${fmt(figures.requireMs, 0)} ms   [target < 300 ms]`);
  log(`   (whole process, \`standpoint --version\`: ${fmt(cliMs, 0)} ms)`);
  log();

  // ───────────── 6. streaming through the CLI ─────────────
  if (!flag('--skip-stream')) {
    log(`6. peak RSS streaming ${streamMb} MB of JSON Lines through \`standpoint label --jsonl\` (default concurrency: ${cores} workers; output to /dev/null)`);
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
    log(`   generated ${fmt(mb(written), 0)} MB, ${lines.toLocaleString('en-US')} lines`);
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
    log();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// ───────────── 7. growth ─────────────
const growth = join(root, 'bench', 'growth.mjs');
if (existsSync(growth)) {
  log('7. bench/growth.mjs');
  const r = spawnSync(process.execPath, [growth, ...(quick ? ['--quick'] : [])], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) log(`   bench/growth.mjs exited ${r.status}`);
  log();
}

// ───────────── summary ─────────────
const row = (name, value, target, ok) => log(`  ${name.padEnd(44)} ${value.padStart(14)}   ${target.padEnd(18)} ${ok === undefined ? '' : ok ? 'met' : 'NOT MET'}`);
log('summary');
row("label() / wink's full pipeline", fmt(figures.labelVsWinkFull), '>= 0.25', figures.labelVsWinkFull >= 0.25);
row("label() / wink with label()'s steps", fmt(figures.labelVsWink), '>= 0.5 (aim 0.8)', figures.labelVsWink >= 0.5);
row('label(text, { maxLength }) / label(text)', `${fmt(figures.maxLengthRatio, 1)}x`, '<= 3', figures.maxLengthRatio <= 3);
if (figures.workersSpeedup !== undefined) {
  row('labelBatch 2 workers / 1, warm (2nd pass)', fmt(figures.workersSpeedupSteady), '>= 1.7', figures.workersSpeedupSteady >= 1.7);
  row('  (whole run, cold workers; machine ceiling)', `${fmt(figures.workersSpeedup)} (${fmt(figures.machineCeiling)})`, '', undefined);
} else row('labelBatch 2 workers / 1', 'disturbed', '>= 1.7', undefined);
if (figures.installedMB !== undefined) row('installed size (label only), apparent / disk', `${fmt(figures.installedMB, 1)} / ${fmt(figures.installedDiskMB, 1)} MB`, `<= ${fmt(mb(LIMIT_BYTES), 0)} MB`, Math.max(figures.installedMB, figures.installedDiskMB) <= mb(LIMIT_BYTES));
row("import 'standpoint'", `${fmt(figures.importMs, 0)} ms`, '< 300 ms', figures.importMs < 300);
if (figures.streamPeakRssMB !== undefined) row(`peak RSS streaming ${fmt(figures.streamMB, 0)} MB`, `${fmt(figures.streamPeakRssMB, 0)} MB`, '< 300 MB', figures.streamPeakRssMB < 300);
if (flag('--json')) log(JSON.stringify(figures));
