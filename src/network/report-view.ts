/**
 * What the report shows for a choice of filters, and its HTML: the grid, the
 * network drawing and a page of evidence. These functions run twice: here,
 * for the page as first shown, and in the browser, each time a filter
 * changes. The page carries their source (`VIEW_FUNCTIONS`), so each must be
 * self-contained: it may call the others in the list and standard globals,
 * and nothing else of this module.
 */

/** The report's data, compact: arrays of tuples referring to each other by index. */
export interface ReportData {
  /** [id, name, affiliation index]; ordered by statements, most first. */
  actors: Array<[id: string, name: string, affiliation: number]>;
  /** [name, chip background, chip text colour]. */
  affiliations: Array<[name: string, background: string, text: string]>;
  /** [id, label]; ordered by statements, most first. */
  concepts: Array<[id: string, label: string]>;
  /** [id, date or ""]. */
  documents: Array<[id: string, date: string]>;
  /** [document index, sentence index in the document, text]; one per sentence with a claim. */
  sentences: Array<[document: number, index: number, text: string]>;
  /** [actor, concept, 1 = support / 0 = oppose, sentence, evidence start, evidence end (in the sentence), source index, confidence × 100]. */
  statements: Array<[actor: number, concept: number, yes: 0 | 1, sentence: number, from: number, to: number, source: number, confidence: number]>;
  sources: string[];
}

export type ReportNormalization = 'none' | 'average' | 'jaccard' | 'cosine';

/** The filters: what the analyst chose. */
export interface ReportFilter {
  /** Concept indices shown. */
  concepts: number[];
  /** The most active actors shown (0: all). */
  top: number;
  normalization: ReportNormalization;
  /** Least tie weight drawn; null: automatic (about three ties per actor drawn, the strongest). */
  minWeight: number | null;
  agree: boolean;
  conflict: boolean;
  /** A grid cell ("a<actor>c<concept>") whose sentences the evidence shows, or null. */
  cell: string | null;
  /** An actor (index) the network and evidence focus on, or null. */
  focus: number | null;
  /** Words the evidence sentences must contain (case-insensitive). */
  search: string;
  /** Evidence page, from 0. */
  page: number;
}

/** A tie: [actor a, actor b, weight, raw weight, concept indices]. */
export type ReportTie = [a: number, b: number, weight: number, raw: number, concepts: number[]];

export interface ReportView {
  /** Actor indices in the grid and the network, most active first. */
  actors: number[];
  /** How many actors have a statement on the chosen concepts. */
  actorsWithStatements: number;
  /** Actor index → [statements, support, oppose] on the chosen concepts. */
  totals: Record<number, [number, number, number]>;
  /** Concept indices shown, most statements first. */
  concepts: number[];
  /** "a<actor>c<concept>" → [support, oppose, statements]. */
  cells: Record<string, [number, number, number]>;
  /** Every tie among the shown actors, strongest first. */
  agree: ReportTie[];
  conflict: ReportTie[];
  /** The least weight drawn (after the automatic choice). */
  minWeight: number;
  /** Statement indices of the evidence, in input order. */
  evidence: number[];
}

