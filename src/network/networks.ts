/**
 * Discourse networks from statements, as graphology graphs: the two-mode
 * actor × concept network and the one-mode actor congruence and conflict
 * networks of Discourse Network Analysis, whole or per time window.
 */
// Types from graphology-types, not from graphology: graphology's own
// declarations are ESM-style in a CommonJS package, so under TypeScript's
// node16/nodenext resolution its default export is a namespace, not a class.
import type { AbstractGraph } from 'graphology-types';
import { InputError } from '../errors/input-error.js';
import { loadGraphology } from './graphology.js';
import type { Statement } from './statements.js';

/**
 * DNA's normalisations of one-mode edge weights (docs/network-weights.md).
 * "cosine" lies in [0, 1]; "jaccard" in [0, 1] for congruence but not for
 * conflict; "none" and "average" grow with repeated statements.
 */
export type Normalization = 'none' | 'average' | 'jaccard' | 'cosine';
export const NORMALIZATIONS: readonly Normalization[] = ['none', 'average', 'jaccard', 'cosine'];

/** DNA's normalisations of two-mode edge weights: by the actor's statements ("activity") or the concept's ("prominence"). */
export type TwoModeNormalization = 'none' | 'activity' | 'prominence';
export const TWO_MODE_NORMALIZATIONS: readonly TwoModeNormalization[] = ['none', 'activity', 'prominence'];

export type NetworkType = 'congruence' | 'conflict' | 'two-mode';
export const NETWORK_TYPES: readonly NetworkType[] = ['congruence', 'conflict', 'two-mode'];

/** Two-mode edge weights: one edge of weight support − oppose, or one edge per agreement weighted by its count. */
export type TwoModeWeight = 'difference' | 'split';

export interface ActorNodeAttributes {
  label: string;
  affiliation: string;
  /** Statements of this actor in the network's statements. */
  statements: number;
  support: number;
  oppose: number;
}

export interface ActorEdgeAttributes {
  /** The normalised weight (the raw weight under "none"). */
  weight: number;
  /** Σ over concepts of the products of the two actors' statement counts with the same (congruence) or opposite (conflict) agreement. */
  raw: number;
  /** The concepts the edge stands on, sorted. */
  concepts: string[];
}

export interface ActorGraphAttributes {
  network: 'congruence' | 'conflict';
  normalization: Normalization;
  minWeight: number;
  statements: number;
  window?: string;
}

export interface TwoModeNodeAttributes {
  label: string;
  mode: 'actor' | 'concept';
  /** The actor's affiliation; "" for a concept. */
  affiliation: string;
  statements: number;
  support: number;
  oppose: number;
}

export interface TwoModeEdgeAttributes {
  /** support − oppose ("difference"), or the count of statements of this edge's agreement ("split"); divided by the actor's or the concept's statements under "activity" or "prominence". */
  weight: number;
  support: number;
  oppose: number;
  /** Only under "split": which agreement the edge carries. */
  agreement?: 'yes' | 'no';
}

export interface TwoModeGraphAttributes {
  network: 'two-mode';
  weight: TwoModeWeight;
  normalization: TwoModeNormalization;
  minWeight: number;
  statements: number;
  window?: string;
}

/** A one-mode actor network: undirected, one edge per actor pair. */
export type ActorNetwork = AbstractGraph<ActorNodeAttributes, ActorEdgeAttributes, ActorGraphAttributes>;
/** A two-mode actor × concept network: undirected (multi under "split"); node keys "actor:ID" and "concept:ID". */
export type TwoModeNetwork = AbstractGraph<TwoModeNodeAttributes, TwoModeEdgeAttributes, TwoModeGraphAttributes>;
export type DiscourseNetwork = ActorNetwork | TwoModeNetwork;

export interface ActorNetworkOptions {
  /** How raw weights are normalised (default "none"); docs/network-weights.md gives the formulas and which are bounded. */
  normalization?: Normalization;
  /** Edges whose (normalised) weight is below this are left out (default 0: every pair with a raw weight above 0). */
  minWeight?: number;
  /** Keep actors without edges as nodes (default true). */
  isolates?: boolean;
}

export interface TwoModeNetworkOptions {
  /** "difference" (default): weight = support − oppose; "split": a support edge and an oppose edge. */
  weight?: TwoModeWeight;
  /** "none" (default); "activity": the weight divided by the actor's statements; "prominence": by the concept's statements. Both lie in [-1, 1]. */
  normalization?: TwoModeNormalization;
  /** Edges backed by fewer statements than this are left out (default 1); counted before normalisation. */
  minWeight?: number;
}

