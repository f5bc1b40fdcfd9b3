import { normaliseToken } from '../codebook/compile.js';
import { longest, type MentionSet } from './mention-set.js';
import { misspeltPerson, surnameKey } from './name-variants.js';
import { isCapitalised, isPossessiveMark } from './tokens.js';
import type { Mention, Token } from './types.js';

/**
 * Titles and roles: "Russian Foreign Minister Sergei Lavrov" (a known name
 * with its title), "Deputy Foreign Minister Jane Roe" (a person the codebook
 * lacks, placed by the title's qualifier), "the Secretary of State" and "the
 * Qatari foreign minister" (a role to resolve), "a top adviser to Iran's
 * Supreme Leader" (a person placed by whom he serves).
 */
export function findTitles(set: MentionSet): void {
  const { sentence, ctx, covered } = set;
  const { cb, lex } = ctx;
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const serving = servingRole(set, i);
    if (serving) {
      for (const m of set.list.filter((m) => m.first >= serving.first && m.last <= serving.last)) set.remove(m);
      set.add(serving);
      i = serving.last;
      continue;
    }
    const spans = set.roleAt(i);
    // A codebook title over a name already read ("ambassador to the UN") yields to the title word alone.
    const found = spans && set.isFree(i, spans.last) ? spans : null;
    // A one-word role in lowercase ("general elections") is a role only where a title stands: "the general".
    const role = found && (found.last > i || isCapitalised(tokens[i]) || placedTitle(set, i)) ? found : null;
    const title = role ? { last: role.last } : titleAt(set, i);
    if (!title || !set.isFree(i, title.last)) continue;
    // "general elections", "a general strike": a lowercase one-word title before a common noun modifies it.
    if (title.last === i && !isCapitalised(tokens[i]) && tokens[i + 1]?.pos === 'NOUN' && !isTitleWord(lex, tokens[i + 1]!)) continue;
    let last = title.last;
    // A codebook role may go on with title words ("Deputy Secretary of State" read from "Deputy").
    while (last + 1 < tokens.length && !covered[last + 1] && isTitleWord(lex, tokens[last + 1]!) && isCapitalised(tokens[last + 1])) last++;
    const qualifier = qualifierBefore(set, i);
    const first = qualifier ? qualifier.first : i;
    const dropQualifier = () => {
      if (qualifier?.mention) set.remove(qualifier.mention);
    };
    const named = set.list.find((m) => m.kind === 'name' && m.first === last + 1 && cb.actors.get(m.actorId ?? '')?.kind === 'person');
    if (named) {
      dropQualifier();
      set.remove(named);
      set.add(set.make('name', named.actorId, first, named.last, 'mention.title-name'));
      i = named.last;
      continue;
    }
    const run = nameRun(set, last + 1);
    if (run >= 0) {
      const name = sentence.text.slice(tokens[last + 1]!.start - sentence.start, tokens[run]!.end - sentence.start);
      // "Kremlin spokesman Jane Roe": a title only one side holds places the person the codebook lacks.
      const side = qualifier?.affiliation ?? roleSide(set, role, i, last);
      const affiliation = side ?? 'other';
      dropQualifier();
      // "Mr. Annan", "Secretary-General Ban": a codebook person known by surname only.
      const known = cb.surnames.get(surnameKey(tokens[run]!));
      const variant = known ? undefined : misspeltPerson(cb, tokens.slice(last + 1, run + 1));
      if (known && (!side || cb.actors.get(known)?.affiliation === side)) set.add(set.make('name', known, first, run, 'mention.title-surname'));
      else if (variant) set.add(set.make('name', variant, first, run, 'mention.spelling-variant'));
      else set.add(set.make('titled-unknown', null, first, run, 'mention.titled-unknown', { adhoc: { name, affiliation, kind: 'person' } }));
      i = run;
      continue;
    }
    // A title with no name is a role to resolve when the codebook knows it or something says whose it is.
    if (role || qualifier || lex.determiners.has(tokens[i - 1]?.lower ?? '')) {
      dropQualifier();
      const affiliation = qualifier?.affiliation ?? roleSide(set, role, i, last);
      const titleText = tokens.slice(i, last + 1).map((t) => t.lower).join(' ');
      const servedId = qualifier?.mention?.actorId;
      const served = servedId && cb.actors.get(servedId)?.kind === 'person' ? { served: servedId } : {};
      set.add(set.make('role', null, first, last, role ? 'mention.role' : 'mention.title-role', { role: { affiliation, title: titleText, ...served } }));
      i = last;
    }
  }
}

