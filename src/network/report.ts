/**
 * A self-contained HTML report of who stands where: the actor × concept grid,
 * the congruence (and conflict) network drawn as SVG, and the evidence
 * sentences behind each cell. One file, inline CSS/JS/SVG, no network access
 * (a Content-Security-Policy forbids any), deterministic output.
 */
import { InputError } from '../errors/input-error.js';
import { conflictNetwork, congruenceNetwork, type ActorNetwork, type Normalization } from './networks.js';
import { toStatementDocuments, toStatements, type Statement, type StatementsInput } from './statements.js';

export interface ReportOptions {
  /** Page title (default "standpoint · who stands where"). */
  title?: string;
  /** Normalisation of the drawn networks' weights (default "none"). */
  normalization?: Normalization;
  /** Least edge weight drawn (default 0: every tie). */
  minWeight?: number;
}

const SUPPORT = [0x1f, 0x78, 0xb4] as const; // blue
const OPPOSE = [0xd9, 0x5f, 0x02] as const; // orange
const NEUTRAL = [0xb0, 0xb0, 0xb0] as const;
const AFFILIATION_COLOURS = ['#4e79a7', '#59a14f', '#e15759', '#b07aa1', '#edc948', '#76b7b2', '#9c755f', '#ff9da7', '#86bcb6', '#8cd17d', '#d37295', '#a0cbe8', '#f1ce63', '#79706e', '#499894', '#fabfd2'];

