#!/usr/bin/env node
// Copies the article corpus (our own rewriting, one article a line) into fixtures/articles/,
// adding the article's text as a reader would get it: a headline, a subhead, a tweet and its
// attribution line stand on lines of their own; the sentences of the body follow one another.
//
//   node scripts/import-articles.mjs ../shared/data/train
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2];
if (!from) {
  console.error('usage: node scripts/import-articles.mjs DIR');
  process.exit(2);
}
const ENDS = /[.!?…]["'”’)\]]*$/;
const ATTRIBUTION = /^[\s\u00a0]*[—–―-].*\(@\w+\)/;
const out = new URL('../fixtures/articles/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(from).filter((f) => f.endsWith('.jsonl')).sort()) {
  const lines = [];
  for (const line of readFileSync(join(from, file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const article = JSON.parse(line);
    let text = '';
    article.sentences.forEach((s, i) => {
      if (i > 0) {
        const previous = article.sentences[i - 1].text;
        const own = !ENDS.test(previous) || ATTRIBUTION.test(s.text) || ATTRIBUTION.test(previous) || ATTRIBUTION.test(article.sentences[i + 1]?.text ?? '');
        text += own ? '\n' : ' ';
      }
      text += s.text;
    });
    lines.push(JSON.stringify({ id: article.id, outlet: article.outlet, date: article.date, source: article.source, text, sentences: article.sentences }));
  }
  writeFileSync(new URL(file, out), lines.join('\n') + '\n');
}
