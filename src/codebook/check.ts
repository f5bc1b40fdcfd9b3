import type { Issue } from '../errors/issue.js';
import { matchText, type CueMatch } from '../cues/match.js';
import { parsePattern, KIND_TAGS, type KindTag } from '../cues/pattern.js';
import { deadParts } from '../cues/reach.js';
import type { ActorInput, Codebook, Polarity } from '../types.js';
import { compileCodebook, cueParts, patternOptions, type CompiledCodebook, type CompiledCue } from './compile.js';
import { codebookIssues, isDefinedCodebook } from './define.js';
import { actorSchema } from './schema.js';

/** A problem `checkCodebook` found: zod-style, with the JSON path of the cue, pattern or example. */
export type CodebookIssue = Issue;

export interface CheckOptions {
  /** Also fail a cue that has no `match` example (the default codebook holds itself to this). */
  requireExamples?: boolean;
}

type Path = Array<string | number>;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => items(value).filter((v): v is string => typeof v === 'string' && v.trim() !== '');

// Compiled once per codebook: matchCues on many texts reuses it.
const compiledCache = new WeakMap<Codebook, CompiledCodebook>();
function compiled(codebook: Codebook): CompiledCodebook {
  let cb = compiledCache.get(codebook);
  if (!cb) {
    cb = compileCodebook(codebook);
    compiledCache.set(codebook, cb);
  }
  return cb;
}

/**
 * Where the codebook's cue patterns match in a text: every cue, every start,
 * before negation, ownership and filters decide what the match means. For
 * reviewing cues and writing their examples; `label()` is what says who
 * stands where.
 *
 * @param text - Any text; it is split into sentences as `label()` splits it.
 * @param codebook - A codebook from `defineCodebook()` (or `syria`).
 * @returns The matches, in sentence order and by cue.
 * @example
 * matchCues('Moscow is ready to work with Washington and to share intelligence.', syria).map((m) => m.cue)
 * // ['cooperate/ready-to-cooperate', 'cooperate/work-with-an-actor', 'cooperate/share-intelligence']
 */
export function matchCues(text: string, codebook: Codebook): CueMatch[] {
  return matchText(text, compiled(codebook));
}

/**
 * A codebook as far as it can be read, for checking the cues of one that
 * does not validate yet: actors of the right shape (the first of an id),
 * usable slots, and every cue that compiles.
 */
function salvage(input: Record<string, unknown>): Codebook {
  const seen = new Set<string>();
  const actors: ActorInput[] = [];
  for (const raw of items(input.actors)) {
    const parsed = actorSchema.safeParse(raw);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      actors.push(parsed.data as ActorInput);
    }
  }
  const slots: Record<string, string[]> = {};
  if (isRecord(input.slots)) for (const [name, alternatives] of Object.entries(input.slots)) if (/^[A-Z][A-Z0-9_]*$/.test(name)) slots[name] = strings(alternatives);
  const options = patternOptions({ actors, slots });
  const concepts = items(input.concepts).map((concept, i) => {
    const c = isRecord(concept) ? concept : {};
    const id = typeof c.id === 'string' ? c.id : `concepts.${i}`;
    const cues = isRecord(c.cues) ? c.cues : {};
    const usable = (polarity: Polarity) =>
      items(cues[polarity]).flatMap((cue, k) => {
        const pattern = typeof cue === 'string' ? cue : isRecord(cue) && typeof cue.pattern === 'string' ? cue.pattern : null;
        if (pattern === null) return [];
        try {
          parsePattern(pattern, options);
        } catch {
          return [];
        }
        return [{ id: isRecord(cue) && typeof cue.id === 'string' ? cue.id : `${id}/${polarity}/${k}`, pattern }];
      });
    return { id, label: id, cues: { support: usable('support'), oppose: usable('oppose') } };
  });
  return { id: 'unchecked', version: '0', affiliations: [], actors, slots, concepts } as unknown as Codebook;
}

/** Why no mention can carry a tag, or null when one can. */
function fillability(codebook: Codebook): (tag: string) => string | null {
  const nameable = (a: ActorInput) => a.aliases.length > 0 || (a.handles?.length ?? 0) > 0 || (a.demonyms?.length ?? 0) > 0 || (a.roles?.length ?? 0) > 0;
  const kinds = new Set(codebook.actors.filter(nameable).map((a) => a.kind));
  const byId = new Map(codebook.actors.map((a) => [a.id, a]));
  return (tag) => {
    const name = tag.slice(1);
    if (name === 'ACTOR') return null;
    if (Object.hasOwn(KIND_TAGS, name)) {
      const kind = KIND_TAGS[name as KindTag]!;
      return kinds.has(kind) ? null : `the codebook has no actor of kind "${kind}" that a text could name`;
    }
    const actor = byId.get(name);
    if (!actor) return `the codebook has no actor "${name}"`;
    return nameable(actor) ? null : `actor "${name}" has no alias, handle, demonym or role, so no mention resolves to it`;
  };
}