/** Escapes text for HTML content and double-quoted attributes. */
function html(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const hex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Colour of a support/oppose balance in [-1, 1]: orange (all oppose) through grey to blue (all support). */
export function balanceColour(support: number, oppose: number): string {
  const b = support + oppose === 0 ? 0 : (support - oppose) / (support + oppose);
  const end = b >= 0 ? SUPPORT : OPPOSE;
  const t = Math.abs(b);
  return hex(NEUTRAL.map((c, i) => c + (end[i]! - c) * t));
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface ActorRow { id: string; name: string; affiliation: string; total: number; support: number; oppose: number }
interface ConceptCol { id: string; label: string; total: number }
interface Cell { support: number; oppose: number; statements: number[] }

function isStatementArray(input: unknown): input is Statement[] {
  return Array.isArray(input) && input.length > 0 && input.every((s) => s !== null && typeof s === 'object' && typeof (s as Statement).actorId === 'string' && typeof (s as Statement).agreement === 'string');
}

const STYLE = `
:root { --support: ${hex(SUPPORT)}; --oppose: ${hex(OPPOSE)}; --ink: #1d2330; --muted: #5b6475; --line: #e3e6ec; --bg: #f7f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); }
header { padding: 20px 28px 12px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 4px; font-size: 22px; }
h2 { margin: 0 0 6px; font-size: 16px; }
.summary, .hint { margin: 0; color: var(--muted); }
main { padding: 18px 28px 40px; }
.top { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
#grid-section { flex: 1 1 520px; min-width: 0; }
#network-section { flex: 0 1 600px; }
#evidence-section { margin-top: 18px; }
.scroll { overflow-x: auto; margin-top: 10px; }
table { border-collapse: collapse; }
.grid th, .grid td { border-bottom: 1px solid var(--line); }
.grid thead th { vertical-align: bottom; font-weight: 600; padding: 4px 2px; }
.grid thead th.concept { width: 48px; }
.grid thead th.concept span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; max-height: 180px; overflow: hidden; text-overflow: ellipsis; }
.grid th[scope=row] { text-align: left; font-weight: 600; padding: 4px 10px 4px 0; white-space: nowrap; }
.grid td.aff { padding: 4px 8px 4px 0; }
.grid td.total { text-align: right; padding: 4px 0 4px 10px; color: var(--muted); font-variant-numeric: tabular-nums; }
.chip { display: inline-block; padding: 0 7px; border-radius: 9px; color: #fff; font-size: 12px; white-space: nowrap; text-shadow: 0 0 2px rgba(0,0,0,.35); }
.grid td.cell, .grid td.empty { width: 50px; height: 42px; text-align: center; padding: 0; }
.grid td.cell { cursor: pointer; position: relative; }
.grid td.cell:hover, .grid td.cell:focus { background: #eef3fb; outline: none; }
.grid td.cell.selected { background: #dfe9f8; box-shadow: inset 0 0 0 2px var(--ink); }
.mark { display: inline-block; border-radius: 4px; vertical-align: middle; }
.n { position: absolute; right: 2px; bottom: 1px; font-size: 10px; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin-top: 10px; color: var(--muted); font-size: 12px; }
.legend .mark { margin-right: 4px; }
.ramp { display: inline-block; width: 120px; height: 10px; border-radius: 5px; vertical-align: middle; margin: 0 6px; background: linear-gradient(90deg, var(--oppose), ${hex(NEUTRAL)}, var(--support)); }
svg { display: block; width: 100%; height: auto; max-width: 600px; }
svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
svg .edge.agree { stroke: var(--support); }
svg .edge.conflict { stroke: var(--oppose); stroke-dasharray: 5 4; }
svg.hide-agree .edge.agree, svg.hide-conflict .edge.conflict { display: none; }
svg .node circle { stroke: #fff; stroke-width: 1.5; }
.toggles { display: flex; gap: 16px; color: var(--muted); font-size: 12px; margin: 6px 0 0; }
.swatch-line { display: inline-block; width: 22px; height: 0; border-top: 3px solid var(--support); vertical-align: middle; margin-right: 4px; }
.swatch-line.conflict { border-top: 3px dashed var(--oppose); }
.affiliations { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.evidence { width: 100%; margin-top: 10px; }
.evidence th { text-align: left; font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); padding: 6px 8px; position: sticky; top: 0; background: #fff; }
.evidence td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
.evidence td.text { max-width: 720px; }
.evidence mark { background: #fff0b3; padding: 0 1px; border-radius: 2px; }
.evidence .where, .evidence .num { white-space: nowrap; color: var(--muted); font-variant-numeric: tabular-nums; }
.agreement { font-weight: 600; white-space: nowrap; }
.agreement.yes { color: var(--support); }
.agreement.no { color: var(--oppose); }
#evidence-status { margin: 0; color: var(--muted); }
.status { display: flex; align-items: center; gap: 4px; margin-top: 4px; }
.status button[hidden] { display: none; }
button { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid var(--line); border-radius: 12px; background: #fff; cursor: pointer; margin-left: 8px; }
.nothing { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: 12px; padding: 0 28px 24px; }
`;

const SCRIPT = `
(function () {
  var grid = document.getElementById('grid');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#evidence tbody tr'));
  var status = document.getElementById('evidence-status');
  var showAll = document.getElementById('show-all');
  var allText = status ? status.textContent : '';
  function select(cell) {
    Array.prototype.forEach.call(document.querySelectorAll('.cell.selected'), function (c) { c.classList.remove('selected'); c.setAttribute('aria-pressed', 'false'); });
    var key = cell ? cell.getAttribute('data-cell') : null;
    var shown = 0;
    rows.forEach(function (r) { var show = !key || r.getAttribute('data-cell') === key; r.hidden = !show; if (show) shown++; });
    if (cell) {
      cell.classList.add('selected');
      cell.setAttribute('aria-pressed', 'true');
      status.textContent = cell.getAttribute('aria-label') + ' \\u2014 ' + shown + (shown === 1 ? ' sentence.' : ' sentences.');
      showAll.hidden = false;
      document.getElementById('evidence-section').scrollIntoView({ behavior: 'smooth', block: 'start' });
    } else {
      status.textContent = allText;
      showAll.hidden = true;
    }
  }
  if (grid) {
    grid.addEventListener('click', function (e) { var c = e.target.closest && e.target.closest('td.cell'); if (c) select(c); });
    grid.addEventListener('keydown', function (e) {
      if ((e.key === 'Enter' || e.key === ' ') && e.target.classList && e.target.classList.contains('cell')) { e.preventDefault(); select(e.target); }
    });
  }
  if (showAll) showAll.addEventListener('click', function () { select(null); });
  var svg = document.getElementById('network');
  ['agree', 'conflict'].forEach(function (kind) {
    var box = document.getElementById('show-' + kind);
    if (box && svg) box.addEventListener('change', function () { svg.classList.toggle('hide-' + kind, !box.checked); });
  });
})();
`;

/** Positions on a circle, actors grouped by affiliation so allies sit side by side; first at the top, clockwise. */
function circleLayout(actors: ActorRow[], cx: number, cy: number, r: number): Map<string, { x: number; y: number; angle: number }> {
  const ordered = [...actors].sort((a, b) => (a.affiliation < b.affiliation ? -1 : a.affiliation > b.affiliation ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out = new Map<string, { x: number; y: number; angle: number }>();
  ordered.forEach((a, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(ordered.length, 1);
    out.set(a.id, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), angle });
  });
  return out;
}

function networkSvg(actors: ActorRow[], agree: ActorNetwork, conflict: ActorNetwork, colourOf: (affiliation: string) => string): string {
  if (actors.length === 0) return '<p class="nothing">No actors to draw.</p>';
  const width = 600;
  const height = 520;
  const cx = width / 2;
  const cy = height / 2;
  const r = Math.min(190, 40 + actors.length * 14);
  const pos = circleLayout(actors, cx, cy, r);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const maxStatements = Math.max(...actors.map((a) => a.total));
  let maxWeight = 0;
  agree.forEachEdge((_e, attr) => { maxWeight = Math.max(maxWeight, attr.weight); });
  conflict.forEachEdge((_e, attr) => { maxWeight = Math.max(maxWeight, attr.weight); });
  const parts: string[] = [];
  const edgeLines = (graph: ActorNetwork, kind: 'agree' | 'conflict') => {
    graph.forEachEdge((_key, attr, source, target) => {
      const a = pos.get(source)!;
      const b = pos.get(target)!;
      const w = 1.2 + 5 * (maxWeight > 0 ? attr.weight / maxWeight : 0);
      const verb = kind === 'agree' ? 'agree on' : 'disagree on';
      const title = `${byId.get(source)?.name ?? source} and ${byId.get(target)?.name ?? target} ${verb} ${attr.concepts.join(', ')} (weight ${round(attr.weight, 3)})`;
      parts.push(`<line class="edge ${kind}" x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" stroke-width="${round(w)}" stroke-opacity="0.75" data-source="${html(source)}" data-target="${html(target)}"><title>${html(title)}</title></line>`);
    });
  };
  edgeLines(conflict, 'conflict');
  edgeLines(agree, 'agree');
  for (const a of actors) {
    const p = pos.get(a.id)!;
    const radius = 5 + 9 * Math.sqrt(a.total / maxStatements);
    const cos = Math.cos(p.angle);
    const lx = p.x + (radius + 6) * cos;
    const ly = p.y + (radius + 6) * Math.sin(p.angle);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const dy = Math.abs(cos) < 0.2 ? (Math.sin(p.angle) < 0 ? '-0.3em' : '1em') : '0.35em';
    parts.push(
      `<g class="node" data-actor="${html(a.id)}"><title>${html(`${a.name} (${a.affiliation}): ${plural(a.total, 'statement')}, ${a.support} support, ${a.oppose} oppose`)}</title>` +
        `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${round(radius)}" fill="${colourOf(a.affiliation)}"/>` +
        `<text x="${round(lx)}" y="${round(ly)}" dy="${dy}" text-anchor="${anchor}">${html(a.name)}</text></g>`,
    );
  }
  return `<svg id="network" viewBox="0 0 ${width} ${height}" role="img" aria-label="Congruence network of the actors" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/**
 * Renders the report: one self-contained HTML page (inline CSS, JS and SVG;
 * a Content-Security-Policy forbids any network access) with
 * - the actor × concept grid: each cell coloured from orange (all oppose)
 *   through grey to blue (all support), sized by its number of statements;
 * - the congruence network (solid blue ties; conflict ties dashed orange),
 *   drawn on a circle with actors grouped by affiliation;
 * - the evidence table, one row per statement; clicking a cell shows only
 *   that cell's sentences.
 *
 * @param input - Labeled documents (as for `toStatements`) or statements.
 * @param options - `title`, `normalization` and `minWeight` of the drawn networks.
 * @returns The HTML text.
 * @example
 * writeFileSync('report.html', renderReport([{ id: 'a', date: '2016-01-13', document: label(text) }]))
 */
export function renderReport(input: StatementsInput | readonly Statement[], options: ReportOptions = {}): string {
  if (options === null || typeof options !== 'object') throw new InputError('INPUT_INVALID_OPTION', 'renderReport() takes an options object, e.g. { title }');
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
  const agree = congruenceNetwork(statements, { normalization: options.normalization, minWeight: options.minWeight });
  const conflict = conflictNetwork(statements, { normalization: options.normalization, minWeight: options.minWeight });

  // Rows, columns and cells.
  const actorMap = new Map<string, ActorRow>();
  const conceptMap = new Map<string, ConceptCol>();
  for (const s of statements) {
    let a = actorMap.get(s.actorId);
    if (!a) actorMap.set(s.actorId, (a = { id: s.actorId, name: s.actorName, affiliation: s.affiliation, total: 0, support: 0, oppose: 0 }));
    a.total++;
    if (s.agreement === 'yes') a.support++;
    else a.oppose++;
    let c = conceptMap.get(s.concept);
    if (!c) conceptMap.set(s.concept, (c = { id: s.concept, label: s.conceptLabel, total: 0 }));
    c.total++;
  }
  const byCountThenName = <T extends { total: number }>(name: (x: T) => string) => (x: T, y: T) => y.total - x.total || (name(x) < name(y) ? -1 : name(x) > name(y) ? 1 : 0);
  const actors = [...actorMap.values()].sort(byCountThenName((a) => `${a.name}\u0000${a.id}`));
  const concepts = [...conceptMap.values()].sort(byCountThenName((c) => `${c.label}\u0000${c.id}`));
  const actorIndex = new Map(actors.map((a, i) => [a.id, i]));
  const conceptIndex = new Map(concepts.map((c, i) => [c.id, i]));
  const cells = new Map<string, Cell>();
  const cellKey = (s: Statement) => `a${actorIndex.get(s.actorId)}c${conceptIndex.get(s.concept)}`;
  statements.forEach((s, i) => {
    const key = cellKey(s);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { support: 0, oppose: 0, statements: [] }));
    if (s.agreement === 'yes') cell.support++;
    else cell.oppose++;
    cell.statements.push(i);
  });
  const maxCell = Math.max(1, ...[...cells.values()].map((c) => c.statements.length));
  const affiliations = [...new Set(actors.map((a) => a.affiliation))].sort();
  const colourOf = (affiliation: string) => AFFILIATION_COLOURS[affiliations.indexOf(affiliation) % AFFILIATION_COLOURS.length]!;
  const markSize = (n: number) => round(10 + 18 * Math.sqrt(n / maxCell), 1);

  // Summary line.
  const dates = statements.map((s) => s.date).filter((d): d is string => !!d).sort();
  const summary = [
    documentCount === null ? null : plural(documentCount, 'document'),
    sentenceCount === null ? null : plural(sentenceCount, 'sentence'),
    `${plural(statements.length, 'statement')} by ${plural(actors.length, 'actor')} on ${plural(concepts.length, 'concept')}`,
    dates.length > 0 ? (dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} – ${dates[dates.length - 1]}`) : null,
  ].filter((x) => x !== null).join(' · ');

  // Grid.
  let grid: string;
  if (actors.length === 0) {
    grid = '<p class="nothing">No claims were found in these documents.</p>';
  } else {
    const head = `<tr><th class="corner" scope="col">Actor</th><th scope="col">Affiliation</th>${concepts.map((c) => `<th class="concept" scope="col" title="${html(`${c.label}: ${plural(c.total, 'statement')}`)}"><span>${html(c.label)}</span></th>`).join('')}<th scope="col" class="total">All</th></tr>`;
    const body = actors.map((a, ai) => {
      const tds = concepts.map((c, ci) => {
        const key = `a${ai}c${ci}`;
        const cell = cells.get(key);
        if (!cell) return '<td class="empty"></td>';
        const n = cell.statements.length;
        const size = markSize(n);
        const label = `${a.name} on ${c.label}: ${cell.support} support, ${cell.oppose} oppose`;
        return `<td class="cell" data-cell="${key}" tabindex="0" role="button" aria-pressed="false" aria-label="${html(label)}" title="${html(label)}"><span class="mark" style="width:${size}px;height:${size}px;background:${balanceColour(cell.support, cell.oppose)}"></span><span class="n">${n}</span></td>`;
      }).join('');
      return `<tr data-actor="${html(a.id)}"><th scope="row" title="${html(a.id)}">${html(a.name)}</th><td class="aff"><span class="chip" style="background:${colourOf(a.affiliation)}">${html(a.affiliation)}</span></td>${tds}<td class="total">${a.total}</td></tr>`;
    }).join('\n');
    const small = markSize(1);
    const big = markSize(maxCell);
    grid = `<div class="scroll"><table class="grid" id="grid"><thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>
<div class="legend"><span>oppose<span class="ramp"></span>support</span><span><span class="mark" style="width:${small}px;height:${small}px;background:${hex(NEUTRAL)}"></span>1 statement</span>${maxCell > 1 ? `<span><span class="mark" style="width:${big}px;height:${big}px;background:${hex(NEUTRAL)}"></span>${maxCell} statements</span>` : ''}</div>`;
  }

  // Network.
  const normalization = options.normalization ?? 'none';
  const network = `${networkSvg(actors, agree, conflict, colourOf)}
<div class="toggles"><label><input type="checkbox" id="show-agree" checked> <span class="swatch-line"></span>agree (${plural(agree.size, 'tie')})</label><label><input type="checkbox" id="show-conflict" checked> <span class="swatch-line conflict"></span>disagree (${plural(conflict.size, 'tie')})</label></div>
<div class="affiliations">${affiliations.map((f) => `<span class="chip" style="background:${colourOf(f)}">${html(f)}</span>`).join('')}</div>`;

  // Evidence (the date column only when some statement has a date).
  const anyDate = dates.length > 0;
  const evidenceRows = statements.map((s, i) => {
    const a = s.evidenceStart - s.start;
    const b = s.evidenceEnd - s.start;
    const text = a >= 0 && b > a && b <= s.text.length ? `${html(s.text.slice(0, a))}<mark>${html(s.text.slice(a, b))}</mark>${html(s.text.slice(b))}` : html(s.text);
    return `<tr data-cell="${cellKey(s)}" data-statement="${i}"><td>${html(s.actorName)}</td><td>${html(s.conceptLabel)}</td><td class="agreement ${s.agreement}">${s.agreement === 'yes' ? 'supports' : 'opposes'}</td><td class="text">${text}</td><td class="where">${html(s.documentId)} · #${s.sentence}</td>${anyDate ? `<td class="where">${html(s.date ?? '')}</td>` : ''}<td>${html(s.source)}</td><td class="num">${round(s.confidence)}</td></tr>`;
  }).join('\n');
  const allStatus = statements.length === 0 ? 'No statements.' : `All ${plural(statements.length, 'statement')}. Click a cell of the grid to see only its sentences.`;
  const evidence = `<div class="status"><p id="evidence-status" aria-live="polite">${allStatus}</p><button type="button" id="show-all" hidden>Show all</button></div>
<table class="evidence" id="evidence"><thead><tr><th>Actor</th><th>Concept</th><th>Agreement</th><th>Sentence (evidence marked)</th><th>Document · sentence</th>${anyDate ? '<th>Date</th>' : ''}<th>Source</th><th>Confidence</th></tr></thead><tbody>
${evidenceRows}
</tbody></table>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="standpoint">
<title>${html(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${html(title)}</h1><p class="summary">${html(summary)}</p></header>
<main>
<div class="top">
<section id="grid-section"><h2>Who stands where</h2><p class="hint">One row per actor, one column per concept. Colour: the balance of support and opposition; size: the number of statements. Click a cell to see its sentences.</p>
${grid}
</section>
<section id="network-section"><h2>Who agrees with whom</h2><p class="hint">Actors are tied when they take the same side on a concept (conflict: opposite sides); line width is the tie's weight (normalisation: ${html(normalization)}${options.minWeight !== undefined ? `, min weight ${html(options.minWeight)}` : ''}). Colour: affiliation.</p>
${network}
</section>
</div>
<section id="evidence-section"><h2>Evidence</h2>
${evidence}
</section>
</main>
<footer>Made by standpoint${codebooks.length > 0 ? ` with codebook ${html(codebooks.join(', '))}` : ''}. Claims are found automatically: read the sentences before you rely on a cell.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
