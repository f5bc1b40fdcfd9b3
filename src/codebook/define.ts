import type { z } from 'zod';
import { CodebookError } from '../errors/codebook-error.js';
import type { Issue } from '../errors/issue.js';
import { compilePattern } from '../cues/pattern.js';
import type { Codebook, CodebookInput } from '../types.js';
import { codebookSchema } from './schema.js';

function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    code: issue.code,
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

// What zod's shape check cannot see: references and uniqueness across the document.
function semanticIssues(input: CodebookInput): Issue[] {
  const issues: Issue[] = [];
  const affiliations = new Set(input.affiliations);
  const ids = new Map<string, number>();
  const aliasOwner = new Map<string, string>();
  input.actors.forEach((actor, i) => {
    const seen = ids.get(actor.id);
    if (seen !== undefined) issues.push({ code: 'duplicate_id', path: ['actors', i, 'id'], message: `actor id "${actor.id}" is already used by actors[${seen}]` });
    else ids.set(actor.id, i);
    if (!affiliations.has(actor.affiliation)) {
      issues.push({ code: 'unknown_affiliation', path: ['actors', i, 'affiliation'], message: `"${actor.affiliation}" is not in the codebook's affiliations; add it there or use one of: ${input.affiliations.join(', ')}` });
    }
    const surfaces = [...actor.aliases, ...(actor.handles ?? [])];
    surfaces.forEach((alias, k) => {
      const owner = aliasOwner.get(alias);
      if (owner !== undefined && owner !== actor.id) {
        const field = k < actor.aliases.length ? 'aliases' : 'handles';
        const at = k < actor.aliases.length ? k : k - actor.aliases.length;
        issues.push({ code: 'duplicate_alias', path: ['actors', i, field, at], message: `"${alias}" is already an alias of "${owner}"; an alias must name one actor` });
      } else aliasOwner.set(alias, actor.id);
    });
    (actor.roles ?? []).forEach((role, k) => {
      if (role.from && role.to && role.from > role.to) issues.push({ code: 'invalid_range', path: ['actors', i, 'roles', k], message: `role starts (${role.from}) after it ends (${role.to})` });
    });
  });
  const conceptIds = new Set<string>();
  input.concepts.forEach((concept, i) => {
    if (conceptIds.has(concept.id)) issues.push({ code: 'duplicate_id', path: ['concepts', i, 'id'], message: `concept id "${concept.id}" is used twice` });
    conceptIds.add(concept.id);
    const total = concept.cues.support.length + (concept.cues.oppose?.length ?? 0);
    if (total === 0) issues.push({ code: 'empty_concept', path: ['concepts', i, 'cues'], message: `concept "${concept.id}" has no cues; give it at least one support or oppose pattern` });
    for (const polarity of ['support', 'oppose'] as const) {
      (concept.cues[polarity] ?? []).forEach((cue, k) => {
        try {
          compilePattern(cue, input.slots ?? {});
        } catch (error) {
          issues.push({ code: 'invalid_cue', path: ['concepts', i, 'cues', polarity, k], message: (error as Error).message });
        }
      });
    }
  });
  return issues;
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
  const parsed = codebookSchema.safeParse(input);
  if (!parsed.success) return { success: false, error: new CodebookError(zodIssues(parsed.error)) };
  const issues = semanticIssues(parsed.data as CodebookInput);
  if (issues.length > 0) return { success: false, error: new CodebookError(issues) };
  const data = deepFreeze(structuredClone(parsed.data)) as Codebook;
  defined.add(data);
  return { success: true, data };
}

/**
 * Validates a codebook (plain JSON: actors with aliases and affiliations,
 * concepts with labels and cue patterns) and returns it frozen, ready for
 * `createLabeler`. Validation happens here, once.
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
