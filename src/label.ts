import { compileCodebook, type CompiledCodebook } from './codebook/compile.js';
import { isDefinedCodebook } from './codebook/define.js';
import { InputError } from './errors/input-error.js';
import { lexicon, type Lexicon } from './lexicon/lexicon.js';
import { modelDecider } from './model/decider.js';
import { modelHolderChooser } from './model/holder-chooser.js';
import { ruleDecider, type Decider } from './pipeline/decide.js';
import { labelSentences, type HolderChooser } from './pipeline/index.js';
import type { Codebook, LabelCallOptions, LabeledDocument, LabelOptions, Labeler, LabelerOptions } from './types.js';
import { resolveCodebook, resolveLabeler, resolveModel, type LabelerSetup } from './labeler-setup.js';
import { DEFAULT_MAX_LENGTH, parseOptions } from './options.js';

export { DEFAULT_MAX_LENGTH };

// Compiling a codebook is the dear part of a labeler (tries, cue indexes, wink
// tokenization of every alias): once per codebook, whatever the model or maxLength.
const compiledCodebooks = new WeakMap<Codebook, CompiledCodebook>();

function compiledFor(codebook: Codebook): CompiledCodebook {
  let compiled = compiledCodebooks.get(codebook);
  if (!compiled) compiledCodebooks.set(codebook, (compiled = compileCodebook(codebook)));
  return compiled;
}

/** Labels with call options already checked (label() checks them with its own). */
let labelChecked: (labeler: StandpointLabeler, text: string, options: LabelCallOptions) => LabeledDocument;

class StandpointLabeler implements Labeler {
  readonly codebook: Codebook;
  readonly #compiled: CompiledCodebook;
  readonly #lexicon: Lexicon;
  readonly #decider: Decider;
  readonly #chooseHolder: HolderChooser | undefined;
  readonly #maxLength: number;

  constructor(setup: LabelerSetup) {
    this.codebook = setup.codebook;
    this.#compiled = compiledFor(setup.codebook);
    this.#lexicon = lexicon(setup.codebook.lexicon);
    // A trained model decides claims and holders; without one, the codebook's rules do.
    this.#decider = setup.model ? modelDecider(setup.model, this.#lexicon, this.#compiled.keywords) : ruleDecider;
    this.#chooseHolder = setup.model ? modelHolderChooser(setup.model, this.#lexicon) : undefined;
    this.#maxLength = setup.maxLength;
  }

  static {
    labelChecked = (labeler, text, options) => labeler.#label(text, options);
  }

  label(text: string, options?: LabelCallOptions): LabeledDocument {
    return this.#label(text, options === undefined ? {} : parseOptions('labeler.label()', options));
  }

