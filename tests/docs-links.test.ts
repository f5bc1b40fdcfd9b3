// Every relative link and image of README.md and docs/*.md points to a file of the repository, and
// every #anchor to a heading of its page (as GitHub makes anchors), so that the pages can be read
// from a clone, on the repository's site and on the package page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPages, parseBlocks, root } from '../scripts/doctest.mjs';

/** The page without its fenced blocks and inline code, where a "[x](y)" is text, not a link. */
function prose(text: string): string {
  const { lines, blocks } = parseBlocks(text);
  const kept = [...lines];
  for (const b of blocks) for (let i = b.open; i <= b.close && i < kept.length; i++) kept[i] = '';
  return kept.join('\n').replace(/(`+)[^`]*?\1/g, '');
}

/** GitHub's anchor for a heading: lowercase, punctuation dropped, each space a hyphen, repeats numbered. */
export function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  const { lines, blocks } = parseBlocks(text);
  const inBlock = new Set(blocks.flatMap((b) => Array.from({ length: b.close - b.open + 1 }, (_, k) => b.open + k)));
  lines.forEach((line, i) => {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m || inBlock.has(i)) return;
    const rendered = m[1]!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
    const base = rendered.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  });
  return anchors;
}

/** Every link target of a page: inline links and images, reference definitions, HTML href/src. */
export function linksOf(text: string): string[] {
  const body = prose(text);
  const targets: string[] = [];
  for (const m of body.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]!);
  for (const m of body.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) targets.push(m[1]!);
  for (const m of body.matchAll(/\b(?:href|src)="([^"]+)"/g)) targets.push(m[1]!);
  return targets;
}

/** What is wrong with one link of a page, or null when it resolves. */
export function brokenLink(page: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto: …: not ours to check
  if (target.startsWith('/')) return `${target}: an absolute path does not resolve on the repository's site or the package page; make it relative`;
  const [path = '', anchor] = target.split('#', 2) as [string, string | undefined];
  const file = path === '' ? resolve(root, page) : resolve(dirname(resolve(root, page)), decodeURIComponent(path));
  if (relative(root, file).startsWith('..')) return `${target}: points outside the repository`;
  if (!existsSync(file)) return `${target}: ${relative(root, file)} does not exist`;
  if (anchor !== undefined) {
    if (statSync(file).isDirectory() || !file.endsWith('.md')) return `${target}: an anchor into a file that is not a Markdown page`;
    if (!anchorsOf(readFileSync(file, 'utf8')).has(anchor)) return `${target}: ${relative(root, file)} has no heading with the anchor #${anchor}`;
  }
  return null;
}

describe('links between the pages', () => {
  const pages = defaultPages();

  it('finds the pages and their links', () => {
    expect(pages).toContain('README.md');
    expect(pages.length).toBeGreaterThan(1);
    expect(linksOf(readFileSync(join(root, 'README.md'), 'utf8')).length).toBeGreaterThan(5);
  });

  for (const page of pages) {
    it(`every relative link of ${page} resolves`, () => {
      const text = readFileSync(join(root, page), 'utf8');
      const broken = linksOf(text).map((t) => brokenLink(page, t)).filter((p) => p !== null);
      expect(broken).toEqual([]);
    });
  }
});

describe('the link checker', () => {
  it('makes the anchors GitHub makes', () => {
    const anchors = anchorsOf('# Errors\n## `assad-must-go` — Assad must go\n## The API\n## The API\n```md\n# not a heading\n```\n### Labeling: `label()`, and more!\n');
    expect([...anchors]).toEqual(['errors', 'assad-must-go--assad-must-go', 'the-api', 'the-api-1', 'labeling-label-and-more']);
  });

  it('reads links outside code only', () => {
    const links = linksOf('See [a](docs/a.md#x) and ![b](b.png "B").\n`[c](c.md)`\n```js\n[d](d.md)\n```\n[e]: e.md\n<img src="f.png">');
    expect(links).toEqual(['docs/a.md#x', 'b.png', 'e.md', 'f.png']);
  });

  it('reports a missing file, a missing anchor, an absolute path, and leaves URLs alone', () => {
    expect(brokenLink('README.md', 'docs/no-such-page.md')).toMatch(/does not exist/);
    expect(brokenLink('README.md', '#no-such-heading')).toMatch(/no heading with the anchor/);
    expect(brokenLink('README.md', '/docs/concepts.md')).toMatch(/absolute path/);
    expect(brokenLink('README.md', 'https://example.com/x')).toBeNull();
    expect(brokenLink('README.md', 'docs/concepts.md#holders')).toBeNull();
    expect(brokenLink('docs/concepts.md', '../README.md#errors')).toBeNull();
  });
});
