import { z } from 'zod';
import { InputError } from '../errors/input-error.js';
import type { Codebook, TrainedModel } from '../types.js';

const modelSchema = z.object({
  kind: z.literal('standpoint-nb'),
  version: z.literal(1),
  codebook: z.object({ id: z.string(), version: z.string() }),
  classes: z.array(z.string()).min(1),
  priors: z.array(z.number()),
  likelihoods: z.record(z.string(), z.array(z.number())),
  unseen: z.array(z.number()),
  trainedOn: z.number(),
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
  const stray = m.classes.find((c) => c !== 'none' && !concepts.has(c.split(':')[0]!));
  if (stray) throw new InputError('MODEL_CODEBOOK_MISMATCH', `the model predicts "${stray}", which the codebook does not define`);
  if (m.priors.length !== m.classes.length || m.unseen.length !== m.classes.length) throw new InputError('MODEL_INVALID', 'options.model has priors or unseen rows whose length differs from its classes');
  return m;
}
