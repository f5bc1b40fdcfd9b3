import { describe, expect, it } from 'vitest';
import { isStandpointError, statementsToCsv as fromMain, toStatements as toStatementsMain } from '../src/index.js';
import {
  buildNetwork,
  conflictNetwork,
  congruenceNetwork,
  networksOverTime,
  statementsToCsv,
  toEdgeCsv,
  toGraphJSON,
  toNodeCsv,
  toStatements,
  twoModeNetwork,
  type ActorNetwork,
  type Statement,
} from '../src/network/index.js';
import { makeDocument, seed000, seedDocuments } from './network-fixture.js';

// Expected values below are worked out by hand from the claims in
// network-fixture.ts (the labeler's claims on the two seeds, frozen). Per actor,
// concept: yes/no counts —
//   cook: cooperate 1/0            gatilov: inclusive-opposition 1/0   ignatius: cooperate 1/0
//   kerry: cooperate 2/0, assad-must-go 2/0, fight-terrorism 1/0, political-solution 3/0   (8 statements)
//   obama: political-solution 1/0, cooperate 1/0                       putin: political-solution 1/0, fight-terrorism 1/0
//   russia: syrians-decide 2/0, military-involvement 1/0 (3)            us: cooperate 1/0, military-involvement 0/1
//   zakharova: cooperate 1/0

const statements = toStatements(seedDocuments);

const edges = (graph: ActorNetwork) => Object.fromEntries(graph.mapEdges((_key, attributes, source, target) => [`${source}--${target}`, attributes.raw]));

