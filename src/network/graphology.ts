import { createRequire } from 'node:module';
import type { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { StandpointError } from '../errors/standpoint-error.js';

// graphology is an optional peer dependency: labeling never needs it, and a
// user who only labels should not install it. It is loaded on the first
// network built, with a clear message when it is missing. The CommonJS build
// resolves it from its own file, the ESM build from its own URL.
/** The classes used here; graphology's CommonJS export is its Graph class with these as statics. */
export interface Graphology {
  UndirectedGraph: typeof UndirectedGraph;
  MultiUndirectedGraph: typeof MultiUndirectedGraph;
}

let cached: Graphology | undefined;

/** Loads graphology once. */
export function loadGraphology(): Graphology {
  if (cached) return cached;
  try {
    const load = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
    cached = load('graphology') as Graphology;
    return cached;
  } catch (error) {
    throw new StandpointError('NETWORK_NEEDS_GRAPHOLOGY', 'Discourse networks need the optional package "graphology" (labeling does not): run `npm install graphology`', { cause: error });
  }
}
