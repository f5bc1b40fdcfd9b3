/**
 * What the commands share: parsing with node:util's parseArgs into usage
 * errors, and loading a codebook or model file (validated in this process, so
 * that a bad file is an exit 2 before any work starts).
 */
import { readFile } from 'node:fs/promises';
import type { Codebook, TrainedModel } from '../types.js';
import { UsageError } from './exit-codes.js';

/** Runs a parseArgs call, its errors turned into UsageErrors. */
export function parsing<R>(parse: () => R): R {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value)) throw new UsageError(`--date must be an ISO date such as 2016-01-13 (got "${value}")`);
  return value;
}

export function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${name} must be a positive whole number (got "${value}")`);
  return Number(value);
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