/**
 * The side a codebook role names by itself: a title only one side's people hold ("Secretary of State",
 * "Kremlin spokesman"); "UN envoy", held by many sides' ambassadors, said alone is the UN's own; a bare
 * head word ("the minister") names none.
 */
function roleSide(set: MentionSet, role: { last: number; value: Array<{ affiliation: string }> } | null, i: number, last: number): string | null {
  if (!role) return null;
  const { cb, lex } = set.ctx;
  const sides = new Set(role.value.map((h) => h.affiliation));
  const generic = last === i && lex.titleWords.has(set.sentence.tokens[i]!.lower);
  if (sides.size === 1 && !generic) return [...sides][0]!;
  const leading = longest(cb.aliases, set.keys.value, i);
  const leadingActor = leading && leading.last < last ? cb.actors.get(leading.value) : undefined;
  return leadingActor && leadingActor.kind !== 'person' ? leadingActor.affiliation : null;
}

function isTitleWord(lex: MentionSet['ctx']['lex'], t: Token): boolean {
  return lex.titleWords.has(t.lower) || lex.titleModifiers.has(t.lower);
}

/**
 * A title that is not a codebook role: title modifiers and head words, ending
 * in a head ("Deputy Foreign Minister"). Capitalised, or lowercase after a
 * determiner or a state word ("the Qatari foreign minister", "his counterpart").
 */
function titleAt(set: MentionSet, i: number): { last: number } | null {
  const { lex } = set.ctx;
  const tokens = set.sentence.tokens;
  const start = tokens[i]!;
  if (!isTitleWord(lex, start)) return null;
  const capital = isCapitalised(start);
  if (!capital && !placedTitle(set, i) && start.lower !== 'minister') return null;
  let head = -1;
  for (let k = i; k < tokens.length && !set.covered[k] && isTitleWord(lex, tokens[k]!) && (isCapitalised(tokens[k]) === capital || !capital); k++) {
    // "Iran's official news agency": a lowercase adjective is no title's head.
    if (lex.titleWords.has(tokens[k]!.lower) && (capital || tokens[k]!.pos !== 'ADJ')) head = k;
  }
  return head >= 0 ? { last: head } : null;
}

/** Something before a lowercase title says it names a person: a determiner, a state word, a possessive, a known actor. */
function placedTitle(set: MentionSet, i: number): boolean {
  const before = set.sentence.tokens[i - 1];
  if (!before) return false;
  const { lex, cb } = set.ctx;
  return lex.determiners.has(before.lower) || lex.titleModifiers.has(before.lower) || cb.demonyms.has(set.keys.value[i - 1]!) || isPossessiveMark(before) || (set.covered[i - 1] === true && set.at(i - 1)?.actorId != null);
}

/** The run of name tokens starting at `from` (a person's name after a title), or -1. */
export function nameRun(set: MentionSet, from: number): number {
  const tokens = set.sentence.tokens;
  if (!isNamePart(tokens[from]) || set.covered[from]) return -1;
  let last = from;
  for (let i = from + 1; i < tokens.length && !set.covered[i]; i++) {
    const t = tokens[i]!;
    if (isNamePart(t)) last = i;
    else if (set.ctx.lex.nameParticles.has(t.lower) && isNamePart(tokens[i + 1])) continue;
    else break;
  }
  return last;
}

export function isNamePart(token: Token | undefined): boolean {
  if (!token || !isCapitalised(token)) return false;
  if (token.pos !== 'PROPN' && token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'X') return false;
  // An acronym of five letters or more is a body ("NATO" is four: still a name part in "NATO chief").
  return !/^[A-Z]{2,}$/.test(token.value) || token.value.length <= 4;
}

/** "A top adviser to Iran's Supreme Leader": an unnamed person placed by whom he serves. */
// What links a noun of serving to whom it serves ("adviser to", "member of", "spokesman for").
const SERVED_BY: ReadonlySet<string> = new Set(['to', 'of', 'for']);
const ARTICLE = /^(a|an|the|one)$/i;
const article = (t: Token | undefined): boolean => !!t && ARTICLE.test(t.value);

