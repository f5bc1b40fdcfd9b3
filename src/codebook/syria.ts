import meta from './syria/codebook.json' with { type: 'json' };
import actors from './syria/actors.json' with { type: 'json' };
import assadMustGo from './syria/concepts/assad-must-go.json' with { type: 'json' };
import syriansDecide from './syria/concepts/syrians-decide.json' with { type: 'json' };
import cooperate from './syria/concepts/cooperate.json' with { type: 'json' };
import fightTerrorism from './syria/concepts/fight-terrorism.json' with { type: 'json' };
import politicalSolution from './syria/concepts/political-solution.json' with { type: 'json' };
import militaryInvolvement from './syria/concepts/military-involvement.json' with { type: 'json' };
import inclusiveOpposition from './syria/concepts/inclusive-opposition.json' with { type: 'json' };
import { assembleCodebook } from './assemble.js';
import { defineCodebook } from './define.js';

// The parts by the names codebook.json gives them (bundled: the library reads no files).
const parts: Record<string, unknown> = {
  'actors.json': actors,
  'concepts/assad-must-go.json': assadMustGo,
  'concepts/syrians-decide.json': syriansDecide,
  'concepts/cooperate.json': cooperate,
  'concepts/fight-terrorism.json': fightTerrorism,
  'concepts/political-solution.json': politicalSolution,
  'concepts/military-involvement.json': militaryInvolvement,
  'concepts/inclusive-opposition.json': inclusiveOpposition,
};

/** The default codebook as plain JSON, assembled from its files (before validation). */
export const syriaInput = assembleCodebook(meta, (name) => {
  if (!Object.hasOwn(parts, name)) throw new Error(`the default codebook names a part "${name}" that syria.ts does not import`);
  return parts[name];
});

/**
 * The default codebook: the diplomacy of the Syrian war, 2011-2017 (the
 * annotation guide's concepts and actors, and the other parties of the war
 * with their office holders).
 *
 * @example
 * syria.concepts.map((c) => c.id)
 * // ['assad-must-go', 'syrians-decide', 'cooperate', 'fight-terrorism', 'political-solution', 'military-involvement', 'inclusive-opposition']
 */
export const syria = defineCodebook(syriaInput);
