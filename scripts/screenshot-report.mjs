#!/usr/bin/env node
// Builds the HTML report, renders it in headless Chromium, checks the
// rendered DOM, and takes a screenshot to look at.
//
//   npm run build && node scripts/screenshot-report.mjs [--actors N] [--out FILE.png] [--html FILE.html]
//
// Without --actors: the report of the seed articles (labeled here), written
// to docs/report.png and docs/report.html. With --actors N: a synthetic
// statement set of N invented actors (scripts/synthetic-statements.mjs), for
// checking that the report holds at scale, written to a temporary folder
// unless --out is given. --click CELL|NODE scripts one click before the
// screenshot ("cell" clicks the first grid cell, "node" the first actor);
// --hide SELECTORS hides those parts (e.g. "#grid-section") to see the rest.
//
// Needs Chromium (Debian: apt-get install -y chromium; or set CHROMIUM=/path).
// Exit status: 0 checked and written; 1 a check failed; 2 no Chromium or no build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticStatements } from './synthetic-statements.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    actors: { type: 'string' },
    out: { type: 'string' },
    html: { type: 'string' },
    width: { type: 'string', default: '1400' },
    height: { type: 'string', default: '1350' },
    click: { type: 'string' },
    hide: { type: 'string' },
    top: { type: 'string' },
    dist: { type: 'string', default: join(root, 'dist') },
  },
});

function findChromium() {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].filter(Boolean);
  for (const name of candidates) {
    try {
      execFileSync(name, ['--version'], { stdio: 'ignore', timeout: 30_000 });
      return name;
    } catch {}
  }
  return null;
}

/** Runs headless Chromium with a fresh profile and no network-facing services; returns stdout. */
function chromium(binary, args) {
  const profile = mkdtempSync(join(tmpdir(), 'standpoint-chromium-'));
  try {
    return execFileSync(binary, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars', `--user-data-dir=${profile}`, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 180_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const dist = resolve(values.dist);
if (!existsSync(join(dist, 'network.js'))) {
  console.error('screenshot-report: no build in dist/; run npm run build first');
  process.exit(2);
}
const binary = findChromium();
if (!binary) {
  console.error('screenshot-report: Chromium not found (apt-get install -y chromium, or set CHROMIUM=/path/to/chrome)');
  process.exit(2);
}

const { createLabeler } = await import(pathToFileURL(join(dist, 'index.js')).href);
const { renderReport, toStatements } = await import(pathToFileURL(join(dist, 'network.js')).href);
const options = values.top === undefined ? {} : { top: Number(values.top) };

let input;
let statements;
let scratch = null;
let outPng = values.out;
let outHtml = values.html;
if (values.actors === undefined) {
  const labeler = createLabeler();
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  input = seeds.map((file) => ({ id: file.replace(/\.txt$/, ''), document: labeler.label(readFileSync(join(root, 'seeds', file), 'utf8')) }));
  statements = toStatements(input);
  options.title = 'standpoint · who stands where in the seed articles';
  outPng ??= join(root, 'docs', 'report.png');
  outHtml ??= join(root, 'docs', 'report.html');
} else {
  const n = Number(values.actors);
  input = statements = syntheticStatements(n);
  options.title = `Synthetic statements: ${n} actors`;
  if (!outPng || !outHtml) scratch = mkdtempSync(join(tmpdir(), 'standpoint-report-'));
  outPng ??= join(scratch, `report-${n}.png`);
  outHtml ??= join(scratch, `report-${n}.html`);
}
const html = renderReport(input, options);
mkdirSync(dirname(resolve(outHtml)), { recursive: true });
const clicks = { cell: `document.querySelector('td.cell').click();`, node: `document.querySelector('g.node').dispatchEvent(new MouseEvent('click', { bubbles: true }));` };
if (values.click && !clicks[values.click]) {
  console.error('screenshot-report: --click takes cell or node');
  process.exit(2);
}
// A scripted click goes into a copy for the browser only.
const scripted = [values.click ? clicks[values.click] : '', values.hide ? `document.head.insertAdjacentHTML('beforeend', ${JSON.stringify(`<style>${values.hide} { display: none !important; }</style>`)});` : ''].join('');
const page = scripted ? html.replace('</body>', `<script>${scripted}</script></body>`) : html;
writeFileSync(outHtml, page);
const url = pathToFileURL(resolve(outHtml)).href;

// The rendered DOM: the filters, a grid row per shown actor, a page of evidence, the drawing.
// (The page's scripts hold the same markup as text: count outside them.)
const dom = chromium(binary, ['--virtual-time-budget=5000', '--dump-dom', url]).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
const failures = [];
const actors = new Set(statements.map((s) => s.actorId)).size;
const top = options.top ?? (actors <= 30 ? 0 : 30);
const shown = top === 0 ? actors : Math.min(top, actors);
const rows = (dom.match(/<tr data-actor=/g) ?? []).length;
if (!scripted && rows !== shown) failures.push(`the grid has ${rows} actor rows; ${shown} expected`);
for (const id of ['concept-filter', 'top', 'normalization', 'min-weight', 'search', 'prev', 'next']) if (!dom.includes(`id="${id}"`)) failures.push(`no #${id} in the page`);
const evidenceRows = (dom.match(/<tr data-statement=/g) ?? []).length;
if (evidenceRows > 25 || (statements.length > 0 && evidenceRows === 0)) failures.push(`the evidence shows ${evidenceRows} rows (a page holds 1 to 25)`);
if (!/<svg id="network"/.test(dom)) failures.push('no network drawing');

chromium(binary, [`--window-size=${values.width},${values.height}`, `--screenshot=${resolve(outPng)}`, '--virtual-time-budget=5000', url]);
if (!existsSync(outPng)) failures.push(`Chromium wrote no screenshot to ${outPng}`);
if (scripted) writeFileSync(outHtml, html);

if (failures.length > 0) {
  for (const f of failures) console.error(`screenshot-report: ${f}`);
  process.exit(1);
}
console.log(`screenshot-report: ${statements.length} statements, ${actors} actors (${shown} shown), page ${(statSync(outHtml).size / 1024).toFixed(0)} KB`);
console.log(`screenshot-report: wrote ${outHtml} and ${outPng}`);
