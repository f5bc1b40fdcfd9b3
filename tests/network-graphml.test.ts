import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Graph from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { conflictNetwork, congruenceNetwork, toGraphML, toStatements, twoModeNetwork } from '../src/network/index.js';
import { makeDocument, seedDocuments } from './network-fixture.js';

const statements = toStatements(seedDocuments);

/** Parses GraphML with graphology-graphml and checks it is the same graph: nodes, edges, every attribute. */
function roundTrip(graph: Graph, xml: string): void {
  const back = parseGraphML(Graph, xml, { addMissingNodes: false });
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  expect(back.type).toBe(graph.type);
  expect(new Set(back.nodes())).toEqual(new Set(graph.nodes()));
  graph.forEachNode((node, attributes) => expect(back.getNodeAttributes(node), node).toEqual(attributes));
  const flat = (value: unknown) => (Array.isArray(value) ? value.join(';') : value);
  graph.forEachEdge((key, attributes, source, target) => {
    // graphology-graphml keys edges by their GraphML id.
    expect(back.hasEdge(key), key).toBe(true);
    expect(back.extremities(key).sort()).toEqual([source, target].sort());
    const got = back.getEdgeAttributes(key);
    expect(Object.keys(got).sort()).toEqual(Object.keys(attributes).sort());
    for (const [name, value] of Object.entries(attributes)) expect(got[name], `${key}.${name}`).toEqual(flat(value));
  });
  // graphology-graphml adds the <graph> id as an attribute.
  expect(back.getAttributes()).toEqual({ id: 'G', ...graph.getAttributes() });
}

describe('GraphML', () => {
  it('is well-formed XML with typed keys, edge weight a double and node label a string', () => {
    const xml = toGraphML(congruenceNetwork(statements, { normalization: 'average' }));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const keys = doc.graphml.key as Array<Record<string, string>>;
    expect(keys).toContainEqual({ id: 'e_weight', for: 'edge', 'attr.name': 'weight', 'attr.type': 'double' });
    expect(keys).toContainEqual({ id: 'n_label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' });
    expect(keys).toContainEqual({ id: 'e_raw', for: 'edge', 'attr.name': 'raw', 'attr.type': 'int' });
    expect(doc.graphml.graph.edgedefault).toBe('undirected');
    expect(doc.graphml.graph.node).toHaveLength(9);
    expect(doc.graphml.graph.edge).toHaveLength(17);
    expect(doc.graphml.graph.edge[0]).toMatchObject({ id: 'cook--ignatius', source: 'cook', target: 'ignatius' });
  });

  it('round-trips through graphology (graphology-graphml) for every network', () => {
    for (const graph of [
      congruenceNetwork(statements),
      congruenceNetwork(statements, { normalization: 'cosine', minWeight: 0.3 }),
      conflictNetwork(statements, { normalization: 'jaccard' }),
      twoModeNetwork(statements),
      twoModeNetwork(statements, { weight: 'split' }),
    ]) {
      const xml = toGraphML(graph);
      expect(XMLValidator.validate(xml)).toBe(true);
      roundTrip(graph, xml);
    }
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const nasty = makeDocument([
      { text: 'One.', claims: [['a&b', 'Tom & "Jerry" <b>', 'other', 'c<1>', "It's > all", 'support', 'author']] },
      { text: 'Two.', claims: [['ctl', 'Bell\u0007 \uFFFE and \uD800 lone', 'other', 'c<1>', "It's > all", 'support', 'author']] },
      { text: 'Three.', claims: [['emoji', 'Face 😀 ok', 'other', 'c<1>', "It's > all", 'support', 'author']] },
    ]);
    const graph = congruenceNetwork(toStatements([nasty.document]));
    const xml = toGraphML(graph, { id: 'a "quoted" <id>' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const back = parseGraphML(Graph, xml);
    expect(back.getNodeAttribute('a&b', 'label')).toBe('Tom & "Jerry" <b>');
    expect(back.getNodeAttribute('ctl', 'label')).toBe('Bell\uFFFD \uFFFD and \uFFFD lone');
    expect(back.getNodeAttribute('emoji', 'label')).toBe('Face 😀 ok');
    expect(back.getEdgeAttribute('a&b', 'ctl', 'concepts')).toBe('c<1>');
  });

  it('writes an empty graph as valid GraphML', () => {
    const xml = toGraphML(congruenceNetwork([]));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseGraphML(Graph, xml).order).toBe(0);
  });
});
