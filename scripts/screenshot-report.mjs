#!/usr/bin/env node
// Builds the HTML report for the seed texts, renders it in headless Chromium,
// checks from the rendered DOM that the grid has a row for every actor with a
// claim (and a cell for every actor × concept pair), and takes a screenshot.
//
//   npm run build && node scripts/screenshot-report.mjs [--out docs/report.png] [--html docs/report.html] [--dist dist]
//
// Needs Chromium (Debian: apt-get install -y chromium; or set CHROMIUM=/path).
// Exit status: 0 checked and written; 1 a check failed; 2 no Chromium or no build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(root, 'docs', 'report.png') },
    html: { type: 'string', default: join(root, 'docs', 'report.html') },
    width: { type: 'string', default: '1400' },
    height: { type: 'string', default: '1350' },
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
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
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

const labeler = createLabeler();
const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const documents = seeds.map((file) => ({ id: file.replace(/\.txt$/, ''), document: labeler.label(readFileSync(join(root, 'seeds', file), 'utf8')) }));
const statements = toStatements(documents);
const html = renderReport(documents, { title: 'standpoint · who stands where in the seed articles' });
mkdirSync(dirname(values.html), { recursive: true });
writeFileSync(values.html, html);
const url = pathToFileURL(resolve(values.html)).href;

// The rendered DOM: one grid row per actor, one clickable cell per actor × concept pair.
const dom = chromium(binary, ['--virtual-time-budget=5000', '--dump-dom', url]);
const failures = [];
const actors = new Map(statements.map((s) => [s.actorId, s.actorName]));
const pairs = new Set(statements.map((s) => `${s.actorId}\u0000${s.concept}`));
const gridStart = dom.indexOf('id="grid"');
const grid = gridStart < 0 ? '' : dom.slice(gridStart, dom.indexOf('</table>', gridStart));
if (!grid) failures.push('the rendered page has no grid');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
for (const [id, name] of actors) {
  const row = new RegExp(`<tr data-actor="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"><th scope="row"[^>]*>([^<]*)</th>`).exec(grid);
  if (!row) failures.push(`no grid row for actor ${id}`);
  else if (row[1] !== escape(name)) failures.push(`the grid row of ${id} shows "${row[1]}", not "${name}"`);
}
const rows = (grid.match(/<tr data-actor=/g) ?? []).length;
if (rows !== actors.size) failures.push(`the grid has ${rows} actor rows for ${actors.size} actors`);
const cells = (grid.match(/<td class="cell"/g) ?? []).length;
if (cells !== pairs.size) failures.push(`the grid has ${cells} cells for ${pairs.size} actor × concept pairs`);
const evidence = (dom.match(/<tr data-cell=/g) ?? []).length;
if (evidence !== statements.length) failures.push(`the evidence table has ${evidence} rows for ${statements.length} statements`);
if (!/<svg id="network"/.test(dom)) failures.push('no network drawing');

mkdirSync(dirname(values.out), { recursive: true });
chromium(binary, [`--window-size=${values.width},${values.height}`, `--screenshot=${resolve(values.out)}`, url]);
if (!existsSync(values.out)) failures.push(`Chromium wrote no screenshot to ${values.out}`);

if (failures.length > 0) {
  for (const f of failures) console.error(`screenshot-report: ${f}`);
  process.exit(1);
}
console.log(`screenshot-report: ${documents.length} documents, ${statements.length} statements, ${actors.size} actors (all in the grid), ${pairs.size} cells`);
console.log(`screenshot-report: wrote ${values.html} and ${values.out}`);
