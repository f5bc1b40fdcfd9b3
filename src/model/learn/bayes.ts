import type { LinearModel } from '../linear.js';
import { above, checkExamples, checkOptions, LearnInputError } from './check.js';
import { encode, toModel } from './encode.js';
import { loadNaturalBayes, type Load } from './natural.js';
import type { Learner, LearnerOptions } from './types.js';

/** Options of {@link bayes}. */
export interface BayesOptions extends LearnerOptions {
  /** natural's additive smoothing of feature counts (default 1, natural's own). */
  smoothing?: number;
}

const YES = 'yes';
const NO = 'no';

/**
 * natural's naive Bayes, one binary problem (yes / no) per class, exported as
 * a linear model. natural scores a document by log P(label) + Σ log
 * P(feature | label) over the features present, so the log-odds of yes is
 * linear: bias = log(T_yes / T_no) and weight(f) = log(n_yes(f)/T_yes) −
 * log(n_no(f)/T_no), natural's smoothed counts and totals taken as they are.
 * Features are presence (a repeated feature counts once, as in natural).
 *
 * The examples go to natural's counter as sparse observations (the indices of
 * the features present): its document API builds a dense vector of the whole
 * vocabulary per document, which does not scale past a few thousand features.
 * Its sparse path counts features but not documents, so the document totals
 * are kept here exactly as its dense path keeps them (the tests check the
 * result against natural's document API).
 * natural skips documents without features; so does this. An integer weight
 * counts the example that many times; `balanced` gives both sides the same
 * prior (bias = 0). A class without positive (or negative) examples gets no
 * feature weights and the smoothed base rate log((P + ½)/(N + ½)) as its bias.
 * `seed` is accepted and unused (counting does not depend on order).
 *
 * @param examples - Training examples; weights must be whole numbers.
 * @param options - `classes`, `smoothing` (default 1), `balanced`.
 * @returns A plain-JSON linear model whose logits are natural's log-odds.
 * @throws StandpointError TRAIN_NEEDS_NATURAL without natural; LearnInputError for bad options or examples.
 * @example
 * const model = bayes([
 *   { features: ['good'], labels: ['pos'] },
 *   { features: ['bad'], labels: [] },
 * ], { classes: ['pos'] })
 * scoreLinear(model, ['good'])[0] // 0.6931… (log 2: natural's smoothed counts)
 */
export const bayes: Learner<BayesOptions> = (examples, options) => bayesWith(loadNaturalBayes, examples, options);

/** {@link bayes} with the loader of natural given (for tests of a missing natural). */
export function bayesWith(loader: (load?: Load) => ReturnType<typeof loadNaturalBayes>, examples: Parameters<typeof bayes>[0], options: BayesOptions): LinearModel {
  checkOptions('bayes', options, { smoothing: above(0) });
  checkExamples('bayes', examples, options.classes);
  const fractional = examples.flatMap((e, i) => (e.weight !== undefined && !Number.isInteger(e.weight) ? [i] : []));
  if (fractional.length > 0) {
    throw new LearnInputError(
      'LEARN_INVALID_EXAMPLES',
      'bayes() cannot train on these examples',
      fractional.map((i) => ({ code: 'invalid_weight', path: ['examples', i, 'weight'], message: `naive Bayes counts examples, so a weight must be a whole number; got ${examples[i]!.weight}` })),
    );
  }
  const Bayes = loader();
  const data = encode(examples, options.classes);
  const { n, k, rowStart, cols, labels, weights } = data;
  const d = data.features.length;
  const w = new Float64Array(d * k);
  const bias = new Float64Array(k);
  const observations: Int32Array[] = [];
  // natural's vocabulary: the features of the documents it was given.
  const known = new Uint8Array(d);
  for (let i = 0; i < n; i++) {
    observations.push(cols.subarray(rowStart[i]!, rowStart[i + 1]!));
    if (weights[i]! > 0) for (const f of observations[i]!) known[f] = 1;
  }
  for (let c = 0; c < k; c++) {
    let positives = 0;
    let negatives = 0;
    for (let i = 0; i < n; i++) {
      if (observations[i]!.length === 0) continue;
      if (labels[i * k + c]) positives += weights[i]!;
      else negatives += weights[i]!;
    }
    if (positives === 0 || negatives === 0) {
      bias[c] = Math.log((positives + 0.5) / (negatives + 0.5));
      continue;
    }
    const inner = new Bayes(undefined, options.smoothing).classifier;
    for (let i = 0; i < n; i++) {
      if (observations[i]!.length === 0) continue;
      const label = labels[i * k + c] ? YES : NO;
      for (let r = 0; r < weights[i]!; r++) {
        inner.addExample(observations[i]!, label);
        // natural counts documents on its dense path only; count them as it does there.
        inner.classTotals[label] = (inner.classTotals[label] ?? 1) + 1;
        inner.totalExamples++;
      }
    }
    const yes = inner.classFeatures[YES]!;
    const no = inner.classFeatures[NO]!;
    const totalYes = inner.classTotals[YES]!;
    const totalNo = inner.classTotals[NO]!;
    bias[c] = options.balanced ? 0 : Math.log(totalYes / totalNo);
    for (let f = 0; f < d; f++) {
      if (!known[f]) continue;
      w[f * k + c] = Math.log((yes[f] || inner.smoothing) / totalYes) - Math.log((no[f] || inner.smoothing) / totalNo);
    }
  }
  return toModel(options.classes, data.features, bias, w);
}
