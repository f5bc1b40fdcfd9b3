import type { z } from 'zod';
import { CodebookError } from '../errors/codebook-error.js';
import type { Issue } from '../errors/issue.js';
import { compilePattern, type PatternOptions } from '../cues/pattern.js';
import type { Codebook } from '../types.js';
import { codebookSchema } from './schema.js';

type Path = Array<string | number>;
type ZodIssue = z.core.$ZodIssue;

const toPath = (path: ReadonlyArray<PropertyKey>): Path => path.map((p) => (typeof p === 'symbol' ? String(p) : p));

// A union ("a pattern string or a cue object") reports each branch's failure; the one that fits the input's
// type is the useful one.
function flatten(issue: ZodIssue, prefix: Path): Issue[] {
  const path = [...prefix, ...toPath(issue.path)];
  if (issue.code === 'invalid_union') {
    const fitting = issue.errors.filter((branch) => !(branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0));
    if (fitting.length === 1) return fitting[0]!.flatMap((inner) => flatten(inner, path));
    return [{ code: 'invalid_type', path, message: 'expected a pattern string or a cue object { "id", "pattern", "examples" }' }];
  }
  if (issue.code === 'invalid_key' || issue.code === 'invalid_element') {
    const inner = issue.issues[0];
    return [{ code: issue.code, path, message: inner ? `${issue.message}: ${inner.message}` : issue.message }];
  }
  return [{ code: issue.code, path, message: issue.message }];
}

function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue) => flatten(issue, []));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] => items(value).filter((v): v is string => typeof v === 'string');

/** The slots of a codebook as far as they have the right shape (a bad slot is the shape check's to report). */
function usableSlots(value: unknown): Record<string, string[]> {
  const slots: Record<string, string[]> = {};
  if (!isRecord(value)) return slots;
  for (const [name, alternatives] of Object.entries(value)) if (Array.isArray(alternatives)) slots[name] = strings(alternatives);
  return slots;
}

/**
 * What zod's shape check cannot see: references and uniqueness across the
 * document, and whether each cue compiles. It reads whatever has the right
 * shape, so that these problems are reported beside the shape problems, not
 * after they are fixed.
 */
function semanticIssues(input: unknown): Issue[] {
  const issues: Issue[] = [];
  if (!isRecord(input)) return issues;
  const affiliations = Array.isArray(input.affiliations) ? new Set(strings(input.affiliations)) : null;
  const ids = new Map<string, number>();
  const aliasOwner = new Map<string, string>();
  items(input.actors).forEach((actor, i) => {
    if (!isRecord(actor)) return;
    const id = str(actor.id);
    if (id !== undefined) {
      const seen = ids.get(id);
      if (seen !== undefined) issues.push({ code: 'duplicate_id', path: ['actors', i, 'id'], message: `actor id "${id}" is already used by actors[${seen}]` });
      else ids.set(id, i);
    }
    const affiliation = str(actor.affiliation);
    if (affiliations && affiliation !== undefined && !affiliations.has(affiliation)) {
      issues.push({ code: 'unknown_affiliation', path: ['actors', i, 'affiliation'], message: `"${affiliation}" is not in the codebook's affiliations; add it there or use one of: ${[...affiliations].join(', ')}` });
    }
    for (const field of ['aliases', 'handles'] as const) {
      items(actor[field]).forEach((alias, k) => {
        if (typeof alias !== 'string' || id === undefined) return;
        const owner = aliasOwner.get(alias);
        if (owner !== undefined && owner !== id) issues.push({ code: 'duplicate_alias', path: ['actors', i, field, k], message: `"${alias}" is already an alias of "${owner}"; an alias must name one actor` });
        else aliasOwner.set(alias, id);
      });
    }
    items(actor.roles).forEach((role, k) => {
      if (!isRecord(role)) return;
      const from = str(role.from);
      const to = str(role.to);
      if (from && to && from > to) issues.push({ code: 'invalid_range', path: ['actors', i, 'roles', k], message: `role starts (${from}) after it ends (${to})` });
    });
  });
  // Without the literal tokenizer: whether a cue compiles does not depend on how its literals split, and
  // validating the default codebook at import then does not load wink.
  const options: PatternOptions = { slots: usableSlots(input.slots), isActor: (id) => ids.has(id) };
  const conceptIds = new Set<string>();
  const cueIds = new Map<string, Path>();
  items(input.concepts).forEach((concept, i) => {
    if (!isRecord(concept)) return;
    const conceptId = str(concept.id);
    if (conceptId !== undefined) {
      if (conceptIds.has(conceptId)) issues.push({ code: 'duplicate_id', path: ['concepts', i, 'id'], message: `concept id "${conceptId}" is used twice` });
      conceptIds.add(conceptId);
    }
    if (!isRecord(concept.cues)) return;
    const cues = concept.cues;
    const total = items(cues.support).length + items(cues.oppose).length;
    if (total === 0 && [cues.support, cues.oppose].every((list) => list === undefined || Array.isArray(list))) {
      issues.push({ code: 'empty_concept', path: ['concepts', i, 'cues'], message: `concept "${conceptId ?? i}" has no cues; give it at least one support or oppose cue` });
    }
    for (const polarity of ['support', 'oppose'] as const) {
      items(cues[polarity]).forEach((cue, k) => {
        const path: Path = ['concepts', i, 'cues', polarity, k];
        const pattern = typeof cue === 'string' ? cue : isRecord(cue) ? str(cue.pattern) : undefined;
        const id = typeof cue === 'string' ? `${conceptId ?? i}/${polarity}/${k}` : isRecord(cue) ? str(cue.id) : undefined;
        if (id !== undefined) {
          const seen = cueIds.get(id);
          if (seen) issues.push({ code: 'duplicate_id', path: typeof cue === 'string' ? path : [...path, 'id'], message: `cue id "${id}" is already used by ${seen.join('.')}` });
          else cueIds.set(id, path);
        }
        if (pattern === undefined || pattern.trim() === '') return;
        try {
          compilePattern(pattern, options);
        } catch (error) {
          issues.push({ code: 'invalid_cue', path: typeof cue === 'string' ? path : [...path, 'pattern'], message: (error as Error).message });
        }
      });
    }
  });
  return issues;
}

