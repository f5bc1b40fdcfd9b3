import { normaliseToken, type CompiledCodebook, type TrieNode } from '../codebook/compile.js';
import type { Mention, Sentence, Token } from '../types.js';

// Nouns that, after a demonym ("Russian officials"), stand for the state as a whole.
const GROUP_NOUNS = new Set([
  'officials', 'official', 'diplomats', 'diplomat', 'leaders', 'leadership', 'government', 'authorities', 'side', 'delegation',
  'administration', 'ministry', 'embassy', 'military', 'army', 'forces', 'sources', 'source', 'officers', 'negotiators', 'command',
  'president', 'presidency', 'foreign', 'defense', 'defence', 'state', 'regime', 'lawmakers', 'politicians', 'envoy', 'envoys',
  'mission', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives', 'counterpart', 'counterparts',
]);
// Singular nouns for one unnamed person of a state: "a Russian diplomat", "a Saudi official".
const SINGLE_PERSON_NOUNS = new Set(['diplomat', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'representative', 'negotiator', 'officer', 'commander', 'general', 'minister', 'adviser', 'advisor']);
// Plural nouns after a body's name that stand for the body ("White House officials").
const BODY_PEOPLE = new Set(['officials', 'official', 'diplomats', 'diplomat', 'leaders', 'sources', 'source', 'officers', 'negotiators', 'representatives', 'authorities', 'lawmakers', 'spokesmen', 'members']);
// Adjectives that may stand between a demonym and its group noun ("Russian senior officials").
const GROUP_FILLERS = new Set(['top', 'senior', 'high-ranking', 'high', '-', 'ranking', 'other', 'former', 'defence', 'defense', 'foreign', 'military', 'government', 'state', 'security', 'intelligence']);

// Title words that make a capitalised name after them a person ("Deputy Foreign Minister Hossein ..."), when the codebook has no such role.
const TITLE_WORDS = new Set([
  'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'secretary', 'chief', 'leader', 'adviser',
  'advisor', 'commander', 'general', 'gen.', 'king', 'emir', 'prince', 'premier', 'chancellor', 'representative', 'official', 'head',
  'director', 'senator', 'sen.', 'rep.', 'mp', 'lawmaker', 'colonel', 'col.', 'admiral', 'sheikh', 'ayatollah', 'mr.', 'mrs.', 'ms.', 'dr.',
  'mr', 'ms', 'mrs', 'dr', 'coordinator', 'negotiator', 'deputy', 'analyst', 'columnist', 'journalist', 'expert', 'professor', 'mediator',
  'speaker', 'chairman', 'chairwoman', 'governor', 'mayor', 'cleric', 'commentator', 'correspondent', 'counterpart',
]);
// Particles inside Arabic, Dutch, Italian ... names.
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'di', 'van', 'von', 'der', 'abu', 'bint', 'la', 'le', 'ben', '-', 'al-']);

const PAIR_NOUNS: Record<string, 'person' | 'body'> = {
  leaders: 'person', presidents: 'person', ministers: 'person', men: 'person', diplomats: 'person', officials: 'person', counterparts: 'person',
  sides: 'body', countries: 'body', governments: 'body', powers: 'body', states: 'body', nations: 'body',
};

const PRONOUNS: Record<string, { gender: 'm' | 'f' | 'n'; plural: boolean }> = {
  he: { gender: 'm', plural: false },
  she: { gender: 'f', plural: false },
  they: { gender: 'n', plural: true },
  it: { gender: 'n', plural: false },
};

function isCapitalised(token: Token | undefined): boolean {
  return !!token && /^\p{Lu}/u.test(token.value) && /\p{L}/u.test(token.value);
}

function isNamePart(token: Token | undefined): boolean {
  if (!token) return false;
  if (isCapitalised(token) && (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'X')) return !/^[A-Z]{2,}$/.test(token.value) || token.value.length <= 4;
  return false;
}

function longest<T>(root: TrieNode<T>, keys: readonly string[], from: number): { last: number; value: T } | null {
  let node: TrieNode<T> | undefined = root;
  let best: { last: number; value: T } | null = null;
  for (let i = from; i < keys.length && node; i++) {
    node = node.next.get(keys[i]!);
    if (node?.value !== undefined) best = { last: i, value: node.value };
  }
  return best;
}

