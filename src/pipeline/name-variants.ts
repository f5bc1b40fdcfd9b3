import { type CompiledCodebook, normaliseToken } from '../codebook/compile.js';
import { spellingVariants } from '../utils/spelling.js';
import type { Token } from './types.js';

/** The key of a codebook person's surname: lowercase, without an Arabic article. */
export function surnameKey(token: Token): string {
  return normaliseToken(token.value).toLowerCase().replace(/^(al|el)-/, '');
}

// Letters of a given name that two spellings share ("Sergei" and "Sergey").
const GIVEN_PREFIX = 3;

/** "Maan Abdul Salam" is not Tammam Salam: a name's first word agrees with one of the person's own. */
export function sharesGivenName(word: Token, name: string): boolean {
  const prefix = word.lower.slice(0, GIVEN_PREFIX);
  return name.toLowerCase().split(/[\s-]+/).some((w) => w.slice(0, GIVEN_PREFIX) === prefix);
}

/**
 * "Binali Yidirim": a name whose given name is a codebook person's and whose
 * surname is one letter off that person's is that person, misspelt. The id,
 * or undefined.
 */
export function misspeltPerson(cb: CompiledCodebook, run: readonly Token[]): string | undefined {
  if (run.length < 2) return undefined;
  const key = surnameKey(run[run.length - 1]!);
  for (const [surname, id] of cb.surnames) if (spellingVariants(key, surname) && sharesGivenName(run[0]!, cb.actors.get(id)!.name)) return id;
  return undefined;
}
