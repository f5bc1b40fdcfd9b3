/**
 * A bit per word of a fixed set, by the word's length and its first and last characters: "maybe in the set"
 * or "surely not". Most tokens of a sentence are in none of the large maps the stages look them up in (the
 * aliases, the cue words), and the bit answers from the token's own string, where a Map of thousands of
 * keys cost a cache miss or two per token. 8 KB, small enough to stay in the processor's cache.
 */
export class WordFilter {
  readonly #bits = new Uint32Array(WORD_FILTER_BITS / 32);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const bit = wordBit(word);
      this.#bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** False when `word` is surely none of the set's words. */
  mayHave(word: string): boolean {
    const bit = wordBit(word);
    return (this.#bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

const WORD_FILTER_BITS = 1 << 16;

function wordBit(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  return (Math.imul(word.charCodeAt(0), 0x9e3779b1) ^ Math.imul(word.charCodeAt(n - 1), 0x85ebca6b) ^ Math.imul(n, 0xc2b2ae35)) >>> 16;
}
