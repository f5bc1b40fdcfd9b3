/**
 * A self-contained HTML report of who stands where: filters (concepts, the
 * most active actors, tie weights), the actor × concept grid, the network of
 * agreement and conflict drawn as SVG, and the evidence sentences page by
 * page. One file, inline CSS/JS/SVG, no network access (a
 * Content-Security-Policy forbids any), deterministic output. The data goes
 * into the page once, as compact JSON; the page renders from it.
 */
import { InputError } from '../errors/input-error.js';
import { NORMALIZATIONS, type Normalization } from './networks.js';
import { INK, MUTED, NEUTRAL, OPPOSE, OPPOSE_TEXT, SUPPORT, SUPPORT_TEXT } from './report-colours.js';
import { reportData } from './report-data.js';
import { esc, evidenceHtml, fmt, gridHtml, networkSvg, reportView, tieControls, tiesHtml, VIEW_FUNCTIONS, type ReportData, type ReportFilter } from './report-view.js';
import { toStatementDocuments, toStatements, type Statement, type StatementsInput } from './statements.js';

export interface ReportOptions {
  /** Page title (default "standpoint · who stands where"). */
  title?: string;
  /** Normalisation of the tie weights as first shown (default "none"); the page can switch it. */
  normalization?: Normalization;
  /** Least tie weight drawn as first shown (default: automatic, the strongest ties, about three an actor). */
  minWeight?: number;
  /** The most active actors shown at first (default: all up to 30, else 30; 0: all); the page can change it. */
  top?: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

function isStatementArray(input: unknown): input is Statement[] {
  return Array.isArray(input) && input.length > 0 && input.every((s) => s !== null && typeof s === 'object' && typeof (s as Statement).actorId === 'string' && typeof (s as Statement).agreement === 'string');
}

function checkOptions(options: ReportOptions): void {
  if (options === null || typeof options !== 'object') throw new InputError('INPUT_INVALID_OPTION', 'renderReport() takes an options object, e.g. { title }');
  if (options.normalization !== undefined && !NORMALIZATIONS.includes(options.normalization)) throw new InputError('INPUT_INVALID_OPTION', `normalization must be one of ${NORMALIZATIONS.join(', ')} (got ${JSON.stringify(options.normalization)})`);
  if (options.minWeight !== undefined && (typeof options.minWeight !== 'number' || !Number.isFinite(options.minWeight))) throw new InputError('INPUT_INVALID_OPTION', `minWeight must be a finite number (got ${String(options.minWeight)})`);
  if (options.top !== undefined && !(Number.isInteger(options.top) && options.top >= 0)) throw new InputError('INPUT_INVALID_OPTION', `top must be a whole number, 0 for all actors (got ${String(options.top)})`);
}

const STYLE = `
:root { --support: ${SUPPORT}; --oppose: ${OPPOSE}; --support-text: ${SUPPORT_TEXT}; --oppose-text: ${OPPOSE_TEXT}; --ink: ${INK}; --muted: ${MUTED}; --line: #e3e6ec; --bg: #f7f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); }
header { padding: 18px 28px 10px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 4px; font-size: 22px; }
h2 { margin: 0 0 6px; font-size: 16px; }
.summary, .hint { margin: 0; color: var(--muted); }
section .hint { max-width: 560px; }
.filters { position: sticky; top: 0; z-index: 3; display: flex; flex-wrap: wrap; gap: 10px 22px; align-items: center; padding: 10px 28px; background: #fff; border-bottom: 1px solid var(--line); box-shadow: 0 2px 4px rgba(0,0,0,.04); font-size: 13px; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
.filters legend { float: left; font-weight: 600; margin-right: 6px; padding: 0; }
.filters .group { display: flex; gap: 6px; align-items: center; }
.filters .label { font-weight: 600; }
.filters label { white-space: nowrap; }
.filters .count, .readout { color: var(--muted); font-variant-numeric: tabular-nums; }
.filters input[type=range] { width: 160px; vertical-align: middle; }
main { padding: 16px 28px 40px; }
.top { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; min-width: 0; }
#grid-section { flex: 0 1 auto; }
#network-section { flex: 1 1 560px; max-width: 100%; }
#evidence-section { margin-top: 18px; }
.scroll { overflow: auto; max-height: 660px; margin-top: 10px; }
table { border-collapse: separate; border-spacing: 0; }
.grid th, .grid td { border-bottom: 1px solid var(--line); background: #fff; }
.grid thead th { position: sticky; top: 0; z-index: 2; vertical-align: bottom; font-weight: 600; padding: 4px 2px; }
.grid thead th.concept { width: 46px; max-width: 46px; }
.grid thead th.concept span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; max-height: 170px; overflow: hidden; text-overflow: ellipsis; }
.grid thead th.corner { left: 0; z-index: 3; text-align: left; }
.grid th[scope=row] { position: sticky; left: 0; z-index: 1; text-align: left; font-weight: 600; padding: 3px 10px 3px 0; white-space: nowrap; }
.grid th[scope=row] .name { display: inline-block; max-width: 190px; overflow: hidden; text-overflow: ellipsis; vertical-align: middle; }
.grid tr.focus th, .grid tr.focus td { background: #eef3fb; }
.grid td.aff { padding: 3px 8px 3px 0; }
.grid td.total { text-align: right; padding: 3px 0 3px 10px; color: var(--muted); font-variant-numeric: tabular-nums; }
.chip { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; white-space: nowrap; max-width: 120px; overflow: hidden; text-overflow: ellipsis; vertical-align: middle; }
.grid td.cell, .grid td.empty { width: 46px; min-width: 46px; height: 44px; text-align: center; padding: 2px 0; }
.grid td.cell { cursor: pointer; }
.grid td.cell:hover, .grid td.cell:focus { background: #eef3fb; outline: none; }
.grid td.cell.selected { background: #dfe9f8; box-shadow: inset 0 0 0 2px var(--ink); }
.mark { display: inline-block; border-radius: 4px; vertical-align: middle; }
.grid td.cell .mark { display: block; margin: 0 auto; }
.n { display: block; margin-top: 1px; font-size: 11px; line-height: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin-top: 10px; color: var(--muted); font-size: 12px; }
.legend .mark { margin-right: 4px; }
.ramp { display: inline-block; width: 120px; height: 10px; border-radius: 5px; vertical-align: middle; margin: 0 6px; background: linear-gradient(90deg, var(--oppose), ${NEUTRAL}, var(--support)); }
.network-row { display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: flex-start; }
#network-wrap { overflow-x: auto; max-width: 100%; }
#ties-wrap { flex: 1 1 340px; min-width: 0; }
.ties { width: 100%; font-size: 12px; margin-top: 12px; }
.ties caption { text-align: left; font-weight: 600; font-size: 13px; padding-bottom: 4px; }
.ties th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); padding: 3px 6px; }
.ties td { border-bottom: 1px solid var(--line); padding: 3px 6px; white-space: nowrap; }
.ties td.num { text-align: right; font-variant-numeric: tabular-nums; }
.ties td.concepts { color: var(--muted); white-space: normal; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
svg .edge { fill: none; }
svg .edge.agree { stroke: var(--support); }
svg .edge.conflict { stroke: var(--oppose); stroke-dasharray: 5 4; }
svg.focused .edge { stroke-opacity: 0.06; }
svg.focused .edge.hot { stroke-opacity: 0.9; }
svg .node { cursor: pointer; }
svg .node circle { stroke: #fff; stroke-width: 1.5; }
svg .node.focus circle { stroke: var(--ink); stroke-width: 2.5; }
svg .node.focus text { font-weight: 700; }
svg .node:focus { outline: none; }
svg .node:focus circle { stroke: var(--ink); }
.key { display: flex; flex-wrap: wrap; gap: 14px; color: var(--muted); font-size: 12px; margin: 8px 0 0; }
.swatch-line { display: inline-block; width: 22px; height: 0; border-top: 3px solid var(--support); vertical-align: middle; margin-right: 4px; }
.swatch-line.conflict { border-top: 3px dashed var(--oppose); }
.affiliations { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.evidence { width: 100%; margin-top: 8px; }
.evidence th { text-align: left; font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); padding: 6px 8px; }
.evidence td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
.evidence td.text { max-width: 720px; }
.evidence td:first-child { white-space: nowrap; }
.evidence mark { background: #fff0b3; color: inherit; padding: 0 1px; border-radius: 2px; }
.evidence .where, .evidence .num { white-space: nowrap; color: var(--muted); font-variant-numeric: tabular-nums; }
.agreement { font-weight: 600; white-space: nowrap; }
.agreement.yes { color: var(--support-text); }
.agreement.no { color: var(--oppose-text); }
.pager { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 6px; }
#evidence-status { margin: 0; color: var(--muted); flex: 1 1 320px; }
button { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid #aab1bd; border-radius: 12px; background: #fff; color: var(--ink); cursor: pointer; }
button:disabled { color: var(--muted); cursor: default; opacity: .6; }
button[hidden] { display: none; }
input[type=search] { font: inherit; font-size: 13px; padding: 2px 8px; border: 1px solid #aab1bd; border-radius: 6px; width: 220px; }
.nothing { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: 12px; padding: 0 28px 24px; }
`;

// The page's own code; the view functions (report-view.ts) come before it, under their built names.
function script(): string {
  const [view, grid, network, ties, evidence, controls] = [reportView.name, gridHtml.name, networkSvg.name, tiesHtml.name, evidenceHtml.name, tieControls.name];
  return `
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var data = JSON.parse($('report-data').textContent);
  var filter = JSON.parse($('report-filter').textContent);
  var view = null;
  var controls = null;
  function drawEvidence() {
    var e = ${evidence}(data, view, filter);
    filter.page = e.page;
    $('evidence').innerHTML = e.rows;
    $('evidence-status').textContent = e.status;
    $('prev').disabled = e.page === 0;
    $('next').disabled = e.page >= e.pages - 1;
    $('page-of').textContent = 'page ' + (e.page + 1) + ' of ' + e.pages;
    $('show-all').hidden = filter.cell === null && filter.focus === null;
  }
  function draw(parts) {
    view = ${view}(data, filter);
    controls = ${controls}(data, view, filter);
    if (parts.grid) $('grid-wrap').innerHTML = ${grid}(data, view, filter);
    if (parts.network) {
      $('network-wrap').innerHTML = ${network}(data, view, filter);
      $('ties-wrap').innerHTML = ${ties}(data, view, filter);
    }
    var slider = $('min-weight');
    slider.max = String(Math.max(0, controls.weights.length - 1));
    slider.value = String(controls.index);
    slider.disabled = controls.weights.length < 2;
    $('ties-readout').textContent = controls.text;
    $('actors-readout').textContent = controls.actors;
    drawEvidence();
  }
  var all = { grid: true, network: true };
  function onConcepts() {
    filter.concepts = Array.prototype.filter.call(document.querySelectorAll('input[data-concept]'), function (box) { return box.checked; }).map(function (box) { return Number(box.getAttribute('data-concept')); });
    filter.minWeight = null; filter.cell = null; filter.page = 0;
    draw(all);
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[data-concept]'), function (box) { box.addEventListener('change', onConcepts); });
  $('concepts-all').addEventListener('click', function () { Array.prototype.forEach.call(document.querySelectorAll('input[data-concept]'), function (b) { b.checked = true; }); onConcepts(); });
  $('concepts-none').addEventListener('click', function () { Array.prototype.forEach.call(document.querySelectorAll('input[data-concept]'), function (b) { b.checked = false; }); onConcepts(); });
  $('top').addEventListener('change', function () { filter.top = Number(this.value); filter.cell = null; filter.focus = null; filter.page = 0; draw(all); });
  $('normalization').addEventListener('change', function () { filter.normalization = this.value; filter.minWeight = null; draw({ network: true }); });
  $('min-weight').addEventListener('input', function () { filter.minWeight = controls.weights[Number(this.value)]; draw({ network: true }); });
  $('show-agree').addEventListener('change', function () { filter.agree = this.checked; draw({ network: true }); });
  $('show-conflict').addEventListener('change', function () { filter.conflict = this.checked; draw({ network: true }); });
  function pickCell(cell) {
    var key = cell.getAttribute('data-cell');
    filter.cell = filter.cell === key ? null : key; filter.focus = null; filter.page = 0;
    draw(all);
    if (filter.cell !== null) $('evidence-section').scrollIntoView({ block: 'start' });
  }
  function pickNode(node) {
    var index = Number(node.getAttribute('data-index'));
    filter.focus = filter.focus === index ? null : index; filter.cell = null; filter.page = 0;
    draw(all);
  }
  function activate(e) {
    var target = e.target.closest ? e.target.closest('td.cell, g.node') : null;
    if (!target) return;
    if (e.type === 'keydown') { if (e.key !== 'Enter' && e.key !== ' ') return; e.preventDefault(); }
    if (target.tagName.toLowerCase() === 'td') pickCell(target); else pickNode(target);
  }
  ['click', 'keydown'].forEach(function (type) { $('grid-wrap').addEventListener(type, activate); $('network-wrap').addEventListener(type, activate); });
  $('show-all').addEventListener('click', function () { filter.cell = null; filter.focus = null; filter.page = 0; draw(all); });
  $('prev').addEventListener('click', function () { filter.page--; drawEvidence(); });
  $('next').addEventListener('click', function () { filter.page++; drawEvidence(); });
  var typing = null;
  $('search').addEventListener('input', function () {
    var box = this;
    clearTimeout(typing);
    typing = setTimeout(function () { filter.search = box.value; filter.page = 0; draw({}); }, 150);
  });
  draw({});
})();
`;
}

/** JSON for a <script type="application/json"> element: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function filtersHtml(data: ReportData, filter: ReportFilter, counts: number[], controls: ReturnType<typeof tieControls>): string {
  const concepts = data.concepts
    .map(([id, label], i) => `<label title="${esc(id)}"><input type="checkbox" data-concept="${i}"${filter.concepts.includes(i) ? ' checked' : ''}> ${esc(label)} <span class="count">${fmt(counts[i] ?? 0)}</span></label>`)
    .join('');
  const total = data.actors.length;
  const tops = [10, 25, 50, 100].filter((n) => n < total);
  if (filter.top > 0 && !tops.includes(filter.top) && filter.top < total) tops.push(filter.top);
  const topOptions = [...tops.sort((a, b) => a - b).map((n) => `<option value="${n}"${filter.top === n ? ' selected' : ''}>the ${n} most active</option>`), `<option value="0"${filter.top === 0 || filter.top >= total ? ' selected' : ''}>all ${fmt(total)}</option>`].join('');
  const normalizations = NORMALIZATIONS.map((n) => `<option value="${n}"${filter.normalization === n ? ' selected' : ''}>${n}</option>`).join('');
  return `<div class="filters" id="filters" role="group" aria-label="Filters">
<fieldset id="concept-filter"><legend>Concepts</legend>${concepts}<button type="button" id="concepts-all">all</button><button type="button" id="concepts-none">none</button></fieldset>
<div class="group"><label class="label" for="top">Actors</label><select id="top">${topOptions}</select><span class="readout" id="actors-readout">${esc(controls.actors)}</span></div>
<div class="group"><label class="label" for="normalization">Tie weights</label><select id="normalization">${normalizations}</select>
<label class="label" for="min-weight">at least</label><input type="range" id="min-weight" min="0" max="${Math.max(0, controls.weights.length - 1)}" step="1" value="${controls.index}"${controls.weights.length < 2 ? ' disabled' : ''}>
<span class="readout" id="ties-readout">${esc(controls.text)}</span></div>
<div class="group"><label><input type="checkbox" id="show-agree"${filter.agree ? ' checked' : ''}> <span class="swatch-line"></span>agree</label><label><input type="checkbox" id="show-conflict"${filter.conflict ? ' checked' : ''}> <span class="swatch-line conflict"></span>disagree</label></div>
</div>`;
}

/**
 * Renders the report: one self-contained HTML page (inline CSS, JS and SVG;
 * a Content-Security-Policy forbids any network access) with
 * - filters: the concepts, the most active actors (top N), the tie weights'
 *   normalisation and least weight, agree and disagree ties;
 * - the actor × concept grid: each cell coloured from orange (all oppose)
 *   through grey to blue (all support), sized by its number of statements;
 * - the network: actors on a circle grouped by affiliation, tied when they
 *   take the same side on a concept (solid blue) or opposite sides (dashed
 *   orange), the strongest ties drawn first; click an actor to focus on it;
 * - the evidence sentences, 25 a page, with a search box; clicking a cell
 *   shows only that cell's sentences.
 * The data goes into the page once, as compact JSON (each sentence once),
 * so the page grows with the text of the sentences, not with the markup.
 *
 * @param input - Labeled documents (as for `toStatements`) or statements.
 * @param options - `title`, and the first state of the filters: `normalization`, `minWeight`, `top`.
 * @returns The HTML text.
 * @example
 * writeFileSync('report.html', renderReport([{ id: 'a', date: '2016-01-13', document: label(text) }]))
 */
export function renderReport(input: StatementsInput | readonly Statement[], options: ReportOptions = {}): string {
  checkOptions(options);
  let statements: Statement[];
  let documentCount: number | null = null;
  let sentenceCount: number | null = null;
  let codebooks: string[] = [];
  if (isStatementArray(input)) {
    statements = [...input];
  } else {
    const documents = toStatementDocuments(input as StatementsInput);
    statements = toStatements(documents);
    documentCount = documents.length;
    sentenceCount = documents.reduce((n, d) => n + d.document.sentences.length, 0);
    codebooks = [...new Set(documents.map((d) => `${d.document.codebook.id} ${d.document.codebook.version}`))];
  }
  const title = options.title ?? 'standpoint · who stands where';
  const data = reportData(statements);
  const filter: ReportFilter = {
    concepts: data.concepts.map((_c, i) => i),
    top: options.top ?? (data.actors.length <= 30 ? 0 : 30),
    normalization: options.normalization ?? 'none',
    minWeight: options.minWeight ?? null,
    agree: true,
    conflict: true,
    cell: null,
    focus: null,
    search: '',
    page: 0,
  };
  const view = reportView(data, filter);
  const controls = tieControls(data, view, filter);
  const evidence = evidenceHtml(data, view, filter);
  const conceptCounts: number[] = data.concepts.map(() => 0);
  for (const s of data.statements) conceptCounts[s[1]]!++;

  const dates = statements.map((s) => s.date).filter((d): d is string => !!d).sort();
  const summary = [
    documentCount === null ? null : plural(documentCount, 'document'),
    sentenceCount === null ? null : plural(sentenceCount, 'sentence'),
    `${plural(statements.length, 'statement')} by ${plural(data.actors.length, 'actor')} on ${plural(data.concepts.length, 'concept')}`,
    dates.length > 0 ? (dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} – ${dates[dates.length - 1]}`) : null,
  ].filter((x) => x !== null).join(' · ');
  const grid = data.actors.length === 0 ? '<p class="nothing">No claims were found in these documents.</p>' : gridHtml(data, view, filter);
  const affiliations = data.affiliations.map(([name, background, colour]) => `<span class="chip" style="background:${background};color:${colour}">${esc(name)}</span>`).join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="standpoint">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p class="summary">${esc(summary)}</p></header>
${filtersHtml(data, filter, conceptCounts, controls)}
<main>
<div class="top">
<section id="grid-section"><h2>Who stands where</h2><p class="hint">One row per actor, one column per concept. Colour: the balance of support and opposition; size: the number of statements. Click a cell to see its sentences.</p>
<div id="grid-wrap">${grid}</div>
</section>
<section id="network-section"><h2>Who agrees with whom</h2><p class="hint">Actors are tied when they take the same side on a concept (disagree: opposite sides); line width is the tie's weight. Colour: affiliation. Click an actor to see only its ties and sentences.</p>
<div class="network-row"><div id="network-wrap">${networkSvg(data, view, filter)}</div><div id="ties-wrap">${tiesHtml(data, view, filter)}</div></div>
<div class="key"><span><span class="swatch-line"></span>agree</span><span><span class="swatch-line conflict"></span>disagree</span></div>
<div class="affiliations">${affiliations}</div>
</section>
</div>
<section id="evidence-section"><h2>Evidence</h2>
<div class="pager"><p id="evidence-status" aria-live="polite">${esc(evidence.status)}</p><input type="search" id="search" placeholder="Search the sentences" aria-label="Search the sentences"><button type="button" id="show-all" hidden>Show all</button><button type="button" id="prev"${evidence.page === 0 ? ' disabled' : ''}>previous</button><span class="readout" id="page-of">page ${evidence.page + 1} of ${evidence.pages}</span><button type="button" id="next"${evidence.page >= evidence.pages - 1 ? ' disabled' : ''}>next</button></div>
<table class="evidence" id="evidence">${evidence.rows}</table>
</section>
</main>
<footer>Made by standpoint${codebooks.length > 0 ? ` with codebook ${esc(codebooks.join(', '))}` : ''}. Claims are found automatically: read the sentences before you rely on a cell.</footer>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script type="application/json" id="report-filter">${scriptJson(filter)}</script>
<script>${VIEW_FUNCTIONS.map(String).join('\n')}
${script()}</script>
</body>
</html>
`;
}
