/**
 * A small seeded pseudo-random generator, so a synthetic archive of a given
 * size is the same on every run and every machine: figures from two runs
 * then differ because of the code or the machine, never the corpus.
 */

/** Draws numbers and choices from one seeded stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with probability proportional to its weight (given the element and its index). */
  weighted<T>(items: readonly T[], weightOf: (item: T, index: number) => number): T;
  /** `count` distinct elements (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** FNV-1a over a string: turns "articles/42" into a seed, so each item has its own stream. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A generator seeded by a string (mulberry32: tiny, fast and good enough for
 * picking words). Seeding each article by its index keeps article 42 the
 * same whether the archive has 1,000 or 10,000 articles.
 */
export function createRandom(seed: string): Random {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick() needs a non-empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted(items, weightOf) {
      const weights = items.map(weightOf);
      let target = next() * weights.reduce((sum, weight) => sum + weight, 0);
      for (const [index, item] of items.entries()) {
        target -= weights[index]!;
        if (target < 0) return item;
      }
      // Only reached through floating-point rounding on the last element.
      return items.at(-1) ?? pick(items);
    },
    sample(items, count) {
      const copy = [...items];
      // A partial Fisher–Yates shuffle: only the first `count` places are drawn.
      const wanted = Math.min(count, copy.length);
      for (let index = 0; index < wanted; index++) {
        const other = int(index, copy.length - 1);
        [copy[index], copy[other]] = [copy[other] as (typeof copy)[number], copy[index] as (typeof copy)[number]];
      }
      return copy.slice(0, wanted);
    },
  };
}
