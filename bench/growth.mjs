#!/usr/bin/env node
// Growth: does labeling time grow linearly with the length of the text?
//
// For each kind of text, label() a 100 KB and a 1 MB one (built from the same repeating material) and print the
// time ratio 1 MB / 100 KB. Linear is 10; the target is <= ~10 (it may come out a little above, from GC and caches,
// or below, from warm-up). A super-linear stage shows as 30, 100 or a run that never ends.
//
//   node bench/growth.mjs            all kinds, 100 KB and 1 MB
//   node bench/growth.mjs --quick    the four required kinds, 50 KB and 500 KB
//   node bench/growth.mjs --check    exit 1 when a ratio is over the limit (--limit N, default 13)
//   node bench/growth.mjs --json     also print the figures as JSON
//   node bench/growth.mjs --only prose,names
//   node bench/growth.mjs --dist path/to/dist   label with another build
//
// Imports the built package (dist/index.js), building it when it is missing. bench/run.mjs runs this file too.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// ───────────── the texts ─────────────

// A small deterministic PRNG, so that every run labels the same texts.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// News-like prose: quotes of several kinds, reported speech, pronouns, roles, tweets with attribution lines, headlines.
const PARAGRAPHS = [
  'Kerry Says Assad Must Step Aside Before Talks Resume',
  '"Assad must go," Secretary of State John Kerry told reporters in Geneva on Monday. "There is no military solution to this conflict."',
  'Russian officials have long maintained that the future of Syria can only be decided by the Syrian people themselves.',
  'Foreign Minister Sergei Lavrov said on Tuesday that Moscow would not accept any outside attempt to impose a leader on Damascus, and he added that the talks should include the whole of the opposition.',
  '“We are ready to cooperate with the United States in the fight against terrorism,” Lavrov said, according to the state news agency. “But the Syrians alone must decide who governs them.”',
  'According to a statement from the Kremlin, President Vladimir Putin and President Barack Obama discussed the ceasefire by telephone.',
  'The Saudi foreign minister, Adel al-Jubeir, insisted that Assad has no role in the future of Syria, while Iranian officials warned against foreign military intervention.',
  '#Lavrov: Only the Syrian people can determine the future of their country.\n— MFA Russia (@mfa_russia) 13 January 2016',
  'Pentagon spokesman Peter Cook said the coalition would continue its strikes against ISIS in Raqqa. He did not say when the next round of talks would begin.',
  '«Нет военного решения», — заявила Мария Захарова. The UN envoy, Staffan de Mistura, called for an inclusive political process, but opposition leaders rejected the proposal as “a trap.”',
  'Turkey and Qatar backed the rebels; Hezbollah fighters and Iranian advisers fought alongside government forces near Aleppo.',
  'The weather was mild on Tuesday, and markets in Beirut were calm.',
];

function prose(size) {
  const next = rng(1);
  const parts = [];
  let length = 0;
  while (length < size) {
    const p = PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)];
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

// Repeats material to exactly `size` characters (never splitting a surrogate pair at the end).
function fill(unit, size) {
  let text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
  return text;
}

// One line, no full stop, question or exclamation mark anywhere: speech verbs, names and quotes inside.
const NO_END =
  'Kerry said on Monday that the talks in Geneva should go on, Lavrov told reporters the future of Syria can only be decided by Syrians, ' +
  'according to Russian officials the ceasefire would hold, "there is no military solution" said the UN envoy, he added that Assad must go ' +
  'while Iranian officials warned against intervention and the opposition rejected the plan as “a trap” ';

const KINDS = {
  prose: { required: true, describe: 'news-like prose (paragraphs, quotes, tweets)', make: prose },
  'no sentence end': { required: true, describe: 'one line of reported speech without . ! or ?', make: (n) => fill(NO_END, n) },
  'quotation marks': { required: true, describe: 'one line of quotation marks of every kind, spaced and packed', make: (n) => fill('" “ ” „ « » ‘ ’ \' ""“”«»„‘’ ', n) },
  'names': { required: true, describe: 'one line of thousands of actor names, no full stop', make: (n) => fill('Kerry, Lavrov, Putin, Obama and Assad, Zarif, Erdogan, Jubeir, de Mistura, Zakharova, the Kremlin and the White House, ', n) },
  'long word': { required: false, describe: 'no whitespace at all ("ab-ab-…", URLs, base64)', make: (n) => fill('ab-cd.ef/http://example.com/x?y=1&z=', n) },
  'said names': { required: false, describe: 'one line of "X said Y, according to Z" with names', make: (n) => fill('Kerry said Lavrov, according to Putin, Assad must go, said Obama and Zarif, ', n) },
  'new names': { required: false, describe: 'sentences each naming an actor the codebook lacks (grows the discourse state)', make: newNames },
  'html': { required: false, describe: 'HTML leftovers around prose', make: (n) => fill('<div class="story"><p>&nbsp;Kerry said &quot;Assad must go&quot;.</p><br/><script>var x = "a";</script></div>\n', n) },
  'control & unicode': { required: false, describe: 'NUL, lone surrogates, RTL, emoji, CR line ends', make: (n) => fill('Lavrov\u0000 said\ud800 talks 😀 must resume\u200f مرحبا\r"Assad must go,"\u0007 said Kerry.\r\n', n) },
};