export type NetworkOptions =
  | ({ network: 'congruence' | 'conflict' } & ActorNetworkOptions)
  | ({ network: 'two-mode' } & TwoModeNetworkOptions);

// ───────────────────────── aggregation ─────────────────────────

interface ActorProfile {
  id: string;
  name: string;
  affiliation: string;
  statements: number;
  support: number;
  oppose: number;
  /** concept → [yes count, no count] */
  concepts: Map<string, [number, number]>;
}

function checkStatements(statements: readonly Statement[], fn: string): void {
  if (!Array.isArray(statements)) throw new InputError('INPUT_INVALID_OPTION', `${fn}() takes the array of statements from toStatements()`);
}

function profiles(statements: readonly Statement[]): ActorProfile[] {
  const byId = new Map<string, ActorProfile>();
  for (const s of statements) {
    let p = byId.get(s.actorId);
    if (!p) byId.set(s.actorId, (p = { id: s.actorId, name: s.actorName, affiliation: s.affiliation, statements: 0, support: 0, oppose: 0, concepts: new Map() }));
    let counts = p.concepts.get(s.concept);
    if (!counts) p.concepts.set(s.concept, (counts = [0, 0]));
    const k = s.agreement === 'yes' ? 0 : 1;
    counts[k]++;
    p.statements++;
    if (k === 0) p.support++;
    else p.oppose++;
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function checkNumber(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InputError('INPUT_INVALID_OPTION', `${name} must be a finite number (got ${String(value)})`);
  return value;
}

function checkNormalization(value: unknown): Normalization {
  if (value === undefined) return 'none';
  if (!NORMALIZATIONS.includes(value as Normalization)) throw new InputError('INPUT_INVALID_OPTION', `normalization must be one of ${NORMALIZATIONS.join(', ')} (got ${JSON.stringify(value)})`);
  return value as Normalization;
}

/** The raw weight of a pair and the concepts it stands on (DNA: Σ_j Σ_k,l a1[j][k]·a2[j][l] over same (congruence) or different (conflict) qualifiers). */
function rawWeight(a: ActorProfile, b: ActorProfile, conflict: boolean): { raw: number; concepts: string[] } {
  let raw = 0;
  const concepts: string[] = [];
  for (const [concept, [ay, an]] of a.concepts) {
    const other = b.concepts.get(concept);
    if (!other) continue;
    const [by, bn] = other;
    const w = conflict ? ay * bn + an * by : ay * by + an * bn;
    if (w > 0) {
      raw += w;
      concepts.push(concept);
    }
  }
  return { raw, concepts: concepts.sort() };
}

/**
 * DNA's normalisations, over each actor's counts per (concept, agreement):
 * average divides by the mean of the two actors' statements; Jaccard by
 * m10 + m01 + m11 (counts only one of them has, and the products of counts
 * both have); cosine by the product of the vectors' Euclidean lengths.
 */
function normalize(raw: number, a: ActorProfile, b: ActorProfile, normalization: Normalization): number {
  if (normalization === 'none' || raw === 0) return raw;
  if (normalization === 'average') return raw / ((a.statements + b.statements) / 2);
  if (normalization === 'cosine') {
    let sa = 0;
    let sb = 0;
    for (const [y, n] of a.concepts.values()) sa += y * y + n * n;
    for (const [y, n] of b.concepts.values()) sb += y * y + n * n;
    return raw / (Math.sqrt(sa) * Math.sqrt(sb));
  }
  // Jaccard: m10 = a's counts where b has none (same concept and qualifier), m01 the reverse, m11 = Σ products where both have some.
  let m10 = 0;
  let m01 = 0;
  let m11 = 0;
  const keys = new Set([...a.concepts.keys(), ...b.concepts.keys()]);
  for (const concept of keys) {
    const ca = a.concepts.get(concept) ?? [0, 0];
    const cb = b.concepts.get(concept) ?? [0, 0];
    for (let k = 0; k < 2; k++) {
      const x = ca[k]!;
      const y = cb[k]!;
      if (y === 0) m10 += x;
      if (x === 0) m01 += y;
      if (x > 0 && y > 0) m11 += x * y;
    }
  }
  const denominator = m10 + m01 + m11;
  return denominator === 0 ? 0 : raw / denominator;
}

// ───────────────────────── builders ─────────────────────────

function actorNetwork(statements: readonly Statement[], kind: 'congruence' | 'conflict', options: ActorNetworkOptions): ActorNetwork {
  checkStatements(statements, `${kind}Network`);
  const normalization = checkNormalization(options.normalization);
  const minWeight = checkNumber(options.minWeight, 'minWeight', 0);
  const isolates = options.isolates ?? true;
  const Graph = loadGraphology();
  const graph: ActorNetwork = new Graph.UndirectedGraph<ActorNodeAttributes, ActorEdgeAttributes, ActorGraphAttributes>();
  graph.replaceAttributes({ network: kind, normalization, minWeight, statements: statements.length });
  const actors = profiles(statements);
  for (const p of actors) graph.addNode(p.id, { label: p.name, affiliation: p.affiliation, statements: p.statements, support: p.support, oppose: p.oppose });
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const a = actors[i]!;
      const b = actors[j]!;
      const { raw, concepts } = rawWeight(a, b, kind === 'conflict');
      if (raw === 0) continue;
      const weight = normalize(raw, a, b, normalization);
      if (weight < minWeight) continue;
      graph.addEdgeWithKey(`${a.id}--${b.id}`, a.id, b.id, { weight, raw, concepts });
    }
  }
  if (!isolates) for (const node of graph.filterNodes((n) => graph.degree(n) === 0)) graph.dropNode(node);
  return graph;
}

