import { describe, expect, it } from 'vitest';
import { mulberry32, shuffled } from '../../../src/shared/random.ts';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays in [0, 1) and spreads evenly over ten buckets', () => {
    const random = mulberry32(7);
    const buckets = new Array<number>(10).fill(0);
    for (let draw = 0; draw < 20_000; draw++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)]!++;
    }
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves its input alone', () => {
    const input = Object.freeze(['A', 'B', 'C', 'D']);
    const output = shuffled(input, mulberry32(1));
    expect([...output].sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(input).toEqual(['A', 'B', 'C', 'D']);
  });

  it('reaches all 24 orders of four options, near uniformly', () => {
    const random = mulberry32(99);
    const counts = new Map<string, number>();
    for (let draw = 0; draw < 24_000; draw++) {
      const order = shuffled(['A', 'B', 'C', 'D'], random).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});
