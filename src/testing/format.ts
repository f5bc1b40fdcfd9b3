import type { GoldClaim, Scores } from '../types.js';
import type { GoldComparison, SentenceComparison } from './compare.js';

export interface FormatDiffOptions {
  /** Longest sentence excerpt, in characters, before it is cut with "…" (default 48). */
  sentenceWidth?: number;
  /** Most claim lines to print in all; the rest are counted in a last line (default: all). */
  maxLines?: number;
}

/** "0.708" */
const num = (x: number) => x.toFixed(3);

/** "affiliation F1 0.708 (P 0.680 R 0.739; tp 17 fp 8 fn 6)" */
export function formatScores(level: string, s: Scores): string {
  return `${level} F1 ${num(s.f1)} (P ${num(s.precision)} R ${num(s.recall)}; tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
}

/** The sentence on one line, cut at a word boundary to at most `width` characters. */
export function abbreviate(text: string, width = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const cut = flat.slice(0, width - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > width / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** "kerry (us) · assad-must-go · support" */
const claim = (c: GoldClaim) => `${c.actor} (${c.affiliation}) · ${c.stance} · ${c.polarity}`;
const who = (c: GoldClaim) => `${c.actor} (${c.affiliation})`;

/** One line per differing claim of a sentence. */
function claimLines(s: SentenceComparison): string[] {
  return [
    ...s.missing.map((c) => `- missing   ${claim(c)}`),
    ...s.extra.map((c) => `+ extra     ${claim(c)}`),
    ...s.mismatched.map((m) =>
      m.kind === 'actor'
        ? `~ actor     ${m.expected.stance} · ${m.expected.polarity}: expected ${who(m.expected)}, got ${who(m.actual)}`
        : `~ polarity  ${who(m.expected)} · ${m.expected.stance}: expected ${m.expected.polarity}, got ${m.actual.polarity}`,
    ),
  ];
}

function segmentation(s: SentenceComparison): string {
  if (s.aligned) return '';
  if (s.predictedSentences === 0) return '  (no labeled sentence here)';
  return s.predictedSentences === 1 ? '  (labeled with other bounds)' : `  (labeled as ${s.predictedSentences} sentences)`;
}

/**
 * A compact human diff of comparisons: per passage a header with its scores,
 * then, under each sentence that differs (its index in the passage and its
 * text, abbreviated), one line per differing claim:
 *
 * ```text
 * p1: affiliation F1 0.500 (P 0.500 R 0.500; tp 1 fp 1 fn 1)
 *   [0] Lavrov said Moscow was ready to work with…
 *     - missing   lavrov (russia) · cooperate · support
 *     + extra     lavrov (russia) · cooperate · oppose
 *     ~ actor     assad-must-go · support: expected kerry (us), got lavrov (russia)
 *     ~ polarity  kerry (us) · political-solution: expected support, got oppose
 * ```
 *
 * `-` is a gold claim the labeler missed, `+` a claim it made that the gold
 * lacks, `~` a pair that differs only in the actor or only in polarity.
 * Passages without differences get the header line only.
 *
 * @param result - One comparison from `compareToGold`, or several.
 * @param options - `sentenceWidth` (default 48), `maxLines`.
 * @returns The diff, lines joined by "\n", no trailing newline.
 * @example
 * console.log(formatDiff(compareToGold(gold[0])))
 */
export function formatDiff(result: GoldComparison | readonly GoldComparison[], options: FormatDiffOptions = {}): string {
  const results: readonly GoldComparison[] = Array.isArray(result) ? result : [result as GoldComparison];
  const width = options.sentenceWidth ?? 48;
  const budget = options.maxLines ?? Infinity;
  const out: string[] = [];
  let printed = 0;
  let skipped = 0;
  for (const r of results) {
    if (printed >= budget && r.differences > 0) {
      skipped += r.differences;
      continue;
    }
    out.push(`${r.id}: ${formatScores(r.level, r.scores)}${r.differences === 0 ? ', matches the gold' : ''}`);
    for (const s of r.sentences) {
      const lines = claimLines(s);
      if (lines.length === 0) continue;
      if (printed >= budget) {
        skipped += lines.length;
        continue;
      }
      out.push(`  [${s.index}] ${abbreviate(s.text, width)}${segmentation(s)}`);
      for (const line of lines) {
        if (printed < budget) {
          out.push(`    ${line}`);
          printed++;
        } else skipped++;
      }
    }
  }
  if (skipped > 0) out.push(`… and ${skipped} more differing claim${skipped === 1 ? '' : 's'}`);
  return out.join('\n');
}
