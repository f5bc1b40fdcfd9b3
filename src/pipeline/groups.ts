import { normaliseToken } from '../codebook/compile.js';
import { longest, type MentionSet } from './mentions.js';

const ONE = /^(a|an|one)$/i;

/**
 * Groups and pronouns: "Russian officials" (the state), "a Saudi diplomat"
 * (one person of that state, perhaps named later: a role), "the Russians",
 * "both leaders" and "the two sides" (the last two actors named), and
 * third-person pronouns.
 */
export function findGroupsAndPronouns(set: MentionSet): void {
  const { sentence, ctx, covered } = set;
  const { cb, lex } = ctx;
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const tok = tokens[i]!;
    const demonym = cb.demonyms.get(normaliseToken(tok.value));
    if (demonym) {
      // "the Russian top diplomat": a role title follows, read with this qualifier by the titles pass.
      if ([i + 1, i + 2].some((at) => !covered[at] && longest(cb.roles, set.keys.lower, at) !== null)) continue;
      let k = i + 1;
      while (k < tokens.length && lex.groupFillers.has(tokens[k]!.lower) && !lex.groupNouns.has(tokens[k]!.lower)) k++;
      const affiliation = cb.actors.get(demonym)!.affiliation;
      const noun = tokens[k];
      if (noun && !covered[k] && lex.singlePersonNouns.has(noun.lower) && [tokens[i - 1], tokens[i - 2]].some((t) => ONE.test(t?.value ?? ''))) {
        set.add(set.make('role', null, i, k, 'mention.demonym-person', { role: { affiliation, title: noun.lower } }));
        i = k;
        continue;
      }
      if (noun && !covered[k] && lex.groupNouns.has(noun.lower)) {
        while (k + 1 < tokens.length && !covered[k + 1] && lex.groupNouns.has(tokens[k + 1]!.lower)) k++;
        set.add(set.make('demonym-group', demonym, i, k, 'mention.demonym-group'));
        i = k;
        continue;
      }
      // "Russian calls for …", "Turkish objections": the state bears the attitude.
      if (noun && !covered[k] && k === i + 1 && lex.attitudeNouns.has(noun.lower)) {
        set.add(set.make('demonym-group', demonym, i, i, 'mention.demonym-attitude'));
        continue;
      }
      // "the Russians", "Syrians": a plural demonym standing alone.
      if (/s$/.test(tok.value) && tok.pos !== 'ADJ' && (i === 0 || tokens[i - 1]!.lower === 'the')) {
        set.add(set.make('demonym-group', demonym, i, i, 'mention.demonym-plural'));
        continue;
      }
    }
    const pairNoun = tok.lower === 'both' || (tok.lower === 'two' && tokens[i - 1]?.lower === 'the') ? tokens[i + 1] : undefined;
    const pair = pairNoun && !covered[i + 1] ? lex.maps.pairNouns.get(pairNoun.lower) : undefined;
    if (pair) {
      const first = tok.lower === 'two' ? i - 1 : i;
      set.add(set.make('group-noun', null, first, i + 1, 'mention.pair-noun', { group: pair === 'person' ? 'person' : 'body' }));
      i++;
      continue;
    }
    const pronoun = lex.maps.pronouns.get(tok.lower);
    if (pronoun && (tok.pos === 'PRON' || tok.pos === 'DET' || tok.pos === 'X')) {
      const [gender, number] = pronoun.split(':') as ['m' | 'f' | 'n', string];
      set.add(set.make('pronoun', null, i, i, 'mention.pronoun', { pronoun: { gender, plural: number === 'p' } }));
    }
  }
}