describe('toStatements', () => {
  it('makes one statement per claim, in document, sentence and claim order', () => {
    expect(statements).toHaveLength(21);
    expect(statements[0]).toEqual({
      documentId: 'seed-000',
      date: '2016-01-13',
      sentence: 0,
      start: 0,
      end: 95,
      text: 'Russia, according to American journalist David Ignatius, "is emerging as an essential partner."',
      actorId: 'ignatius',
      actorName: 'David Ignatius',
      affiliation: 'media',
      concept: 'cooperate',
      conceptLabel: 'Cooperate',
      agreement: 'yes',
      confidence: 0.9,
      source: 'quote',
      evidence: 'Russia, according to American journalist David Ignatius, "is emerging as an essential partner."',
      evidenceStart: 0,
      evidenceEnd: 95,
    });
    expect(statements.map((s) => `${s.documentId.slice(-3)}:${s.sentence}:${s.actorId}:${s.concept}:${s.agreement}`)).toEqual([
      '000:0:ignatius:cooperate:yes',
      '000:1:us:cooperate:yes',
      '000:3:gatilov:inclusive-opposition:yes',
      '000:6:putin:political-solution:yes',
      '000:6:obama:political-solution:yes',
      '000:6:putin:fight-terrorism:yes',
      '000:13:russia:syrians-decide:yes',
      '000:14:russia:syrians-decide:yes',
      '000:15:obama:cooperate:yes',
      '004:2:us:military-involvement:no',
      '004:4:cook:cooperate:yes',
      '004:5:kerry:cooperate:yes',
      '004:6:kerry:assad-must-go:yes',
      '004:7:kerry:fight-terrorism:yes',
      '004:7:kerry:political-solution:yes',
      '004:7:kerry:assad-must-go:yes',
      '004:8:kerry:cooperate:yes',
      '004:9:zakharova:cooperate:yes',
      '004:10:russia:military-involvement:yes',
      '004:14:kerry:political-solution:yes',
      '004:18:kerry:political-solution:yes',
    ]);
    // Offsets index the document text.
    const s = statements.find((x) => x.documentId === 'seed-000' && x.sentence === 6)!;
    expect(seed000.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('takes bare labeled documents (ids are positions) and labelBatch results (errors skipped)', () => {
    const bare = toStatements([seedDocuments[0]!.document, seedDocuments[1]!.document]);
    expect(bare.map((s) => s.documentId)).toEqual([...Array(9).fill('0'), ...Array(12).fill('1')]);
    expect(bare.every((s) => s.date === null)).toBe(true);
    const batch = toStatements([{ id: 'x', error: { code: 'INPUT_NOT_STRING', message: 'no' } }, { id: 'y', document: seed000.document }]);
    expect(batch).toHaveLength(9);
    expect(new Set(batch.map((s) => s.documentId))).toEqual(new Set(['y']));
  });

  it('refuses what is not a labeled document, and malformed dates, with InputError', () => {
    for (const bad of [null, 42, [{ id: 'a' }], [{ id: 'a', document: seed000.document, date: '13/01/2016' }], [7]]) {
      let error: unknown;
      try {
        toStatements(bad as never);
      } catch (e) {
        error = e;
      }
      expect(isStandpointError(error), JSON.stringify(bad)).toBe(true);
    }
    expect(toStatements([{ id: 'a', date: '2016-01-13T09:30:00Z', document: seed000.document }])[0]!.date).toBe('2016-01-13T09:30:00Z');
  });

  it('is exported from the main entry too', () => {
    expect(toStatementsMain).toBe(toStatements);
    expect(fromMain).toBe(statementsToCsv);
  });
});

describe('statementsToCsv', () => {
  it('writes the DNA columns: person, organization, concept, agreement, text, date', () => {
    const lines = statementsToCsv(statements).split('\n');
    expect(lines).toHaveLength(23); // header, 21 rows, and the final line end
    expect(lines.slice(0, 4)).toEqual([
      'person,organization,concept,agreement,text,date',
      'David Ignatius,media,Cooperate,yes,"Russia, according to American journalist David Ignatius, ""is emerging as an essential partner.""",2016-01-13',
      'United States,us,Cooperate,yes,"The Obama administration officials consider working with Moscow as ""the best of a bad set of options.""",2016-01-13',
      'Gennady Gatilov,russia,Inclusive opposition,yes,#Gatilov: We believe that the Syrian opposition delegation should reflect a broad spectrum of the opposition,2016-01-13',
    ]);
    expect(lines[10]).toBe('United States,us,Military involvement,no,Washington has ruled out sending ground troops.,2016-02-05');
    expect(lines[22]).toBe('');
  });

  it('writes every field with columns "all"', () => {
    const lines = statementsToCsv(statements.slice(9, 10), { columns: 'all' }).split('\n');
    expect(lines[0]).toBe('document_id,date,sentence,start,end,actor_id,actor_name,affiliation,concept,concept_label,agreement,confidence,source,evidence,evidence_start,evidence_end,text');
    expect(lines[1]).toBe('seed-004,2016-02-05,2,0,47,us,United States,us,military-involvement,Military involvement,no,0.9,author,Washington has ruled out sending ground troops.,0,47,Washington has ruled out sending ground troops.');
  });

  it('quotes line breaks and quotes, and leaves the date empty when there is none', () => {
    const doc = makeDocument([{ text: 'Line one\nline "two", end.', claims: [['x', 'X', 'other', 'c', 'C', 'oppose', 'author']] }]);
    expect(statementsToCsv(toStatements([doc.document]))).toBe('person,organization,concept,agreement,text,date\nX,other,C,no,"Line one\nline ""two"", end.",\n');
  });
});

describe('congruence and conflict networks', () => {
  it('ties actors who take the same side on a concept (DNA congruence, no normalisation)', () => {
    const graph = congruenceNetwork(statements);
    expect(graph.type).toBe('undirected');
    expect(graph.nodes()).toEqual(['cook', 'gatilov', 'ignatius', 'kerry', 'obama', 'putin', 'russia', 'us', 'zakharova']);
    expect(graph.getNodeAttributes('kerry')).toEqual({ label: 'John Kerry', affiliation: 'us', statements: 8, support: 8, oppose: 0 });
    expect(edges(graph)).toEqual({
      'cook--ignatius': 1,
      'cook--kerry': 2,
      'cook--obama': 1,
      'cook--us': 1,
      'cook--zakharova': 1,
      'ignatius--kerry': 2,
      'ignatius--obama': 1,
      'ignatius--us': 1,
      'ignatius--zakharova': 1,
      'kerry--obama': 5, // cooperate 2×1 + political-solution 3×1
      'kerry--putin': 4, // political-solution 3×1 + fight-terrorism 1×1
      'kerry--us': 2,
      'kerry--zakharova': 2,
      'obama--putin': 1,
      'obama--us': 1,
      'obama--zakharova': 1,
      'us--zakharova': 1,
    });
    expect(graph.getEdgeAttributes('kerry--obama')).toEqual({ weight: 5, raw: 5, concepts: ['cooperate', 'political-solution'] });
    // Russia and the United States are on opposite sides of military involvement: no congruence tie.
    expect(graph.hasEdge('russia', 'us')).toBe(false);
    expect(graph.degree('gatilov')).toBe(0);
    expect(graph.getAttributes()).toEqual({ network: 'congruence', normalization: 'none', minWeight: 0, statements: 21 });
  });

  it('ties actors on opposite sides in the conflict network', () => {
    const graph = conflictNetwork(statements);
    expect(graph.order).toBe(9);
    expect(edges(graph)).toEqual({ 'russia--us': 1 });
    expect(graph.getEdgeAttributes('russia', 'us')).toEqual({ weight: 1, raw: 1, concepts: ['military-involvement'] });
  });

  it('normalises as DNA does: average, Jaccard, cosine', () => {
    const weight = (normalization: 'average' | 'jaccard' | 'cosine', a: string, b: string, network = congruenceNetwork) =>
      network(statements, { normalization }).getEdgeAttribute(a, b, 'weight');
    // average: raw / ((n_a + n_b) / 2)
    expect(weight('average', 'kerry', 'obama')).toBeCloseTo(1, 12); // 5 / ((8 + 2) / 2)
    expect(weight('average', 'kerry', 'putin')).toBeCloseTo(0.8, 12); // 4 / 5
    expect(weight('average', 'cook', 'kerry')).toBeCloseTo(4 / 9, 12); // 2 / 4.5
    expect(weight('average', 'russia', 'us', conflictNetwork)).toBeCloseTo(0.4, 12); // 1 / 2.5
    // Jaccard: raw / (m10 + m01 + m11)
    expect(weight('jaccard', 'kerry', 'obama')).toBeCloseTo(5 / 8, 12); // m10 = 3 (assad 2, terrorism 1), m01 = 0, m11 = 5
    expect(weight('jaccard', 'kerry', 'putin')).toBeCloseTo(0.5, 12); // m10 = 4 (cooperate 2, assad 2), m11 = 4
    expect(weight('jaccard', 'cook', 'kerry')).toBeCloseTo(0.25, 12); // m01 = 6, m11 = 2
    expect(weight('jaccard', 'russia', 'us', conflictNetwork)).toBeCloseTo(0.2, 12); // m10 = 1 + 2, m01 = 1 + 1, m11 = 0
    // cosine: raw / (‖a‖ ‖b‖) over (concept, agreement) counts
    expect(weight('cosine', 'kerry', 'obama')).toBeCloseTo(5 / 6, 12); // ‖kerry‖ = √18, ‖obama‖ = √2
    expect(weight('cosine', 'kerry', 'putin')).toBeCloseTo(2 / 3, 12);
    expect(weight('cosine', 'cook', 'kerry')).toBeCloseTo(Math.SQRT2 / 3, 12);
    expect(weight('cosine', 'russia', 'us', conflictNetwork)).toBeCloseTo(1 / Math.sqrt(10), 12);
    // The raw weight stays available.
    expect(congruenceNetwork(statements, { normalization: 'cosine' }).getEdgeAttribute('kerry', 'obama', 'raw')).toBe(5);
  });

  it('leaves out edges under minWeight, and isolates on request', () => {
    expect(Object.keys(edges(congruenceNetwork(statements, { minWeight: 2 })))).toEqual(['cook--kerry', 'ignatius--kerry', 'kerry--obama', 'kerry--putin', 'kerry--us', 'kerry--zakharova']);
    expect(Object.keys(edges(congruenceNetwork(statements, { normalization: 'average', minWeight: 0.8 })))).toEqual(['cook--ignatius', 'cook--zakharova', 'ignatius--zakharova', 'kerry--obama', 'kerry--putin']);
    const noIsolates = congruenceNetwork(statements, { isolates: false });
    expect(noIsolates.nodes()).toEqual(['cook', 'ignatius', 'kerry', 'obama', 'putin', 'us', 'zakharova']);
    expect(conflictNetwork(statements, { isolates: false }).nodes()).toEqual(['russia', 'us']);
  });

  it('rejects unknown options with InputError', () => {
    expect(() => congruenceNetwork(statements, { normalization: 'pearson' as never })).toThrow(/normalization must be one of none, average, jaccard, cosine/);
    expect(() => congruenceNetwork(statements, { minWeight: Number.NaN })).toThrow(/minWeight must be a finite number/);
    expect(() => buildNetwork(statements, { network: 'affiliation' } as never)).toThrow(/network must be one of/);
    expect(() => congruenceNetwork('nope' as never)).toThrow(/array of statements/);
  });

  it('builds an empty graph from no statements', () => {
    const graph = congruenceNetwork([]);
    expect([graph.order, graph.size]).toEqual([0, 0]);
  });
});

describe('two-mode network', () => {
  it('weights actor–concept edges by support minus oppose', () => {
    const graph = twoModeNetwork(statements);
    expect(graph.order).toBe(16); // 9 actors + 7 concepts
    expect(graph.size).toBe(16); // distinct actor–concept pairs
    expect(graph.filterNodes((_n, a) => a.mode === 'concept')).toEqual([
      'concept:assad-must-go', 'concept:cooperate', 'concept:fight-terrorism', 'concept:inclusive-opposition', 'concept:military-involvement', 'concept:political-solution', 'concept:syrians-decide',
    ]);
    expect(graph.getNodeAttributes('concept:cooperate')).toEqual({ label: 'Cooperate', mode: 'concept', affiliation: '', statements: 7, support: 7, oppose: 0 });
    expect(graph.getNodeAttributes('actor:us')).toEqual({ label: 'United States', mode: 'actor', affiliation: 'us', statements: 2, support: 1, oppose: 1 });
    expect(graph.getEdgeAttributes('actor:kerry', 'concept:political-solution')).toEqual({ weight: 3, support: 3, oppose: 0 });
    expect(graph.getEdgeAttributes('actor:us', 'concept:military-involvement')).toEqual({ weight: -1, support: 0, oppose: 1 });
    expect(graph.getEdgeAttributes('actor:russia', 'concept:syrians-decide')).toEqual({ weight: 2, support: 2, oppose: 0 });
    expect(twoModeNetwork(statements, { minWeight: 2 }).edges()).toEqual([
      'actor:kerry--concept:assad-must-go', 'actor:kerry--concept:cooperate', 'actor:kerry--concept:political-solution', 'actor:russia--concept:syrians-decide',
    ]);
  });

  it('splits support and oppose into their own edges', () => {
    const split = twoModeNetwork(statements, { weight: 'split' });
    expect(split.multi).toBe(true);
    expect(split.size).toBe(16);
    expect(split.getEdgeAttributes('actor:us--concept:military-involvement--no')).toEqual({ weight: 1, support: 0, oppose: 1, agreement: 'no' });
    // An actor on both sides of one concept gets two edges, and one of weight 0 under "difference".
    const mixed = toStatements([makeDocument([
      { text: 'A backs it.', claims: [['a', 'A', 'us', 'c', 'C', 'support', 'author']] },
      { text: 'A backs it again.', claims: [['a', 'A', 'us', 'c', 'C', 'support', 'author']] },
      { text: 'A now rejects it.', claims: [['a', 'A', 'us', 'c', 'C', 'oppose', 'author']] },
    ]).document]);
    const both = twoModeNetwork(mixed, { weight: 'split' });
    expect(both.mapEdges((key, a) => [key, a.weight, a.agreement])).toEqual([['actor:a--concept:c--yes', 2, 'yes'], ['actor:a--concept:c--no', 1, 'no']]);
    expect(twoModeNetwork(mixed).getEdgeAttributes('actor:a', 'concept:c')).toEqual({ weight: 1, support: 2, oppose: 1 });
  });
});

describe('time windows', () => {
  it('builds one network per month, in time order', () => {
    const windows = networksOverTime(statements, { network: 'congruence', window: 'month' });
    expect(windows.map((w) => [w.window, w.from, w.to, w.statements])).toEqual([
      ['2016-01', '2016-01-01', '2016-01-31', 9],
      ['2016-02', '2016-02-01', '2016-02-29', 12],
    ]);
    expect(edges(windows[0]!.graph)).toEqual({ 'ignatius--obama': 1, 'ignatius--us': 1, 'obama--putin': 1, 'obama--us': 1 });
    expect(edges(windows[1]!.graph)).toEqual({ 'cook--kerry': 2, 'cook--zakharova': 1, 'kerry--zakharova': 2 });
    expect(windows[1]!.graph.nodes()).toEqual(['cook', 'kerry', 'russia', 'us', 'zakharova']);
    expect(windows[1]!.graph.getAttribute('window')).toBe('2016-02');
    const conflict = networksOverTime(statements, { network: 'conflict', window: 'month' });
    expect(conflict.map((w) => w.graph.size)).toEqual([0, 1]);
  });

  it('makes windows of N days from the earliest date, and of years and days', () => {
    expect(networksOverTime(statements, { network: 'congruence', window: { days: 7 } }).map((w) => w.window)).toEqual(['2016-01-13/2016-01-19', '2016-02-03/2016-02-09']);
    const years = networksOverTime(statements, { network: 'two-mode', window: 'year' });
    expect(years.map((w) => [w.window, w.from, w.to, w.graph.size])).toEqual([['2016', '2016-01-01', '2016-12-31', 16]]);
    expect(networksOverTime(statements, { network: 'congruence', window: 'day' }).map((w) => w.window)).toEqual(['2016-01-13', '2016-02-05']);
  });

  it('puts statements without a date in a last "undated" window, and partial dates at the start of their period', () => {
    const mixed = toStatements([
      { id: 'a', document: seed000.document },
      { id: 'b', date: '2016-02', document: seedDocuments[1]!.document },
      { id: 'c', date: '2015', document: seed000.document },
    ]);
    const windows = networksOverTime(mixed, { network: 'congruence', window: 'month', normalization: 'jaccard' });
    expect(windows.map((w) => [w.window, w.from, w.statements])).toEqual([['2015-01', '2015-01-01', 9], ['2016-02', '2016-02-01', 12], ['undated', null, 9]]);
    expect(windows[2]!.graph.getAttribute('normalization')).toBe('jaccard');
  });

  it('rejects a bad window', () => {
    expect(() => networksOverTime(statements, { network: 'congruence', window: 'week' as never })).toThrow(/window must be/);
    expect(() => networksOverTime(statements, { network: 'congruence', window: { days: 0 } })).toThrow(/window must be/);
  });
});

describe('CSV and JSON exports', () => {
  it('writes edge and node tables Gephi can import', () => {
    expect(toEdgeCsv(conflictNetwork(statements))).toBe('source,target,type,weight,raw,concepts\nrussia,us,undirected,1,1,military-involvement\n');
    const nodes = toNodeCsv(conflictNetwork(statements)).split('\n');
    expect(nodes[0]).toBe('id,label,affiliation,statements,support,oppose');
    expect(nodes).toContain('kerry,John Kerry,us,8,8,0');
    expect(nodes).toHaveLength(11);
    expect(toEdgeCsv(congruenceNetwork(statements), { window: '2016' }).split('\n')[1]).toBe('2016,cook,ignatius,undirected,1,1,cooperate');
    expect(toEdgeCsv(congruenceNetwork(statements), { header: false }).split('\n')[0]).toBe('cook,ignatius,undirected,1,1,cooperate');
    expect(toEdgeCsv(twoModeNetwork(statements, { weight: 'split' })).split('\n')[0]).toBe('source,target,type,weight,support,oppose,agreement');
  });

  it('serialises with graphology, and the JSON rebuilds the same graph', async () => {
    const { default: Graph } = await import('graphology');
    const graph = congruenceNetwork(statements, { normalization: 'cosine' });
    const json = JSON.parse(JSON.stringify(toGraphJSON(graph)));
    const back = Graph.from(json);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getEdgeAttributes('kerry', 'obama')).toEqual(graph.getEdgeAttributes('kerry', 'obama'));
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });
});

describe('consistency of networks with their statements', () => {
  // Independent of the implementation: count pairs of statements.
  function pairCount(list: Statement[], a: string, b: string, same: boolean): number {
    let n = 0;
    for (const x of list) for (const y of list) if (x.actorId === a && y.actorId === b && x.concept === y.concept && (x.agreement === y.agreement) === same) n++;
    return n;
  }

  it('the raw weight of every pair equals the number of statement pairs', () => {
    const actors = [...new Set(statements.map((s) => s.actorId))];
    for (const [network, same] of [[congruenceNetwork(statements), true], [conflictNetwork(statements), false]] as const) {
      for (const a of actors) {
        for (const b of actors) {
          if (a >= b) continue;
          const expected = pairCount(statements, a, b, same);
          expect(network.hasEdge(a, b) ? network.getEdgeAttribute(a, b, 'raw') : 0, `${a}–${b}`).toBe(expected);
        }
      }
    }
  });
});