function make(sentence: Sentence, kind: Mention['kind'], actorId: string | null, first: number, last: number, extra: Partial<Mention> = {}): Mention {
  const tokens = sentence.tokens;
  const next = tokens[last + 1];
  return {
    kind,
    actorId,
    first,
    last,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    possessive: !!next && (next.lower === "'s" || next.lower === '’s' || next.lower === "'"),
    ...extra,
  };
}

/** The run of name tokens starting at `from` (a person's name after a title), or -1. */
function nameRun(tokens: readonly Token[], from: number): number {
  if (!isNamePart(tokens[from])) return -1;
  let last = from;
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isNamePart(t)) last = i;
    else if (NAME_PARTICLES.has(t.lower) && isNamePart(tokens[i + 1])) continue;
    else break;
  }
  return last;
}

/**
 * Finds where a sentence names or points at actors: codebook aliases
 * (longest first, case-sensitive), @handles, hashtags, "#Name:" speaker
 * prefixes, titles with or without a name ("Russian Foreign Minister Sergei
 * Lavrov", "the Russian top diplomat"), titled persons the codebook lacks,
 * demonym groups ("Russian officials") and third-person pronouns.
 */
export function findMentions(sentence: Sentence, cb: CompiledCodebook): Mention[] {
  const tokens = sentence.tokens;
  const keys = tokenKeys(tokens);
  const mentions: Mention[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  const cover = (m: Mention): Mention => {
    for (let k = m.first; k <= m.last; k++) covered[k] = true;
    mentions.push(m);
    return m;
  };

  // Pass 1: names the codebook knows.
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.value.startsWith('@') && tok.value.length > 1) {
      const id = cb.handles.get(tok.value.slice(1).toLowerCase());
      if (id) cover(make(sentence, 'handle', id, i, i));
      continue;
    }
    if (tok.value.startsWith('#') && tok.value.length > 1) {
      const id = cb.hashtags.get(normaliseToken(tok.value.slice(1)).toLowerCase());
      const speaker = i === 0 && tokens[1]?.value === ':';
      if (id) cover(make(sentence, speaker ? 'hashtag-speaker' : 'name', id, i, i));
      else if (speaker) cover(make(sentence, 'hashtag-speaker', null, i, i, { adhoc: { name: tok.value.slice(1), affiliation: 'other', kind: 'person' } }));
      continue;
    }
    const hit = longest(cb.aliases, keys.value, i);
    // "UN chief", "Kremlin spokesman": a role title longer than the body's name is read as the role (pass 2).
    const roleHere = hit ? longest(cb.roles, keys.lower, i) : null;
    if (hit && roleHere && roleHere.last > hit.last) continue;
    if (hit) {
      // "Obama administration officials", "Kremlin sources": the body's people speak for the body.
      let last = hit.last;
      const next = tokens[last + 1];
      if (next && BODY_PEOPLE.has(next.lower) && cb.actors.get(hit.value)?.kind !== 'person') last++;
      cover(make(sentence, 'name', hit.value, i, last));
      i = last;
    }
  }

  // Pass 2: titles and roles, demonym groups, pronouns.
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const tok = tokens[i]!;
    // "A top adviser to Iran's Supreme Leader": an unnamed person placed by whom he serves.
    const serving = servingRole(sentence, mentions, covered, i, cb, keys);
    if (serving) {
      for (const m of mentions.filter((m) => m.first >= serving.first && m.last <= serving.last)) removeMention(mentions, m);
      cover(serving);
      i = serving.last;
      continue;
    }
    const role = longest(cb.roles, keys.lower, i);
    // A lowercase title counts after a determiner or a qualifier: "the minister", "his US counterpart".
    const determined = /^(the|his|her|its|their)$/i.test(tokens[i - 1]?.value ?? '') || (covered[i - 1] === true && /^(the|his|her|its|their)$/i.test(tokens[i - 2]?.value ?? ''));
    const titleLast = role ? role.last : TITLE_WORDS.has(tok.lower) && (isCapitalised(tok) || tok.lower === 'minister' || determined) ? i : -1;
    if (titleLast >= 0 && !covered[titleLast]) {
      // Extend over a compound title: "Foreign Minister", "Deputy Defense Minister".
      let last = titleLast;
      while (last + 1 < tokens.length && !covered[last + 1] && TITLE_WORDS.has(tokens[last + 1]!.lower) && isCapitalised(tokens[last + 1])) last++;
      const qualifier = qualifierBefore(sentence, mentions, i, cb);
      const first = qualifier ? qualifier.first : i;
      const named = mentions.find((m) => m.kind === 'name' && m.first === last + 1 && cb.actors.get(m.actorId ?? '')?.kind === 'person');
      if (named) {
        // "Russian Foreign Minister Sergei Lavrov": one mention from the qualifier to the name.
        if (qualifier?.mention) removeMention(mentions, qualifier.mention);
        Object.assign(named, make(sentence, 'name', named.actorId, first, named.last));
        for (let k = first; k <= named.last; k++) covered[k] = true;
        i = named.last;
        continue;
      }
      const run = nameRun(tokens, last + 1);
      if (run >= 0 && !covered[last + 1]) {
        const nameTokens = tokens.slice(last + 1, run + 1);
        const name = sentence.text.slice(nameTokens[0]!.start - sentence.start, nameTokens[nameTokens.length - 1]!.end - sentence.start);
        const affiliation = qualifier?.affiliation ?? 'other';
        if (qualifier?.mention) removeMention(mentions, qualifier.mention);
        // "Mr. Annan", "Secretary-General Ban": a codebook person known by surname only.
        const known = cb.surnames.get(normaliseToken(tokens[run]!.value).toLowerCase().replace(/^(al|el)-/, ''));
        if (known && (!qualifier || cb.actors.get(known)?.affiliation === affiliation)) cover(make(sentence, 'name', known, first, run));
        else cover(make(sentence, 'titled-unknown', null, first, run, { adhoc: { name, affiliation, kind: 'person' } }));
        i = run;
        continue;
      }
      if (role) {
        if (qualifier?.mention) removeMention(mentions, qualifier.mention);
        // A title only one side's people hold ("UN chief", "Secretary of State") names that side.
        const sides = new Set(role.value.map((h) => h.affiliation));
        const affiliation = qualifier?.affiliation ?? (sides.size === 1 ? [...sides][0]! : null);
        cover(make(sentence, 'role', null, first, last, { role: { affiliation, title: tokens.slice(i, role.last + 1).map((t) => t.lower).join(' ') } }));
        i = last;
        continue;
      }
    }
    const demonym = cb.demonyms.get(normaliseToken(tok.value));
    if (demonym) {
      let k = i + 1;
      // "the Russian top diplomat": a role title follows; the next token's turn will read it with this qualifier.
      const roleAhead = [i + 1, i + 2].some((at) => !covered[at] && longest(cb.roles, keys.lower, at) !== null);
      if (roleAhead) continue;
      while (k < tokens.length && GROUP_FILLERS.has(tokens[k]!.lower) && !GROUP_NOUNS.has(tokens[k]!.lower)) k++;
      // "a senior Russian diplomat": one person of that state, perhaps named later — a role, not the state.
      if (k < tokens.length && SINGLE_PERSON_NOUNS.has(tokens[k]!.lower) && !covered[k] && [tokens[i - 1], tokens[i - 2]].some((t) => /^(a|an|one)$/i.test(t?.value ?? ''))) {
        cover(make(sentence, 'role', null, i, k, { role: { affiliation: cb.actors.get(demonym)!.affiliation, title: tokens[k]!.lower } }));
        i = k;
        continue;
      }
      if (k < tokens.length && GROUP_NOUNS.has(tokens[k]!.lower) && !covered[k]) {
        while (k + 1 < tokens.length && GROUP_NOUNS.has(tokens[k + 1]!.lower)) k++;
        cover(make(sentence, 'demonym-group', demonym, i, k));
        i = k;
        continue;
      }
      if (/s$/.test(tok.value) && tok.pos !== 'ADJ' && (i === 0 || tokens[i - 1]!.lower === 'the')) {
        cover(make(sentence, 'demonym-group', demonym, i, i));
        continue;
      }
    }
    // "Both leaders", "the two sides", "the two ministers".
    const pair = (tok.lower === 'both' || (tok.lower === 'two' && tokens[i - 1]?.lower === 'the')) ? tokens[i + 1] : undefined;
    if (pair && Object.hasOwn(PAIR_NOUNS, pair.lower) && !covered[i + 1]) {
      const first = tok.lower === 'two' ? i - 1 : i;
      cover(make(sentence, 'group-noun', null, first, i + 1, { group: PAIR_NOUNS[pair.lower] }));
      i++;
      continue;
    }
    const pronoun = Object.hasOwn(PRONOUNS, tok.lower) ? PRONOUNS[tok.lower] : undefined;
    if (pronoun && (tok.pos === 'PRON' || tok.pos === 'DET' || tok.pos === 'X')) {
      cover(make(sentence, 'pronoun', null, i, i, { pronoun }));
    }
  }
  mentions.sort((a, b) => a.first - b.first);
  return mentions;
}

