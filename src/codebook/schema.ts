import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected a lowercase id of letters, digits, "-" or "_"');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const roleSchema = z.strictObject({
  titles: z.array(nonEmpty).min(1, 'a role needs at least one title'),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const actorSchema = z.strictObject({
  id,
  name: nonEmpty,
  kind: z.enum(['person', 'state', 'org', 'media']),
  affiliation: id,
  aliases: z.array(nonEmpty),
  handles: z.array(z.string().regex(/^@\w{1,50}$/, 'a handle is "@" and letters, digits or "_"')).optional(),
  demonyms: z.array(nonEmpty).optional(),
  // The name a person is called by alone, where it is not the last word of `name` ("Wang Yi" → "Wang").
  surname: nonEmpty.optional(),
  // Names of a state's country or capital that are places in most sentences and the actor only as a speaker ("Syria said").
  places: z.array(nonEmpty).optional(),
  gender: z.enum(['m', 'f']).optional(),
  roles: z.array(roleSchema).optional(),
});

const cueId = z.string().regex(/^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/, 'expected a cue id of lowercase words joined by "/", e.g. "assad-must-go/must-step-down"');

export const cueObjectSchema = z.strictObject({
  id: cueId,
  pattern: nonEmpty,
  examples: z
    .strictObject({
      match: z.array(nonEmpty).optional(),
      noMatch: z.array(nonEmpty).optional(),
    })
    .optional(),
});

// A plain pattern string, or a cue with an id and examples.
export const cueSchema = z.union([nonEmpty, cueObjectSchema]);

export const conceptSchema = z.strictObject({
  id,
  label: nonEmpty,
  description: z.string().optional(),
  cues: z.strictObject({
    support: z.array(cueSchema).default([]),
    oppose: z.array(cueSchema).optional(),
  }),
  keywords: z.array(nonEmpty.refine((w) => w === w.toLowerCase(), 'keywords are lowercase lemmas')).optional(),
});

export const codebookSchema = z.strictObject({
  id,
  version: nonEmpty,
  label: z.string().optional(),
  description: z.string().optional(),
  affiliations: z.array(id).min(1, 'list at least one affiliation'),
  defaultDate: isoDate.optional(),
  slots: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'slot names are UPPERCASE'), z.array(nonEmpty).min(1)).optional(),
  // Word-list names are checked by the stages that read them; here only the shape.
  lexicon: z.record(nonEmpty, z.array(nonEmpty)).optional(),
  actors: z.array(actorSchema),
  concepts: z.array(conceptSchema).min(1, 'a codebook needs at least one concept'),
});
