import { z } from 'zod';
import { InputError } from '../errors/input-error.js';
import type { Codebook, TrainedModel } from '../types.js';

const linear = z.object({
  kind: z.literal('linear'),
  classes: z.array(z.string()).min(1),
  bias: z.array(z.number()),
  weights: z.record(z.string(), z.array(z.number())),
  calibration: z.array(z.object({ a: z.number(), b: z.number() })).optional(),
});

const modelSchema = z.object({
  kind: z.literal('standpoint-model'),
  version: z.literal(2),
  codebook: z.object({ id: z.string(), version: z.string() }),
  learner: z.string(),
  stance: linear,
  owner: linear,
  holder: linear,
  claim: linear.optional(),
  thresholds: z.object({ stance: z.record(z.string(), z.number()), cued: z.number().optional(), owner: z.number(), ownerFloor: z.number(), ownerVeto: z.number().optional() }),
  trainedOn: z.object({ passages: z.number(), sentences: z.number() }),
});

/** Checks that a model is one `train()` made, for this codebook. */
export function validateModel(model: unknown, codebook: Codebook): TrainedModel {
  const parsed = modelSchema.safeParse(model);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new InputError('MODEL_INVALID', `options.model is not a model made by train(): ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'wrong shape'}`);
  }
  const m = parsed.data as TrainedModel;
  if (m.codebook.id !== codebook.id) {
    throw new InputError('MODEL_CODEBOOK_MISMATCH', `the model was trained for codebook "${m.codebook.id}" but the labeler uses "${codebook.id}"; train one for this codebook with train(examples, { codebook })`);
  }
  const concepts = new Set(codebook.concepts.map((c) => c.id));
  const stray = m.stance.classes.find((c) => !concepts.has(c.slice(0, c.lastIndexOf(':'))));
  if (stray) throw new InputError('MODEL_CODEBOOK_MISMATCH', `the model predicts "${stray}", which the codebook does not define`);
  return m;
}
