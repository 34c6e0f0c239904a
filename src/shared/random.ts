/**
 * Seeded randomness for src/shared: the caller passes a seed, so every shuffle and every generated variant can
 * be reproduced from the seed stored beside it.
 */

/** A source of uniform numbers in [0, 1), like Math.random but reproducible. */
export type RandomSource = () => number;

/**
 * mulberry32, a 32-bit PRNG by Tommy Ettinger (public domain; as collected in bryc's "PRNGs" notes,
 * github.com/bryc/code/blob/master/jshash/PRNGs.md). One 32-bit word of state, period 2^32, passes
 * PractRand up to a few GB: plenty for shuffling a few options, and tiny enough to store its seed anywhere.
 * Only the low 32 bits of `seed` are used.
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, bound). */
export function randomIndex(random: RandomSource, bound: number): number {
  return Math.floor(random() * bound);
}

/** A shuffled copy (Fisher–Yates, Knuth TAOCP vol. 2 §3.4.2, Algorithm P); the input is left as it is. */
export function shuffled<Value>(values: readonly Value[], random: RandomSource): Value[] {
  const result = [...values];
  for (let last = result.length - 1; last > 0; last--) {
    const pick = randomIndex(random, last + 1);
    [result[last], result[pick]] = [result[pick]!, result[last]!];
  }
  return result;
}
