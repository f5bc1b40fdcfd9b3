/**
 * Checked options turned into what a labeler is built from: the codebook
 * validated (or the default), the model validated for it (or the codebook's
 * bundled one), maxLength with its default.
 */
import { defineCodebook, isDefinedCodebook } from './codebook/define.js';
import { syria } from './codebook/syria.js';
import { defaultModel } from './model/default-model.js';
import { validateModel } from './model/validate.js';
import { DEFAULT_MAX_LENGTH } from './options.js';
import type { Codebook, TrainedModel } from './types.js';

/** What a labeler is built from, every option resolved. */
export interface LabelerSetup {
  codebook: Codebook;
  model: TrainedModel | null;
  maxLength: number;
}

/**
 * A codebook option as a validated codebook: `syria` when absent, a codebook
 * from defineCodebook() as it is, a JSON object validated now.
 *
 * @throws CodebookError for a JSON object that is not a valid codebook.
 */
export function resolveCodebook(input: Codebook | undefined): Codebook {
  if (input === undefined) return syria;
  if (isDefinedCodebook(input)) return input;
  return defineCodebook(input);
}

/**
 * A model option for a codebook: absent means the codebook's bundled model
 * (only `syria` has one), null means cues only, anything else must be a model
 * train() made for this codebook.
 *
 * @throws InputError MODEL_INVALID or MODEL_CODEBOOK_MISMATCH.
 */
export function resolveModel(input: unknown, codebook: Codebook): TrainedModel | null {
  if (input === undefined) return codebook === syria ? defaultModel() : null;
  if (input === null) return null;
  return validateModel(input, codebook);
}

/** Checked labeler options (codebook, model, maxLength) resolved into a setup. */
export function resolveLabeler(options: { codebook?: Codebook | undefined; model?: unknown; maxLength?: number | undefined }): LabelerSetup {
  const codebook = resolveCodebook(options.codebook);
  return { codebook, model: resolveModel(options.model, codebook), maxLength: options.maxLength ?? DEFAULT_MAX_LENGTH };
}
