/**
 * `standpoint eval GOLD.jsonl...`: scores the labeler against gold passages
 * and prints the table; `--fail-under F1` makes it a CI gate.
 */
import type { EvaluationLevel } from '../types.js';
import { parseArgs } from 'node:util';
import { EXIT, UsageError } from './exit-codes.js';
import { formatByRule, formatErrors, formatReport } from './eval-format.js';
import { readGoldFiles } from './gold.js';
import { loadCodebook, loadModel, parsing } from './options.js';

export const EVAL_USAGE = `Usage: standpoint eval GOLD.jsonl [more.jsonl...] [options]

Scores the labeler against gold passages (JSON Lines, the fixture format) and prints
precision, recall and F1 at three levels (strict: actor id; affiliation; stance only).

  --fail-under F       exit 3 when the F1 (at --level) is under F, a number in [0, 1]
  --level L            strict (default), affiliation or stance: the F1 --fail-under reads
  --json               print the whole report as JSON instead of the table
  --calibration        add the confidence calibration table
  --errors             list every sentence with a missing or extra claim or a wrong holder
  --by-rule            add a table of rule and cue ids with the claims and holders they got right and wrong
  --codebook FILE      a codebook JSON file (default: "syria")
  --model FILE         a model from \`standpoint train\`; --no-model for cue patterns only

Exit codes: 0 done (and at or over the bar) · 1 a gold file could not be read · 2 bad usage,
codebook or model · 3 under the --fail-under bar`;

const OPTIONS = {
  'fail-under': { type: 'string' },
  level: { type: 'string' },
  json: { type: 'boolean' },
  calibration: { type: 'boolean' },
  errors: { type: 'boolean' },
  'by-rule': { type: 'boolean' },
  codebook: { type: 'string' },
  model: { type: 'string' },
  'no-model': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const LEVELS: readonly EvaluationLevel[] = ['strict', 'affiliation', 'stance'];

export async function runEval(argv: string[]): Promise<number> {
  const { values, positionals } = parsing(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
  if (values.help) {
    process.stdout.write(`${EVAL_USAGE}\n`);
    return EXIT.OK;
  }
  // Every problem of the command line at once; the labeler's options are checked by createLabeler() below.
  const problems: string[] = [];
  if (positionals.length === 0) problems.push('give at least one gold file: standpoint eval GOLD.jsonl');
  let bar: number | undefined;
  if (values['fail-under'] !== undefined) {
    bar = Number(values['fail-under']);
    if (values['fail-under'].trim() === '' || !Number.isFinite(bar) || bar < 0 || bar > 1) problems.push(`--fail-under must be an F1 between 0 and 1, e.g. 0.6 (got "${values['fail-under']}")`);
  }
  const level = (values.level ?? 'strict') as EvaluationLevel;
  if (!LEVELS.includes(level)) problems.push(`--level must be one of ${LEVELS.join(', ')} (got "${values.level}")`);
  if (values.model !== undefined && values['no-model']) problems.push('give --model FILE or --no-model, not both');
  if (problems.length > 0) throw new UsageError(problems.join('; '));
  const codebook = await loadCodebook(values.codebook);
  const model = values['no-model'] ? null : await loadModel(values.model, codebook);
  const gold = await readGoldFiles(positionals);
  const [{ createLabeler }, { evaluate }] = await Promise.all([import('../label.js'), import('../evaluate.js')]);
  const labeler = createLabeler({ ...(codebook ? { codebook } : {}), ...(model !== undefined ? { model } : {}) });
  const report = evaluate(gold, { labeler, byRule: values['by-rule'] === true });
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    process.stdout.write(formatReport(report, { title: positionals.join(', '), calibration: values.calibration === true }));
    if (values['by-rule']) process.stdout.write(formatByRule(report));
    if (values.errors) process.stdout.write(formatErrors(gold, labeler));
  }
  if (bar !== undefined) {
    const f1 = report[level].f1;
    if (f1 < bar) {
      process.stderr.write(`standpoint eval: ${level} F1 ${f1.toFixed(3)} is under the bar ${bar}\n`);
      return EXIT.BELOW_BAR;
    }
    process.stderr.write(`standpoint eval: ${level} F1 ${f1.toFixed(3)} meets the bar ${bar}\n`);
  }
  return EXIT.OK;
}