/**
 * The actor congruence network: two actors are tied by the concepts on which
 * they agree (both support, or both oppose). The raw weight of a pair is
 * Σ over concepts of (a's support × b's support + a's oppose × b's oppose),
 * as in DNA; `normalization` divides it as DNA does ("cosine" and "jaccard"
 * lie in [0, 1]; "none" and "average" grow with repeated statements).
 *
 * @param statements - From `toStatements`.
 * @param options - `normalization` ("none" | "average" | "jaccard" | "cosine"), `minWeight`, `isolates`.
 * @returns An undirected graphology graph: nodes are actor ids, edges `a--b` with `weight`, `raw`, `concepts`.
 * @throws StandpointError NETWORK_NEEDS_GRAPHOLOGY when graphology is not installed.
 * @example
 * const graph = congruenceNetwork(statements, { normalization: 'average' })
 * graph.getEdgeAttribute('kerry--russia', 'weight') // 0.5714285714285714
 */
export function congruenceNetwork(statements: readonly Statement[], options: ActorNetworkOptions = {}): ActorNetwork {
  return actorNetwork(statements, 'congruence', options);
}

/**
 * The actor conflict network: two actors are tied by the concepts on which
 * one supports what the other opposes. Raw weight Σ over concepts of
 * (a's support × b's oppose + a's oppose × b's support); normalised as in
 * `congruenceNetwork`. Only "cosine" is bounded here: DNA's Jaccard of a
 * conflict tie exceeds 1 when both actors repeat their opposite statements
 * (n against n gives n / 2).
 *
 * @param statements - From `toStatements`.
 * @param options - `normalization`, `minWeight`, `isolates`.
 * @returns An undirected graphology graph like `congruenceNetwork`'s.
 * @example
 * conflictNetwork(statements).getEdgeAttributes('kerry--russia') // { weight: 1, raw: 1, concepts: ['fight-terrorism'] }
 */
export function conflictNetwork(statements: readonly Statement[], options: ActorNetworkOptions = {}): ActorNetwork {
  return actorNetwork(statements, 'conflict', options);
}

/**
 * The two-mode (bipartite) actor × concept network. Node keys are
 * "actor:ID" and "concept:ID" (attribute `mode` tells which).
 *
 * @param statements - From `toStatements`.
 * @param options - `weight`: "difference" (default; one edge, weight = support − oppose) or "split" (a "yes" and a "no" edge, each weighted by its count); `normalization`: "none" (default), "activity" (divided by the actor's statements) or "prominence" (by the concept's), as in DNA; `minWeight`: least statements behind an edge (default 1).
 * @returns An undirected graphology graph (a multigraph under "split").
 * @example
 * twoModeNetwork(statements).getEdgeAttributes('actor:kerry', 'concept:assad-must-go') // { weight: 0, support: 1, oppose: 1 }
 * // Kerry's 8 statements include 3 on a political solution, all support:
 * twoModeNetwork(statements, { normalization: 'activity' }).getEdgeAttribute('actor:kerry', 'concept:political-solution', 'weight') // 0.375
 */