function servingRole(set: MentionSet, i: number): Mention | null {
  const { sentence, ctx, covered } = set;
  const tokens = sentence.tokens;
  // The head may close a codebook title ("top adviser") or stand alone ("adviser").
  let head = set.roleAt(i)?.last ?? i;
  // "a senior member of the council": title modifiers before the head.
  while (head < i + 2 && head + 1 < tokens.length && ctx.lex.titleModifiers.has(tokens[head]!.lower) && !ctx.lex.servingNouns.has(tokens[head]!.lower)) head++;
  if (!SERVED_BY.has(tokens[head + 1]?.lower ?? '') || !ctx.lex.servingNouns.has(tokens[head]!.lower)) return null;
  let first = i;
  while (first > 0 && first > i - 3 && !article(tokens[first]) && tokens[first - 1]!.pos !== 'PUNCT' && !covered[first - 1]) first--;
  if (!article(tokens[first])) return null;
  const served = set.list.find((m) => m.first === head + 2 && m.actorId) ?? set.list.find((m) => m.first === head + 3 && tokens[head + 2]!.lower === 'the' && m.actorId);
  if (!served) return null;
  let last = served.last;
  if (served.possessive) {
    const title = set.roleAt(last + 2);
    if (title) last = title.last;
  }
  // "the chief of the UN monitoring team": the body's own nouns belong to the role.
  while (last + 1 < tokens.length && !covered[last + 1] && (tokens[last + 1]!.pos === 'NOUN' || tokens[last + 1]!.pos === 'PROPN') && last < served.last + 3) last++;
  const affiliation = ctx.cb.actors.get(served.actorId!)!.affiliation;
  return set.make('role', null, first, last, 'mention.serving-role', { role: { affiliation, title: tokens.slice(i, head + 1).map((t) => t.lower).join(' ') } });
}

/**
 * What stands before a title and says whose it is: "Russian", "Russia's", "UN", "Kremlin", a person before
 * a noun of serving ("an Assad aide"); "Germany's U.N. ambassador" is Germany's.
 */
function qualifierBefore(set: MentionSet, titleAt: number): { first: number; affiliation: string; mention?: Mention } | null {
  const { sentence, ctx } = set;
  const { cb, lex } = ctx;
  const tokens = sentence.tokens;
  let k = titleAt - 1;
  while (k >= 0 && k >= titleAt - 3 && lex.titleModifiers.has(tokens[k]!.lower) && !cb.demonyms.has(set.keys.value[k]!)) k--;
  if (k < 0) return null;
  const affiliationOf = (m: Mention) => cb.actors.get(m.actorId!)!.affiliation;
  const possessor = (at: number) => {
    if (!isPossessiveMark(tokens[at]) || at === 0) return null;
    const owner = set.list.find((m) => m.last === at - 1 && m.actorId);
    if (owner) return { first: owner.first, affiliation: affiliationOf(owner), mention: owner };
    // "Syria's envoy": a state's place name owns the title as the state does.
    const place = set.covered[at - 1] ? undefined : cb.places.get(tokens[at - 1]!.value);
    return place ? { first: at - 1, affiliation: cb.actors.get(place)!.affiliation } : null;
  };
  const own = possessor(k);
  if (own || isPossessiveMark(tokens[k])) return own;
  // "a senior Assad aide": a person before a noun of serving places the role on the person's side.
  const serving = lex.servingNouns.has(tokens[titleAt]!.lower);
  const body = set.list.find((m) => m.last === k && m.actorId && (serving || cb.actors.get(m.actorId)?.kind !== 'person'));
  const demonym = cb.demonyms.get(set.keys.value[k]!);
  const found = demonym
    ? { first: body ? body.first : k, affiliation: cb.actors.get(demonym)!.affiliation, ...(body ? { mention: body } : {}) }
    : body
      ? { first: body.first, affiliation: affiliationOf(body), mention: body }
      : null;
  if (!found) return null;
  // "Germany's U.N. ambassador": the possessor before the body names whose envoy it is.
  const outer = possessor(found.first - 1);
  if (outer && found.mention) set.remove(found.mention);
  return outer ?? found;
}
