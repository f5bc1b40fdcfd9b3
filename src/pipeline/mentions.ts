import { normaliseToken } from '../codebook/compile.js';
import type { Context } from './context.js';
import { findGroupsAndPronouns } from './groups.js';
import { findAddressees } from './interview.js';
import { apposedBodyKind } from './mention-roles.js';
import { longest, MentionSet } from './mention-set.js';
import { readsAsAttitude } from './negator-scope.js';
import { organAfter } from './organs.js';
import { findTitles } from './titles.js';
import type { Mention, Sentence } from './types.js';
import { findUnknownNames } from './unknown-names.js';

/**
 * Finds where a sentence names or points at actors, in four passes: names
 * the codebook knows (aliases longest first, @handles, hashtags, "#Name:"),
 * titles and roles (with or without a name, known or not), groups and
 * pronouns, and names the codebook lacks where they stand as speakers.
 * Every mention carries the id of the rule that found it.
 */
export function findMentions(sentence: Sentence, ctx: Context): Mention[] {
  const set = new MentionSet(sentence, ctx);
  findKnownNames(set);
  findTitles(set);
  findGroupsAndPronouns(set);
  findUnknownNames(set);
  findAddressees(set);
  set.list.sort((a, b) => a.first - b.first);
  // "a hardline rebel group, Ahrar al-Sham,": a body named in apposition to its kind, which "the group" names again.
  for (const m of set.list) {
    const kind = m.actorId && !m.noun && ctx.cb.actors.get(m.actorId)?.kind !== 'person' ? apposedBodyKind(sentence, m.first, m.last, ctx.lex) : null;
    if (kind) m.noun = kind;
  }
  // "Moscow: The president said …": in running text a place before a colon that opens the sentence is its
  // dateline, where it was written, not an actor.
  const first = set.list[0];
  if (first && first.first === 0 && !sentence.isHeadline && sentence.tokens[first.last + 1]?.value === ':' && first.actorId && ctx.cb.actors.get(first.actorId)?.kind === 'state') set.list.shift();
  return set.list;
}

function findKnownNames(set: MentionSet): void {
  const { sentence, ctx, keys } = set;
  const { cb, lex } = ctx;
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.value.startsWith('@') && tok.value.length > 1) {
      const id = cb.handles.get(tok.value.slice(1).toLowerCase());
      if (id) set.add(set.make('handle', id, i, i, 'mention.handle'));
      continue;
    }
    if (tok.value.startsWith('#') && tok.value.length > 1) {
      const id = cb.hashtags.get(normaliseToken(tok.value.slice(1)).toLowerCase());
      const speaker = i === 0 && tokens[1]?.value === ':';
      if (id) set.add(set.make(speaker ? 'hashtag-speaker' : 'name', id, i, i, speaker ? 'mention.hashtag-speaker' : 'mention.hashtag'));
      else if (speaker) set.add(set.make('hashtag-speaker', null, i, i, 'mention.hashtag-speaker', { adhoc: { name: tok.value.slice(1), affiliation: 'other', kind: 'person' } }));
      continue;
    }
    const hit = longest(cb.aliases, keys.value, i);
    if (!hit) continue;
    // "Zenda's opposition to sending troops": the noun of a party read as an attitude names no one.
    if (hit.last === i && lex.partyNouns.has(tok.lower) && tokens[i + 1]?.lower === lex.maps.rejectingNouns.get(tok.lower) && readsAsAttitude(lex, (k) => tokens[k]?.lower, (k) => tokens[k]?.pos, i)) continue;
    // "UN chief", "Kremlin spokesman": a role title longer than the body's name is read as the role.
    const role = set.roleAt(i);
    if (role && role.last > hit.last) continue;
    let last = hit.last;
    let rule = 'mention.alias';
    // "White House officials", "Kremlin sources": a body's people speak for the body.
    const kind = cb.actors.get(hit.value)?.kind;
    const organ = kind === 'person' || kind === 'media' ? -1 : organAfter(tokens, hit.last, lex);
    if (lex.bodyPeople.has(tokens[last + 1]?.lower ?? '') && kind !== 'person') {
      last++;
      rule = 'mention.body-people';
    } else if (organ > 0) {
      // "the UN refugee agency says", "Ruritania's state-run news channel said": a body's organ speaks for the body.
      last = organ;
      rule = 'mention.body-organ';
    } else if (kind === 'media') {
      // "the SANA news agency", "state television": the outlet's own noun belongs to its name.
      while (last + 1 < tokens.length && last < hit.last + 2 && (lex.mediaNouns.has(tokens[last + 1]!.lower) || tokens[last + 1]!.lower === 'news')) last++;
    }
    // "Bashir al-Roe" when the codebook knows "al-Roe": the given name before a surname with its particle is the name's.
    const given = kind === 'person' && lex.nameParticles.has(tok.lower) && tokens[i - 1]?.pos === 'PROPN' && !set.covered[i - 1] && !lex.titleWords.has(tokens[i - 1]!.lower);
    // "the main forces of the armed opposition": a part that stands for the whole body is named with it.
    const part = kind === 'person' ? -1 : partitiveStart(set, i);
    if (part >= 0) rule = 'mention.body-part';
    set.add(set.make('name', hit.value, part >= 0 ? part : given ? i - 1 : i, last, rule));
    i = last;
  }
}

// Lowercase modifiers a partitive noun may take ("the main armed forces of …").
const PART_MODIFIERS = 2;

/**
 * Where "the (main) forces of", "representatives of", "members of" begins before a body's name at `at`, with an
 * article and an opening quotation mark before it ("the 'main forces of …'"); -1 when no such phrase stands there.
 */
function partitiveStart(set: MentionSet, at: number): number {
  const tokens = set.sentence.tokens;
  const { lex } = set.ctx;
  if (tokens[at - 1]?.lower !== 'of' || !lex.partitiveNouns.has(tokens[at - 2]?.lower ?? '')) return -1;
  let k = at - 3;
  while (k >= 0 && at - 3 - k < PART_MODIFIERS && /^[a-z-]+$/.test(tokens[k]!.value) && (tokens[k]!.pos === 'ADJ' || (tokens[k]!.pos === 'VERB' && /ing$/.test(tokens[k]!.lower)))) k--;
  if (k >= 0 && /^['"‘“]$/.test(tokens[k]!.value)) k--;
  if (k >= 0 && (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'its' || tokens[k]!.lower === 'their')) k--;
  const first = k + 1;
  return set.isFree(first, at - 1) ? first : -1;
}
