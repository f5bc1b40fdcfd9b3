import data from './syria-model.json' with { type: 'json' };
import type { TrainedModel } from '../types.js';

/** The model bundled with the default codebook, trained on the library's own example set (`npm run train:default`). */
export function defaultModel(): TrainedModel {
  return data as unknown as TrainedModel;
}