  #label(text: string, options: LabelCallOptions): LabeledDocument {
    if (typeof text !== 'string') {
      throw new InputError('INPUT_NOT_STRING', `label() needs the text as a string (got ${text === null ? 'null' : typeof text}); pass the document's text, e.g. label(article.body)`);
    }
    if (text.length > this.#maxLength) {
      throw new InputError('INPUT_TOO_LONG', `The text is ${text.length} characters, over maxLength ${this.#maxLength}; split it into documents or raise maxLength: label(text, { maxLength }) or createLabeler({ maxLength })`);
    }
    // For the pipeline: `date` resolves role nouns; `trace` asks the stages for the ids of the rules and cues they used.
    const { date, trace = false } = options;
    const sentences = labelSentences(text, { cb: this.#compiled, lex: this.#lexicon, date }, this.#decider, trace, this.#chooseHolder);
    return { sentences, codebook: { id: this.codebook.id, version: this.codebook.version } };
  }
}

/**
 * Makes a labeler: the options are checked, the codebook validated and
 * compiled once (and shared with every other labeler of the same codebook),
 * and every `labeler.label(text, { date, trace })` reuses it.
 *
 * @param options - `codebook` (default `syria`), `model` (default: the bundled model; `null` for cues only), `maxLength`.
 * @returns A labeler.
 * @throws InputError INPUT_INVALID_OPTION listing every bad or unknown option; CodebookError for a bad codebook; InputError MODEL_INVALID or MODEL_CODEBOOK_MISMATCH for a model that does not fit.
 * @example
 * const labeler = createLabeler()
 * labeler.label('"Assad must go," said Kerry.').sentences[0].claims.map((c) => `${c.actor.id} · ${c.stance.id} · ${c.polarity}`)
 * // ['kerry · assad-must-go · support']
 */
export function createLabeler(options: LabelerOptions = {}): Labeler {
  return new StandpointLabeler(resolveLabeler(parseOptions('createLabeler()', options)));
}

/** A labeler from options already checked and resolved (labelBatch resolves them before its first record). */
export function labelerFor(setup: LabelerSetup): Labeler {
  return new StandpointLabeler(setup);
}

// label() keeps the labelers it made, by codebook, model and maxLength; the
// compiled codebook is shared by all of them, so a new maxLength costs nothing.
interface ByModel {
  bundled: Map<number, StandpointLabeler>;
  none: Map<number, StandpointLabeler>;
  given: WeakMap<object, Map<number, StandpointLabeler>>;
}
const labelers = new WeakMap<Codebook, ByModel>();
// A caller may pass a new maxLength each time (the text's own length): keep the last few.
const MAX_LENGTHS_KEPT = 8;

function cachedLabeler(codebook: Codebook, model: unknown, maxLength: number): StandpointLabeler {
  let byModel = labelers.get(codebook);
  if (!byModel) labelers.set(codebook, (byModel = { bundled: new Map(), none: new Map(), given: new WeakMap() }));
  let byLength: Map<number, StandpointLabeler> | undefined;
  if (model === undefined) byLength = byModel.bundled;
  else if (model === null) byLength = byModel.none;
  // Not a model at all: refused (MODEL_INVALID), nothing to keep.
  else if (typeof model !== 'object') return new StandpointLabeler({ codebook, model: resolveModel(model, codebook), maxLength });
  else {
    byLength = byModel.given.get(model as object);
    if (!byLength) byModel.given.set(model as object, (byLength = new Map()));
  }
  let labeler = byLength.get(maxLength);
  if (!labeler) {
    labeler = new StandpointLabeler({ codebook, model: resolveModel(model, codebook), maxLength });
    if (byLength.size >= MAX_LENGTHS_KEPT) byLength.delete(byLength.keys().next().value!);
    byLength.set(maxLength, labeler);
  }
  return labeler;
}

// A codebook given as JSON is validated once per object, and again only if the object changed since.
const fromJson = new WeakMap<object, { json: string; codebook: Codebook }>();

function codebookOf(input: Codebook | undefined): Codebook {
  if (input === undefined || isDefinedCodebook(input)) return resolveCodebook(input);
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    json = undefined;
  }
  const seen = fromJson.get(input);
  if (json !== undefined && seen?.json === json) return seen.codebook;
  const codebook = resolveCodebook(input);
  if (json !== undefined && codebook !== input) fromJson.set(input, { json, codebook });
  return codebook;
}

/**
 * Labels a text: splits it into sentences and gives each its holder and its
 * claims (actor · stance · polarity) with confidence, evidence and mention spans.
 * The labeler behind it is made once per codebook, model and maxLength and kept;
 * a model is taken as it is when first used (give a changed model as a new object).
 *
 * @param text - The document text; offsets in the result index this string.
 * @param options - `codebook` (default `syria`), `model`, `maxLength`, `date` (resolves role nouns), `trace`.
 * @returns The labeled document.
 * @throws InputError when `text` is not a string or is over `maxLength`, INPUT_INVALID_OPTION listing every bad or unknown option; CodebookError for a bad codebook.
 * @example
 * const doc = label('Russian officials have long argued that only Syrians may choose who governs them.')
 * doc.sentences[0].claims[0]
 * // { actor: { id: 'russia', name: 'Russia', affiliation: 'russia', mention: { text: 'Russian officials', start: 0, end: 17 } },
 * //   stance: { id: 'syrians-decide', label: 'Syrians decide' }, polarity: 'support', confidence: 0.806,
 * //   evidence: { text: 'Syrians may choose', start: 45, end: 63 }, source: 'reported' }
 */
export function label(text: string, options?: LabelOptions): LabeledDocument {
  // No options, nothing to check: a schema parse per call cost about 1% of labeling a short text.
  const { codebook, model, maxLength, ...call } = options === undefined ? {} : parseOptions('label()', options);
  const labeler = cachedLabeler(codebookOf(codebook), model, maxLength ?? DEFAULT_MAX_LENGTH);
  return labelChecked(labeler, text, call);
}
