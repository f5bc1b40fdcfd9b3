// Structural invariants on the real seeds, whatever claims the labeler finds
// today: every claim is one statement, and the networks agree with the
// statements they are built from.
import { XMLValidator } from 'fast-xml-parser';
import Graph from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLabeler } from '../src/index.js';
import { conflictNetwork, congruenceNetwork, networksOverTime, renderReport, statementsToCsv, toGraphML, toStatements, twoModeNetwork, type Statement } from '../src/network/index.js';
import { readSeed, root } from './helpers/fixtures.js';

const labeler = createLabeler();
const files = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const texts = new Map(files.map((f) => [f, readSeed(f)]));
const documents = files.map((f, i) => ({ id: f, date: i === 0 ? '2016-01-13' : '2016-01-15', document: labeler.label(texts.get(f)!) }));
const statements = toStatements(documents);

describe('statements and networks of the seed articles', () => {
  it('has two seeds with claims', () => {
    expect(files).toHaveLength(2);
    expect(statements.length).toBeGreaterThan(0);
  });

  it('makes exactly one statement per claim, carrying the claim and its sentence', () => {
    const claims = documents.flatMap((d) => d.document.sentences.flatMap((s) => s.claims.map((c) => ({ id: d.id, date: d.date, s, c }))));
    expect(statements).toHaveLength(claims.length);
    claims.forEach(({ id, date, s, c }, i) => {
      const st = statements[i]!;
      expect(st).toMatchObject({
        documentId: id, date, sentence: s.index, start: s.start, end: s.end, text: s.text,
        actorId: c.actor.id, actorName: c.actor.name, affiliation: c.actor.affiliation, concept: c.stance.id, conceptLabel: c.stance.label,
        agreement: c.polarity === 'support' ? 'yes' : 'no', confidence: c.confidence, source: c.source, evidence: c.evidence.text,
      });
      const text = texts.get(id)!;
      expect(text.slice(st.start, st.end)).toBe(st.text);
      expect(text.slice(st.evidenceStart, st.evidenceEnd)).toBe(st.evidence);
    });
    // The DNA CSV has a header and one record per statement.
    const csv = statementsToCsv(statements);
    expect(csv.startsWith('person,organization,concept,agreement,text,date\n')).toBe(true);
  });

  it('gives the two-mode network one edge per actor–concept pair, weighted support − oppose', () => {
    const graph = twoModeNetwork(statements);
    const pairs = new Map<string, { yes: number; no: number }>();
    for (const s of statements) {
      const key = `actor:${s.actorId}|concept:${s.concept}`;
      const p = pairs.get(key) ?? { yes: 0, no: 0 };
      p[s.agreement]++;
      pairs.set(key, p);
    }
    expect(graph.size).toBe(pairs.size);
    expect(graph.order).toBe(new Set(statements.map((s) => s.actorId)).size + new Set(statements.map((s) => s.concept)).size);
    for (const [key, { yes, no }] of pairs) {
      const [a, c] = key.split('|') as [string, string];
      expect(graph.getEdgeAttributes(a, c)).toEqual({ weight: yes - no, support: yes, oppose: no });
    }
    let total = 0;
    graph.forEachEdge((_e, a) => { total += a.support + a.oppose; });
    expect(total).toBe(statements.length);
  });

  it('weights every congruence and conflict tie by the number of agreeing / disagreeing statement pairs', () => {
    const actors = [...new Set(statements.map((s) => s.actorId))].sort();
    const by = new Map<string, Statement[]>(actors.map((a) => [a, statements.filter((s) => s.actorId === a)]));
    const congruence = congruenceNetwork(statements);
    const conflict = conflictNetwork(statements);
    expect(congruence.nodes()).toEqual(actors);
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        let same = 0;
        let opposite = 0;
        for (const x of by.get(actors[i]!)!) for (const y of by.get(actors[j]!)!) if (x.concept === y.concept) x.agreement === y.agreement ? same++ : opposite++;
        expect(congruence.hasEdge(actors[i]!, actors[j]!) ? congruence.getEdgeAttribute(actors[i]!, actors[j]!, 'weight') : 0).toBe(same);
        expect(conflict.hasEdge(actors[i]!, actors[j]!) ? conflict.getEdgeAttribute(actors[i]!, actors[j]!, 'weight') : 0).toBe(opposite);
      }
    }
    // Jaccard and cosine weights lie in (0, 1] (average can exceed 1 when actors repeat themselves).
    for (const normalization of ['jaccard', 'cosine'] as const) {
      congruenceNetwork(statements, { normalization }).forEachEdge((_e, a) => {
        expect(a.weight).toBeGreaterThan(0);
        expect(a.weight).toBeLessThanOrEqual(1 + 1e-12);
      });
    }
  });

  it('splits into windows whose statements add up to all of them', () => {
    const windows = networksOverTime(statements, { network: 'two-mode', window: 'day' });
    expect(windows.map((w) => w.window)).toEqual(['2016-01-13', '2016-01-15'].filter((d) => statements.some((s) => s.date === d)));
    expect(windows.reduce((n, w) => n + w.statements, 0)).toBe(statements.length);
  });

  it('writes GraphML that parses and round-trips', () => {
    const graph = congruenceNetwork(statements, { normalization: 'jaccard' });
    const xml = toGraphML(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const back = parseGraphML(Graph, xml);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    graph.forEachEdge((key, a) => expect(back.getEdgeAttribute(key, 'weight')).toBe(a.weight));
  });

  it('reports every actor with a claim in the grid', () => {
    const html = renderReport(documents, { top: 0 });
    for (const id of new Set(statements.map((s) => s.actorId))) expect(html).toContain(`<tr data-actor="${id}">`);
    // Every statement is in the page's data; the evidence table shows them a page at a time.
    const data = JSON.parse(/id="report-data">(.*?)<\/script>/s.exec(html)![1]!) as { statements: unknown[] };
    expect(data.statements).toHaveLength(statements.length);
  });
});
