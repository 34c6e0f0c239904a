import { printNumber, readNumber } from '../../input/index.ts';
import type { FieldSpec, FieldValue } from '../problem.ts';
import type { FieldKindModule } from './field-kind.ts';

/**
 * True when `actual` is `expected` in one of the field's units (`scales`, default [1]) within its tolerance:
 * |actual − s·expected| ≤ s·absolute, or ≤ relative·|s·expected|; exact when the field states no tolerance.
 * The absolute tolerance scales with the unit, so 0.1 M of MACs stays 0.1 M when the answer is in bytes.
 */
export function numberMatches(expected: number, actual: number, field: FieldSpec): boolean {
  const { absolute = 0, relative = 0 } = field.tolerance ?? {};
  return (field.scales ?? [1]).some((scale) => {
    const target = expected * scale;
    const distance = Math.abs(actual - target);
    return distance === 0 || distance <= absolute * scale || distance <= relative * Math.abs(target);
  });
}

/** A field value that must be a number here: a template that gives a number field a shape is a bug. */
export function asNumber(value: FieldValue, field: FieldSpec): number {
  if (typeof value !== 'number') {
    throw new TypeError(`field ${field.id}: expected a number as its value, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * A decimal: read by the shared reader in every form it takes (`25.7M`, `2.5e7`, `1,234.5`, `77.5%`).
 *
 * Percentages, one convention for every share (a reduction, a ratio): the field's value is the fraction
 * (0.7754 for 77.54 %). The reader reads `77.5%` and `77.5 %` as 0.775 with a `percent` note, and a bare
 * `0.775` as itself, so both are compared with the fraction. A field that also takes bare percentage points
 * (`77.5` with no sign, as students often write under a "%" label) says so with `scales: [1, 100]`.
 * The rounding allowed is the field's tolerance: for a reduction rounded to 0.1 % as the homework does,
 * `{ absolute: 0.0005 }`, which takes 77.5 %, 77.54 % and 0.775 for 77.54 %.
 */
export const numberKind: FieldKindModule = {
  kind: 'number',
  read(text) {
    const reading = readNumber(text);
    return reading.ok ? { ...reading } : { ok: false, reason: reading.reason };
  },
  matches: (expected, actual, field) =>
    numberMatches(asNumber(expected, field), asNumber(actual, field), field),
  print: (value, field) => printNumber(asNumber(value, field)),
};
