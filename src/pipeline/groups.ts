import type { MentionSet } from './mention-set.js';
import { participleBefore, startsUpper } from './tokens.js';
import type { Mention, Token } from './types.js';

const ONE = /^(a|an|one)$/i;

// A Map, not an object: a word such as "constructor" must not read a property every object has.
const COUNTS = new Map<string, number>([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['2', 2], ['3', 3], ['4', 4], ['5', 5]]);
// Lowercase modifiers a pair noun may take after its article or number ("the three guarantor states").
const PAIR_MODIFIERS = 2;

/** Where the pair noun stands from `at` on, past at most PAIR_MODIFIERS lowercase modifiers; -1 if none does. */
function pairNounAfter(set: MentionSet, at: number): number {
  const tokens = set.sentence.tokens;
  const pairs = set.ctx.lex.maps.pairNouns;
  for (let k = at; k < tokens.length && k <= at + PAIR_MODIFIERS; k++) {
    const t = tokens[k]!;
    if (set.covered[k]) return -1;
    if (pairs.has(t.lower)) return k;
    // A modifier is a lowercase noun or adjective ("guarantor", "warring"), not a verb or a capitalised name.
    if (startsUpper(t.value) || !/^[a-z-]+$/.test(t.value) || !(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB' && /ing$/.test(t.lower))) return -1;
  }
  return -1;
}

/** A hyphen at k with no space on either side: it joins a compound ("U.S.-Russian"). */
function compoundAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.value === '-' && !t.space && !!tokens[k + 1] && !tokens[k + 1]!.space;
}

/**
 * A demonym that opens or goes on a list of demonyms ("Russian, Iranian and Turkish", "U.S. and Russian") whose last
 * one stands before a group or attitude noun: the list modifies that noun, so each demonym names its own state.
 */
function listedDemonymAt(set: MentionSet, i: number): boolean {
  const { sentence, ctx, covered } = set;
  const tokens = sentence.tokens;
  const { lex } = ctx;
  let k = i;
  let joined = false;
  for (;;) {
    const join = tokens[k + 1]?.lower ?? '';
    if (join !== ',' && join !== 'and' && join !== '&') break;
    const next = tokens[k + 2]?.lower === 'and' && join === ',' ? k + 3 : k + 2;
    if (covered[next] || !ctx.cb.demonyms.has(set.keys.value[next] ?? '')) break;
    joined ||= join === 'and' || join === '&' || next === k + 3;
    k = next;
  }
  if (k === i || !joined) return false;
  let noun = k + 1;
  while (noun < tokens.length && lex.groupFillers.has(tokens[noun]!.lower) && !lex.groupNouns.has(tokens[noun]!.lower)) noun++;
  const word = tokens[noun]?.lower ?? '';
  return !covered[noun] && (lex.groupNouns.has(word) || (noun === k + 1 && lex.attitudeNouns.has(word)));
}

/**
 * Groups and pronouns: "Russian officials" (the state), "a Saudi diplomat"
 * (one person of that state, perhaps named later: a role), "the Russians",
 * "both leaders" and "the three sides" (the last actors named), "the
 * countries" (the last list of them named), "officials said" (the group last
 * named with that noun), "the
 * agency" (a body named before), and third-person pronouns.
 */
export function findGroupsAndPronouns(set: MentionSet): void {
  findTitledLists(set);
  const { sentence, ctx, covered } = set;
  const { cb, lex } = ctx;
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const tok = tokens[i]!;
    const demonym = cb.demonyms.get(set.keys.value[i]!);
    // "the Russian, Iranian and Turkish delegations": each demonym of the list before the noun speaks for its state.
    if (demonym && listedDemonymAt(set, i)) {
      set.add(set.make('demonym-group', demonym, i, i, 'mention.demonym-listed'));
      continue;
    }
    // "a joint U.S.-Russian statement", "the Russian-Turkish deal": the states of a hyphenated compound are its parties.
    if (demonym && !covered[i] && (compoundAt(tokens, i - 1) || compoundAt(tokens, i + 1))) {
      const left = compoundAt(tokens, i - 1) && (covered[i - 2] || cb.demonyms.has(set.keys.value[i - 2] ?? ''));
      const right = compoundAt(tokens, i + 1) && cb.demonyms.has(set.keys.value[i + 2] ?? '');
      if (left || right) {
        set.add(set.make('demonym-group', demonym, i, i, 'mention.demonym-compound'));
        continue;
      }
    }
    if (demonym) {
      // "the Russian top diplomat": a role title follows, read with this qualifier by the titles pass.
      if ([i + 1, i + 2].some((at) => !covered[at] && set.roleAt(at) !== null)) continue;
      let k = i + 1;
      while (k < tokens.length && lex.groupFillers.has(tokens[k]!.lower) && !lex.groupNouns.has(tokens[k]!.lower)) k++;
      const affiliation = cb.actors.get(demonym)!.affiliation;
      const noun = tokens[k];
      // "the top Saudi diplomat": one person too, the one named before.
      if (noun && !covered[k] && lex.singlePersonNouns.has(noun.lower) && [tokens[i - 1], tokens[i - 2]].some((t) => ONE.test(t?.value ?? '') || t?.lower === 'the')) {
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
    const count = tok.lower === 'both' ? 2 : tokens[i - 1]?.lower === 'the' ? COUNTS.get(tok.lower) : undefined;
    // "the three guarantor states", "the warring sides": lowercase modifiers may stand before the noun.
    const nounAt = count || tok.lower === 'the' ? pairNounAfter(set, i + 1) : -1;
    const pair = count && nounAt > 0 ? lex.maps.pairNouns.get(tokens[nounAt]!.lower) : undefined;
    if (count && pair) {
      const first = tok.lower === 'both' ? i : i - 1;
      set.add(set.make('group-noun', null, first, nounAt, nounAt === i + 1 ? 'mention.pair-noun' : 'mention.pair-noun-modified', { group: pair === 'person' ? 'person' : 'body', count }));
      i = nounAt;
      continue;
    }
    // "the countries", "the leaders": as many as the latest list of them named (count 0: coreference reads the list).
    const listed = tok.lower === 'the' && nounAt > 0 ? lex.maps.pairNouns.get(tokens[nounAt]!.lower) : undefined;
    if (listed && !startsUpper(tokens[nounAt + 1]?.value ?? '') && tokens[nounAt + 1]?.lower !== 'of') {
      set.add(set.make('group-noun', null, i, nounAt, nounAt === i + 1 ? 'mention.pair-noun-listed' : 'mention.pair-noun-modified', { group: listed === 'person' ? 'person' : 'body', count: 0 }));
      i = nounAt;
      continue;
    }
    // "…, officials said": officials no word places speak for the group last named with that noun ("U.S. officials").
    const next = tokens[i + 1];
    if (lex.officialNouns.has(tok.lower) && next && !covered[i + 1] && (lex.sayingVerbs.has(next.lower) || lex.sayingVerbs.has(next.lemma))) {
      let first = i;
      while (first > 0 && !covered[first - 1] && lex.groupFillers.has(tokens[first - 1]!.lower)) first--;
      const before = tokens[first - 1];
      if (!before || covered[first - 1] || !(before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'PROPN' || before.pos === 'NOUN')) {
        set.add(set.make('definite', null, first, i, 'mention.bare-officials', { noun: tok.lower }));
        continue;
      }
    }
    // "the agency", "the (foreign) ministry": a body named before.
    let noun = i + 1;
    while (tok.lower === 'the' && noun < i + 3 && lex.groupFillers.has(tokens[noun]?.lower ?? '') && !covered[noun]) noun++;
    if (tok.lower === 'the' && lex.definiteBodyNouns.has(tokens[noun]?.lower ?? '') && !covered[noun] && !startsUpper(tokens[noun + 1]?.value ?? '') && tokens[noun + 1]?.lower !== 'of') {
      set.add(set.make('definite', null, i, noun, 'mention.definite-body', { noun: tokens[noun]!.lower }));
      i = noun;
      continue;
    }
    const pronoun = lex.maps.pronouns.get(tok.lower);
    if (pronoun && (tok.pos === 'PRON' || tok.pos === 'DET' || tok.pos === 'X')) {
      const [gender, number] = pronoun.split(':') as ['m' | 'f' | 'n', string];
      set.add(set.make('pronoun', null, i, i, 'mention.pronoun', { pronoun: { gender, plural: number === 'p' } }));
    }
  }
  // After the groups and definites: an issuer may be one ("a statement put out by the group").
  findStatements(set);
}

/**
 * "a statement from the ministry", "the report by the envoy": a document that
 * speaks for its issuer, named after it; "the statement", "its report" with
 * no issuer stands for the body or person that spoke last.
 */
function findStatements(set: MentionSet): void {
  const { sentence, ctx, covered } = set;
  const tokens = sentence.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ctx.lex.statementDeterminers.has(tokens[i]!.lower) || covered[i + 1]) continue;
    // "the joint statement", "a closing communique": one lowercase modifier may stand before the noun.
    const modified = /^[a-z-]+$/.test(tokens[i + 1]!.value) && !covered[i + 2] && ctx.lex.statementNouns.has(tokens[i + 2]?.lower ?? '');
    const n = ctx.lex.statementNouns.has(tokens[i + 1]!.lower) ? i + 1 : modified ? i + 2 : -1;
    if (n < 0) continue;
    const by = tokens[n + 1]?.lower;
    // "a statement issued by", "put out by", "read out by": the participle's agent is the issuer.
    const agentBy = [n + 2, n + 3].find((k) => tokens[k]?.lower === 'by' && participleBefore(tokens, k, ctx.lex.irregularParticiples));
    const from = by === 'from' || by === 'by' || by === 'of' ? n + 2 : agentBy !== undefined ? agentBy + 1 : -1;
    const issuer = from >= 0 ? set.list.filter((m) => m.first >= from && m.first <= from + 6 && (m.actorId || m.adhoc || m.kind === 'role')).pop() : undefined;
    if (from >= 0 && !issuer) continue;
    if (!issuer && (tokens[i]!.lower === 'a' || tokens[i]!.lower === 'an')) continue;
    set.add(set.make('statement', null, i, n, issuer ? 'mention.statement-of' : 'mention.statement', issuer ? { issuer } : {}));
    i = n;
  }
}

