import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictNetwork, congruenceNetwork, NORMALIZATIONS, renderReport, toStatements, type Statement } from '../src/network/index.js';
import { contrastRatio, MUTED, OPPOSE_TEXT, SUPPORT_TEXT, INK, affiliationColours } from '../src/network/report-colours.js';
import { balanceColour, reportTies, reportView, type ReportData, type ReportFilter } from '../src/network/report-view.js';
import { syntheticStatements } from '../scripts/synthetic-statements.mjs';
import { makeDocument, seedDocuments } from './network-fixture.js';

const statements = toStatements(seedDocuments);
const html = renderReport(seedDocuments, { title: 'Seeds' });
const actors = ['kerry', 'russia', 'obama', 'putin', 'us', 'cook', 'gatilov', 'ignatius', 'zakharova'];

/** The page without its scripts (their source holds the same markup as text). */
const markup = (page: string) => page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
const dataOf = (page: string) => JSON.parse(/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(page)![1]!) as ReportData;
const filterOf = (page: string) => JSON.parse(/<script type="application\/json" id="report-filter">(.*?)<\/script>/s.exec(page)![1]!) as ReportFilter;

describe('the HTML report', () => {
  const page = markup(html);

  it('has a grid row per actor, most statements first (then by name), and a cell per actor × concept pair', () => {
    const rows = [...page.matchAll(/<tr data-actor="([^"]+)"><th scope="row"[^>]*><span class="name">([^<]+)<\/span><\/th>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ['kerry', 'John Kerry'], ['russia', 'Russia'], ['obama', 'Barack Obama'], ['us', 'United States'], ['putin', 'Vladimir Putin'],
      ['ignatius', 'David Ignatius'], ['gatilov', 'Gennady Gatilov'], ['zakharova', 'Maria Zakharova'], ['cook', 'Peter Cook'],
    ]);
    expect(page.match(/<td class="cell"/g)).toHaveLength(16);
    // Columns: concepts by number of statements (cooperate 7, political-solution 5, …).
    expect([...page.matchAll(/<th class="concept"[^>]*><span>([^<]+)<\/span>/g)].map((m) => m[1])).toEqual([
      'Cooperate', 'Political solution', 'Assad must go', 'Fight terrorism', 'Military involvement', 'Syrians decide', 'Inclusive opposition',
    ]);
    expect(page).toContain('2 documents · 17 sentences · 21 statements by 9 actors on 7 concepts · 2016-01-13 – 2016-02-05');
  });

  it('colours cells by polarity and sizes them by count, the count below the mark', () => {
    // Kerry on political solution: 3 support, the biggest cell, full blue.
    expect(page).toMatch(/aria-label="John Kerry on Political solution: 3 support, 0 oppose"[^>]*><span class="mark" style="width:22px;height:22px;background:#1f78b4"><\/span><span class="n">3<\/span>/);
    // The United States on military involvement: 1 oppose, full orange, the smallest size (8 + 14·√(1/3) px).
    expect(page).toMatch(/aria-label="United States on Military involvement: 0 support, 1 oppose"[^>]*><span class="mark" style="width:16px;height:16px;background:#d95f02">/);
  });

  it('has the filters: concepts, the most active actors, tie weights, agree and disagree', () => {
    expect(page.match(/<input type="checkbox" data-concept="\d+" checked>/g)).toHaveLength(7);
    expect(page).toContain('<select id="top"><option value="0" selected>all 9</option></select>');
    expect(page).toMatch(/<select id="normalization"><option value="none" selected>none<\/option><option value="average">average<\/option><option value="jaccard">jaccard<\/option><option value="cosine">cosine<\/option><\/select>/);
    expect(page).toMatch(/<input type="range" id="min-weight" min="0" max="\d+"/);
    expect(page).toContain('18 of 18 ties drawn: weight ≥ 0');
    for (const id of ['show-agree', 'show-conflict', 'search', 'prev', 'next']) expect(page).toContain(`id="${id}"`);
    const chosen = markup(renderReport(seedDocuments, { normalization: 'jaccard', top: 5 }));
    expect(chosen).toContain('<select id="top"><option value="5" selected>the 5 most active</option><option value="0">all 9</option></select>');
    expect(chosen).toContain('<option value="jaccard" selected>jaccard</option>');
    expect(chosen.match(/<tr data-actor=/g)).toHaveLength(5);
  });

  it('puts the evidence in the page once, as data, and shows the first page of it', () => {
    const data = dataOf(html);
    expect(data.statements).toHaveLength(statements.length);
    expect(data.sentences).toHaveLength(17); // each sentence once, however many claims it holds
    expect(page.match(/<tr data-statement=/g)).toHaveLength(21);
    expect(page).toContain('Statements 1–21 of 21 of the actors and concepts shown.');
    // The row of Kerry's first statement on a political solution.
    expect(page).toMatch(/<tr data-statement="14"><td>John Kerry<\/td><td>Political solution<\/td><td class="agreement yes">supports<\/td><td class="text"><mark>[^<]+<\/mark><\/td><td class="where">seed-004 · #7<\/td>/);
  });

  it('shows the sentences of a chosen cell, of a focused actor, or matching a search', () => {
    const data = dataOf(html);
    const filter = filterOf(html);
    const kerry = data.actors.findIndex((a) => a[0] === 'kerry');
    const political = data.concepts.findIndex((c) => c[0] === 'political-solution');
    const ids = (f: Partial<ReportFilter>) => reportView(data, { ...filter, ...f }).evidence.map((i) => `${statements[i]!.actorId}:${statements[i]!.concept}`);
    expect(ids({ cell: `a${kerry}c${political}` })).toEqual(['kerry:political-solution', 'kerry:political-solution', 'kerry:political-solution']);
    expect(ids({ focus: kerry })).toHaveLength(8);
    expect(ids({ search: 'GROUND TROOPS' })).toEqual(['us:military-involvement']);
    expect(ids({ concepts: [political] })).toHaveLength(5);
  });

  it('draws the network with a node per actor and a curve per tie', () => {
    const svg = page.slice(page.indexOf('<svg id="network"'), page.indexOf('</svg>'));
    expect(svg.match(/<g class="node"/g)).toHaveLength(9);
    expect(svg.match(/<path class="edge agree"/g)).toHaveLength(17);
    expect(svg.match(/<path class="edge conflict"/g)).toHaveLength(1);
    for (const id of actors) expect(svg).toContain(`data-actor="${id}"`);
    expect(page).toMatch(/<table class="ties"><caption>The strongest ties drawn<\/caption>.*<td>John Kerry<\/td><td>Barack Obama<\/td><td class="num">5<\/td>/s);
  });

  it('is self-contained: no external resource, and a policy that forbids fetching any', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:\/\//);
  });

  it('carries the view functions it renders with: run from the page, they give the same markup', () => {
    const source = /<script>([\s\S]*?)\n\(function \(\) \{/.exec(html)![1]!;
    const names = [...source.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(9);
    const fns = new Function(`${source}\nreturn { ${names.join(', ')} };`)() as Record<string, (...args: unknown[]) => unknown>;
    const view = (name: string) => fns[names.find((n) => n.startsWith(name))!]!;
    const data = dataOf(html);
    const filter = filterOf(html);
    const v = view('reportView')(data, filter);
    const grid = view('gridHtml')(data, v, filter) as string;
    expect(page).toContain(grid);
    expect(page).toContain(view('networkSvg')(data, v, filter) as string);
  });

  it('escapes text from the documents, in the markup and in the data', () => {
    const doc = makeDocument([{ text: '</script><img src=x onerror=alert(1)> said "X".', claims: [['x<y', '<b>Evil</b> & Co', 'other', 'c"', 'C <i>', 'support', 'quote']] }]);
    const evil = renderReport([doc.document], { title: '<script>alert(1)</script>' });
    expect(evil).not.toContain('<img');
    expect(evil).not.toContain('<b>Evil');
    expect(evil).not.toContain('<script>alert(1)</script>');
    expect(evil).not.toContain('</script><img');
    expect(evil).toContain('&lt;b&gt;Evil&lt;/b&gt; &amp; Co');
    expect(evil).toContain('<tr data-actor="x&lt;y">');
    expect(dataOf(evil).sentences[0]![2]).toBe(doc.document.sentences[0]!.text);
  });

  it('says so when there is nothing to show', () => {
    const empty = markup(renderReport([]));
    expect(empty).toContain('No claims were found in these documents.');
    expect(empty).toContain('No actors to draw.');
    expect(empty).toContain('0 documents · 0 sentences · 0 statements by 0 actors on 0 concepts');
    expect(empty).toContain('No statements match.');
  });

  it('takes statements as well as documents', () => {
    const kerry = markup(renderReport(statements.filter((s) => s.actorId === 'kerry')));
    expect(kerry.match(/<tr data-actor=/g)).toHaveLength(1);
    expect(kerry).toContain('8 statements by 1 actor on 4 concepts');
  });

  it('refuses bad options', () => {
    expect(() => renderReport(statements, { top: -1 })).toThrow(/top must be a whole number/);
    expect(() => renderReport(statements, { normalization: 'activity' as never })).toThrow(/normalization must be one of/);
    expect(() => renderReport(statements, { minWeight: Number.NaN })).toThrow(/minWeight must be a finite number/);
  });
});

describe('the report at scale', () => {
  const many = syntheticStatements(300);
  const big = renderReport(many);
  const page = markup(big);

  it('shows the 30 most active of 300 actors at first, and draws about three ties an actor', () => {
    expect(page.match(/<tr data-actor=/g)).toHaveLength(30);
    expect(page).toContain('30 of 300 actors');
    expect(page.match(/<g class="node"/g)).toHaveLength(30);
    const ties = (page.match(/<path class="edge /g) ?? []).length;
    expect(ties).toBeGreaterThanOrEqual(60);
    expect(ties).toBeLessThanOrEqual(100);
    expect(page).toMatch(/<option value="10">the 10 most active<\/option><option value="25">the 25 most active<\/option><option value="30" selected>the 30 most active<\/option><option value="50">the 50 most active<\/option><option value="100">the 100 most active<\/option><option value="0">all 300<\/option>/);
  });

  it('pages the evidence: 25 rows in the page, every statement in the data', () => {
    expect(page.match(/<tr data-statement=/g)).toHaveLength(25);
    expect(dataOf(big).statements).toHaveLength(many.length);
    expect(page).toMatch(/Statements 1–25 of [\d,]+ of the actors and concepts shown\./);
    expect(page).toMatch(/page 1 of \d+/);
  });

  it('stays small: the sentences once, about 40 bytes a statement, and at most 200 KB of the rest', () => {
    const text = new Map(many.map((s) => [`${s.documentId}\u0000${s.sentence}`, s.text]));
    const sentenceBytes = [...text.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
    const dataBytes = /id="report-data">(.*?)<\/script>/s.exec(big)![1]!.length;
    expect(dataBytes).toBeLessThanOrEqual(sentenceBytes + 40 * many.length);
    expect(Buffer.byteLength(big) - dataBytes).toBeLessThanOrEqual(200 * 1024);
  });

  it('draws at most 100 actors, the most active, when all are chosen', () => {
    const all = markup(renderReport(many, { top: 0 }));
    expect(all.match(/<tr data-actor=/g)).toHaveLength(300);
    expect(all.match(/<g class="node"/g)).toHaveLength(100);
    expect(all).toContain('300 of 300 actors (the network draws the 100 most active)');
  });
});

describe('the report’s tie weights', () => {
  const sets = fc
    .array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.constantFrom('c1', 'c2', 'c3'), fc.boolean(), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 14 })
    .map((rows) => {
      const out: Statement[] = [];
      for (const [actor, concept, yes, times] of rows) for (let k = 0; k < times; k++) out.push({ ...statements[0]!, actorId: actor, actorName: actor, concept, conceptLabel: concept, agreement: yes ? 'yes' : 'no', sentence: out.length });
      return out;
    });

  it('are the library’s (DNA’s), for every normalisation', () => {
    fc.assert(
      fc.property(sets, fc.constantFrom(...NORMALIZATIONS), (set, normalization) => {
        const data = dataOf(renderReport(set));
        const view = reportView(data, { ...filterOf(renderReport(set)), top: 0, normalization });
        const name = (i: number) => data.actors[i]![0];
        const key = (a: number, b: number) => [name(a), name(b)].sort().join('--');
        const mine = (ties: typeof view.agree) => Object.fromEntries(ties.map((t) => [key(t[0], t[1]), t[2]]));
        const theirs = (graph: ReturnType<typeof congruenceNetwork>) => Object.fromEntries(graph.mapEdges((k, a) => [k, a.weight]));
        for (const [ours, library] of [[mine(view.agree), theirs(congruenceNetwork(set, { normalization }))], [mine(view.conflict), theirs(conflictNetwork(set, { normalization }))]] as const) {
          expect(Object.keys(ours).sort()).toEqual(Object.keys(library).sort());
          for (const k of Object.keys(library)) expect(ours[k]).toBeCloseTo(library[k]!, 10);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('are computed on the chosen concepts only', () => {
    const profiles = { 0: { 0: [2, 0] as [number, number], 1: [0, 1] as [number, number] }, 1: { 0: [1, 0] as [number, number] } };
    expect(reportTies(profiles, [0, 1], 'none').agree).toEqual([[0, 1, 2, 2, [0]]]);
    expect(reportTies(profiles, [0, 1], 'average').agree[0]![2]).toBeCloseTo(2 / 2, 12); // (3 + 1) / 2
  });
});

describe('the report’s colours', () => {
  it('give text at least 4.5:1 (WCAG AA): chips, the sides, muted and body text', () => {
    for (let i = 0; i < 16; i++) {
      const [background, text] = affiliationColours(i);
      expect(contrastRatio(background, text), background).toBeGreaterThanOrEqual(4.5);
    }
    for (const colour of [SUPPORT_TEXT, OPPOSE_TEXT, MUTED, INK]) {
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colour, '#f7f8fa'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('give marks at least 3:1 against white, all along the balance', () => {
    for (let support = 0; support <= 10; support++) expect(contrastRatio(balanceColour(support, 10 - support), '#ffffff'), `${support}/10`).toBeGreaterThanOrEqual(3);
  });
});

// ───────────────────────── in a real browser ─────────────────────────

function findChromium(): string | null {
  for (const name of [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter((x): x is string => !!x)) {
    try {
      execFileSync(name, ['--version'], { stdio: 'ignore', timeout: 30_000 });
      return name;
    } catch {
      // try the next name
    }
  }
  return null;
}

const chromium = findChromium();
if (!chromium) console.warn('\n⚠ network-report: Chromium not found (apt-get install -y chromium, or set CHROMIUM); the headless browser tests are SKIPPED.\n');

describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
  // Made when a test of this block runs (a filtered run that skips them all runs no hook to remove it).
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'standpoint-report-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) => {
    const profile = mkdtempSync(join(dir, 'profile-'));
    return execFileSync(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, ...args], {
      encoding: 'utf8',
      timeout: 90_000,
      maxBuffer: 32 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  };
  /** The DOM after the page's scripts and `then` ran, without the scripts. */
  const rendered = (name: string, page: string, then = '') => {
    const file = join(dir, name);
    writeFileSync(file, then ? page.replace('</body>', `<script>${then}</script></body>`) : page);
    return markup(run(['--virtual-time-budget=3000', '--dump-dom', pathToFileURL(file).href]));
  };

  it('renders a grid row for every actor with a claim', () => {
    const dom = rendered('report.html', html);
    const grid = dom.slice(dom.indexOf('id="grid"'), dom.indexOf('</table>', dom.indexOf('id="grid"')));
    for (const id of actors) expect(grid).toContain(`<tr data-actor="${id}">`);
    expect(grid.match(/<td class="cell"/g)).toHaveLength(16);
  });

  it('shows only the sentences of a clicked cell', () => {
    const dom = rendered('clicked.html', html, `document.querySelector('td.cell[aria-label^="John Kerry on Political solution"]').click();`);
    expect(dom.match(/<tr data-statement=/g)).toHaveLength(3);
    expect(dom).toContain('<p id="evidence-status" aria-live="polite">Statements 1–3 of 3 of the chosen cell.</p>');
    expect(dom).toMatch(/<td class="cell selected" data-cell="a0c1"/);
  });

  it('drops a concept from the grid when it is unticked, and pages the evidence', () => {
    const dom = rendered('filtered.html', renderReport(syntheticStatements(50)), `document.querySelector('input[data-concept="0"]').click(); document.getElementById('next').click();`);
    expect(dom.match(/<th class="concept"/g)).toHaveLength(8);
    expect(dom.match(/<tr data-statement=/g)).toHaveLength(25);
    expect(dom).toMatch(/Statements 26–50 of [\d,]+ of the actors and concepts shown\./);
  });
});
