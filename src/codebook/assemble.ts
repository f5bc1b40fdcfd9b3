/**
 * A codebook kept as several files: `codebook.json` holds the id, version,
 * affiliations and slots, and names its parts where the actors and concepts
 * would stand (`"actors": "actors.json"`, `"concepts": ["concepts/cooperate.json", ...]`).
 * Assembling replaces each name by the part's content; a codebook written in
 * one file passes through unchanged.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a parsed codebook names parts kept in other files. */
export function namesParts(input: unknown): boolean {
  if (!isRecord(input)) return false;
  return typeof input.actors === 'string' || (Array.isArray(input.concepts) && input.concepts.some((c) => typeof c === 'string'));
}

/**
 * Assembles a codebook from its parts.
 *
 * @param input - The parsed `codebook.json`.
 * @param read - Returns the parsed content of a part, by the name `codebook.json` gives it.
 * @returns The codebook as one object, for `defineCodebook`.
 * @example
 * assembleCodebook({ id: 'c', actors: 'actors.json', concepts: ['concepts/tax.json'] }, (name) => parts[name])
 * // { id: 'c', actors: [...], concepts: [{ id: 'tax', ... }] }
 */
export function assembleCodebook(input: unknown, read: (name: string) => unknown): unknown {
  if (!isRecord(input)) return input;
  const out: Record<string, unknown> = { ...input };
  if (typeof input.actors === 'string') out.actors = read(input.actors);
  if (Array.isArray(input.concepts)) out.concepts = input.concepts.map((c) => (typeof c === 'string' ? read(c) : c));
  return out;
}
