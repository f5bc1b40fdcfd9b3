#!/usr/bin/env node
// npm run eval -- FILE.jsonl [--calibration] [--json] [--errors]: scores the built labeler against gold JSON Lines.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run eval -- GOLD.jsonl [more.jsonl] [--calibration] [--errors] [--json]');
  process.exit(2);
}
const { evaluate, createLabeler } = await import(new URL('../dist/index.js', import.meta.url)).catch(() => {
  console.error('Build first: npm run build');
  process.exit(2);
});
void createRequire;
const gold = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));
const labeler = createLabeler(args.includes('--no-model') ? { model: null } : {});
const report = evaluate(gold, { labeler });
if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}
const pct = (x) => (100 * x).toFixed(1).padStart(5);
const row = (name, s) => `${name.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
console.log(`${files.join(', ')}: ${report.passages} passages, ${report.sentences} sentences (${report.unalignedSentences} segmented differently)`);
console.log(row('strict', report.strict));
console.log(row('affiliation', report.affiliation));
console.log(row('stance', report.stance));
console.log(`macro F1               strict ${pct(report.macro.strict)}  affiliation ${pct(report.macro.affiliation)}  stance ${pct(report.macro.stance)}`);
console.log(`actor accuracy         id ${pct(report.actorAccuracy.id)}  affiliation ${pct(report.actorAccuracy.affiliation)}  (over ${report.actorAccuracy.matched} gold claims whose stance was found)`);
if (report.holderAccuracy.judged > 0) console.log(`holder accuracy        ${pct(report.holderAccuracy.accuracy)}  (over ${report.holderAccuracy.judged} judged sentences)`);
console.log('\nper concept (affiliation level / stance level F1):');
for (const [concept, s] of Object.entries(report.perConcept)) {
  console.log(`  ${concept.padEnd(22)} ${row('', s.affiliation).trim()}   stance F1 ${pct(s.stance.f1)}`);
}
if (args.includes('--calibration')) {
  console.log('\ncalibration (affiliation level): confidence bin -> precision');
  for (const b of report.calibration) console.log(`  [${b.from.toFixed(1)}, ${b.to.toFixed(1)})  ${String(b.claims).padStart(4)} claims  precision ${b.claims ? pct(b.precision) : '   - '}`);
}
if (args.includes('--errors')) {
  const { passageText } = { passageText: (p) => p.text ?? p.sentences.map((s) => s.text).join(' ') };
  for (const p of gold) {
    const doc = labeler.label(passageText(p), p.date ? { date: p.date } : {});
    let cursor = 0;
    for (const s of p.sentences) {
      const start = p.text ? (s.start ?? p.text.indexOf(s.text)) : cursor;
      cursor = start + s.text.length + 1;
      const pred = doc.sentences.filter((d) => d.start < start + s.text.length && d.end > start);
      const pk = new Set(pred.flatMap((d) => d.claims.map((c) => `${c.actor.id}/${c.actor.affiliation} ${c.stance.id} ${c.polarity}`)));
      const gk = new Set(s.claims.map((c) => `${c.actor}/${c.affiliation} ${c.stance} ${c.polarity}`));
      const miss = [...gk].filter((k) => !pk.has(k));
      const extra = [...pk].filter((k) => !gk.has(k));
      const ph = pred[0]?.holder?.id ?? null;
      const holderWrong = s.holder !== undefined && ph !== s.holder;
      if (miss.length || extra.length || holderWrong) {
        console.log(`\n[${p.id}] ${s.text}`);
        if (holderWrong) console.log(`   holder: gold ${s.holder} pred ${ph}`);
        for (const k of miss) console.log(`   - missing ${k}`);
        for (const k of extra) {
          const c = pred.flatMap((d) => d.claims).find((c) => `${c.actor.id}/${c.actor.affiliation} ${c.stance.id} ${c.polarity}` === k);
          console.log(`   + extra   ${k}   [${c.evidence.text}] ${c.confidence.toFixed(2)} ${c.source}`);
        }
      }
    }
  }
}
