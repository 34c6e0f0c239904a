import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameData } from '../../../src/shared/same-data.ts';

describe('sameData', () => {
  it('compares primitives, arrays and plain objects by value', () => {
    expect(sameData(1, 1)).toBe(true);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData(1, '1')).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData([1, [2, 3]], [1, [2, 3]])).toBe(true);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData({ a: { zh: '卷积', en: 'conv' } }, { a: { zh: '卷积', en: 'conv' } })).toBe(true);
    expect(sameData({ a: { zh: '卷积', en: 'conv' } }, { a: { zh: '卷积', en: 'Conv' } })).toBe(false);
  });

  it('ignores key order and keys that hold undefined, but not a missing value', () => {
    expect(sameData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1, b: null }, { a: 1 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: 0 })).toBe(false);
  });

  it('finds a structured clone the same as its original, and any change to a leaf different', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(sameData(value, structuredClone(value))).toBe(true);
        expect(sameData({ value }, { value: [value] })).toBe(false);
      }),
    );
  });
});
