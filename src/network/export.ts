/**
 * Writers for graphology graphs: GraphML (Gephi, yEd, Cytoscape, igraph,
 * NetworkX), CSV node and edge tables (Gephi's spreadsheet import, R, pandas)
 * and graphology's JSON serialisation (round-trips with `Graph.from`).
 */
import type { AbstractGraph, Attributes, SerializedGraph } from 'graphology-types';
import { csvTable } from './csv.js';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;
type GraphMLType = 'boolean' | 'int' | 'double' | 'string';

// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and astral characters (as surrogate pairs); anything else becomes U+FFFD.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDBFF\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content or a double-quoted attribute. */
export function xmlEscape(value: string): string {
  return value.replace(XML_INVALID, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A value as one GraphML/CSV cell: arrays joined by ";", objects as JSON. */
function scalar(value: unknown): string {
  if (Array.isArray(value)) return value.join(';');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function typeOf(values: unknown[]): GraphMLType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31)) return 'int';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** The attribute names of a set of attribute objects, in first-seen order, with a GraphML type each. */
function keysOf(items: Attributes[], forceDouble: readonly string[] = []): Array<{ name: string; type: GraphMLType }> {
  const values = new Map<string, unknown[]>();
  for (const attributes of items) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      let list = values.get(name);
      if (!list) values.set(name, (list = []));
      list.push(value);
    }
  }
  return [...values].map(([name, list]) => ({ name, type: forceDouble.includes(name) && list.every((v) => typeof v === 'number') ? 'double' : typeOf(list) }));
}

