import type { Statement } from '../src/network/statements.js';

/** Synthetic statements by `actors` invented actors (deterministic for a given seed). */
export function syntheticStatements(actors: number, options?: { seed?: number; scale?: number }): Statement[];