/**
 * "The presidents of Russia and Turkey", "the foreign ministers of Russia,
 * Iran and Turkey": a plural title over a list of states names the holder of
 * the title in each (coreference reads who held it on the text's date).
 */
function findTitledLists(set: MentionSet): void {
  const { sentence, ctx, covered } = set;
  const { cb, lex } = ctx;
  const tokens = sentence.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const tok = tokens[i]!;
    // Most tokens are no plural before "of": the singular is made only for those that are.
    if (covered[i] || tokens[i + 1]!.lower !== 'of' || !tok.lower.endsWith('s')) continue;
    const singular = tok.lower.slice(0, -1);
    if (!lex.titleWords.has(singular)) continue;
    let first = i;
    while (first > 0 && !covered[first - 1] && lex.titleModifiers.has(tokens[first - 1]!.lower)) first--;
    const title = [...tokens.slice(first, i).map((t) => t.lower), singular].join(' ');
    const states: Mention[] = [];
    let k = tokens[i + 2]!.lower === 'the' ? i + 3 : i + 2;
    for (;;) {
      const m = set.at(k);
      if (!m || m.first !== k || !m.actorId || cb.actors.get(m.actorId)?.kind !== 'state') break;
      states.push(m);
      k = m.last + 1;
      while (tokens[k]?.value === ',' || tokens[k]?.lower === 'and' || tokens[k]?.lower === 'the') k++;
    }
    if (states.length < 2) continue;
    if (tokens[first - 1]?.lower === 'the') first--;
    for (const m of states) set.remove(m);
    const heads = { title, states: states.map((m) => m.actorId!) };
    set.add(set.make('group-noun', null, first, states[states.length - 1]!.last, 'mention.titled-list', { group: 'person', count: states.length, heads }));
    i = states[states.length - 1]!.last;
  }
}
