import data from './syria-model.json' with { type: 'json' };
import type { TrainedModel } from '../types.js';

/**
 * The model bundled with the default codebook (`npm run train:default`), or
 * null before one is trained.
 */
export function defaultModel(): TrainedModel | null {
  return (data as { kind?: string }).kind === 'standpoint-model' ? (data as unknown as TrainedModel) : null;
}
