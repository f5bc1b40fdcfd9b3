import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldPassage } from '../../src/index.js';

export const root = join(import.meta.dirname, '..', '..');

/** Reads a JSON Lines gold file of the repo. */
export function readGold(relative: string): GoldPassage[] {
  return readFileSync(join(root, relative), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldPassage);
}

export function readSeed(name: string): string {
  return readFileSync(join(root, 'seeds', name), 'utf8');
}