/**
 * Checks a codebook's cues against themselves: every problem `defineCodebook`
 * would report, and for each cue a `match` example it misses, a `noMatch`
 * example it matches, or a part that can never match (literals written apart,
 * "counter - isil", where text makes one token of "counter-ISIL"; an actor
 * slot no mention can fill, such as `@MEDIA` in a codebook without media). An example matches when
 * the cue's pattern matches somewhere in it, read as `label()` reads text
 * (sentences, tokens, actor tags of the mentions found); negation and
 * ownership do not enter.
 *
 * @param input - A codebook (validated or plain JSON).
 * @param options - `requireExamples`: also fail a cue without a `match` example.
 * @returns Every problem, each with `code`, `path` and `message`; empty when the codebook is clean.
 * @example
 * checkCodebook({
 *   id: 'c', version: '1', affiliations: ['x'],
 *   actors: [{ id: 'ann', name: 'Ann', kind: 'person', affiliation: 'x', aliases: ['Ann'] }],
 *   concepts: [{ id: 'tax', label: 'Tax', cues: { support: [
 *     { id: 'tax/back', pattern: 'back* [a] carbon tax', examples: { match: ['Ann backs a carbon tax.'], noMatch: ['Ann backed away.'] } },
 *     { id: 'tax/levy', pattern: 'carbon levy', examples: { match: ['Ann wants a tax on carbon.'] } },
 *   ] } }],
 * }).map((i) => `${i.code} ${i.path.join('.')}`)
 * // ['example_not_matched concepts.0.cues.support.1.examples.match.0']
 */
export function checkCodebook(input: unknown, options: CheckOptions = {}): CodebookIssue[] {
  const defined = isDefinedCodebook(input);
  const issues: CodebookIssue[] = defined ? [] : codebookIssues(input).issues;
  if (!isRecord(input)) return issues;
  const codebook = defined ? input : salvage(input);
  const cb = compileCodebook(codebook);
  const byId = new Map<string, CompiledCue>(cb.cues.all.map((c) => [c.id, c]));
  const compileOptions = patternOptions(codebook);
  const fillable = fillability(codebook);
  // A dead part of a slot is reported once, at the slot, not at every cue that uses it.
  const fromSlots = new Set<string>();
  for (const [name, alternatives] of Object.entries(codebook.slots ?? {})) {
    alternatives.forEach((alternative, k) => {
      let ast;
      try {
        ast = parsePattern(alternative, compileOptions);
      } catch {
        return; // a cue using the slot reports why it does not compile
      }
      for (const part of deadParts(ast, fillable).dead) {
        fromSlots.add(part.message);
        issues.push({ code: part.code, path: ['slots', name, k], message: `slot ${name} has a part that can never match: ${part.message}` });
      }
    });
  }
  items(input.concepts).forEach((concept, i) => {
    if (!isRecord(concept) || !isRecord(concept.cues)) return;
    const conceptId = typeof concept.id === 'string' ? concept.id : `concepts.${i}`;
    for (const polarity of ['support', 'oppose'] as const) {
      items(concept.cues[polarity]).forEach((raw, k) => {
        const path: Path = ['concepts', i, 'cues', polarity, k];
        const isObject = isRecord(raw);
        const pattern = typeof raw === 'string' ? raw : isObject && typeof raw.pattern === 'string' ? raw.pattern : null;
        if (pattern === null) return;
        const id = cueParts(isObject ? { id: String(raw.id), pattern } : pattern, conceptId, polarity, k).id;
        const cue = byId.get(id);
        if (!cue || cue.pattern.source !== pattern) return; // it does not compile: defineCodebook's issue says why
        const patternPath = isObject ? [...path, 'pattern'] : path;
        const { dead, canMatch } = deadParts(parsePattern(pattern, compileOptions), fillable);
        for (const part of dead) {
          if (canMatch && fromSlots.has(part.message)) continue;
          issues.push({ code: part.code, path: patternPath, message: `cue "${id}" ${canMatch ? 'has a part that can never match' : 'can never match'}: ${part.message}` });
        }
        const examples = isObject && isRecord(raw.examples) ? raw.examples : {};
        if (options.requireExamples && strings(examples.match).length === 0) {
          issues.push({ code: 'missing_example', path: isObject ? [...path, 'examples', 'match'] : path, message: `cue "${id}" has no match example; add a sentence it must match` });
        }
        items(examples.match).forEach((sentence, j) => {
          if (typeof sentence !== 'string') return;
          if (matchText(sentence, cb, [cue]).length === 0) {
            issues.push({ code: 'example_not_matched', path: [...path, 'examples', 'match', j], message: `cue "${id}" does not match its example ${JSON.stringify(sentence)}` });
          }
        });
        items(examples.noMatch).forEach((sentence, j) => {
          if (typeof sentence !== 'string') return;
          const hit = matchText(sentence, cb, [cue])[0];
          if (hit) {
            issues.push({ code: 'nomatch_example_matched', path: [...path, 'examples', 'noMatch', j], message: `cue "${id}" matches "${hit.text}" in its noMatch example ${JSON.stringify(sentence)}` });
          }
        });
      });
    }
  });
  return issues;
}
