/**
 * The evaluation table of `standpoint eval` (and of `npm run eval`, which runs
 * the same command): micro scores at three levels, macro F1, actor and holder
 * accuracy, per-concept scores, and optionally calibration and the sentences
 * the labeler got wrong.
 */
import type { EvaluationReport, GoldPassage, Labeler, Scores } from '../types.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (name: string, s: Scores) => `${name.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** The report as the table scripts/eval.mjs has always printed. */
export function formatReport(report: EvaluationReport, options: { title: string; calibration?: boolean }): string {
  const lines: string[] = [];
  lines.push(`${options.title}: ${report.passages} passages, ${report.sentences} sentences (${report.unalignedSentences} segmented differently)`);
  lines.push(row('strict', report.strict));
  lines.push(row('affiliation', report.affiliation));
  lines.push(row('stance', report.stance));
  lines.push(`macro F1               strict ${pct(report.macro.strict)}  affiliation ${pct(report.macro.affiliation)}  stance ${pct(report.macro.stance)}`);
  lines.push(`actor accuracy         id ${pct(report.actorAccuracy.id)}  affiliation ${pct(report.actorAccuracy.affiliation)}  (over ${report.actorAccuracy.matched} gold claims whose stance was found)`);
  if (report.holderAccuracy.judged > 0) lines.push(`holder accuracy        ${pct(report.holderAccuracy.accuracy)}  (over ${report.holderAccuracy.judged} judged sentences)`);
  lines.push('\nper concept (affiliation level / stance level F1):');
  for (const [concept, s] of Object.entries(report.perConcept)) {
    lines.push(`  ${concept.padEnd(22)} ${row('', s.affiliation).trim()}   stance F1 ${pct(s.stance.f1)}`);
  }
  lines.push('\nby owner kind (affiliation level):');
  for (const [kind, sc] of Object.entries(report.byOwnerKind)) lines.push(`  ${row(kind, sc).trim()}`);
  const st = report.stages;
  lines.push(`stages                 mentions ${pct(st.mentions)}  holders ${pct(st.holders)}  stances ${pct(st.stances)}  owners ${pct(st.owners)}`);
  if (options.calibration) {
    lines.push('\ncalibration (affiliation level): confidence bin -> mean confidence, precision');
    for (const b of report.calibration) lines.push(`  [${b.from.toFixed(1)}, ${b.to.toFixed(1)})  ${String(b.claims).padStart(4)} claims  confidence ${b.claims ? pct(b.confidence) : '   - '}  precision ${b.claims ? pct(b.precision) : '   - '}`);
    lines.push(`  expected calibration error ${pct(calibrationError(report.calibration))} (the claims' mean gap between confidence and precision, in points)`);
  }
  return `${lines.join('\n')}\n`;
}

/** The mean gap between a bin's confidence and its precision, over the claims of all bins (0 where there are none). */
export function calibrationError(bins: EvaluationReport['calibration']): number {
  const claims = bins.reduce((a, b) => a + b.claims, 0);
  return claims === 0 ? 0 : bins.reduce((a, b) => a + b.claims * Math.abs(b.precision - b.confidence), 0) / claims;
}

/** The rule and cue ids with the claims and holders they got right (tp) and wrong (fp), and the gold claims missed where they fired (fn). */
export function formatByRule(report: EvaluationReport): string {
  const rules = report.byRule ?? [];
  const width = Math.max(24, ...rules.map((r) => r.id.length));
  const lines = ['\nby rule and cue id (tp right, fp wrong, fn missed where it fired):', `  ${'id'.padEnd(width)}    tp    fp    fn  precision`];
  for (const r of rules) lines.push(`  ${r.id.padEnd(width)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}  ${r.tp + r.fp === 0 ? '    -' : pct(r.tp / (r.tp + r.fp))}`);
  return `${lines.join('\n')}\n`;
}

/** Every gold sentence the labeler got wrong: missing and extra claims, a wrong holder. */
export function formatErrors(gold: readonly GoldPassage[], labeler: Labeler): string {
  const lines: string[] = [];
  const key = (actor: string, affiliation: string, stance: string, polarity: string) => `${actor}/${affiliation} ${stance} ${polarity}`;
  for (const p of gold) {
    const doc = labeler.label(p.text ?? p.sentences.map((s) => s.text).join(' '), p.date ? { date: p.date } : {});
    let cursor = 0;
    for (const s of p.sentences) {
      const start = p.text ? (s.start ?? p.text.indexOf(s.text)) : cursor;
      cursor = start + s.text.length + 1;
      const pred = doc.sentences.filter((d) => d.start < start + s.text.length && d.end > start);
      const predicted = pred.flatMap((d) => d.claims);
      const pk = new Set(predicted.map((c) => key(c.actor.id, c.actor.affiliation, c.stance.id, c.polarity)));
      const gk = new Set(s.claims.map((c) => key(c.actor, c.affiliation, c.stance, c.polarity)));
      const miss = [...gk].filter((k) => !pk.has(k));
      const extra = [...pk].filter((k) => !gk.has(k));
      const ph = pred[0]?.holder?.id ?? null;
      const holderWrong = s.holder !== undefined && ph !== s.holder;
      if (miss.length === 0 && extra.length === 0 && !holderWrong) continue;
      lines.push(`\n[${p.id}] ${s.text}`);
      if (holderWrong) lines.push(`   holder: gold ${s.holder} pred ${ph}`);
      for (const k of miss) lines.push(`   - missing ${k}`);
      for (const k of extra) {
        const c = predicted.find((x) => key(x.actor.id, x.actor.affiliation, x.stance.id, x.polarity) === k)!;
        lines.push(`   + extra   ${k}   [${c.evidence.text}] ${c.confidence.toFixed(2)} ${c.source}`);
      }
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