const SERVING_NOUNS = new Set(['adviser', 'advisor', 'aide', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'diplomat', 'ally', 'confidant', 'deputy', 'assistant', 'minister', 'negotiator', 'ambassador']);

function servingRole(sentence: Sentence, mentions: Mention[], covered: boolean[], i: number, cb: CompiledCodebook, keys: TokenKeys): Mention | null {
  const tokens = sentence.tokens;
  // The head may close a codebook title ("top adviser") or stand alone ("adviser").
  const head = longest(cb.roles, keys.lower, i)?.last ?? i;
  if (!SERVING_NOUNS.has(tokens[head]!.lower) || !['to', 'of', 'for'].includes(tokens[head + 1]?.lower ?? '')) return null;
  let first = i;
  while (first > 0 && first > i - 3 && !/^(a|an|the|one)$/i.test(tokens[first]!.value) && tokens[first - 1]!.pos !== 'PUNCT' && !covered[first - 1]) first--;
  if (first !== i && !/^(a|an|the|one)$/i.test(tokens[first]!.value)) first = i;
  if (!/^(a|an|the|one)$/i.test(tokens[first]!.value)) return null;
  const served = mentions.find((m) => m.first === head + 2 && m.actorId);
  if (!served) return null;
  let last = served.last;
  if (served.possessive) {
    const title = longest(cb.roles, keys.lower, last + 2);
    if (title) last = title.last;
  }
  const affiliation = cb.actors.get(served.actorId!)!.affiliation;
  return make(sentence, 'role', null, first, last, { role: { affiliation, title: tokens.slice(i, head + 1).map((t) => t.lower).join(' ') } });
}

