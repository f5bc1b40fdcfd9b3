/**
 * What the commands share: parsing with node:util's parseArgs into usage
 * errors, and loading a codebook or model file (validated in this process, so
 * that a bad file is an exit 2 before any work starts).
 */
import { readFile } from 'node:fs/promises';
import type { Codebook, TrainedModel } from '../types.js';
import { isIsoDate } from '../options.js';
import { UsageError } from './exit-codes.js';

/** Runs a parseArgs call, its errors turned into UsageErrors. */
export function parsing<R>(parse: () => R): R {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

/** A --date flag: a real calendar date (the library's one date check), else a usage error. */
export function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`--date must be a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2016-01-13" (got "${value}")`);
  return value;
}

/** A flag that takes a positive whole number. */
export function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${name} must be a positive whole number (got "${value}")`);
  return Number(value);
}

/**
 * A whole-number flag as the library option it stands for: its digits as a
 * number, anything else left as the string it is, for the library's check to
 * refuse by name ("--concurrency must be a positive whole number (got "two")").
 */
export function wholeNumber(value: string | undefined): number | string | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Checks the options a command hands the library with the library's own check
 * (the one label(), createLabeler() and labelBatch() run), each problem named
 * by its flag (`flags` maps an option to it), and throws one usage error that
 * lists them together with the command's own `problems`.
 */
export async function checkOptions(fn: 'labelBatch()' | 'createLabeler()' | 'train()', options: Record<string, unknown>, flags: Record<string, string>, problems: readonly string[] = []): Promise<void> {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  if (problems.length === 0 && Object.keys(given).length === 0) return;
  // Loaded only now: zod costs the reading thread of `label -j N` its start-up time.
  const { safeParseOptions } = await import('../options.js');
  const result = safeParseOptions(fn, given);
  const all = [...problems, ...(result.success ? [] : result.issues.map((issue) => `${flags[String(issue.path[0])] ?? issue.path.join('.')} ${issue.message}`))];
  if (all.length > 0) throw new UsageError(all.join('; '));
}

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${what} ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the ${what} ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates a codebook file (zod is loaded only here). */
export async function loadCodebook(file: string | undefined): Promise<Codebook | undefined> {
  if (file === undefined) return undefined;
  const input = await readJson(file, 'codebook');
  const { safeDefineCodebook } = await import('../codebook/define.js');
  const result = safeDefineCodebook(input);
  if (!result.success) throw new UsageError(`the codebook ${file} is invalid:\n${result.error.message.split('\n').slice(1).join('\n')}`);
  return result.data;
}

/** Reads and validates a model file against the codebook it will be used with (the default codebook when none). */
export async function loadModel(file: string | undefined, codebook: Codebook | undefined): Promise<TrainedModel | undefined> {
  if (file === undefined) return undefined;
  const input = await readJson(file, 'model');
  const [{ validateModel }, { syria }] = await Promise.all([import('../model/validate.js'), import('../codebook/syria.js')]);
  try {
    return validateModel(input, codebook ?? syria);
  } catch (error) {
    throw new UsageError(`the model ${file} cannot be used: ${(error as Error).message}`);
  }
}