/** Escapes text for HTML content and double-quoted attributes. */
export function esc(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** 1234 → "1,234"; 0.123456 → "0.123". */
export function fmt(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return Number(n.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** Colour of a support/oppose balance: orange (all oppose) through grey to blue (all support); each at least 3:1 against white. */
export function balanceColour(support: number, oppose: number): string {
  const neutral = [0x8c, 0x8c, 0x8c];
  const b = support + oppose === 0 ? 0 : (support - oppose) / (support + oppose);
  const end = b >= 0 ? [0x1f, 0x78, 0xb4] : [0xd9, 0x5f, 0x02];
  const t = Math.abs(b);
  return `#${neutral.map((c, i) => Math.round(c + (end[i]! - c) * t).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The ties among `actors`, as DNA's exporter weighs them (docs/network-weights.md):
 * raw = Σ over concepts of the products of same-side (congruence) or
 * opposite-side (conflict) counts, then normalised.
 *
 * @param profiles - Actor index → concept index (as a key) → [support count, oppose count].
 */
export function reportTies(profiles: Record<number, Record<string, [number, number]>>, actors: number[], normalization: ReportNormalization): { agree: ReportTie[]; conflict: ReportTie[] } {
  const agree: ReportTie[] = [];
  const conflict: ReportTie[] = [];
  const stats: Record<number, { n: number; norm: number }> = {};
  for (const a of actors) {
    let n = 0;
    let squares = 0;
    for (const key in profiles[a]) {
      const [y, o] = profiles[a]![key]!;
      n += y + o;
      squares += y * y + o * o;
    }
    stats[a] = { n, norm: Math.sqrt(squares) };
  }
  const jaccard = (pa: Record<string, [number, number]>, pb: Record<string, [number, number]>) => {
    let d = 0;
    for (const key in pa) {
      const x = pa[key]!;
      const y = pb[key] ?? [0, 0];
      for (let k = 0; k < 2; k++) d += y[k] === 0 ? x[k]! : x[k]! > 0 ? x[k]! * y[k]! : 0;
    }
    for (const key in pb) {
      const x = pa[key] ?? [0, 0];
      const y = pb[key]!;
      for (let k = 0; k < 2; k++) if (x[k] === 0) d += y[k]!;
    }
    return d;
  };
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const a = actors[i]!;
      const b = actors[j]!;
      const pa = profiles[a]!;
      const pb = profiles[b]!;
      let same = 0;
      let opposite = 0;
      const sameConcepts: number[] = [];
      const oppositeConcepts: number[] = [];
      for (const key in pa) {
        const other = pb[key];
        if (!other) continue;
        const [ay, ao] = pa[key]!;
        const [by, bo] = other;
        const s = ay * by + ao * bo;
        const o = ay * bo + ao * by;
        if (s > 0) {
          same += s;
          sameConcepts.push(Number(key));
        }
        if (o > 0) {
          opposite += o;
          oppositeConcepts.push(Number(key));
        }
      }
      if (same === 0 && opposite === 0) continue;
      let by = 1;
      if (normalization === 'average') by = (stats[a]!.n + stats[b]!.n) / 2;
      else if (normalization === 'cosine') by = stats[a]!.norm * stats[b]!.norm;
      else if (normalization === 'jaccard') by = jaccard(pa, pb);
      if (same > 0) agree.push([a, b, same / by, same, sameConcepts.sort((x, y) => x - y)]);
      if (opposite > 0) conflict.push([a, b, opposite / by, opposite, oppositeConcepts.sort((x, y) => x - y)]);
    }
  }
  const strongest = (x: ReportTie, y: ReportTie) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1];
  return { agree: agree.sort(strongest), conflict: conflict.sort(strongest) };
}

/** What the report shows under `filter`. */
export function reportView(data: ReportData, filter: ReportFilter): ReportView {
  const chosen: Record<number, boolean> = {};
  for (const c of filter.concepts) chosen[c] = true;
  const profiles: Record<number, Record<string, [number, number]>> = {};
  const totals: Record<number, [number, number, number]> = {};
  for (const s of data.statements) {
    if (!chosen[s[1]]) continue;
    const p = (profiles[s[0]] ??= {});
    const counts = (p[s[1]] ??= [0, 0]);
    counts[s[2] === 1 ? 0 : 1]++;
    const t = (totals[s[0]] ??= [0, 0, 0]);
    t[0]++;
    t[s[2] === 1 ? 1 : 2]++;
  }
  const ranked = Object.keys(totals).map(Number).sort((a, b) => totals[b]![0] - totals[a]![0] || a - b);
  const actors = filter.top > 0 ? ranked.slice(0, filter.top) : ranked;
  const shown: Record<number, boolean> = {};
  for (const a of actors) shown[a] = true;
  const cells: Record<string, [number, number, number]> = {};
  const conceptCounts: Record<number, number> = {};
  for (const a of actors) {
    for (const key in profiles[a]) {
      const [y, o] = profiles[a]![key]!;
      cells[`a${a}c${key}`] = [y, o, y + o];
      conceptCounts[Number(key)] = (conceptCounts[Number(key)] ?? 0) + y + o;
    }
  }
  const concepts = Object.keys(conceptCounts).map(Number).sort((a, b) => conceptCounts[b]! - conceptCounts[a]! || a - b);
  // The network draws the 100 most active of the chosen actors at most (the grid shows them all).
  const drawn = actors.slice(0, 100);
  const { agree, conflict } = reportTies(profiles, drawn, filter.normalization);
  let minWeight = filter.minWeight ?? 0;
  if (filter.minWeight === null) {
    // About three ties per drawn actor, the strongest: enough to see the camps, not a hairball.
    const weights = [...(filter.agree ? agree : []), ...(filter.conflict ? conflict : [])].map((t) => t[2]).sort((x, y) => y - x);
    const room = 3 * drawn.length;
    if (weights.length > room) minWeight = weights[room - 1]!;
  }
  const words = filter.search.trim().toLowerCase();
  const evidence: number[] = [];
  data.statements.forEach((s, i) => {
    if (!chosen[s[1]] || !shown[s[0]]) return;
    if (filter.cell !== null && `a${s[0]}c${s[1]}` !== filter.cell) return;
    if (filter.focus !== null && s[0] !== filter.focus) return;
    if (words && !data.sentences[s[3]]![2].toLowerCase().includes(words) && !data.actors[s[0]]![1].toLowerCase().includes(words)) return;
    evidence.push(i);
  });
  return { actors, actorsWithStatements: ranked.length, totals, concepts, cells, agree, conflict, minWeight, evidence };
}

/** The actor × concept grid of the view. */
export function gridHtml(data: ReportData, view: ReportView, filter: ReportFilter): string {
  if (view.actors.length === 0) return '<p class="nothing">No claims on the chosen concepts.</p>';
  let maxCell = 1;
  for (const key in view.cells) maxCell = Math.max(maxCell, view.cells[key]![2]);
  const size = (n: number) => Math.round(8 + 14 * Math.sqrt(n / maxCell));
  const head = view.concepts
    .map((c) => {
      const [, label] = data.concepts[c]!;
      return `<th class="concept" scope="col" title="${esc(label)}"><span>${esc(label)}</span></th>`;
    })
    .join('');
  const rows = view.actors.map((a) => {
    const [id, name, f] = data.actors[a]!;
    const [affiliation, background, colour] = data.affiliations[f]!;
    const tds = view.concepts
      .map((c) => {
        const key = `a${a}c${c}`;
        const cell = view.cells[key];
        if (!cell) return '<td class="empty"></td>';
        const s = size(cell[2]);
        const label = `${name} on ${data.concepts[c]![1]}: ${cell[0]} support, ${cell[1]} oppose`;
        const selected = filter.cell === key;
        return `<td class="cell${selected ? ' selected' : ''}" data-cell="${key}" tabindex="0" role="button" aria-pressed="${selected}" aria-label="${esc(label)}" title="${esc(label)}"><span class="mark" style="width:${s}px;height:${s}px;background:${balanceColour(cell[0], cell[1])}"></span><span class="n">${fmt(cell[2])}</span></td>`;
      })
      .join('');
    return `<tr data-actor="${esc(id)}"${filter.focus === a ? ' class="focus"' : ''}><th scope="row" title="${esc(`${name} (${id})`)}"><span class="name">${esc(name)}</span></th><td class="aff"><span class="chip" style="background:${background};color:${colour}">${esc(affiliation)}</span></td>${tds}<td class="total">${fmt(view.totals[a]![0])}</td></tr>`;
  });
  const small = size(1);
  const big = size(maxCell);
  return `<div class="scroll" id="grid-scroll"><table class="grid" id="grid"><thead><tr><th class="corner" scope="col">Actor</th><th scope="col">Affiliation</th>${head}<th scope="col" class="total">All</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>
<div class="legend"><span>oppose<span class="ramp"></span>support</span><span><span class="mark" style="width:${small}px;height:${small}px;background:#8c8c8c"></span>1 statement</span>${maxCell > 1 ? `<span><span class="mark" style="width:${big}px;height:${big}px;background:#8c8c8c"></span>${fmt(maxCell)} statements</span>` : ''}</div>`;
}

/** The network drawing of the view: actors on a circle grouped by affiliation, ties as curves through the middle. */
export function networkSvg(data: ReportData, view: ReportView, filter: ReportFilter): string {
  const actors = view.actors.slice(0, 100);
  if (actors.length === 0) return '<p class="nothing">No actors to draw.</p>';
  const n = actors.length;
  const maxChars = 20;
  const short = (name: string) => (name.length > maxChars ? `${name.slice(0, maxChars - 1)}…` : name);
  // Labels are measured at about 0.58 em a character (12 px type): the drawing leaves them room on every side.
  const longest = Math.max(...actors.map((a) => short(data.actors[a]![1]).length));
  const labelRoom = Math.ceil(longest * 6.7) + 12;
  const radial = n > 14;
  const r = radial ? Math.max(150, Math.ceil((n * 14) / (2 * Math.PI))) : Math.max(90, 30 + n * 12);
  const marginX = labelRoom + 8;
  const marginY = radial ? labelRoom + 8 : 40;
  const width = 2 * (r + marginX);
  const height = 2 * (r + marginY);
  const cx = width / 2;
  const cy = height / 2;
  const ordered = [...actors].sort((a, b) => data.actors[a]![2] - data.actors[b]![2] || view.totals[b]![0] - view.totals[a]![0] || a - b);
  const pos: Record<number, { x: number; y: number; angle: number }> = {};
  ordered.forEach((a, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    pos[a] = { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), angle };
  });
  const round = (v: number) => Math.round(v * 10) / 10;
  const maxTotal = Math.max(...actors.map((a) => view.totals[a]![0]));
  const maxRadius = Math.min(13, Math.max(4, (Math.PI * r) / n - 1));
  const nodeRadius = (a: number) => round(Math.max(2.5, maxRadius * Math.sqrt(view.totals[a]![0] / maxTotal)));
  const ties = [...(filter.conflict ? view.conflict.map((t) => ['conflict', t] as const) : []), ...(filter.agree ? view.agree.map((t) => ['agree', t] as const) : [])].filter(([, t]) => t[2] >= view.minWeight);
  // Widths and opacities spread over the weights drawn (from half the largest at most), so that close weights (cosine, Jaccard) still differ.
  const maxWeight = Math.max(0, ...ties.map(([, t]) => t[2]));
  const minWeight = Math.min(maxWeight / 2, ...ties.map(([, t]) => t[2]));
  const parts: string[] = [];
  // Weakest first, so the strongest ties are drawn on top.
  for (const [kind, t] of ties.sort((x, y) => x[1][2] - y[1][2])) {
    const a = pos[t[0]]!;
    const b = pos[t[1]]!;
    const share = maxWeight > minWeight ? 0.15 + (0.85 * (t[2] - minWeight)) / (maxWeight - minWeight) : 1;
    // Through the middle, agree ties bent to one side and conflict ties to the other, so a pair's two ties stay apart.
    const side = kind === 'agree' ? 1 : -1;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const qx = (a.x + b.x) / 4 + cx / 2 + (side * 14 * (b.y - a.y)) / length;
    const qy = (a.y + b.y) / 4 + cy / 2 - (side * 14 * (b.x - a.x)) / length;
    const verb = kind === 'agree' ? 'agree on' : 'disagree on';
    const title = `${data.actors[t[0]]![1]} and ${data.actors[t[1]]![1]} ${verb} ${t[4].map((c) => data.concepts[c]![1]).join(', ')}: weight ${fmt(t[2])} (${fmt(t[3])} pairs of statements)`;
    const hot = filter.focus !== null && (t[0] === filter.focus || t[1] === filter.focus);
    parts.push(`<path class="edge ${kind}${hot ? ' hot' : ''}" d="M${round(a.x)} ${round(a.y)}Q${round(qx)} ${round(qy)} ${round(b.x)} ${round(b.y)}" stroke-width="${round(0.8 + 4.2 * share)}" stroke-opacity="${round(0.25 + 0.6 * share)}"><title>${esc(title)}</title></path>`);
  }
  for (const a of ordered) {
    const p = pos[a]!;
    const [id, name, f] = data.actors[a]!;
    const [affiliation, background] = data.affiliations[f]!;
    const radius = nodeRadius(a);
    const [total, support, oppose] = view.totals[a]!;
    const cos = Math.cos(p.angle);
    const sin = Math.sin(p.angle);
    let label: string;
    if (radial) {
      // Along the radius, read left to right on both halves.
      const degrees = (p.angle * 180) / Math.PI;
      const left = cos < -1e-9;
      const lx = p.x + (radius + 5) * cos;
      const ly = p.y + (radius + 5) * sin;
      label = `<text x="${round(lx)}" y="${round(ly)}" dy="0.35em" text-anchor="${left ? 'end' : 'start'}" transform="rotate(${round(left ? degrees + 180 : degrees)} ${round(lx)} ${round(ly)})">${esc(short(name))}</text>`;
    } else {
      const lx = p.x + (radius + 6) * cos;
      const ly = p.y + (radius + 6) * sin;
      const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
      const dy = Math.abs(cos) < 0.3 ? (sin < 0 ? '-0.3em' : '1em') : '0.35em';
      label = `<text x="${round(lx)}" y="${round(ly)}" dy="${dy}" text-anchor="${anchor}">${esc(short(name))}</text>`;
    }
    const focus = filter.focus === a ? ' focus' : '';
    parts.push(
      `<g class="node${focus}" data-actor="${esc(id)}" data-index="${a}" tabindex="0" role="button" aria-label="${esc(`${name} (${affiliation}): ${total} statements`)}"><title>${esc(`${name} (${affiliation}): ${fmt(total)} statements, ${fmt(support)} support, ${fmt(oppose)} oppose`)}</title>` +
        `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${radius}" fill="${background}"/>${label}</g>`,
    );
  }
  const focused = filter.focus !== null ? ' class="focused"' : '';
  return `<svg id="network"${focused} viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Network of the actors" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** The strongest ties drawn, as a table beside the drawing. */
export function tiesHtml(data: ReportData, view: ReportView, filter: ReportFilter): string {
  const ties = [...(filter.agree ? view.agree.map((t) => ['agree', t] as const) : []), ...(filter.conflict ? view.conflict.map((t) => ['conflict', t] as const) : [])]
    .filter(([, t]) => t[2] >= view.minWeight && (filter.focus === null || t[0] === filter.focus || t[1] === filter.focus))
    .sort((x, y) => y[1][2] - x[1][2] || x[1][0] - y[1][0] || x[1][1] - y[1][1])
    .slice(0, 12);
  if (ties.length === 0) return '';
  const rows = ties.map(([kind, t]) => {
    const labels = t[4].map((c) => data.concepts[c]![1]);
    const shown = labels.length > 3 ? `${labels.slice(0, 2).join(', ')} +${labels.length - 2} more` : labels.join(', ');
    return `<tr><td><span class="swatch-line${kind === 'conflict' ? ' conflict' : ''}" title="${kind === 'agree' ? 'agree' : 'disagree'}"></span></td><td>${esc(data.actors[t[0]]![1])}</td><td>${esc(data.actors[t[1]]![1])}</td><td class="num">${fmt(t[2])}</td><td class="concepts" title="${esc(labels.join(', '))}">${esc(shown)}</td></tr>`;
  });
  const caption = filter.focus === null ? 'The strongest ties drawn' : `The strongest ties of ${data.actors[filter.focus]![1]}`;
  return `<table class="ties"><caption>${esc(caption)}</caption><thead><tr><th></th><th>Actor</th><th>Actor</th><th>Weight</th><th>Concepts</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The evidence table: the page `filter.page` of the view's statements, and the pager's text. */
export function evidenceHtml(data: ReportData, view: ReportView, filter: ReportFilter): { rows: string; status: string; page: number; pages: number } {
  const size = 25; // rows a page
  const pages = Math.max(1, Math.ceil(view.evidence.length / size));
  const page = Math.min(Math.max(0, filter.page), pages - 1);
  const first = page * size;
  const slice = view.evidence.slice(first, first + size);
  const dated = data.documents.some((d) => d[1] !== '');
  const rows = slice.map((i) => {
    const [a, c, yes, sentence, from, to, source, confidence] = data.statements[i]!;
    const [document, index, text] = data.sentences[sentence]!;
    const [docId, date] = data.documents[document]!;
    const marked = from >= 0 && to > from && to <= text.length ? `${esc(text.slice(0, from))}<mark>${esc(text.slice(from, to))}</mark>${esc(text.slice(to))}` : esc(text);
    return `<tr data-statement="${i}"><td>${esc(data.actors[a]![1])}</td><td>${esc(data.concepts[c]![1])}</td><td class="agreement ${yes ? 'yes' : 'no'}">${yes ? 'supports' : 'opposes'}</td><td class="text">${marked}</td><td class="where">${esc(docId)} · #${index}</td>${dated ? `<td class="where">${esc(date)}</td>` : ''}<td>${esc(data.sources[source] ?? '')}</td><td class="num">${(confidence / 100).toFixed(2)}</td></tr>`;
  });
  const total = view.evidence.length;
  const what = filter.cell !== null ? 'of the chosen cell' : filter.focus !== null ? `of ${data.actors[filter.focus]![1]}` : 'of the actors and concepts shown';
  const status = total === 0 ? 'No statements match.' : `Statements ${fmt(first + 1)}–${fmt(first + slice.length)} of ${fmt(total)} ${what}.`;
  const head = `<thead><tr><th>Actor</th><th>Concept</th><th>Side</th><th>Sentence (evidence marked)</th><th>Document · sentence</th>${dated ? '<th>Date</th>' : ''}<th>Source</th><th>Confidence</th></tr></thead>`;
  return { rows: `${head}<tbody>${rows.join('\n')}</tbody>`, status, page, pages };
}

/** The state of the tie controls: the weights the slider steps through (ascending), its position, and the read-out. */
export function tieControls(data: ReportData, view: ReportView, filter: ReportFilter): { weights: number[]; index: number; text: string; actors: string } {
  const ties = [...(filter.agree ? view.agree : []), ...(filter.conflict ? view.conflict : [])];
  const weights = [...new Set(ties.map((t) => t[2]))].sort((x, y) => x - y);
  let index = weights.findIndex((w) => w >= view.minWeight);
  if (index < 0) index = Math.max(0, weights.length - 1);
  const drawn = ties.filter((t) => t[2] >= view.minWeight).length;
  const auto = filter.minWeight === null && drawn < ties.length ? ', the strongest (about 3 an actor)' : '';
  const text = ties.length === 0 ? 'no ties' : `${fmt(drawn)} of ${fmt(ties.length)} ties drawn: weight ≥ ${fmt(view.minWeight)}${auto}`;
  const drawnActors = Math.min(view.actors.length, 100);
  const actors = `${fmt(view.actors.length)} of ${fmt(data.actors.length)} actors${drawnActors < view.actors.length ? ` (the network draws the ${drawnActors} most active)` : ''}`;
  return { weights, index, text, actors };
}

/** The functions the page carries, in an order that defines each before use. */
export const VIEW_FUNCTIONS = [esc, fmt, balanceColour, reportTies, reportView, gridHtml, networkSvg, tiesHtml, evidenceHtml, tieControls];
