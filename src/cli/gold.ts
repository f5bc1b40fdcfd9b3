import { readFile } from 'node:fs/promises';
import type { GoldPassage } from '../types.js';
import { CliFailure } from './exit-codes.js';

/** Reads gold passages (JSON Lines, one passage a line) from files; a bad line names its file and line. */
export async function readGoldFiles(files: readonly string[]): Promise<GoldPassage[]> {
  const passages: GoldPassage[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new CliFailure(`cannot read ${file}: ${(error as Error).message}`);
    }
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let passage: unknown;
      try {
        passage = JSON.parse(line);
      } catch (error) {
        throw new CliFailure(`${file}:${i + 1}: not valid JSON: ${(error as Error).message}`);
      }
      const p = passage as Partial<GoldPassage> | null;
      if (!p || typeof p !== 'object' || !Array.isArray(p.sentences)) throw new CliFailure(`${file}:${i + 1}: not a gold passage (it needs a "sentences" array; see the fixture format in the README)`);
      passages.push(p as GoldPassage);
    });
  }
  return passages;
}
