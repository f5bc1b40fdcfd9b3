import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import type { AbstractGraph, Attributes, GraphOptions } from 'graphology-types';
import { StandpointError } from '../errors/standpoint-error.js';

// graphology is an optional peer dependency: labeling never needs it, and a
// user who only labels should not install it. It is loaded on the first
// network built, with a clear message when it is missing. The CommonJS build
// resolves it from its own file, the ESM build from its own URL.
/** A graphology graph class (typed through graphology-types, which every module mode of TypeScript reads alike). */
type GraphClass = new <N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes>(options?: GraphOptions) => AbstractGraph<N, E, G>;

/** The classes used here; graphology's CommonJS export is its Graph class with these as statics. */
export interface Graphology {
  UndirectedGraph: GraphClass;
  MultiUndirectedGraph: GraphClass;
}

let cached: Graphology | undefined;

/** Loads graphology once. */
export function loadGraphology(): Graphology {
  if (cached) return cached;
  try {
    // An ESM build sees a global __filename of "[eval]" under `node -e`: only an absolute path is this file's.
    const load = createRequire(typeof __filename === 'string' && isAbsolute(__filename) ? __filename : import.meta.url);
    cached = load('graphology') as Graphology;
    return cached;
  } catch (error) {
    throw new StandpointError('NETWORK_NEEDS_GRAPHOLOGY', 'Discourse networks need the optional package "graphology" (labeling does not): run `npm install graphology`', { cause: error });
  }
}
