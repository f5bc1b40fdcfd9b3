/**
 * A second codebook proves the library is not Syria-only: a small codebook
 * for a (fictional) national climate-policy debate, its own example set and a
 * held-out test set, driven through the public API alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createLabeler,
  defineCodebook,
  evaluate,
  isInputError,
  label,
  syria,
  train,
  type Codebook,
  type EvaluationReport,
  type GoldPassage,
  type TrainedModel,
} from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'climate');
const readJsonl = (name: string): GoldPassage[] =>
  readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldPassage);

const input = JSON.parse(readFileSync(join(dir, 'codebook.json'), 'utf8')) as { affiliations: string[] };
const examples = readJsonl('examples.jsonl');
const heldOut = readJsonl('test.jsonl');

const CONCEPTS = ['carbon-tax', 'coal-exit', 'net-zero', 'nuclear-power', 'ev-subsidies'];

// Measured on the held-out set when this test was written (see the note in
// scratch/readme/issue-4-codebook.md): with the trained model stance F1 0.676
// and affiliation F1 0.647; cues alone 0.636 and 0.606. The floors leave
// margin for changes to the shared pipeline.
const FLOOR = {
  model: { stance: 0.55, affiliation: 0.5 },
  cues: { stance: 0.5, affiliation: 0.45 },
};

let climate: Codebook;
let model: TrainedModel;

beforeAll(async () => {
  climate = defineCodebook(input);
  model = await train(examples, { codebook: climate });
});

describe('the climate codebook', () => {
  it('validates with defineCodebook and keeps its own affiliations', () => {
    expect(climate.id).toBe('estoria-climate');
    expect(climate.concepts.map((c) => c.id)).toEqual(CONCEPTS);
    expect(climate.affiliations).toEqual(['government', 'opposition', 'industry', 'labour', 'ngo', 'experts', 'media', 'other']);
    expect(climate.actors.length).toBeGreaterThanOrEqual(10);
    expect(climate.actors.length).toBeLessThanOrEqual(20);
    for (const actor of climate.actors) expect(climate.affiliations).toContain(actor.affiliation);
    expect(climate.actors.some((a) => (a.demonyms ?? []).length > 0)).toBe(true);
    expect(climate.actors.some((a) => a.kind === 'person' && a.gender && (a.roles ?? []).some((r) => r.from))).toBe(true);
    for (const concept of climate.concepts) {
      expect(concept.cues.support.length).toBeGreaterThan(0);
      expect(concept.cues.oppose?.length ?? 0).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(climate)).toBe(true);
  });

  it('has fixtures that use only its concepts and affiliations, with enough examples per concept and polarity', () => {
    const actors = new Map(climate.actors.map((a) => [a.id, a.affiliation]));
    const counts = new Map<string, number>();
    let none = 0;
    for (const passage of [...examples, ...heldOut]) {
      for (const sentence of passage.sentences) {
        for (const claim of sentence.claims) {
          expect(CONCEPTS).toContain(claim.stance);
          expect(climate.affiliations).toContain(claim.affiliation);
          // A codebook actor carries its codebook affiliation; an actor the codebook lacks keeps the one the annotator gave.
          if (actors.has(claim.actor)) expect(claim.affiliation).toBe(actors.get(claim.actor));
        }
      }
    }
    for (const passage of examples) {
      for (const sentence of passage.sentences) {
        if (sentence.claims.length === 0) none++;
        for (const claim of sentence.claims) counts.set(`${claim.stance}:${claim.polarity}`, (counts.get(`${claim.stance}:${claim.polarity}`) ?? 0) + 1);
      }
    }
    for (const concept of CONCEPTS) {
      expect(counts.get(`${concept}:support`)).toBeGreaterThanOrEqual(20);
      expect(counts.get(`${concept}:oppose`)).toBeGreaterThanOrEqual(20);
    }
    expect(none).toBeGreaterThanOrEqual(60);
    expect(heldOut.length).toBeGreaterThanOrEqual(20);
    expect(heldOut.length).toBeLessThanOrEqual(30);
    // The held-out set shares no sentence with the examples.
    const seen = new Set(examples.flatMap((p) => p.sentences.map((s) => s.text)));
    expect(heldOut.flatMap((p) => p.sentences.map((s) => s.text)).filter((t) => seen.has(t))).toEqual([]);
  });
});

describe('training, labeling and evaluating with the climate codebook', () => {
  it('trains a plain-JSON model for this codebook', () => {
    expect(model.kind).toBe('standpoint-model');
    expect(model.codebook).toEqual({ id: 'estoria-climate', version: climate.version });
    expect([...model.stance.classes].sort()).toEqual(CONCEPTS.flatMap((c) => [`${c}:oppose`, `${c}:support`]).sort());
    expect(model.trainedOn.sentences).toBe(examples.reduce((n, p) => n + p.sentences.length, 0));
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('refuses the climate model for the syria codebook', () => {
    let error: unknown;
    try {
      createLabeler({ codebook: syria, model });
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('MODEL_CODEBOOK_MISMATCH');
  });

  it('labels a new sentence with a climate claim whose affiliation comes from the climate list, not the syria one', () => {
    const labeler = createLabeler({ codebook: climate, model });
    const text = 'Opposition leader Margit Holm said on Tuesday that a Conservative government would abolish the carbon tax.';
    const doc = labeler.label(text, { date: '2022-05-03' });
    expect(doc.codebook).toEqual({ id: 'estoria-climate', version: climate.version });
    expect(doc.sentences).toHaveLength(1);
    const claims = doc.sentences[0]!.claims.map((c) => `${c.actor.id} · ${c.actor.affiliation} · ${c.stance.id} · ${c.polarity}`);
    expect(claims).toContain('holm · opposition · carbon-tax · oppose');
    const claim = doc.sentences[0]!.claims.find((c) => c.actor.id === 'holm')!;
    expect(climate.affiliations).toContain(claim.actor.affiliation);
    expect(syria.affiliations).not.toContain(claim.actor.affiliation);
    expect(claim.stance.label).toBe('Carbon tax');
    expect(claim.confidence).toBeGreaterThan(0);
    expect(claim.confidence).toBeLessThanOrEqual(1);
    expect(text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    expect(claim.actor.mention?.text).toBe('Opposition leader Margit Holm');
  });

  it('resolves the codebook’s roles by date and its demonyms', () => {
    const labeler = createLabeler({ codebook: climate, model });
    const text = 'The climate minister said the last two reactors would be switched off in December.';
    const holderAt = (date: string) => labeler.label(text, { date }).sentences[0]!.claims.map((c) => `${c.actor.id} · ${c.stance.id} · ${c.polarity}`);
    expect(holderAt('2020-05-01')).toEqual(['varga · nuclear-power · oppose']);
    expect(holderAt('2022-05-01')).toEqual(['ekdahl · nuclear-power · oppose']);
    const doc = labeler.label('Estorian officials said the coal plants would close by 2030.');
    expect(doc.sentences[0]!.claims.map((c) => `${c.actor.id} · ${c.actor.affiliation} · ${c.stance.id} · ${c.polarity}`)).toEqual([
      'government · government · coal-exit · support',
    ]);
  });

  it('labels with the codebook alone through label()', () => {
    const doc = label('"We will close every coal plant in this country by 2030," Varga said.', { codebook: climate });
    expect(doc.codebook.id).toBe('estoria-climate');
    expect(doc.sentences[0]!.claims.map((c) => `${c.actor.id} · ${c.actor.affiliation} · ${c.stance.id} · ${c.polarity} · ${c.source}`)).toEqual([
      'varga · government · coal-exit · support · quote',
    ]);
  });

  describe('on the held-out test set', () => {
    let withModel: EvaluationReport;
    let cuesOnly: EvaluationReport;

    beforeAll(() => {
      withModel = evaluate(heldOut, { labeler: createLabeler({ codebook: climate, model }) });
      // A codebook without a model: evaluate() builds a cue-only labeler for it.
      cuesOnly = evaluate(heldOut, { codebook: climate });
    });

    it('scores above the floors with the trained model', () => {
      expect(withModel.passages).toBe(heldOut.length);
      expect(withModel.stance.f1).toBeGreaterThanOrEqual(FLOOR.model.stance);
      expect(withModel.affiliation.f1).toBeGreaterThanOrEqual(FLOOR.model.affiliation);
    });

    it('scores above the floors with the cues alone', () => {
      expect(cuesOnly.stance.f1).toBeGreaterThanOrEqual(FLOOR.cues.stance);
      expect(cuesOnly.affiliation.f1).toBeGreaterThanOrEqual(FLOOR.cues.affiliation);
    });

    it('reports every concept of the codebook and only those', () => {
      expect(Object.keys(withModel.perConcept).sort()).toEqual([...CONCEPTS].sort());
    });

    it('gives every predicted claim an affiliation from the climate list', () => {
      const labeler = createLabeler({ codebook: climate, model });
      const affiliations = new Set<string>();
      for (const passage of heldOut) {
        const text = passage.sentences.map((s) => s.text).join(' ');
        for (const sentence of labeler.label(text, passage.date ? { date: passage.date } : {}).sentences) {
          for (const claim of sentence.claims) affiliations.add(claim.actor.affiliation);
        }
      }
      expect(affiliations.size).toBeGreaterThan(2);
      for (const affiliation of affiliations) expect(climate.affiliations).toContain(affiliation);
    });
  });
});
