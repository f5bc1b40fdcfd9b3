import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport, toStatements } from '../src/network/index.js';
import { makeDocument, seedDocuments } from './network-fixture.js';

const statements = toStatements(seedDocuments);
const html = renderReport(seedDocuments, { title: 'Seeds' });
const actors = ['kerry', 'russia', 'obama', 'putin', 'us', 'cook', 'gatilov', 'ignatius', 'zakharova'];

describe('the HTML report', () => {
  it('has a grid row per actor, most statements first (then by name), and a cell per actor × concept pair', () => {
    const rows = [...html.matchAll(/<tr data-actor="([^"]+)"><th scope="row"[^>]*>([^<]+)<\/th>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ['kerry', 'John Kerry'], ['russia', 'Russia'], ['obama', 'Barack Obama'], ['us', 'United States'], ['putin', 'Vladimir Putin'],
      ['ignatius', 'David Ignatius'], ['gatilov', 'Gennady Gatilov'], ['zakharova', 'Maria Zakharova'], ['cook', 'Peter Cook'],
    ]);
    expect(html.match(/<td class="cell"/g)).toHaveLength(16);
    // Columns: concepts by number of statements (cooperate 7, political-solution 5, …).
    expect([...html.matchAll(/<th class="concept"[^>]*><span>([^<]+)<\/span>/g)].map((m) => m[1])).toEqual([
      'Cooperate', 'Political solution', 'Assad must go', 'Fight terrorism', 'Military involvement', 'Syrians decide', 'Inclusive opposition',
    ]);
    expect(html).toContain('2 documents · 17 sentences · 21 statements by 9 actors on 7 concepts · 2016-01-13 – 2016-02-05');
  });

  it('colours cells by polarity and sizes them by count', () => {
    // Kerry on political solution: 3 support, the biggest cell, full blue.
    expect(html).toMatch(/aria-label="John Kerry on Political solution: 3 support, 0 oppose"[^>]*><span class="mark" style="width:28px;height:28px;background:#1f78b4">/);
    // The United States on military involvement: 1 oppose, full orange, the smallest size.
    expect(html).toMatch(/aria-label="United States on Military involvement: 0 support, 1 oppose"[^>]*><span class="mark" style="width:20.4px;height:20.4px;background:#d95f02">/);
  });

  it('lists the evidence sentences behind each cell, keyed to the cell', () => {
    const kerry = [...html.matchAll(/<tr data-cell="a0c1" data-statement="\d+">(.*?)<\/tr>/g)];
    expect(kerry).toHaveLength(3);
    expect(kerry[0]![1]).toContain('<td>John Kerry</td><td>Political solution</td><td class="agreement yes">supports</td>');
    expect(kerry[0]![1]).toContain('seed-004 · #7');
    expect(html.match(/<tr data-cell=/g)).toHaveLength(statements.length);
  });

  it('draws the congruence network with a node per actor and a line per tie', () => {
    const svg = html.slice(html.indexOf('<svg id="network"'), html.indexOf('</svg>'));
    expect(svg.match(/<g class="node"/g)).toHaveLength(9);
    expect(svg.match(/<line class="edge agree"/g)).toHaveLength(17);
    expect(svg.match(/<line class="edge conflict"/g)).toHaveLength(1);
    for (const id of actors) expect(svg).toContain(`data-actor="${id}"`);
  });

  it('is self-contained: no external resource, and a policy that forbids fetching any', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:\/\//);
  });

  it('escapes text from the documents', () => {
    const doc = makeDocument([{ text: '</script><img src=x onerror=alert(1)> said "X".', claims: [['x<y', '<b>Evil</b> & Co', 'other', 'c"', 'C <i>', 'support', 'quote']] }]);
    const page = renderReport([doc.document], { title: '<script>alert(1)</script>' });
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>Evil');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;b&gt;Evil&lt;/b&gt; &amp; Co');
    expect(page).toContain('<tr data-actor="x&lt;y">');
  });

  it('says so when there is nothing to show', () => {
    const page = renderReport([]);
    expect(page).toContain('No claims were found in these documents.');
    expect(page).toContain('No actors to draw.');
    expect(page).toContain('0 documents · 0 sentences · 0 statements by 0 actors on 0 concepts');
  });

  it('takes statements as well as documents', () => {
    const page = renderReport(statements.filter((s) => s.actorId === 'kerry'));
    expect(page.match(/<tr data-actor=/g)).toHaveLength(1);
    expect(page).toContain('8 statements by 1 actor on 4 concepts');
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
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-report-'));
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

  it('renders a grid row for every actor with a claim', () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    const dom = run(['--virtual-time-budget=3000', '--dump-dom', pathToFileURL(file).href]);
    const grid = dom.slice(dom.indexOf('id="grid"'), dom.indexOf('</table>', dom.indexOf('id="grid"')));
    for (const id of actors) expect(grid).toContain(`<tr data-actor="${id}">`);
    expect(grid.match(/<td class="cell"/g)).toHaveLength(16);
  });

  it('shows only the sentences of a clicked cell', () => {
    // The same page with one click scripted after load (inline scripts are allowed by its policy).
    const file = join(dir, 'clicked.html');
    const click = `<script>document.querySelector('td.cell[aria-label^="John Kerry on Political solution"]').click();</script>`;
    writeFileSync(file, html.replace('</body>', `${click}</body>`));
    const dom = run(['--virtual-time-budget=3000', '--dump-dom', pathToFileURL(file).href]);
    const rows = [...dom.matchAll(/<tr data-cell="([^"]+)" data-statement="\d+"( hidden="")?>/g)];
    expect(rows).toHaveLength(21);
    const shown = rows.filter((r) => !r[2]);
    expect(shown).toHaveLength(3);
    expect(new Set(shown.map((r) => r[1]))).toEqual(new Set(['a0c1']));
    expect(dom).toMatch(/<p id="evidence-status" aria-live="polite">John Kerry on Political solution: 3 support, 0 oppose — 3 sentences\.<\/p>/);
    expect(dom).toMatch(/<td class="cell selected" data-cell="a0c1"/);
  });

  it('takes a screenshot', () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    const png = join(dir, 'report.png');
    run(['--window-size=1200,900', `--screenshot=${png}`, pathToFileURL(file).href]);
    const header = execFileSync('head', ['-c', '8', png]);
    expect([...header]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
