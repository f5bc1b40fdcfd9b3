import data from './syria.json' with { type: 'json' };
import { defineCodebook } from './define.js';

/**
 * The default codebook: the diplomacy of the Syrian war, 2011-2017 (the
 * annotation guide's concepts and actors, and the other parties of the war
 * with their office holders).
 *
 * @example
 * syria.concepts.map((c) => c.id)
 * // ['assad-must-go', 'syrians-decide', 'cooperate', 'fight-terrorism', 'political-solution', 'military-involvement', 'inclusive-opposition']
 */
export const syria = defineCodebook(data);