interface TokenKeys {
  value: string[];
  lower: string[];
}

/** The normalised forms the tries are keyed on, computed once per sentence. */
function tokenKeys(tokens: readonly Token[]): TokenKeys {
  const value = tokens.map((t) => normaliseToken(t.value));
  return { value, lower: value.map((v) => v.toLowerCase()) };
}

function removeMention(mentions: Mention[], m: Mention): void {
  const at = mentions.indexOf(m);
  if (at >= 0) mentions.splice(at, 1);
}

/** What stands before a title and says whose it is: "Russian", "Russia's", "UN", "Kremlin". */
function qualifierBefore(sentence: Sentence, mentions: Mention[], titleAt: number, cb: CompiledCodebook): { first: number; affiliation: string; mention?: Mention } | null {
  const tokens = sentence.tokens;
  let k = titleAt - 1;
  // Skip adjectives between the qualifier and the title: "Russian top diplomat", "US Deputy Secretary".
  while (k >= 0 && k >= titleAt - 3 && /^(top|senior|deputy|former|acting|chief|new|then|special|joint|foreign|defense|defence|prime)$/i.test(tokens[k]!.lower) && !cb.demonyms.has(normaliseToken(tokens[k]!.value))) k--;
  if (k < 0) return null;
  const tok = tokens[k]!;
  if ((tok.lower === "'s" || tok.lower === '’s') && k > 0) {
    const owner = mentions.find((m) => m.last === k - 1 && m.actorId);
    if (owner) return { first: owner.first, affiliation: cb.actors.get(owner.actorId!)!.affiliation, mention: owner };
    return null;
  }
  const owner = mentions.find((m) => m.last === k && m.actorId && cb.actors.get(m.actorId)?.kind !== 'person');
  const demonym = cb.demonyms.get(normaliseToken(tok.value));
  // "U.S." is both an alias and a demonym: as a qualifier it joins the title's mention.
  if (demonym) return { first: owner ? owner.first : k, affiliation: cb.actors.get(demonym)!.affiliation, ...(owner ? { mention: owner } : {}) };
  if (owner) return { first: owner.first, affiliation: cb.actors.get(owner.actorId!)!.affiliation, mention: owner };
  return null;
}