/**
 * Every problem of a codebook: its shape and its cross-references together.
 *
 * @param input - A parsed JSON codebook.
 * @returns The problems (none for a valid codebook) and the parsed codebook when there are none.
 */
export function codebookIssues(input: unknown): { issues: Issue[]; parsed?: z.infer<typeof codebookSchema> } {
  const parsed = codebookSchema.safeParse(input);
  const issues = [...(parsed.success ? [] : zodIssues(parsed.error)), ...semanticIssues(input)];
  // A value can fail both checks at one path with one code (never so far, but the list should say it once).
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const key = `${issue.code}@${JSON.stringify(issue.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return parsed.success && unique.length === 0 ? { issues: [], parsed: parsed.data } : { issues: unique };
}

// Codebooks that passed validation: label() and createLabeler() accept these without validating again.
const defined = new WeakSet<object>();

/** Whether a value is a codebook returned by defineCodebook(). */
export function isDefinedCodebook(value: unknown): value is Codebook {
  return typeof value === 'object' && value !== null && defined.has(value);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The outcome of `safeDefineCodebook`, zod-style. */
export type SafeCodebookResult = { success: true; data: Codebook } | { success: false; error: CodebookError };

/**
 * Validates a codebook without throwing.
 *
 * @param input - A parsed JSON codebook.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every problem in `error.issues`.
 * @example
 * const result = safeDefineCodebook({ id: 'x' })
 * result.success // false
 * result.error.issues.map((i) => i.path.join('.')) // ['version', 'affiliations', 'actors', 'concepts']
 */
export function safeDefineCodebook(input: unknown): SafeCodebookResult {
  const { issues, parsed } = codebookIssues(input);
  if (!parsed) return { success: false, error: new CodebookError(issues) };
  const data = deepFreeze(structuredClone(parsed)) as Codebook;
  defined.add(data);
  return { success: true, data };
}

/**
 * Validates a codebook (plain JSON: actors with aliases and affiliations,
 * concepts with labels and cue patterns) and returns it frozen, ready for
 * `createLabeler`. Validation happens here, once; every problem is listed,
 * those of shape and those of reference (an unknown affiliation, a duplicate
 * id, a cue that does not compile) together.
 *
 * @param input - A parsed JSON codebook.
 * @returns The validated codebook.
 * @throws CodebookError listing every problem with its JSON path.
 * @example
 * const climate = defineCodebook({
 *   id: 'climate', version: '1.0.0', affiliations: ['government', 'other'],
 *   actors: [{ id: 'minister', name: 'The Minister', kind: 'person', affiliation: 'government', aliases: ['Jane Doe'] }],
 *   concepts: [{ id: 'carbon-tax', label: 'A carbon tax', cues: { support: ['carbon tax'] } }],
 * })
 * climate.id // 'climate'
 */
export function defineCodebook(input: unknown): Codebook {
  const result = safeDefineCodebook(input);
  if (!result.success) throw result.error;
  return result.data;
}