export function twoModeNetwork(statements: readonly Statement[], options: TwoModeNetworkOptions = {}): TwoModeNetwork {
  checkStatements(statements, 'twoModeNetwork');
  const mode = options.weight ?? 'difference';
  if (mode !== 'difference' && mode !== 'split') throw new InputError('INPUT_INVALID_OPTION', `weight must be "difference" or "split" (got ${JSON.stringify(mode)})`);
  const normalization = options.normalization ?? 'none';
  if (!TWO_MODE_NORMALIZATIONS.includes(normalization)) throw new InputError('INPUT_INVALID_OPTION', `a two-mode network's normalization must be one of ${TWO_MODE_NORMALIZATIONS.join(', ')} (got ${JSON.stringify(normalization)})`);
  const minWeight = checkNumber(options.minWeight, 'minWeight', 1);
  const Graph = loadGraphology();
  const graph: TwoModeNetwork = mode === 'split'
    ? new Graph.MultiUndirectedGraph<TwoModeNodeAttributes, TwoModeEdgeAttributes, TwoModeGraphAttributes>()
    : new Graph.UndirectedGraph<TwoModeNodeAttributes, TwoModeEdgeAttributes, TwoModeGraphAttributes>();
  graph.replaceAttributes({ network: 'two-mode', weight: mode, normalization, minWeight, statements: statements.length });

  const actors = profiles(statements);
  const concepts = new Map<string, { label: string; support: number; oppose: number }>();
  for (const s of statements) {
    let c = concepts.get(s.concept);
    if (!c) concepts.set(s.concept, (c = { label: s.conceptLabel, support: 0, oppose: 0 }));
    if (s.agreement === 'yes') c.support++;
    else c.oppose++;
  }
  for (const p of actors) graph.addNode(`actor:${p.id}`, { label: p.name, mode: 'actor', affiliation: p.affiliation, statements: p.statements, support: p.support, oppose: p.oppose });
  for (const id of [...concepts.keys()].sort()) {
    const c = concepts.get(id)!;
    graph.addNode(`concept:${id}`, { label: c.label, mode: 'concept', affiliation: '', statements: c.support + c.oppose, support: c.support, oppose: c.oppose });
  }
  for (const p of actors) {
    for (const concept of [...p.concepts.keys()].sort()) {
      const [support, oppose] = p.concepts.get(concept)!;
      const source = `actor:${p.id}`;
      const target = `concept:${concept}`;
      // DNA: activity divides by the row's (actor's) statements, prominence by the column's (concept's).
      const by = normalization === 'activity' ? p.statements : normalization === 'prominence' ? concepts.get(concept)!.support + concepts.get(concept)!.oppose : 1;
      if (mode === 'difference') {
        if (support + oppose >= minWeight) graph.addEdgeWithKey(`${source}--${target}`, source, target, { weight: (support - oppose) / by, support, oppose });
        continue;
      }
      if (support > 0 && support >= minWeight) graph.addEdgeWithKey(`${source}--${target}--yes`, source, target, { weight: support / by, support, oppose, agreement: 'yes' });
      if (oppose > 0 && oppose >= minWeight) graph.addEdgeWithKey(`${source}--${target}--no`, source, target, { weight: oppose / by, support, oppose, agreement: 'no' });
    }
  }
  return graph;
}

/**
 * Builds the network named by `options.network`.
 *
 * @param statements - From `toStatements`.
 * @param options - `network` ("congruence" | "conflict" | "two-mode") and that builder's options.
 * @returns The graph.
 * @example
 * buildNetwork(statements, { network: 'conflict', normalization: 'jaccard' })
 */
export function buildNetwork(statements: readonly Statement[], options: { network: 'two-mode' } & TwoModeNetworkOptions): TwoModeNetwork;
export function buildNetwork(statements: readonly Statement[], options: { network: 'congruence' | 'conflict' } & ActorNetworkOptions): ActorNetwork;
export function buildNetwork(statements: readonly Statement[], options: NetworkOptions): DiscourseNetwork;
export function buildNetwork(statements: readonly Statement[], options: NetworkOptions): DiscourseNetwork {
  const network = (options as { network?: unknown } | undefined)?.network;
  if (network === 'congruence') return congruenceNetwork(statements, options as ActorNetworkOptions);
  if (network === 'conflict') return conflictNetwork(statements, options as ActorNetworkOptions);
  if (network === 'two-mode') return twoModeNetwork(statements, options as TwoModeNetworkOptions);
  throw new InputError('INPUT_INVALID_OPTION', `network must be one of ${NETWORK_TYPES.join(', ')} (got ${JSON.stringify(network)})`);
}

// ───────────────────────── time windows ─────────────────────────

