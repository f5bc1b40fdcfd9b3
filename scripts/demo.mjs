#!/usr/bin/env node
// npm run demo: labels the bundled seed texts and prints one row per claim (and per sentence with a holder).
import { readFileSync, readdirSync } from 'node:fs';
import { label } from '../dist/index.js';

const dir = new URL('../seeds/', import.meta.url);
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((f) => new URL(f, `file://${process.cwd()}/`)) : readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => new URL(f, dir));
const cut = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).padEnd(n);
for (const file of files) {
  const doc = label(readFileSync(file, 'utf8'));
  console.log(`\n${file.pathname.split('/').pop()}`);
  console.log(`${'#'.padStart(3)}  ${cut('sentence', 60)}  ${cut('holder', 12)}  ${cut('actor', 14)}  ${cut('stance', 22)}  polarity`);
  for (const s of doc.sentences) {
    const holder = s.holder ? s.holder.id ?? s.holder.name : '';
    if (s.claims.length === 0) {
      console.log(`${String(s.index).padStart(3)}  ${cut(s.text, 60)}  ${cut(holder, 12)}  ${cut('', 14)}  ${cut('', 22)}`);
      continue;
    }
    s.claims.forEach((c, k) => {
      console.log(`${k === 0 ? String(s.index).padStart(3) : '   '}  ${cut(k === 0 ? s.text : '', 60)}  ${cut(k === 0 ? holder : '', 12)}  ${cut(c.actor.id, 14)}  ${cut(c.stance.id, 22)}  ${c.polarity}`);
    });
  }
}
