import { compileCodebook, type CompiledCodebook } from './codebook/compile.js';
import { defineCodebook, isDefinedCodebook } from './codebook/define.js';
import { syria } from './codebook/syria.js';
import { InputError } from './errors/input-error.js';
import { scoreSentence } from './model/score.js';
import { attribute } from './pipeline/attribute.js';
import { assembleClaims } from './pipeline/claims.js';
import { classify } from './pipeline/classify.js';
import { actorTags } from './cues/tags.js';
import { findMentions } from './pipeline/mentions.js';
import { segment } from './pipeline/segment.js';
import { mergeModelHits } from './pipeline/combine.js';
import type { Codebook, LabeledDocument, LabeledSentence, LabelOptions, Labeler, LabelerOptions, TrainedModel } from './types.js';
import { validateModel } from './model/validate.js';
import { defaultModel } from './model/default-model.js';

/** Texts longer than this (UTF-16 code units) are refused unless `maxLength` says otherwise. */
export const DEFAULT_MAX_LENGTH = 10_000_000;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// "2016-13-45" has the shape of a date but names none.
function isRealDate(date: string): boolean {
  const [y, m = '01', d = '01'] = date.split('-');
  const parsed = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return parsed.getUTCFullYear() === Number(y) && parsed.getUTCMonth() === Number(m) - 1 && parsed.getUTCDate() === Number(d);
}

function checkDate(date: unknown): string | undefined {
  if (date === undefined) return undefined;
  if (typeof date !== 'string' || !ISO_DATE.test(date) || !isRealDate(date)) {
    throw new InputError('INPUT_INVALID_OPTION', `options.date must be an ISO date string such as "2016-01-13" (got ${JSON.stringify(date)})`);
  }
  return date;
}

function checkMaxLength(maxLength: unknown): number {
  if (maxLength === undefined) return DEFAULT_MAX_LENGTH;
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1) {
    throw new InputError('INPUT_INVALID_OPTION', `options.maxLength must be a positive integer (got ${String(maxLength)})`);
  }
  return maxLength;
}

function toCodebook(input: unknown): Codebook {
  if (input === undefined) return syria;
  if (isDefinedCodebook(input)) return input;
  if (input === null || typeof input !== 'object') {
    throw new InputError('INPUT_INVALID_OPTION', `options.codebook must be a codebook from defineCodebook() or its JSON object (got ${input === null ? 'null' : typeof input})`);
  }
  return defineCodebook(input);
}

class StandpointLabeler implements Labeler {
  readonly codebook: Codebook;
  readonly #compiled: CompiledCodebook;
  readonly #model: TrainedModel | null;
  readonly #maxLength: number;

  constructor(codebook: Codebook, model: TrainedModel | null, maxLength: number) {
    this.codebook = codebook;
    this.#compiled = compileCodebook(codebook);
    this.#model = model;
    this.#maxLength = maxLength;
  }

  label(text: string, options: { date?: string } = {}): LabeledDocument {
    if (typeof text !== 'string') {
      throw new InputError('INPUT_NOT_STRING', `label() needs the text as a string (got ${text === null ? 'null' : typeof text}); pass the document's text, e.g. label(article.body)`);
    }
    if (text.length > this.#maxLength) {
      throw new InputError('INPUT_TOO_LONG', `The text is ${text.length} characters, over maxLength ${this.#maxLength}; split it into documents or raise maxLength in createLabeler({ maxLength })`);
    }
    const date = checkDate(options?.date);
    const cb = this.#compiled;
    const sentences = segment(text);
    const mentions = sentences.map((s) => findMentions(s, cb));
    const attributions = attribute(sentences, mentions, cb, { date: date ?? undefined });
    const labeled: LabeledSentence[] = sentences.map((sentence, i) => {
      const att = attributions[i]!;
      const cueHits = classify(sentence, cb, actorTags(sentence.tokens.length, mentions[i]!, cb));
      const hits = this.#model ? mergeModelHits(cueHits, scoreSentence(this.#model, sentence)) : cueHits;
      const holder = att.holder;
      return {
        index: sentence.index,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        holder: holder ? { id: holder.id, name: holder.name, affiliation: holder.affiliation, mention: holder.mention, source: holder.source } : null,
        claims: assembleClaims(sentence, hits, att, cb),
      };
    });
    return { sentences: labeled, codebook: { id: this.codebook.id, version: this.codebook.version } };
  }
}

/**
 * Makes a labeler: the codebook is validated and compiled once, and every
 * `labeler.label(text)` reuses it.
 *
 * @param options - `codebook` (default `syria`), `model` (default: the bundled model; `null` for cues only), `maxLength`.
 * @returns A labeler.
 * @example
 * const labeler = createLabeler()
 * labeler.label('"Assad must go," said Kerry.').sentences[0].claims.map((c) => `${c.actor.id} · ${c.stance.id} · ${c.polarity}`)
 * // ['kerry · assad-must-go · support']
 */
export function createLabeler(options: LabelerOptions = {}): Labeler {
  if (options === null || typeof options !== 'object') throw new InputError('INPUT_INVALID_OPTION', 'createLabeler() takes an options object, e.g. createLabeler({ codebook })');
  const codebook = toCodebook(options.codebook);
  const model = options.model === undefined ? (codebook === syria ? defaultModel() : null) : options.model === null ? null : validateModel(options.model, codebook);
  return new StandpointLabeler(codebook, model, checkMaxLength(options.maxLength));
}

// label() without a codebook shares one labeler; with one, a labeler per codebook.
let defaultLabeler: Labeler | undefined;
const labelers = new WeakMap<object, Labeler>();

/**
 * Labels a text: splits it into sentences and gives each its holder and its
 * claims (actor · stance · polarity) with confidence, evidence and mention spans.
 *
 * @param text - The document text; offsets in the result index this string.
 * @param options - `codebook` (default `syria`), `date` (ISO, resolves role nouns), `maxLength`.
 * @returns The labeled document.
 * @throws InputError when `text` is not a string, is over `maxLength`, or an option is malformed; CodebookError for a bad codebook.
 * @example
 * const doc = label('Russian officials have long argued that only Syrians may choose who governs them.')
 * doc.sentences[0].claims[0]
 * // { actor: { id: 'russia', name: 'Russia', affiliation: 'russia', mention: { text: 'Russian officials', start: 0, end: 17 } },
 * //   stance: { id: 'syrians-decide', label: 'Syrians decide' }, polarity: 'support', confidence: 0.806,
 * //   evidence: { text: 'Syrians may choose', start: 45, end: 63 }, source: 'reported' }
 */
export function label(text: string, options: LabelOptions = {}): LabeledDocument {
  if (options === null || typeof options !== 'object') throw new InputError('INPUT_INVALID_OPTION', 'label() takes an options object as its second argument, e.g. label(text, { date: "2016-01-13" })');
  if (options.maxLength !== undefined) return createLabeler({ codebook: options.codebook, maxLength: options.maxLength }).label(text, { date: options.date });
  let labeler: Labeler;
  if (options.codebook === undefined) labeler = defaultLabeler ??= createLabeler();
  else {
    const codebook = toCodebook(options.codebook);
    labeler = labelers.get(codebook) ?? createLabeler({ codebook });
    labelers.set(codebook, labeler);
  }
  return labeler.label(text, { date: options.date });
}
