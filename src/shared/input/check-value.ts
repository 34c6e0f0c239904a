import type { Cell, Place, ReadReason } from './reading.ts';

/** The range a value must fall in: `max` includes its bound, `below` excludes it (a probability below 1). */
export interface Range {
  min?: number;
  max?: number;
  below?: number;
}

/**
 * The first problem of a read value, in the order a student needs to hear it: too large to hold, negative
 * where only counts make sense, not whole, not exact, then the bounds. Null when the value is fine.
 */
export function checkValue(
  value: number,
  at: Place,
  integer: boolean,
  range: Range,
  cell?: Cell,
): ReadReason | null {
  const where = cell ? { at, cell } : { at };
  if (!Number.isFinite(value)) return { code: 'overflow', ...where };
  if (value < 0 && range.min !== undefined && range.min >= 0) return { code: 'negative', ...where, value };
  if (integer && !Number.isInteger(value)) return { code: 'not-integer', ...where, value };
  if (integer && !Number.isSafeInteger(value)) return { code: 'inexact-integer', ...where, value };
  if (range.min !== undefined && value < range.min) {
    return { code: 'below-minimum', ...where, value, minimum: range.min };
  }
  if (range.max !== undefined && value > range.max) {
    return { code: 'above-maximum', ...where, value, maximum: range.max };
  }
  if (range.below !== undefined && value >= range.below) {
    return { code: 'not-below-maximum', ...where, value, maximum: range.below };
  }
  return null;
}