// "Minister Aaab Aaac said talks must resume." with ever new names: each one a new actor in the discourse state.
function newNames(size) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const name = `${word(i)} ${word(i * 7 + 3)}`;
    const s = `Deputy Minister ${name} said on Monday that the talks must resume. `;
    parts.push(s);
    length += s.length;
  }
  return parts.join('').slice(0, size);
}
function word(i) {
  let w = '';
  let k = i;
  for (let j = 0; j < 4; j++) {
    w += String.fromCharCode(97 + (k % 26));
    k = Math.floor(k / 26);
  }
  return w[0].toUpperCase() + w.slice(1);
}

/** The text of one kind, `size` characters long (for profiling a single kind). */
export function makeText(kind, size) {
  return KINDS[kind].make(size);
}

// ───────────── measuring ─────────────

// CPU time of this process (user + system), not wall time: on a busy machine the wall clock also counts the
// time other processes had the CPU, which would make the ratios noise.
function time(fn) {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

/**
 * Measures the growth of label() time per kind of text.
 *
 * @param {{ label: (text: string) => { sentences: unknown[] } }} standpoint - The package (dist/index.js).
 * @param {{ small?: number, large?: number, only?: string[], quick?: boolean, log?: (line: string) => void }} options
 * @returns {Array<{ kind: string, required: boolean, smallMs: number, largeMs: number, ratio: number, sentences: number }>}
 */
export function measureGrowth(standpoint, options = {}) {
  const small = options.small ?? 100_000;
  const large = options.large ?? 1_000_000;
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  const kinds = Object.entries(KINDS).filter(([name, k]) => (options.only ? options.only.includes(name) : !options.quick || k.required));
  const results = [];
  standpoint.label(prose(20_000)); // load wink's model and warm the JIT once
  for (const [name, kind] of kinds) {
    const smallText = kind.make(small);
    const largeText = kind.make(large);
    standpoint.label(smallText); // warm-up on this kind of text
    // Best of three for the small text (quick and noisier), of two for the large one (one with --quick).
    const smallMs = Math.min(...[0, 1, 2].map(() => time(() => standpoint.label(smallText)).ms));
    const runs = (options.quick ? [0] : [0, 1]).map(() => time(() => standpoint.label(largeText)));
    const run = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const ratio = run.ms / smallMs;
    results.push({ kind: name, required: kind.required, smallMs, largeMs: run.ms, ratio, sentences: run.value.sentences.length });
    log(
      `   ${name.padEnd(18)} ${fmtMs(smallMs).padStart(9)} → ${fmtMs(run.ms).padStart(9)}   ratio ${ratio.toFixed(1).padStart(5)}   ` +
        `${(large / 1e6 / (run.ms / 1000)).toFixed(2)} MB/s, ${run.value.sentences.length.toLocaleString('en-US')} sentences   (${kind.describe})`,
    );
  }
  return results;
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

// ───────────── command line ─────────────

async function main() {
  const args = process.argv.slice(2);
  const flag = (name) => args.includes(name);
  const option = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const quick = flag('--quick');
  const limit = Number(option('--limit') ?? 13);
  const dist = option('--dist') ?? join(root, 'dist');
  if (!option('--dist') && !existsSync(join(dist, 'index.js'))) {
    process.stdout.write('building (dist/ is missing) …\n');
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--silent'], { cwd: root, stdio: 'inherit' });
  }
  const standpoint = await import(pathToFileURL(join(dist, 'index.js')).href);
  const small = quick ? 50_000 : 100_000;
  const large = small * 10;
  process.stdout.write(`growth: label() CPU time for ${large / 1000} KB / ${small / 1000} KB of each kind of text (linear = 10, target <= ~10)\n`);
  const only = option('--only')?.split(',');
  const results = measureGrowth(standpoint, { small, large, quick, only });
  const over = results.filter((r) => r.ratio > limit);
  const worst = results.reduce((a, b) => (b.ratio > a.ratio ? b : a), results[0]);
  if (worst) process.stdout.write(`   largest ratio: ${worst.ratio.toFixed(1)} (${worst.kind}); ${over.length === 0 ? `all <= ${limit}` : `OVER ${limit}: ${over.map((r) => r.kind).join(', ')}`}\n`);
  if (flag('--json')) process.stdout.write(`${JSON.stringify(results)}\n`);
  if (flag('--check') && over.length > 0) process.exitCode = 1;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main();
