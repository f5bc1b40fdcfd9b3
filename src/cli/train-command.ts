/**
 * `standpoint train EXAMPLES.jsonl -o MODEL.json`: trains a claim model
 * (the training side is loaded only here, never by labeling).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CliFailure, EXIT } from './exit-codes.js';
import { readGoldFiles } from './gold.js';
import type { TrainOptions } from '../types.js';
import { checkOptions, loadCodebook, parsing, wholeNumber } from './options.js';

export const TRAIN_USAGE = `Usage: standpoint train EXAMPLES.jsonl [more.jsonl...] -o MODEL.json [options]

Trains a claim model (stance, owner and holder models, calibrated, thresholds
fitted by cross-validation) from labeled examples (gold passages, JSON Lines)
for \`standpoint label --model MODEL.json\`. Whole articles teach it most.

  -o, --output FILE    where to write the model (default: stdout)
  --codebook FILE      the codebook whose concepts the examples use (default: "syria")
  --learner NAME       logistic (default), perceptron, or bayes (needs the optional package "natural")
  --folds N            folds of the cross-validation that calibrates it (default 5, at least 2)
  --seed N             seed of the folds and the learners (default 1)

Exit codes: 0 done · 1 an example file could not be read, or natural is not installed ·
2 bad usage or codebook`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  codebook: { type: 'string' },
  learner: { type: 'string' },
  folds: { type: 'string' },
  seed: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runTrain(argv: string[]): Promise<number> {
  const { values, positionals } = parsing(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
  if (values.help) {
    process.stdout.write(`${TRAIN_USAGE}\n`);
    return EXIT.OK;
  }
  const flags = { learner: values.learner, folds: wholeNumber(values.folds), seed: wholeNumber(values.seed) };
  await checkOptions('train()', flags, { learner: '--learner', folds: '--folds', seed: '--seed' }, positionals.length === 0 ? ['give at least one examples file: standpoint train EXAMPLES.jsonl -o MODEL.json'] : []);
  const chosen = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) as Pick<TrainOptions, 'learner' | 'folds' | 'seed'>;
  const codebook = await loadCodebook(values.codebook);
  const examples = await readGoldFiles(positionals);
  const { train } = await import('../model/train.js');
  let model;
  try {
    model = await train(examples, { ...(codebook ? { codebook } : {}), ...chosen });
  } catch (error) {
    const e = error as { code?: string; message: string };
    if (e.code === 'TRAIN_NEEDS_NATURAL') throw new CliFailure(e.message);
    if (e.code?.startsWith('INPUT_')) throw new CliFailure(`the examples cannot be used: ${e.message}`);
    throw error;
  }
  const json = `${JSON.stringify(model)}\n`;
  if (values.output === undefined || values.output === '-') process.stdout.write(json);
  else {
    try {
      await writeFile(values.output, json);
    } catch (error) {
      throw new CliFailure(`cannot write ${values.output}: ${(error as Error).message}`);
    }
  }
  process.stderr.write(
    `standpoint train: ${model.trainedOn.sentences} sentences, ${model.stance.classes.length} stance classes, ${Object.keys(model.stance.weights).length} stance features (${model.learner})${values.output && values.output !== '-' ? ` → ${values.output}` : ''}\n`,
  );
  return EXIT.OK;
}
