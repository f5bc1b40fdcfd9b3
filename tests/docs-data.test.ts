// No sentence of the development files (published news, kept outside the repository and used only to
// measure) may appear anywhere in the repository: not in the pages, the examples, the code or the
// fixtures. The files are read from ../shared/data beside the repository, or from
// $STANDPOINT_SHARED/data; without them the check is skipped, saying so.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../scripts/doctest.mjs';

const shared = process.env.STANDPOINT_SHARED ?? join(root, '..', 'shared');
const dataDir = join(shared, 'data');
const devFiles = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => /^dev-real.*\.jsonl$/.test(f)).sort() : [];

/** Whitespace collapsed and JSON's escaped quotes read as quotes, so that a sentence is found inside a JSON string too. */
const flat = (s: string): string => s.replace(/\\"/g, '"').replace(/\s+/g, ' ');

/** The development sentences long enough that finding one elsewhere is a copy, not a coincidence. */
function sentencesOf(files: string[]): string[] {
  const out = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const passage = JSON.parse(line) as { sentences?: { text?: unknown }[] };
      for (const s of passage.sentences ?? []) {
        if (typeof s.text !== 'string') continue;
        const text = flat(s.text).trim();
        if (text.length >= 40 && text.split(' ').length >= 7) out.add(text);
      }
    }
  }
  return [...out];
}

/** The repository's text files: tracked, plus new ones not ignored. */
function repoFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  return listed
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(root, f)) && !/\.(png|jpe?g|gif|ico|tgz|woff2?)$/i.test(f) && f !== 'package-lock.json');
}

describe('the development data stays out of the repository', () => {
  it.skipIf(devFiles.length === 0)(`no sentence of ${devFiles.join(', ') || 'dev-real*.jsonl (absent here: skipped)'} is in a file of the repository`, () => {
    const sentences = sentencesOf(devFiles.map((f) => join(dataDir, f)));
    expect(sentences.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of repoFiles()) {
      const text = flat(readFileSync(join(root, file), 'utf8'));
      for (const s of sentences) if (text.includes(s)) found.push(`${file}: "${s.slice(0, 40)}…"`);
    }
    expect(found).toEqual([]);
  });

});