function formatValue(value: unknown, type: GraphMLType): string {
  if (type === 'double' && typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'INF' : '-INF';
  return scalar(value);
}

export interface CsvTableOptions {
  /** A value for a leading "window" column (when several windows share one table). */
  window?: string;
  /** The attribute columns, in order (default: every attribute found, in first-seen order). */
  attributes?: readonly string[];
  /** Write the header line (default true). */
  header?: boolean;
}

/** The attribute names found on a graph's nodes or edges, in first-seen order. */
export function attributeNames(graph: AnyGraph, of: 'nodes' | 'edges'): string[] {
  return keysOf(of === 'nodes' ? graph.mapNodes((_k, a) => a) : graph.mapEdges((_k, a) => a)).map((k) => k.name);
}

export interface GraphMLOptions {
  /** The id of the `<graph>` element (default "G"). */
  id?: string;
}

/**
 * Writes a graph as GraphML (UTF-8, one `<key>` per attribute with its type;
 * edge `weight` is always a double so Gephi reads it as the edge weight, and
 * node `label` is the label Gephi shows). Arrays are joined with ";".
 *
 * @param graph - A graphology graph (any of the network builders' results).
 * @param options - `id` of the graph element.
 * @returns The GraphML document.
 * @example
 * writeFileSync('congruence.graphml', toGraphML(congruenceNetwork(statements)))
 */
export function toGraphML(graph: AnyGraph, options: GraphMLOptions = {}): string {
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const edges = graph.mapEdges((key, attributes, source, target, _sa, _ta, undirected) => ({ key, attributes, source, target, undirected }));
  const graphKeys = keysOf([graph.getAttributes()]);
  const nodeKeys = keysOf(nodes.map((n) => n.attributes));
  const edgeKeys = keysOf(edges.map((e) => e.attributes), ['weight']);
  const defaultDirected = graph.type === 'directed';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const keyId = (scope: string, name: string) => xmlEscape(`${scope}_${name}`);
  for (const [scope, keys] of [['g', graphKeys], ['n', nodeKeys], ['e', edgeKeys]] as const) {
    const target = scope === 'g' ? 'graph' : scope === 'n' ? 'node' : 'edge';
    for (const k of keys) lines.push(`  <key id="${keyId(scope, k.name)}" for="${target}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`);
  }
  const data = (indent: string, scope: string, keys: Array<{ name: string; type: GraphMLType }>, attributes: Attributes) => {
    for (const k of keys) {
      const value = attributes[k.name];
      if (value === undefined || value === null) continue;
      lines.push(`${indent}<data key="${keyId(scope, k.name)}">${xmlEscape(formatValue(value, k.type))}</data>`);
    }
  };
  lines.push(`  <graph id="${xmlEscape(options.id ?? 'G')}" edgedefault="${defaultDirected ? 'directed' : 'undirected'}">`);
  data('    ', 'g', graphKeys, graph.getAttributes());
  for (const n of nodes) {
    if (nodeKeys.length === 0) {
      lines.push(`    <node id="${xmlEscape(n.key)}"/>`);
      continue;
    }
    lines.push(`    <node id="${xmlEscape(n.key)}">`);
    data('      ', 'n', nodeKeys, n.attributes);
    lines.push('    </node>');
  }
  for (const e of edges) {
    const directedness = e.undirected === !defaultDirected ? '' : ` directed="${e.undirected ? 'false' : 'true'}"`;
    lines.push(`    <edge id="${xmlEscape(e.key)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"${directedness}>`);
    data('      ', 'e', edgeKeys, e.attributes);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/**
 * Writes the edges as CSV: `source,target,type,weight`, then the other edge
 * attributes (arrays joined with ";"). The first four columns are those
 * Gephi's spreadsheet import recognises.
 *
 * @param graph - A graphology graph.
 * @param options - `window`: a value for a leading "window" column; `attributes`: the attribute columns after weight (default: every edge attribute); `header`: false to leave the header out.
 * @returns The CSV text, a header line first.
 * @example
 * toEdgeCsv(conflictNetwork(statements))
 * // 'source,target,type,weight,raw,concepts\nkerry,russia,undirected,1,1,fight-terrorism\n'
 */
export function toEdgeCsv(graph: AnyGraph, options: CsvTableOptions = {}): string {
  const rows = graph.mapEdges((_key, attributes, source, target, _sa, _ta, undirected) => ({ attributes, source, target, undirected }));
  const extra = (options.attributes ?? keysOf(rows.map((r) => r.attributes)).map((k) => k.name)).filter((name) => name !== 'weight');
  const lead = options.window === undefined ? [] : ['window'];
  const csv = csvTable(
    [...lead, 'source', 'target', 'type', 'weight', ...extra],
    rows.map((r) => [...(options.window === undefined ? [] : [options.window]), r.source, r.target, r.undirected ? 'undirected' : 'directed', r.attributes.weight ?? 1, ...extra.map((name) => r.attributes[name])]),
  );
  return options.header === false ? csv.slice(csv.indexOf('\n') + 1) : csv;
}

/**
 * Writes the nodes as CSV: `id,label`, then the other node attributes.
 *
 * @param graph - A graphology graph.
 * @param options - `window`, `attributes` (default: every node attribute) and `header`, as for `toEdgeCsv`.
 * @returns The CSV text, a header line first.
 * @example
 * toNodeCsv(congruenceNetwork(statements))
 * // 'id,label,affiliation,statements,support,oppose\nkerry,John Kerry,us,8,7,1\n…'
 */
export function toNodeCsv(graph: AnyGraph, options: CsvTableOptions = {}): string {
  const rows = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const extra = (options.attributes ?? keysOf(rows.map((r) => r.attributes)).map((k) => k.name)).filter((name) => name !== 'label');
  const lead = options.window === undefined ? [] : ['window'];
  const csv = csvTable(
    [...lead, 'id', 'label', ...extra],
    rows.map((r) => [...(options.window === undefined ? [] : [options.window]), r.key, r.attributes.label ?? r.key, ...extra.map((name) => r.attributes[name])]),
  );
  return options.header === false ? csv.slice(csv.indexOf('\n') + 1) : csv;
}

/**
 * The graph as graphology's JSON serialisation (`{ options, attributes,
 * nodes, edges }`); `Graph.from(json)` rebuilds it.
 *
 * @param graph - A graphology graph.
 * @returns A plain object, ready for `JSON.stringify`.
 * @example
 * JSON.stringify(toGraphJSON(twoModeNetwork(statements)))
 */
export function toGraphJSON(graph: AnyGraph): SerializedGraph {
  return graph.export();
}