/** Calendar windows, or consecutive windows of N days from the earliest date. */
export type TimeWindow = 'year' | 'month' | 'day' | { days: number };

export interface WindowedNetwork<G extends DiscourseNetwork = DiscourseNetwork> {
  /** "2016", "2016-01", "2016-01-13", "2016-01-01/2016-01-07" (N days), or "undated". */
  window: string;
  /** First and last day of the window (inclusive, YYYY-MM-DD); null for "undated". */
  from: string | null;
  to: string | null;
  statements: number;
  graph: G;
}

const DAY = 86_400_000;

/** A statement date as a UTC day number; partial dates fall on the first day of their year or month. */
function dayOf(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  const d = date.length >= 10 ? Number(date.slice(8, 10)) : 1;
  return Math.floor(Date.UTC(y, m - 1, d) / DAY);
}

const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

function windowOf(day: number, window: TimeWindow, first: number): { key: string; from: string; to: string } {
  const date = new Date(day * DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (window === 'year') return { key: String(y).padStart(4, '0'), from: iso(Date.UTC(y, 0, 1) / DAY), to: iso(Date.UTC(y, 11, 31) / DAY) };
  if (window === 'month') {
    const from = iso(Date.UTC(y, m, 1) / DAY);
    return { key: from.slice(0, 7), from, to: iso(Date.UTC(y, m + 1, 0) / DAY) };
  }
  if (window === 'day') return { key: iso(day), from: iso(day), to: iso(day) };
  const start = first + Math.floor((day - first) / window.days) * window.days;
  const from = iso(start);
  const to = iso(start + window.days - 1);
  return { key: `${from}/${to}`, from, to };
}

function checkWindow(window: unknown): TimeWindow {
  if (window === 'year' || window === 'month' || window === 'day') return window;
  if (window !== null && typeof window === 'object' && Number.isInteger((window as { days?: unknown }).days) && (window as { days: number }).days >= 1) return window as { days: number };
  throw new InputError('INPUT_INVALID_OPTION', `window must be "year", "month", "day" or { days: N } with N a positive integer (got ${JSON.stringify(window)})`);
}

/**
 * The network per time window: statements are grouped by their document's
 * date into calendar years, months or days, or into consecutive windows of N
 * days starting at the earliest date; each non-empty window gets its own
 * network, in time order. Statements without a date come last, in a window
 * called "undated".
 *
 * @param statements - From `toStatements` (dates come from the documents).
 * @param options - `window` plus the options of `buildNetwork`.
 * @returns One `{ window, from, to, statements, graph }` per non-empty window.
 * @example
 * networksOverTime(statements, { network: 'congruence', window: 'month' }).map((w) => `${w.window}: ${w.graph.size} edges`)
 * // ['2016-01: 3 edges', '2016-02: 1 edges']
 */
export function networksOverTime(statements: readonly Statement[], options: { network: 'two-mode'; window: TimeWindow } & TwoModeNetworkOptions): Array<WindowedNetwork<TwoModeNetwork>>;
export function networksOverTime(statements: readonly Statement[], options: { network: 'congruence' | 'conflict'; window: TimeWindow } & ActorNetworkOptions): Array<WindowedNetwork<ActorNetwork>>;
export function networksOverTime(statements: readonly Statement[], options: NetworkOptions & { window: TimeWindow }): WindowedNetwork[];
export function networksOverTime(statements: readonly Statement[], options: NetworkOptions & { window: TimeWindow }): WindowedNetwork[] {
  checkStatements(statements, 'networksOverTime');
  const window = checkWindow(options?.window);
  const days = statements.map((s) => (s.date ? dayOf(s.date) : null));
  const dated = days.filter((d): d is number => d !== null);
  const first = dated.reduce((min, d) => Math.min(min, d), dated[0] ?? 0);
  const groups = new Map<string, { from: string | null; to: string | null; statements: Statement[] }>();
  statements.forEach((s, i) => {
    const day = days[i];
    const w = day === null || day === undefined ? { key: 'undated', from: null, to: null } : windowOf(day, window, first);
    let group = groups.get(w.key);
    if (!group) groups.set(w.key, (group = { from: w.from, to: w.to, statements: [] }));
    group.statements.push(s);
  });
  const keys = [...groups.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return keys.map((key) => {
    const group = groups.get(key)!;
    const graph = buildNetwork(group.statements, options);
    (graph as ActorNetwork).setAttribute('window', key);
    return { window: key, from: group.from, to: group.to, statements: group.statements.length, graph };
  });
}
