import { describe, expect, it } from 'vitest';
import { CodebookError, defineCodebook, isCodebookError, safeDefineCodebook, syria } from '../src/index.js';

const minimal = {
  id: 'climate',
  version: '1.0.0',
  affiliations: ['government', 'other'],
  actors: [{ id: 'doe', name: 'Jane Doe', kind: 'person', affiliation: 'government', aliases: ['Jane Doe', 'Doe'] }],
  concepts: [{ id: 'carbon-tax', label: 'A carbon tax', cues: { support: ['carbon tax'] } }],
};

describe('defineCodebook', () => {
  it('returns a frozen codebook for valid input', () => {
    const cb = defineCodebook(minimal);
    expect(cb.id).toBe('climate');
    expect(Object.isFrozen(cb)).toBe(true);
    expect(Object.isFrozen(cb.actors[0])).toBe(true);
  });

  it('reports every problem with its JSON path, not only the first', () => {
    const bad = { ...minimal, version: 3, actors: [{ ...minimal.actors[0], kind: 'robot' }, { ...minimal.actors[0], affiliation: 'mars' }] };
    const result = safeDefineCodebook(bad);
    expect(result.success).toBe(false);
    if (result.success) return;
    const paths = result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('version');
    expect(paths).toContain('actors.0.kind');
    expect(result.error.code).toBe('CODEBOOK_INVALID');
  });

  it('rejects duplicate ids, shared aliases, unknown affiliations, empty concepts and bad cues', () => {
    const bad = {
      ...minimal,
      actors: [minimal.actors[0], { ...minimal.actors[0] }, { id: 'roe', name: 'R', kind: 'person', affiliation: 'mars', aliases: ['Doe'] }],
      concepts: [{ id: 'empty', label: 'Empty', cues: { support: [] } }, { id: 'broken', label: 'Broken', cues: { support: ['(open'] } }],
    };
    try {
      defineCodebook(bad);
      expect.unreachable();
    } catch (error) {
      expect(isCodebookError(error)).toBe(true);
      const codes = (error as CodebookError).issues.map((i) => `${i.code}@${i.path.join('.')}`);
      expect(codes).toContain('duplicate_id@actors.1.id');
      expect(codes).toContain('unknown_affiliation@actors.2.affiliation');
      expect(codes).toContain('duplicate_alias@actors.2.aliases.0');
      expect(codes).toContain('empty_concept@concepts.0.cues');
      expect(codes).toContain('invalid_cue@concepts.1.cues.support.0');
      expect((error as Error).message).toContain('actors.2.affiliation');
    }
  });

  it('lists an unknown affiliation, a duplicate id and a bad cue at once, and accepts a concept with oppose cues only', () => {
    // The four problems of the report: cues.support missing is no longer one.
    const bad = {
      ...minimal,
      actors: [minimal.actors[0], { ...minimal.actors[0], aliases: ['J. Doe'] }, { id: 'roe', name: 'Rae Roe', kind: 'person', affiliation: 'mars', aliases: ['Rae Roe'] }],
      concepts: [
        { id: 'carbon-tax', label: 'A carbon tax', cues: { support: ['carbon tax', '(open'] } },
        { id: 'coal-exit', label: 'Leaving coal', cues: { oppose: ['keep* ... coal plants open'] } },
      ],
    };
    const result = safeDefineCodebook(bad);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'duplicate_id@actors.1.id',
      'unknown_affiliation@actors.2.affiliation',
      'invalid_cue@concepts.0.cues.support.1',
    ]);
    for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(10);
    const fixed = defineCodebook({ ...bad, actors: [minimal.actors[0]], concepts: [bad.concepts[0]!, bad.concepts[1]!].map((c, i) => (i === 0 ? { ...c, cues: { support: ['carbon tax'] } } : c)) });
    expect(fixed.concepts[1]!.cues).toEqual({ support: [], oppose: ['keep* ... coal plants open'] });
  });

  it('reports shape problems beside reference problems, not after them', () => {
    const bad = {
      ...minimal,
      version: 3,
      actors: [{ ...minimal.actors[0], kind: 'robot' }, { ...minimal.actors[0] }],
      concepts: [{ id: 'carbon-tax', label: 'A carbon tax', cues: { support: [{ id: 'Bad Id', pattern: 'carbon tax' }, { id: 'tax/ok', pattern: '(open' }, 42] } }],
    };
    const result = safeDefineCodebook(bad);
    expect(result.success).toBe(false);
    if (result.success) return;
    const codes = result.error.issues.map((i) => `${i.code}@${i.path.join('.')}`);
    expect(codes).toEqual([
      'invalid_type@version',
      'invalid_value@actors.0.kind',
      'invalid_format@concepts.0.cues.support.0.id',
      'invalid_type@concepts.0.cues.support.2',
      'duplicate_id@actors.1.id',
      'invalid_cue@concepts.0.cues.support.1.pattern',
    ]);
    expect(result.error.issues.find((i) => i.path.join('.') === 'concepts.0.cues.support.2')!.message).toMatch(/pattern string or a cue object/);
  });

  it('accepts cue objects with ids and examples, and refuses a cue id used twice', () => {
    const cue = { id: 'carbon-tax/levy', pattern: 'carbon (tax|levy)', examples: { match: ['A carbon levy.'], noMatch: ['A tax on cars.'] } };
    const cb = defineCodebook({ ...minimal, concepts: [{ id: 'carbon-tax', label: 'A carbon tax', cues: { support: [cue, 'carbon price'] } }] });
    expect(cb.concepts[0]!.cues.support).toEqual([cue, 'carbon price']);
    const twice = safeDefineCodebook({ ...minimal, concepts: [{ id: 'carbon-tax', label: 'A carbon tax', cues: { support: [cue], oppose: [{ ...cue, pattern: 'no carbon tax' }, 'x'] } }] });
    expect(twice.success).toBe(false);
    if (!twice.success) expect(twice.error.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['duplicate_id@concepts.0.cues.oppose.0.id']);
  });

  it('passes a lexicon of domain words through, checking only its shape', () => {
    const lexicon = { speechVerbs: ['decreed'], titleWords: ['ombudsman', 'commissioner'] };
    expect(defineCodebook({ ...minimal, lexicon }).lexicon).toEqual(lexicon);
    const bad = safeDefineCodebook({ ...minimal, lexicon: { speechVerbs: 'decreed' } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues.map((i) => i.path.join('.'))).toEqual(['lexicon.speechVerbs']);
  });

  it('ships a default codebook with the guide\'s concepts and actors', () => {
    expect(syria.concepts.map((c) => c.id).sort()).toEqual(
      ['assad-must-go', 'cooperate', 'fight-terrorism', 'inclusive-opposition', 'military-involvement', 'political-solution', 'syrians-decide'],
    );
    const ids = new Set(syria.actors.map((a) => a.id));
    for (const id of ['us', 'obama', 'kerry', 'carter', 'cook', 'russia', 'putin', 'lavrov', 'shoygu', 'zakharova', 'peskov', 'gatilov', 'assad', 'syria-opposition', 'un', 'ignatius']) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
