/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same
 * stream on every platform, so training is reproducible.
 *
 * @param seed - Any integer (taken modulo 2³²).
 * @returns A function giving floats in [0, 1).
 * @example
 * const next = seededRandom(7)
 * next() === seededRandom(7)() // true
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Shuffles an array in place (Fisher–Yates) with a seeded generator.
 *
 * @example
 * shuffleInPlace([1, 2, 3, 4], seededRandom(1)) // the same order for seed 1, every run
 */
export function shuffleInPlace<T extends { [i: number]: unknown; length: number }>(items: T, random: () => number): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}
