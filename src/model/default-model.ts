import type { TrainedModel } from '../types.js';

/** The model bundled with the default codebook, trained on the library's own example set (none yet). */
export function defaultModel(): TrainedModel | null {
  return null;
}
