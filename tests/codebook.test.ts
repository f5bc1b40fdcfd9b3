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
